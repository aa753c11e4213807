import { randomUUID } from 'node:crypto';
import { fieldReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { describeViewer } from '../../auth/viewer.ts';
import type { EventType, StoredEvent } from '../../events/envelope.ts';
import { builder, type VigilContext } from '../../schema/builder.ts';
import { badInput, vigilError } from '../../schema/errors.ts';
import { notBlank } from '../../schema/validation.ts';
import type { TicketPayload } from './payload.ts';
import type { TicketRecord } from './state.ts';
import { TicketEvent, TicketStatusEnum } from './types.ts';

/** The admin acting on a ticket: the signed-in viewer's subject. */
export function actorOf({ viewer }: VigilContext): string {
  return viewer.kind === 'admin' ? viewer.sub : describeViewer(viewer);
}

/** The ticket as it stands after every change acknowledged so far, on any node. */
async function ticketOf(context: VigilContext, ticketId: string): Promise<TicketRecord> {
  await context.services.caughtUp();
  const ticket = context.services.state.slices.tickets.get(ticketId);
  if (!ticket) throw vigilError('NOT_FOUND', `Ticket "${ticketId}" does not exist`, { ticketId });
  return ticket;
}

/** Appends one admin change to a ticket; fields the change does not set carry the ticket's current values. */
async function appendTicketChange(
  context: VigilContext,
  ticket: TicketRecord,
  type: EventType<'tickets'>,
  change: Pick<TicketPayload, 'kind'> & Partial<Pick<TicketPayload, 'status' | 'previousStatus' | 'assignee' | 'response'>>,
): Promise<StoredEvent<'tickets'>> {
  const [event] = await context.services.ingest.appendEvents(
    [
      {
        stream: 'tickets',
        type,
        serverId: ticket.serverId,
        key: ticket.id,
        occurredAt: new Date(),
        priority: 'NORMAL',
        payload: {
          ticketId: ticket.id,
          subject: null,
          body: null,
          playerId: null,
          category: null,
          status: ticket.status,
          previousStatus: null,
          assignee: ticket.assignee,
          response: null,
          actor: actorOf(context),
          ...change,
        },
      },
    ],
    context.viewer,
  );
  return event!;
}

builder.mutationFields((t) => ({
  assignTicket: t.field({
    ...requires(fieldReaders.ticketWork),
    type: TicketEvent,
    description: 'Assigns a ticket to an admin.',
    args: {
      ticketId: t.arg.id(),
      assignee: t.arg.string({ validate: notBlank(128) }),
    },
    resolve: async (_, { ticketId, assignee }, context) =>
      appendTicketChange(context, await ticketOf(context, String(ticketId)), 'ticket.assigned', { kind: 'ASSIGNED', assignee }),
  }),
  respondToTicket: t.field({
    ...requires(fieldReaders.ticketWork),
    type: TicketEvent,
    description: 'Adds an admin response to a ticket.',
    args: {
      ticketId: t.arg.id(),
      body: t.arg.string({ validate: notBlank(5_000) }),
    },
    resolve: async (_, { ticketId, body }, context) =>
      appendTicketChange(context, await ticketOf(context, String(ticketId)), 'ticket.response', {
        kind: 'RESPONSE_ADDED',
        response: { id: randomUUID(), author: actorOf(context), body, at: new Date().toISOString() },
      }),
  }),
  setTicketStatus: t.field({
    ...requires(fieldReaders.ticketWork),
    type: TicketEvent,
    description: 'Moves a ticket to another status.',
    args: { ticketId: t.arg.id(), status: t.arg({ type: TicketStatusEnum }) },
    resolve: async (_, { ticketId, status }, context) => {
      const ticket = await ticketOf(context, String(ticketId));
      if (ticket.status === status) throw badInput([{ path: 'status', message: `ticket "${ticket.id}" is already ${status}` }]);
      return appendTicketChange(context, ticket, 'ticket.status', { kind: 'STATUS_CHANGED', status, previousStatus: ticket.status });
    },
  }),
}));
