import { z } from 'zod';
import { type EventDraft, lowerCase } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { inputRules } from '../ingest/rules.ts';
import { PlayerActivityKindEnum, PlayerEvent } from './types.ts';

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const playerActivityRules = inputRules({
  ...envelopeRules,
  playerId: z.string().min(1).max(128),
  playerName: z.string().min(1).max(64),
  detail: z.string().max(500),
  ipAddress: z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }),
  email: z.email({ error: 'must be an email address' }),
});

export const PlayerActivityInput = builder.inputType('PlayerActivityInput', {
  description: 'A player joining, leaving, or acting on a game server, as the server reports it.',
  fields: (t) => ({
    ...envelopeInputFields(t),
    kind: t.field({ type: PlayerActivityKindEnum }),
    playerId: t.id(),
    playerName: t.string({ description: "The player's display name, 1 to 64 characters." }),
    detail: t.string({ required: false, description: 'Free-form description, at most 500 characters, e.g. "reached level 20".' }),
    ipAddress: t.string({ required: false, description: "The player's IPv4 or IPv6 address; shown to ADMIN only." }),
    email: t.string({ required: false, description: "The player's account email; shown to ADMIN only." }),
  }),
});

export function playerActivityDrafts(input: typeof PlayerActivityInput.$inferInput): EventDraft<'players'>[] {
  return [
    draftFrom(input, {
      stream: 'players',
      type: `player.${lowerCase(input.kind)}`,
      key: input.serverId,
      defaultPriority: input.kind === 'ACTIVITY' ? 'LOW' : 'NORMAL',
      payload: {
        kind: input.kind,
        playerId: input.playerId,
        playerName: input.playerName,
        detail: input.detail ?? null,
        ipAddress: input.ipAddress ?? null,
        email: input.email ?? null,
      },
    }),
  ];
}

ingestMutation('reportPlayerActivity', {
  description: 'A game server reports a player joining, leaving, or doing something.',
  input: PlayerActivityInput,
  rules: playerActivityRules,
  drafts: playerActivityDrafts,
  event: PlayerEvent,
});
