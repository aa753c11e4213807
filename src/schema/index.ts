import { withAuthDirective } from '../auth/scopes.ts';
import { builder } from './builder.ts';
import './events.ts';
import '../modules/servers/index.ts';
import '../modules/telemetry/index.ts';
import '../modules/maps/index.ts';
import '../modules/chat/index.ts';
import '../modules/players/index.ts';
import '../modules/tickets/index.ts';
import '../modules/security/index.ts';
import '../modules/ingest/index.ts';
import '../modules/history/index.ts';
import '../modules/notifications/index.ts';
import '../modules/overview/index.ts';
import '../modules/admin/index.ts';

export const schema = withAuthDirective(builder.toSchema({ sortSchema: false }));
