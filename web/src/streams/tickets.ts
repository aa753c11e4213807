import type { Client } from 'urql';
import { ago } from '../format.ts';
import type { TicketFeedSubscription, TicketStatus, TicketsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import type { FeedMessage, LiveFeed } from '../live/follower.ts';
import { urqlFeed } from '../live/urqlFeed.ts';

export const ticketsQuery = graphql(`
  query Tickets($serverId: ID, $category: String, $first: Int) {
    tickets(serverId: $serverId, category: $category, first: $first) {
      cursor
      tickets {
        id
        serverId
        subject
        body
        playerId
        category
        status
        assignee
        responses { id author body at }
        createdAt
        updatedAt
      }
    }
  }
`);

export const ticketSubscription = graphql(`
  subscription TicketFeed($serverId: ID, $category: String, $after: Cursor) {
    tickets(serverId: $serverId, category: $category, after: $after) {
      __typename
      ... on TicketEvent {
        id
        cursor
        serverId
        receivedAt
        payload {
          kind
          ticketId
          subject
          body
          playerId
          category
          status
          previousStatus
          assignee
          response { id author body at }
          actor
        }
      }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export const assignTicketMutation = graphql(`
  mutation AssignTicket($ticketId: ID!, $assignee: String!) {
    assignTicket(ticketId: $ticketId, assignee: $assignee) { id cursor }
  }
`);

export const respondToTicketMutation = graphql(`
  mutation RespondToTicket($ticketId: ID!, $body: String!) {
    respondToTicket(ticketId: $ticketId, body: $body) { id cursor }
  }
`);

export const setTicketStatusMutation = graphql(`
  mutation SetTicketStatus($ticketId: ID!, $status: TicketStatus!) {
    setTicketStatus(ticketId: $ticketId, status: $status) { id cursor }
  }
`);

export const ticketStatuses: readonly TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_PLAYER', 'RESOLVED', 'CLOSED'];

export type Ticket = TicketsQuery['tickets']['tickets'][number];
export type TicketEvent = Extract<TicketFeedSubscription['tickets'], { __typename: 'TicketEvent' }>;

export type TicketsState = ReadonlyMap<string, Ticket>;

/** Most tickets kept; the least recently changed fall off first. */
export const ticketLimit = 3_000;

export function ticketsFrom(tickets: readonly Ticket[]): TicketsState {
  return new Map(tickets.slice(0, ticketLimit).map((ticket) => [ticket.id, ticket]));
}

export function ticketMessage(data: TicketFeedSubscription): FeedMessage<TicketEvent> {
  const item = data.tickets;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

/** Folds ticket changes into the board the way the hub's projection does. */
export function applyTickets(state: TicketsState, events: readonly TicketEvent[]): TicketsState {
  const next = new Map(state);
  for (const { payload, serverId, receivedAt } of events) {
    if (payload.kind === 'CREATED') {
      next.delete(payload.ticketId);
      next.set(payload.ticketId, {
        id: payload.ticketId,
        serverId,
        subject: payload.subject ?? '',
        body: payload.body ?? '',
        playerId: payload.playerId ?? null,
        category: payload.category ?? null,
        status: payload.status,
        assignee: payload.assignee ?? null,
        responses: [],
        createdAt: receivedAt,
        updatedAt: receivedAt,
      });
      continue;
    }
    const ticket = next.get(payload.ticketId);
    if (!ticket) continue;
    next.set(ticket.id, {
      ...ticket,
      status: payload.status,
      assignee: payload.assignee ?? null,
      responses: payload.response ? [...ticket.responses, payload.response] : ticket.responses,
      updatedAt: receivedAt,
    });
  }
  if (next.size > ticketLimit) {
    const oldest = [...next.values()].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, next.size - ticketLimit);
    for (const ticket of oldest) next.delete(ticket.id);
  }
  return next;
}

/** The board's columns: tickets of each status (those `keep` keeps), newest opened first; a reply or an assignment does not move a card. */
export function ticketColumns(state: TicketsState, keep: (ticket: Ticket) => boolean = () => true): Record<TicketStatus, Ticket[]> {
  const columns = Object.fromEntries(ticketStatuses.map((status) => [status, [] as Ticket[]])) as Record<TicketStatus, Ticket[]>;
  for (const ticket of state.values()) if (keep(ticket)) columns[ticket.status].push(ticket);
  for (const status of ticketStatuses) columns[status].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return columns;
}

/** A card's times: when it was opened and, once it changed since, its last activity. */
export function ticketTimes(ticket: Pick<Ticket, 'createdAt' | 'updatedAt'>, now: number = Date.now()): string {
  const opened = `opened ${ago(ticket.createdAt, now)}`;
  return ticket.updatedAt === ticket.createdAt ? opened : `${opened} · active ${ago(ticket.updatedAt, now)}`;
}

/** What the board narrows to in the hub: a ticket's server and category never change, so a filtered feed stays exact. */
export interface TicketScope {
  serverId?: string | null;
  category?: string | null;
}

/** Names a scope, for a feed key. */
export function ticketScopeKey({ serverId, category }: TicketScope): string {
  return `${serverId ?? '*'}|${category ?? '*'}`;
}

/**
 * The live ticket board: the newest `ticketLimit` tickets (of `scope`), then every change after their cursor. "Mine"
 * is filtered on this board rather than by the hub's `assignedTo`: an assignment change does not carry the ticket
 * itself, so only a board that follows every ticket can show one the moment it is assigned to the viewer.
 */
export function ticketsFeed(client: Client, scope: TicketScope = {}): LiveFeed<TicketsState, TicketEvent> {
  const serverId = scope.serverId ?? null;
  const category = scope.category ?? null;
  return urqlFeed(client, {
    query: ticketsQuery,
    variables: { serverId, category, first: ticketLimit },
    snapshot: (data) => ({ state: ticketsFrom(data.tickets.tickets), cursor: data.tickets.cursor }),
    subscription: ticketSubscription,
    subscriptionVariables: (after) => ({ serverId, category, after }),
    message: ticketMessage,
    apply: applyTickets,
  });
}
