import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { ChatEvent } from './types.ts';

interface ChatSnapshot {
  cursor: string;
  messages: StoredEvent<'chat'>[];
}

const ChatSnapshotRef = builder.objectRef<ChatSnapshot>('ChatSnapshot').implement({
  description: 'Recent chat, oldest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    messages: t.field({ type: [ChatEvent], resolve: (s) => s.messages }),
  }),
});

builder.queryField('chatMessages', (t) =>
  t.field({
    ...requires(streamReaders.chat),
    type: ChatSnapshotRef,
    description: 'The last `last` chat events, of one channel and/or one server when given, oldest first.',
    args: {
      channel: t.arg.string({ required: false }),
      serverId: t.arg.id({ required: false }),
      last: t.arg.int({ required: false, defaultValue: 50, validate: z.number().int().min(1).max(1_000) }),
    },
    resolve: async (_, { channel, serverId, last }, { services }) => {
      const { events, head } = await services.log.read({
        streams: ['chat'],
        key: channel ?? undefined,
        serverId: serverId == null ? undefined : String(serverId),
        limit: last ?? 50,
        from: 'newest',
      });
      return { cursor: cursorAt(head, services.log.epoch), messages: events.filter((event) => isStream(event, 'chat')) };
    },
  }),
);
