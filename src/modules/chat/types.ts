import { type AuthRole, fieldReaders } from '../../auth/roles.ts';
import { requiresWhen } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import { type ChatPayload, chatKinds } from './payload.ts';

/** Who reads whisper text: the roles allowed private messages, and the producer that sent it. */
const whisperReaders: AuthRole[] = [...fieldReaders.whisperText, 'PRODUCER'];

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
      description: `Message text; null for join/leave. Whisper text is private: it reads null for viewers without ${whisperReaders.join(' or ')}.`,
      // Only whispers are private; channel text is visible to every reader of the chat stream.
      ...requiresWhen<ChatPayload>(whisperReaders, 'kind: WHISPER', (message) => message.kind === 'WHISPER'),
      unauthorizedResolver: () => null,
    }),
  }),
});

export const ChatEvent = eventObjectType(
  'chat',
  'ChatEvent',
  ChatMessage,
  'A chat message, whisper, or channel join/leave reported by a game server.',
);
