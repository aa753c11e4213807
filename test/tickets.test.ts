import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil, type TestVigil } from './kit/vigil.ts';

const TicketOpen = graphql(`
  mutation TicketOpen($input: OpenTicketInput!) {
    openTicket(input: $input) {
      ...TicketEventFields
    }
  }
`);

// biome-ignore lint/correctness/noUnusedVariables: a fragment the documents below spread by name; codegen reads it from here
const TicketEventFields = graphql(`
  fragment TicketEventFields on TicketEvent {
    id cursor stream type serverId occurredAt receivedAt priority
    payload {
      kind ticketId subject body playerId category status previousStatus assignee actor
      response { id author body at }
    }
  }
`);

const TicketAssign = graphql(`
  mutation TicketAssign($ticketId: ID!, $assignee: String!) {
    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }
  }
`);

const TicketRespond = graphql(`
  mutation TicketRespond($ticketId: ID!, $body: String!) {
    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }
  }
`);

const TicketSetStatus = graphql(`
  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {
    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }
  }
`);

const TicketList = graphql(`
  query TicketList($status: TicketStatus, $first: Int) {
    tickets(status: $status, first: $first) { cursor total tickets { id serverId subject status } }
  }
`);

const TicketDetail = graphql(`
  query TicketDetail($id: ID!) {
    ticket(id: $id) {
      cursor
      ticket {
        id serverId subject body playerId category status assignee createdAt updatedAt
        responses { id author body at }
      }
    }
  }
`);

const TicketFeed = graphql(`
  subscription TicketFeed($status: TicketStatus) {
    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }
  }
`);

const openInput = {
  serverId: 'eu-1',
  playerId: 'p-7',
  subject: 'Stuck in a wall',
  body: 'I fell through the map near the harbour.',
  category: 'bug',
};

describe('tickets', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the opened ticket to a subscriber (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), TicketFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      const { openTicket: stored } = await vigil.ok(TicketOpen, { input: { ...openInput, occurredAt: '2026-11-22T10:00:00.000Z' } });

      expect((await feed.next()).data?.tickets).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'TICKETS',
        type: 'TICKET_CREATED',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'NORMAL',
        payload: {
          kind: 'CREATED',
          subject: 'Stuck in a wall',
          body: 'I fell through the map near the harbour.',
          playerId: 'p-7',
          category: 'bug',
          status: 'OPEN',
          previousStatus: null,
          assignee: null,
          response: null,
          actor: 'eu-1',
        },
      });
      expect(stored.payload.ticketId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(feed.pending).toEqual([]);
    },
  );

  it('should deliver only changes that leave a ticket in the subscribed status', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), TicketFeed, { status: 'RESOLVED' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    const { openTicket } = await vigil.ok(TicketOpen, { input: openInput });
    const { ticketId } = openTicket.payload;
    await vigil.ok(TicketSetStatus, { ticketId, status: 'IN_PROGRESS' });
    const { setTicketStatus: resolved } = await vigil.ok(TicketSetStatus, { ticketId, status: 'RESOLVED' });

    expect((await feed.next()).data?.tickets).toEqual(resolved);
    expect(feed.pending).toEqual([]);
  });

  it('should carry a ticket through assign, respond and status change, each as an event', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), TicketFeed, {});
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    const { openTicket: opened } = await vigil.ok(TicketOpen, { input: openInput });
    const { ticketId } = opened.payload;
    const { assignTicket: assigned } = await vigil.ok(TicketAssign, { ticketId, assignee: 'mod-anna' });
    const { respondToTicket: responded } = await vigil.ok(TicketRespond, { ticketId, body: 'We moved you to the harbour gate.' });
    const { setTicketStatus: resolved } = await vigil.ok(TicketSetStatus, { ticketId, status: 'RESOLVED' });

    const received = await feed.take(4);
    expect(received.map((result) => result.data?.tickets)).toEqual([opened, assigned, responded, resolved]);
    expect(feed.pending).toEqual([]);

    expect(assigned).toMatchObject({
      type: 'TICKET_ASSIGNED',
      serverId: 'eu-1',
      payload: { kind: 'ASSIGNED', ticketId, status: 'OPEN', assignee: 'mod-anna', actor: 'test-admin' },
    });
    expect(responded).toMatchObject({
      type: 'TICKET_RESPONSE',
      payload: {
        kind: 'RESPONSE_ADDED',
        ticketId,
        status: 'OPEN',
        assignee: 'mod-anna',
        actor: 'test-admin',
        response: { author: 'test-admin', body: 'We moved you to the harbour gate.' },
      },
    });
    expect(resolved).toMatchObject({
      type: 'TICKET_STATUS',
      payload: {
        kind: 'STATUS_CHANGED',
        ticketId,
        status: 'RESOLVED',
        previousStatus: 'OPEN',
        assignee: 'mod-anna',
        response: null,
        actor: 'test-admin',
      },
    });

    const { ticket } = await vigil.ok(TicketDetail, { id: ticketId });
    expect(ticket.cursor).toBe(resolved.cursor);
    expect(ticket.ticket).toEqual({
      id: ticketId,
      serverId: 'eu-1',
      subject: openInput.subject,
      body: openInput.body,
      playerId: 'p-7',
      category: 'bug',
      status: 'RESOLVED',
      assignee: 'mod-anna',
      createdAt: opened.receivedAt,
      updatedAt: resolved.receivedAt,
      responses: [responded.payload.response],
    });
  });

  it('should refuse setting the status a ticket already has, storing nothing', async () => {
    const vigil = await startVigil();
    const { openTicket } = await vigil.ok(TicketOpen, { input: openInput });
    const result = await vigil.execute(TicketSetStatus, { ticketId: openTicket.payload.ticketId, status: 'OPEN' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('status');
    expect((await vigil.ok(TicketList, {})).tickets.cursor).toBe(openTicket.cursor);
  });

  it.each([
    ['assignTicket', (vigil: TestVigil) => vigil.execute(TicketAssign, { ticketId: 'no-such-ticket', assignee: 'mod-anna' })],
    ['respondToTicket', (vigil: TestVigil) => vigil.execute(TicketRespond, { ticketId: 'no-such-ticket', body: 'Hello' })],
    ['setTicketStatus', (vigil: TestVigil) => vigil.execute(TicketSetStatus, { ticketId: 'no-such-ticket', status: 'CLOSED' })],
  ])('should answer %s on an unknown ticket with NOT_FOUND naming it', async (_, act) => {
    const vigil = await startVigil();
    const result = await act(vigil);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('no-such-ticket');
    expect((await vigil.ok(TicketList, {})).tickets.tickets).toEqual([]);
  });

  it('should answer an unknown ticket id with a null ticket', async () => {
    const vigil = await startVigil();
    const { ticket } = await vigil.ok(TicketDetail, { id: 'no-such-ticket' });
    expect(ticket.ticket).toBeNull();
  });

  it('should list tickets newest first, filtered by status, at the cursor of the last event', async () => {
    const vigil = await startVigil();
    const { openTicket: first } = await vigil.ok(TicketOpen, { input: { ...openInput, subject: 'first' } });
    const { openTicket: second } = await vigil.ok(TicketOpen, { input: { ...openInput, serverId: 'us-1', subject: 'second' } });
    const { setTicketStatus: last } = await vigil.ok(TicketSetStatus, { ticketId: first.payload.ticketId, status: 'WAITING_ON_PLAYER' });

    const all = await vigil.ok(TicketList, {});
    expect(all.tickets.cursor).toBe(last.cursor);
    expect(all.tickets.tickets).toEqual([
      { id: second.payload.ticketId, serverId: 'us-1', subject: 'second', status: 'OPEN' },
      { id: first.payload.ticketId, serverId: 'eu-1', subject: 'first', status: 'WAITING_ON_PLAYER' },
    ]);
    expect(all.tickets.total).toBe(2);
    const open = await vigil.ok(TicketList, { status: 'OPEN' });
    expect(open.tickets.tickets.map((ticket) => ticket.subject)).toEqual(['second']);
  });

  it('should list at most `first` tickets, the newest, and say how many match', async () => {
    const vigil = await startVigil();
    for (const subject of ['one', 'two', 'three']) await vigil.ok(TicketOpen, { input: { ...openInput, subject } });
    const { tickets } = await vigil.ok(TicketList, { first: 2 });
    expect(tickets.tickets.map((ticket) => ticket.subject)).toEqual(['three', 'two']);
    expect(tickets.total).toBe(3);
  });

  it.each([0, 5_001])('should refuse first: %i naming the argument', async (first) => {
    const vigil = await startVigil();
    const result = await vigil.execute(TicketList, { first });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/first/);
  });

  it('should answer a retry with the same dedupKey with the original ticket', async () => {
    const vigil = await startVigil();
    const input = { ...openInput, dedupKey: 'ticket-42', occurredAt: '2026-11-22T10:00:00.000Z' };
    const { openTicket: original } = await vigil.ok(TicketOpen, { input });
    const { openTicket: retried } = await vigil.ok(TicketOpen, { input });
    expect(retried).toEqual(original);
    expect((await vigil.ok(TicketList, {})).tickets.tickets).toHaveLength(1);
  });

  it.each([
    ['an empty subject', { subject: '' }, 'subject'],
    ['a blank subject', { subject: '   ' }, 'subject'],
    ['a blank body', { body: '\n\t' }, 'body'],
    ['a subject over 200 characters', { subject: 'x'.repeat(201) }, 'subject'],
    ['a category over 64 characters', { category: 'x'.repeat(65) }, 'category'],
    ['an unknown priority', { priority: 'URGENT' }, 'priority'],
  ])('should refuse %s naming the field, storing nothing', async (_, change, field) => {
    const vigil = await startVigil();
    const result = await vigil.execute(TicketOpen, { input: { ...openInput, ...change } as typeof openInput });
    expect(result.errors?.[0]?.message).toContain(field);
    expect(result.data ?? null).toBeNull();
    expect((await vigil.ok(TicketList, {})).tickets.tickets).toEqual([]);
  });

  it('should refuse a blank response naming the field, storing nothing', async () => {
    const vigil = await startVigil();
    const { openTicket } = await vigil.ok(TicketOpen, { input: openInput });
    const result = await vigil.execute(TicketRespond, { ticketId: openTicket.payload.ticketId, body: '  ' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('body');
    const { ticket } = await vigil.ok(TicketDetail, { id: openTicket.payload.ticketId });
    expect(ticket.cursor).toBe(openTicket.cursor);
    expect(ticket.ticket?.responses).toEqual([]);
  });
});
