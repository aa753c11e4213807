import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventDraft } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules, PriorityEnum } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { notBlank } from '../../schema/validation.ts';
import { inputRules } from '../ingest/rules.ts';
import { TicketEvent } from './types.ts';

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const openTicketRules = inputRules({
  ...envelopeRules,
  playerId: z.string().min(1).max(128),
  subject: notBlank(200),
  body: notBlank(5_000),
  category: z.string().max(64),
});

export const OpenTicketInput = builder.inputType('OpenTicketInput', {
  fields: (t) => ({
    ...envelopeInputFields(t),
    priority: t.field({ type: PriorityEnum, required: false, description: 'Overrides the default priority, NORMAL.' }),
    playerId: t.string({ required: false, description: 'The player opening the ticket.' }),
    subject: t.string(),
    body: t.string(),
    category: t.string({ required: false, description: 'Free-form, e.g. "billing" or "bug".' }),
  }),
});

/** A stable id for a ticket sent with a dedupKey, so a retry builds the very same draft: a UUIDv8 from SHA-256 (RFC 9562). */
function ticketIdFor(serverId: string, dedupKey: string | null | undefined): string {
  if (!dedupKey) return randomUUID();
  const bytes = createHash('sha256')
    .update(JSON.stringify(['vigil.ticket', serverId, dedupKey]))
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function openTicketDrafts(input: typeof OpenTicketInput.$inferInput): EventDraft<'tickets'>[] {
  const ticketId = ticketIdFor(input.serverId, input.dedupKey);
  return [
    draftFrom(input, {
      stream: 'tickets',
      type: 'ticket.created',
      key: ticketId,
      defaultPriority: 'NORMAL',
      payload: {
        kind: 'CREATED',
        ticketId,
        subject: input.subject,
        body: input.body,
        playerId: input.playerId ?? null,
        category: input.category ?? null,
        status: 'OPEN',
        previousStatus: null,
        assignee: null,
        response: null,
        actor: input.serverId,
      },
    }),
  ];
}

ingestMutation('openTicket', {
  description: 'A game server opens a support ticket on behalf of a player; the hub assigns its id.',
  input: OpenTicketInput,
  rules: openTicketRules,
  drafts: openTicketDrafts,
  event: TicketEvent,
});
