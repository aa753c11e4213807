export const ticketStatuses = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_PLAYER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketEventKinds = ['CREATED', 'STATUS_CHANGED', 'RESPONSE_ADDED', 'ASSIGNED'] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

export interface TicketResponseData {
  id: string;
  author: string;
  body: string;
  at: string;
}

/** What a `tickets` event carries: one change to a support ticket. */
export interface TicketPayload {
  kind: TicketEventKind;
  ticketId: string;
  /** Set on CREATED. */
  subject: string | null;
  body: string | null;
  playerId: string | null;
  category: string | null;
  /** Status after this event. */
  status: TicketStatus;
  previousStatus: TicketStatus | null;
  assignee: string | null;
  response: TicketResponseData | null;
  /** Who did it: the producing server for CREATED, the admin otherwise. */
  actor: string;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    tickets: TicketPayload;
  }
}
