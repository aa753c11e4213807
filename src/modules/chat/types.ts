import { builder } from '../../builder.ts';
import { eventObjectType } from '../../events/graphql.ts';
import { type ChatPayload, chatKinds } from '../../events/payloads.ts';

export const ChatKindEnum = builder.enumType('ChatKind', {
  values: chatKinds,
  description: 'What a chat event is: a channel message, a private whisper, or a player joining or leaving a channel.',
});

export const ChatMessage = builder.objectRef<ChatPayload>('ChatMessage').implement({
  description: 'A chat line, whisper, or channel join/leave.',
  fields: (t) => ({
    kind: t.field({ type: ChatKindEnum, resolve: (m) => m.kind }),
    channel: t.exposeString('channel', { description: 'The chat channel, e.g. "global" or "trade".' }),
    playerId: t.exposeID('playerId', { description: 'The player who spoke, whispered, joined or left.' }),
    playerName: t.exposeString('playerName', { description: "The player's display name at the time." }),
    recipientId: t.exposeID('recipientId', { nullable: true, description: "The whisper's recipient; null for channel traffic." }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'Message text; null for join/leave. For whispers, visible only to roles allowed to read private messages.',
    }),
  }),
});

export const ChatEvent = eventObjectType('chat', 'ChatEvent', ChatMessage, 'A chat message, whisper, or channel join/leave reported by a game server.');
