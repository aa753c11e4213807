import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { ticketFilterArgs, ticketMatcher } from './filters.ts';
import type { TicketRecord } from './state.ts';
import { Ticket } from './types.ts';

interface TicketsSnapshot {
  cursor: string;
  tickets: TicketRecord[];
  total: number;
}

const defaultTicketCount = 500;
const maxTicketCount = 5_000;

const TicketsSnapshotRef = builder.objectRef<TicketsSnapshot>('TicketsSnapshot').implement({
  description: 'Tickets, newest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    tickets: t.field({ type: [Ticket], resolve: (s) => s.tickets }),
    total: t.exposeInt('total', { description: 'How many tickets match, of which `tickets` holds the newest `first`.' }),
  }),
});

interface TicketSnapshot {
  cursor: string;
  ticket: TicketRecord | null;
}

const TicketSnapshotRef = builder.objectRef<TicketSnapshot>('TicketSnapshot').implement({
  description: 'One ticket with its responses (null if there is no such ticket), consistent with `cursor`.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    ticket: t.field({ type: Ticket, nullable: true, resolve: (s) => s.ticket }),
  }),
});

builder.queryFields((t) => ({
  tickets: t.field({
    ...requires(streamReaders.tickets),
    type: TicketsSnapshotRef,
    description: 'The newest `first` tickets, or of those matching every filter given, newest first.',
    args: {
      ...ticketFilterArgs(t.arg),
      first: t.arg.int({
        required: false,
        defaultValue: defaultTicketCount,
        validate: z.number().int().min(1, 'must be at least 1').max(maxTicketCount, `must be at most ${maxTicketCount}`),
      }),
    },
    resolve: async (_, { first, ...filter }, { services, viewer }) => {
      const matches = ticketMatcher(filter, viewer);
      await services.caughtUp();
      // The projection holds tickets in creation order.
      const tickets = [...services.state.slices.tickets.values()];
      const matching = matches ? tickets.filter(matches) : tickets;
      return {
        cursor: cursorAt(services.state.seq, services.log.epoch),
        tickets: matching.slice(-(first ?? defaultTicketCount)).reverse(),
        total: matching.length,
      };
    },
  }),
  ticket: t.field({
    ...requires(streamReaders.tickets),
    type: TicketSnapshotRef,
    args: { id: t.arg.id() },
    resolve: async (_, { id }, { services }) => {
      await services.caughtUp();
      return { cursor: cursorAt(services.state.seq, services.log.epoch), ticket: services.state.slices.tickets.get(String(id)) ?? null };
    },
  }),
}));
