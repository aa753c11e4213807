import type { AnyStoredEvent } from '../../events/envelope.ts';
import type { StateSlice } from '../../events/projection.ts';
import type { TicketResponseData, TicketStatus } from './payload.ts';

export interface TicketRecord {
  id: string;
  serverId: string;
  subject: string;
  body: string;
  playerId: string | null;
  category: string | null;
  status: TicketStatus;
  assignee: string | null;
  responses: TicketResponseData[];
  createdAt: Date;
  updatedAt: Date;
}

/** Every ticket by id, as its events left it: the tickets' slice of the current state. */
export class TicketsState extends Map<string, TicketRecord> implements StateSlice {
  apply(event: AnyStoredEvent): void {
    if (event.stream !== 'tickets') return;
    const { payload } = event;
    if (payload.kind === 'CREATED') {
      this.set(payload.ticketId, {
        id: payload.ticketId,
        serverId: event.serverId,
        subject: payload.subject ?? '',
        body: payload.body ?? '',
        playerId: payload.playerId,
        category: payload.category,
        status: payload.status,
        assignee: payload.assignee,
        responses: [],
        createdAt: event.receivedAt,
        updatedAt: event.receivedAt,
      });
      return;
    }
    const ticket = this.get(payload.ticketId);
    if (!ticket) return;
    ticket.status = payload.status;
    ticket.assignee = payload.assignee;
    if (payload.response) ticket.responses.push(payload.response);
    ticket.updatedAt = event.receivedAt;
  }
}

declare module '../../events/projection.ts' {
  interface StateSlices {
    tickets: TicketsState;
  }
}
