import { recentEventsQuery } from '../../schema/recent-events.ts';
import type { IncidentKind } from './payload.ts';
import { IncidentKindEnum, SecurityEvent } from './types.ts';

recentEventsQuery('securityIncidents', {
  stream: 'security',
  event: SecurityEvent,
  description:
    'The last `last` security incidents of one server, or of every server when `serverId` is omitted, newest first; `kind` keeps one kind of the newest 10,000.',
  snapshot: {
    name: 'SecurityIncidentsSnapshot',
    description: 'Recent security incidents, newest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
    eventsField: 'incidents',
  },
  order: 'newest first',
  filter: {
    args: (arg) => ({ kind: arg({ type: IncidentKindEnum, required: false, description: 'Only incidents of this kind.' }) }),
    accept: ({ kind }) => (kind == null ? null : (event) => event.payload.kind === (kind as IncidentKind)),
  },
});
