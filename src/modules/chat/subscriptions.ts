import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { ChatEvent } from './types.ts';

builder.subscriptionField('chat', (t) =>
  t.field({
      ...requires(streamReaders.chat),
    type: ChatEvent,
    description: 'Chat of one channel, or of every channel when `channel` is omitted; only from `serverId` when given.',
    args: { channel: t.arg.string({ required: false }), serverId: t.arg.id({ required: false }) },
    subscribe: (_, { channel, serverId }, { vigil }) => {
      const source = serverId == null ? null : String(serverId);
      return vigil.hub.subscribe(
        { stream: 'chat', key: channel ?? null },
        { accept: source == null ? undefined : (event) => event.serverId === source },
      ) as AsyncIterable<StoredEvent<'chat'>>;
    },
    resolve: (event) => event,
  }),
);
