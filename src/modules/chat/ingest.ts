import { z } from 'zod';
import { type EventDraft, lowerCase } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { inputRules, objectRule } from '../ingest/rules.ts';
import type { ChatKind } from './payload.ts';
import { ChatEvent, ChatKindEnum } from './types.ts';

const maxChatTextLength = 2_000;

/** Rules that depend on the kind; each issue names the field at fault. */
const chatKindRules = objectRule<{ kind: ChatKind; recipientId?: string | null; text?: string | null }>((input, issue) => {
  const speaks = input.kind === 'MESSAGE' || input.kind === 'WHISPER';
  if (speaks && !input.text?.trim()) issue('text', `must not be empty for ${input.kind}`);
  if (!speaks && input.text != null) issue('text', `must be omitted for ${input.kind}`);
  if (input.kind === 'WHISPER' && input.recipientId == null) issue('recipientId', 'is required for WHISPER');
  if (input.kind !== 'WHISPER' && input.recipientId != null) issue('recipientId', 'is only allowed for WHISPER');
});

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const chatMessageRules = inputRules(
  {
    ...envelopeRules,
    channel: z.string().min(1).max(64),
    playerId: z.string().min(1).max(128),
    playerName: z.string().min(1).max(64),
    recipientId: z.string().min(1).max(128),
    text: z.string().max(maxChatTextLength),
  },
  chatKindRules,
);

export const ChatMessageInput = builder.inputType('ChatMessageInput', {
  description: 'A chat event reported by a game server.',
  fields: (t) => ({
    ...envelopeInputFields(t),
    kind: t.field({ type: ChatKindEnum, defaultValue: 'MESSAGE' }),
    channel: t.string({ description: 'The chat channel, 1 to 64 characters.' }),
    playerId: t.id({ description: 'The player who speaks, whispers, joins or leaves.' }),
    playerName: t.string({ description: "The player's display name." }),
    recipientId: t.id({ required: false, description: 'Required for WHISPER, refused otherwise.' }),
    text: t.string({
      required: false,
      description: `Required and not blank for MESSAGE and WHISPER (at most ${maxChatTextLength} characters), refused for JOIN and LEAVE.`,
    }),
  }),
});

export function chatDrafts(input: typeof ChatMessageInput.$inferInput): EventDraft<'chat'>[] {
  const { kind } = input;
  return [
    draftFrom(input, {
      stream: 'chat',
      type: `chat.${lowerCase(kind)}`,
      key: input.channel,
      defaultPriority: kind === 'JOIN' || kind === 'LEAVE' ? 'LOW' : 'NORMAL',
      payload: {
        kind,
        channel: input.channel,
        playerId: input.playerId,
        playerName: input.playerName,
        recipientId: input.recipientId ?? null,
        text: input.text ?? null,
      },
    }),
  ];
}

ingestMutation('postChatMessage', {
  description: 'A game server reports a chat message, whisper, or channel join/leave.',
  input: ChatMessageInput,
  rules: chatMessageRules,
  drafts: chatDrafts,
  event: ChatEvent,
});
