import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const IngestBatch = graphql(`
  mutation IngestBatch($events: [IngestEvent!]!) {
    ingest(events: $events) { id cursor stream type serverId priority }
  }
`);

const IngestHistory = graphql(`
  query IngestHistory { events(first: 1000) { events { id stream type } } }
`);

const IngestFeed = graphql(`
  subscription IngestFeed { chat { ... on ChatEvent { id cursor payload { text } } } }
`);

const now = '2026-11-22T10:00:00.000Z';

describe('ingest (mixed batch)', () => {
  it('should store every member of a mixed batch in order and return them with cursors', async () => {
    const vigil = await startVigil();
    const { ingest } = await vigil.ok(IngestBatch, {
      events: [
        { serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 10 } },
        { telemetry: { serverId: 'eu-1', cpuPercent: 12.5, memoryUsedMb: 900, networkInKbps: 10, networkOutKbps: 20 } },
        { mapEntities: { serverId: 'eu-1', mapId: 'm1', updates: [{ entityId: 'p1', kind: 'PLAYER', action: 'SPAWN', position: { x: 1, y: 2 } }] } },
        { chat: { serverId: 'eu-1', channel: 'global', playerId: 'p1', playerName: 'Ana', text: 'hi' } },
        { playerActivity: { serverId: 'eu-1', kind: 'JOIN', playerId: 'p1', playerName: 'Ana' } },
        { securityIncident: { serverId: 'eu-1', kind: 'BOT_DETECTED', description: 'moves like a bot', occurredAt: now } },
        { openTicket: { serverId: 'eu-1', subject: 'stuck', body: 'I am stuck in a wall' } },
      ],
    });
    expect(ingest.map((e) => [e.stream, e.type])).toEqual([
      ['SERVER_STATUS', 'SERVER_ONLINE'],
      ['TELEMETRY', 'TELEMETRY_SAMPLE'],
      ['MAP_ENTITIES', 'MAP_SPAWN'],
      ['CHAT', 'CHAT_MESSAGE'],
      ['PLAYERS', 'PLAYER_JOIN'],
      ['SECURITY', 'SECURITY_BOT_DETECTED'],
      ['TICKETS', 'TICKET_CREATED'],
    ]);
    const { events } = await vigil.ok(IngestHistory);
    expect(events.events.map((e) => e.id)).toEqual(ingest.map((e) => e.id));
    expect(new Set(ingest.map((e) => e.cursor)).size).toBe(ingest.length);
  });

  it('should reject the whole batch when one element is invalid, naming the field', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(IngestBatch, {
      events: [
        { serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 10 } },
        { chat: { serverId: 'eu-1', channel: 'global', playerId: 'p1', playerName: 'Ana', text: 'x'.repeat(2_001) } },
      ],
    });
    expect(result.errors?.[0]?.message).toContain('text');
    expect((await vigil.ok(IngestHistory)).events.events).toEqual([]);
  });

  it('should refuse an occurredAt more than an hour ahead of the hub clock, naming the field, and store nothing', async () => {
    const vigil = await startVigil();
    const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
    const result = await vigil.execute(IngestBatch, {
      events: [
        { serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 10, occurredAt: ahead(5 * 60_000) } },
        { serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 11, occurredAt: ahead(2 * 3_600_000) } },
      ],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'events.1.serverStatus.occurredAt', message: 'must be at most an hour ahead of the hub clock' }],
    });
    expect((await vigil.ok(IngestHistory)).events.events).toEqual([]);
  });

  it.each([
    [
      'two members set',
      [
        {
          serverStatus: { serverId: 'a', state: 'ONLINE' as const, playerCount: 1 },
          chat: { serverId: 'a', channel: 'c', playerId: 'p', playerName: 'n', text: 't' },
        },
      ],
    ],
    ['no member set', [{}]],
    ['an empty batch', []],
  ])('should refuse %s and store nothing', async (_, events) => {
    const vigil = await startVigil();
    // Deliberately outside the generated @oneOf type: the server must refuse what the client type would not allow.
    const result = await vigil.execute(IngestBatch, { events: events as never });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect((await vigil.ok(IngestHistory)).events.events).toEqual([]);
  });

  it('should refuse a batch above the configured size', async () => {
    const vigil = await startVigil({ maxBatchSize: 2 });
    const status = { serverStatus: { serverId: 'a', state: 'ONLINE' as const, playerCount: 1 } };
    const result = await vigil.execute(IngestBatch, { events: [status, status, status] });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0]?.message).toContain('at most 2');
    expect((await vigil.ok(IngestHistory)).events.events).toEqual([]);
  });

  it('should publish a batch to subscribers only once it is stored', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), IngestFeed, {});
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1);
    const { ingest } = await vigil.ok(IngestBatch, {
      events: [
        { chat: { serverId: 'a', channel: 'c', playerId: 'p', playerName: 'n', text: 'one' } },
        { chat: { serverId: 'a', channel: 'c', playerId: 'p', playerName: 'n', text: 'two' } },
      ],
    });
    const received = await feed.take(2);
    expect(received.map((r) => r.data?.chat.id)).toEqual(ingest.map((e) => e.id));
  });
});

describe('input refused before any resolver runs', () => {
  it.each([
    [
      'an unknown enum value',
      [{ chat: { serverId: 'a', channel: 'c', playerId: 'p', playerName: 'n', text: 't', kind: 'SHOUT' } }],
      'events.0.chat.kind',
    ],
    ['a missing required field', [{ serverStatus: { serverId: 'a', state: 'ONLINE' } }], 'events.0.serverStatus.playerCount'],
    [
      'a @oneOf element with two members',
      [
        {
          serverStatus: { serverId: 'a', state: 'ONLINE', playerCount: 1 },
          playerActivity: { serverId: 'a', kind: 'JOIN', playerId: 'p', playerName: 'n' },
        },
      ],
      'events.0',
    ],
  ])('should answer %s with BAD_USER_INPUT and the path of the field', async (_, events, path) => {
    const vigil = await startVigil();
    const result = await vigil.execute(IngestBatch, { events: events as never });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path }] });
    expect((await vigil.ok(IngestHistory)).events.events).toEqual([]);
  });

  it('should state the batch limit machine-readably', async () => {
    const vigil = await startVigil({ maxBatchSize: 1 });
    const status = { serverStatus: { serverId: 'a', state: 'ONLINE' as const, playerCount: 1 } };
    const result = await vigil.execute(IngestBatch, { events: [status, status] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 1 });
  });
});
