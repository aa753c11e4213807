import { z } from 'zod';
import { type EventDraft, lowerCase, type Priority } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { notBlank } from '../../schema/validation.ts';
import { inputRules, objectRule } from '../ingest/rules.ts';
import type { IncidentKind } from './payload.ts';
import { IncidentKindEnum, SecurityEvent } from './types.ts';

const defaultPriorities: Record<IncidentKind, Priority> = { VIOLATION: 'NORMAL', BAN: 'HIGH', BOT_DETECTED: 'HIGH', HACK_DETECTED: 'CRITICAL' };

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const securityIncidentRules = inputRules(
  {
    ...envelopeRules,
    playerId: z.string().min(1).max(128),
    description: notBlank(2_000),
    confidence: z.number().min(0).max(1),
    banDurationSeconds: z.number().int().positive(),
  },
  objectRule<{ kind: IncidentKind; banDurationSeconds?: number | null }>((input, issue) => {
    if (input.kind !== 'BAN' && input.banDurationSeconds != null) issue('banDurationSeconds', 'is only allowed for a BAN');
  }),
);

export const SecurityIncidentInput = builder.inputType('SecurityIncidentInput', {
  fields: (t) => ({
    ...envelopeInputFields(t, {
      priority: 'Overrides the default priority: CRITICAL for HACK_DETECTED, HIGH for BAN and BOT_DETECTED, NORMAL for VIOLATION.',
    }),
    kind: t.field({ type: IncidentKindEnum }),
    playerId: t.string({ required: false, description: 'The player concerned, when known.' }),
    description: t.string(),
    confidence: t.float({ required: false, description: 'How sure the detector is, 0..1.' }),
    banDurationSeconds: t.int({ required: false, description: 'BAN only: how long, in seconds; omit for a permanent ban.' }),
  }),
});

export function securityIncidentDrafts(input: typeof SecurityIncidentInput.$inferInput): EventDraft<'security'>[] {
  return [
    draftFrom(input, {
      stream: 'security',
      type: `security.${lowerCase(input.kind)}`,
      key: input.serverId,
      defaultPriority: defaultPriorities[input.kind],
      payload: {
        kind: input.kind,
        playerId: input.playerId ?? null,
        description: input.description,
        confidence: input.confidence ?? null,
        banDurationSeconds: input.banDurationSeconds ?? null,
      },
    }),
  ];
}

ingestMutation('reportSecurityIncident', {
  description: 'A game server reports a violation, a ban, a detected bot or a detected hack.',
  input: SecurityIncidentInput,
  rules: securityIncidentRules,
  drafts: securityIncidentDrafts,
  event: SecurityEvent,
});
