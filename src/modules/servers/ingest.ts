import { z } from 'zod';
import { type EventDraft, lowerCase } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { inputRules } from '../ingest/rules.ts';
import { ServerHealthEnum, ServerStateEnum, ServerStatusEvent } from './types.ts';

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const serverStatusRules = inputRules({
  ...envelopeRules,
  state: z.string().refine((s) => s !== 'UNREACHABLE', 'UNREACHABLE is set by the hub, not reported by servers'),
  playerCount: z.number().int().min(0, 'must not be negative'),
  maxPlayers: z.number().int().min(0, 'must not be negative'),
  message: z.string().max(500),
});

export const ServerStatusInput = builder.inputType('ServerStatusInput', {
  fields: (t) => ({
    ...envelopeInputFields(t),
    state: t.field({ type: ServerStateEnum }),
    playerCount: t.int(),
    maxPlayers: t.int({ required: false }),
    health: t.field({ type: ServerHealthEnum, required: false, description: 'Defaults to HEALTHY.' }),
    message: t.string({ required: false }),
  }),
});

export function serverStatusDrafts(input: typeof ServerStatusInput.$inferInput): EventDraft<'serverStatus'>[] {
  const health = input.health ?? 'HEALTHY';
  return [
    draftFrom(input, {
      stream: 'serverStatus',
      type: `server.${lowerCase(input.state)}`,
      key: input.serverId,
      defaultPriority: input.state === 'STOPPED' || health === 'CRITICAL' ? 'HIGH' : 'NORMAL',
      payload: { state: input.state, playerCount: input.playerCount, maxPlayers: input.maxPlayers ?? null, health, message: input.message ?? null },
    }),
  ];
}

ingestMutation('reportServerStatus', {
  description: 'A game server reports its state, player count and health.',
  input: ServerStatusInput,
  rules: serverStatusRules,
  drafts: serverStatusDrafts,
  event: ServerStatusEvent,
});
