import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { ServerStatusEvent } from './types.ts';

builder.subscriptionField('serverStatus', (t) =>
  t.field({
      ...requires(streamReaders.serverStatus),
    type: ServerStatusEvent,
    description: 'Status changes of one server, or of every server when `serverId` is omitted.',
    args: { serverId: t.arg.id({ required: false }) },
    subscribe: (_, { serverId }, { vigil }) =>
      vigil.hub.subscribe({ stream: 'serverStatus', key: serverId == null ? null : String(serverId) }) as AsyncIterable<StoredEvent<'serverStatus'>>,
    resolve: (event) => event,
  }),
);
