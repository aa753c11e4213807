import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { SecurityEvent } from './types.ts';

builder.subscriptionField('security', (t) =>
  t.field({
      ...requires(streamReaders.security),
    type: SecurityEvent,
    description: 'Security incidents of one server, or of every server when `serverId` is omitted.',
    args: { serverId: t.arg.id({ required: false }) },
    subscribe: (_, { serverId }, { vigil }) =>
      vigil.hub.subscribe({ stream: 'security', key: serverId == null ? null : String(serverId) }) as AsyncIterable<StoredEvent<'security'>>,
    resolve: (event) => event,
  }),
);
