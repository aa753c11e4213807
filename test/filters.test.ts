import { describe, expect, it } from 'vitest';
import type { FilterChatMessagesQueryVariables, FilterTicketsQueryVariables } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil, type TestVigil } from './kit/vigil.ts';

const FilterChatPost = graphql(`
  mutation FilterChatPost($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id }
  }
`);
const FilterChatMessages = graphql(`
  query FilterChatMessages($serverId: ID, $player: String, $text: String, $last: Int) {
    chatMessages(serverId: $serverId, player: $player, text: $text, last: $last) { cursor messages { id serverId payload { kind playerName text } } }
  }
`);
const FilterChatFeed = graphql(`
  subscription FilterChatFeed($serverId: ID, $player: String, $text: String) {
    chat(serverId: $serverId, player: $player, text: $text) { ... on ChatEvent { id payload { playerName text } } }
  }
`);
const FilterIncident = graphql(`
  mutation FilterIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id }
  }
`);
const FilterIncidents = graphql(`
  query FilterIncidents($serverId: ID, $kind: IncidentKind) {
    securityIncidents(serverId: $serverId, kind: $kind) { incidents { id serverId payload { kind description } } }
  }
`);
const FilterSecurityFeed = graphql(`
  subscription FilterSecurityFeed($serverId: ID, $kind: IncidentKind) {
    security(serverId: $serverId, kind: $kind) { ... on SecurityEvent { id serverId payload { kind } } }
  }
`);
const FilterOpenTicket = graphql(`
  mutation FilterOpenTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { payload { ticketId } }
  }
`);
const FilterAssignTicket = graphql(`
  mutation FilterAssignTicket($ticketId: ID!, $assignee: String!) {
    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }
  }
`);
const FilterRespond = graphql(`
  mutation FilterRespond($ticketId: ID!, $body: String!) {
    respondToTicket(ticketId: $ticketId, body: $body) { id }
  }
`);
const FilterTickets = graphql(`
  query FilterTickets($serverId: ID, $category: String, $assignedTo: TicketAssignee, $status: TicketStatus) {
    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo, status: $status) { total tickets { subject serverId category assignee } }
  }
`);
const FilterTicketFeed = graphql(`
  subscription FilterTicketFeed($serverId: ID, $category: String, $assignedTo: TicketAssignee) {
    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo) {
      ... on TicketEvent { serverId payload { kind ticketId subject assignee response { body } } }
    }
  }
`);
const FilterStatus = graphql(`
  mutation FilterStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) { id }
  }
`);
const FilterStatusHistory = graphql(`
  query FilterStatusHistory($serverId: ID, $last: Int) {
    serverStatusHistory(serverId: $serverId, last: $last) { cursor events { serverId payload { state playerCount } } }
  }
`);

async function chatFixture(vigil: TestVigil): Promise<void> {
  const lines = [
    { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', text: 'Anyone for the World Boss?' },
    { serverId: 'eu-1', channel: 'trade', playerId: 'p-2', playerName: 'Borin', text: 'WTS iron ingots' },
    { serverId: 'us-1', channel: 'global', playerId: 'p-3', playerName: 'Arian', text: 'boss is down' },
    {
      serverId: 'eu-1',
      channel: 'global',
      playerId: 'p-2',
      playerName: 'Borin',
      kind: 'WHISPER' as const,
      recipientId: 'p-1',
      text: 'secret boss tip',
    },
  ];
  for (const input of lines) await vigil.ok(FilterChatPost, { input });
}

describe('chat filters', () => {
  it('should search chat by player (id or part of the name) and by text, ignoring case', async () => {
    const vigil = await startVigil();
    await chatFixture(vigil);
    const texts = async (variables: FilterChatMessagesQueryVariables) =>
      (await vigil.ok(FilterChatMessages, variables)).chatMessages.messages.map((m) => m.payload.text);

    expect(await texts({ player: 'ari' })).toEqual(['Anyone for the World Boss?', 'boss is down']);
    expect(await texts({ player: 'p-2' })).toEqual(['WTS iron ingots', 'secret boss tip']);
    expect(await texts({ text: 'BOSS' })).toEqual(['Anyone for the World Boss?', 'boss is down', 'secret boss tip']);
    expect(await texts({ text: 'boss', serverId: 'eu-1' })).toEqual(['Anyone for the World Boss?', 'secret boss tip']);
    expect(await texts({ text: 'boss', player: 'aria' })).toEqual(['Anyone for the World Boss?', 'boss is down']);
    expect(await texts({ text: 'boss', player: 'p-1' })).toEqual(['Anyone for the World Boss?']);
    expect(await texts({ text: 'boss', player: 'aria', last: 1 })).toEqual(['boss is down']);
    expect(await texts({ text: 'boss', last: 1 })).toEqual(['secret boss tip']);
    expect(await texts({ text: 'nothing like this' })).toEqual([]);
  });

  it('should never match whisper text a SUPPORT viewer may not read', async () => {
    const vigil = await startVigil();
    await chatFixture(vigil);
    const support = await vigil.adminToken(['SUPPORT']);
    const { chatMessages } = await vigil.ok(FilterChatMessages, { text: 'secret' }, { as: support });
    expect(chatMessages.messages).toEqual([]);
    const byPlayer = await vigil.ok(FilterChatMessages, { player: 'Borin' }, { as: support });
    expect(byPlayer.chatMessages.messages.map((m) => [m.payload.kind, m.payload.text])).toEqual([
      ['MESSAGE', 'WTS iron ingots'],
      ['WHISPER', null],
    ]);
  });

  it.each([
    [{ player: '   ' }, 'player', 'must not be blank'],
    [{ text: '' }, 'text', 'must not be blank'],
    [{ text: 'x'.repeat(101) }, 'text', 'Too big'],
  ])('should refuse %o with a BAD_USER_INPUT error naming the argument', async (variables, path, message) => {
    const vigil = await startVigil();
    const result = await vigil.execute(FilterChatMessages, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = result.errors?.[0]?.extensions?.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message).toContain(message);
    expect(result.errors?.[0]?.message).toContain(`${path}:`);
  });

  it('should deliver live only the lines of the searched player and text', async () => {
    const vigil = await serveVigil();
    const support = await vigil.adminToken(['SUPPORT']);
    const feed = subscribe(vigil.sseClient({ as: support }), FilterChatFeed, { text: 'boss', player: 'ari' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    await chatFixture(vigil);
    await vigil.ok(FilterChatPost, {
      input: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', kind: 'WHISPER', recipientId: 'p-2', text: 'boss?' },
    });
    await vigil.ok(FilterChatPost, { input: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', text: 'last boss call' } });
    const received = await feed.take(3);
    expect(received.map((r) => r.data?.chat)).toEqual([
      { id: expect.any(String), payload: { playerName: 'Aria', text: 'Anyone for the World Boss?' } },
      { id: expect.any(String), payload: { playerName: 'Arian', text: 'boss is down' } },
      { id: expect.any(String), payload: { playerName: 'Aria', text: 'last boss call' } },
    ]);
    expect(feed.pending).toEqual([]);
  });
});

describe('security filters', () => {
  it('should filter incidents by server and by kind, in the query and live', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), FilterSecurityFeed, { serverId: 'eu-1', kind: 'BAN' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    const incidents = [
      { serverId: 'eu-1', kind: 'BAN' as const, playerId: 'p-1', description: 'ban one' },
      { serverId: 'eu-1', kind: 'VIOLATION' as const, playerId: 'p-1', description: 'spam' },
      { serverId: 'us-1', kind: 'BAN' as const, playerId: 'p-2', description: 'ban two' },
      { serverId: 'eu-1', kind: 'BAN' as const, playerId: 'p-3', description: 'ban three' },
    ];
    for (const input of incidents) await vigil.ok(FilterIncident, { input });

    const descriptions = async (variables: { serverId?: string; kind?: 'BAN' | 'VIOLATION' }) =>
      (await vigil.ok(FilterIncidents, variables)).securityIncidents.incidents.map((i) => i.payload.description);
    expect(await descriptions({ kind: 'BAN' })).toEqual(['ban three', 'ban two', 'ban one']);
    expect(await descriptions({ serverId: 'eu-1', kind: 'BAN' })).toEqual(['ban three', 'ban one']);
    expect(await descriptions({ serverId: 'eu-1', kind: 'VIOLATION' })).toEqual(['spam']);

    const live = await feed.take(2);
    expect(live.map((r) => r.data?.security)).toEqual([
      { id: expect.any(String), serverId: 'eu-1', payload: { kind: 'BAN' } },
      { id: expect.any(String), serverId: 'eu-1', payload: { kind: 'BAN' } },
    ]);
    expect(feed.pending).toEqual([]);
  });

  it('should refuse an unknown incident kind with an error naming the argument and the enum', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(FilterIncidents, { kind: 'SPEEDING' as never });
    expect(result.errors?.[0]?.message).toContain('"$kind"');
    expect(result.errors?.[0]?.message).toContain('IncidentKind');
    expect(result.data).toBeUndefined();
  });
});

describe('ticket filters', () => {
  async function ticketFixture(vigil: TestVigil) {
    const open = async (serverId: string, subject: string, category?: string) =>
      (await vigil.ok(FilterOpenTicket, { input: { serverId, subject, body: 'please help', category } })).openTicket.payload.ticketId;
    const ids = {
      sword: await open('eu-1', 'Lost my sword', 'Bug'),
      refund: await open('eu-1', 'Refund please', 'billing'),
      lag: await open('us-1', 'Lag spikes', 'bug'),
      other: await open('us-1', 'Name change'),
    };
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const bob = await vigil.adminToken(['MODERATOR'], { sub: 'bob' });
    await vigil.ok(FilterAssignTicket, { ticketId: ids.sword, assignee: 'alice' });
    await vigil.ok(FilterAssignTicket, { ticketId: ids.lag, assignee: 'alice' });
    await vigil.ok(FilterAssignTicket, { ticketId: ids.refund, assignee: 'bob' });
    return { ids, alice, bob };
  }

  it('should filter tickets by server, by category (ignoring case) and by assignee, ME being the signed-in admin', async () => {
    const vigil = await startVigil();
    const { alice, bob } = await ticketFixture(vigil);
    const subjects = async (variables: FilterTicketsQueryVariables, as?: string) => {
      const { tickets } = await vigil.ok(FilterTickets, variables, as ? { as } : {});
      expect(tickets.total).toBe(tickets.tickets.length);
      return tickets.tickets.map((t) => t.subject);
    };
    expect(await subjects({ serverId: 'eu-1' })).toEqual(['Refund please', 'Lost my sword']);
    expect(await subjects({ category: 'BUG' })).toEqual(['Lag spikes', 'Lost my sword']);
    expect(await subjects({ category: 'bug', serverId: 'us-1' })).toEqual(['Lag spikes']);
    expect(await subjects({ assignedTo: 'ME' }, alice)).toEqual(['Lag spikes', 'Lost my sword']);
    expect(await subjects({ assignedTo: 'ME' }, bob)).toEqual(['Refund please']);
    expect(await subjects({ assignedTo: 'ME', serverId: 'eu-1' }, alice)).toEqual(['Lost my sword']);
    expect(await subjects({ assignedTo: 'UNASSIGNED' })).toEqual(['Name change']);
    expect(await subjects({ assignedTo: 'ME', status: 'CLOSED' }, alice)).toEqual([]);
  });

  it('should refuse a blank category with a BAD_USER_INPUT error naming it', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(FilterTickets, { category: ' ' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ path: 'category', message: 'must not be blank' }] });
  });

  it('should deliver each admin only the changes to tickets assigned to them, and filter live by server and category', async () => {
    const vigil = await serveVigil();
    const { ids, alice, bob } = await ticketFixture(vigil);
    const aliceFeed = subscribe(vigil.sseClient({ as: alice }), FilterTicketFeed, { assignedTo: 'ME' });
    const bobFeed = subscribe(vigil.sseClient({ as: bob }), FilterTicketFeed, { assignedTo: 'ME' });
    const bugsOnEu = subscribe(vigil.sseClient(), FilterTicketFeed, { serverId: 'eu-1', category: 'bug' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 3, 5_000, 'subscribers');

    await vigil.ok(FilterRespond, { ticketId: ids.sword, body: 'looking into it' }, { as: alice });
    await vigil.ok(FilterRespond, { ticketId: ids.refund, body: 'refund sent' }, { as: bob });
    await vigil.ok(FilterRespond, { ticketId: ids.lag, body: 'which region?' }, { as: alice });
    await vigil.ok(FilterAssignTicket, { ticketId: ids.other, assignee: 'bob' }, { as: alice });

    expect((await aliceFeed.take(2)).map((r) => r.data?.tickets)).toEqual([
      {
        serverId: 'eu-1',
        payload: { kind: 'RESPONSE_ADDED', ticketId: ids.sword, subject: null, assignee: 'alice', response: { body: 'looking into it' } },
      },
      {
        serverId: 'us-1',
        payload: { kind: 'RESPONSE_ADDED', ticketId: ids.lag, subject: null, assignee: 'alice', response: { body: 'which region?' } },
      },
    ]);
    expect((await bobFeed.take(2)).map((r) => r.data?.tickets)).toEqual([
      {
        serverId: 'eu-1',
        payload: { kind: 'RESPONSE_ADDED', ticketId: ids.refund, subject: null, assignee: 'bob', response: { body: 'refund sent' } },
      },
      { serverId: 'us-1', payload: { kind: 'ASSIGNED', ticketId: ids.other, subject: null, assignee: 'bob', response: null } },
    ]);
    expect((await bugsOnEu.next()).data?.tickets).toMatchObject({ serverId: 'eu-1', payload: { ticketId: ids.sword, kind: 'RESPONSE_ADDED' } });
    expect(aliceFeed.pending).toEqual([]);
    expect(bobFeed.pending).toEqual([]);
    expect(bugsOnEu.pending).toEqual([]);
  });
});

describe('server status history', () => {
  it("should answer one server's status reports newest first, UNREACHABLE included", async () => {
    const vigil = await startVigil({ livenessInterval: '200ms' });
    await vigil.ok(FilterStatus, { input: { serverId: 'eu-1', state: 'STARTING', playerCount: 0 } });
    await vigil.ok(FilterStatus, { input: { serverId: 'us-1', state: 'STOPPED', playerCount: 0 } });
    await vigil.ok(FilterStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 12 } });
    const state = vigil.app.services.state;
    await waitFor(() => state.slices.servers.get('eu-1')?.status?.state === 'UNREACHABLE', 5_000, 'eu-1 to go UNREACHABLE');
    const { serverStatusHistory } = await vigil.ok(FilterStatusHistory, { serverId: 'eu-1' });
    expect(serverStatusHistory.events.map((e) => [e.serverId, e.payload.state, e.payload.playerCount])).toEqual([
      ['eu-1', 'UNREACHABLE', 12],
      ['eu-1', 'ONLINE', 12],
      ['eu-1', 'STARTING', 0],
    ]);
    const all = await vigil.ok(FilterStatusHistory, { last: 3 });
    expect(all.serverStatusHistory.events.map((e) => [e.serverId, e.payload.state])).toEqual([
      ['eu-1', 'UNREACHABLE'],
      ['eu-1', 'ONLINE'],
      ['us-1', 'STOPPED'],
    ]);
  });
});
