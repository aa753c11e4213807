import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { PlayerEvent } from './types.ts';

builder.subscriptionField('players', (t) =>
  t.field({
      ...requires(streamReaders.players),
    type: PlayerEvent,
    description: 'Player joins, leaves and activity of one server, or of every server when `serverId` is omitted.',
    args: { serverId: t.arg.id({ required: false }) },
    subscribe: (_, { serverId }, { vigil }) =>
      vigil.hub.subscribe({ stream: 'players', key: serverId == null ? null : String(serverId) }) as AsyncIterable<StoredEvent<'players'>>,
    resolve: (event) => event,
  }),
);
