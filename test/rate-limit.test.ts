import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../src/events/rate-limit.ts';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { graphql } from './gql/index.ts';
import { sleep } from './kit/stream.ts';
import { startVigil } from './kit/vigil.ts';

const RateIngest = graphql(`
  mutation RateIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { id cursor }
  }
`);

const RateHead = graphql(`
  query RateHead { hubStats { head } }
`);

const RateOpenTicket = graphql(`
  mutation RateOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id ... on TicketEvent { payload { ticketId } } } }
`);

const RateRespond = graphql(`
  mutation RateRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }
`);

const RateServers = graphql(`
  query RateServers { servers { servers { id state } } }
`);

const chats = (serverId: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ chat: { serverId, channel: 'ops', playerId: 'p1', playerName: 'Ana', text: `#${i}` } }));

describe('producer rate limit (token buckets)', () => {
  it('should take a batch all or none and say how long until it fits', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 10, burst: 20 }, () => now);
    expect(buckets.take('a', 15)).toBe(0);
    expect(buckets.take('a', 10)).toBe(500);
    expect(buckets.take('a', 5)).toBe(0);
    expect(buckets.take('a', 1)).toBe(100);
    expect(buckets.take('b', 20)).toBe(0);
    now = 400;
    expect(buckets.take('a', 5)).toBe(100);
    now = 500;
    expect(buckets.take('a', 5)).toBe(0);
    expect(buckets.take('a', 21)).toBe(Infinity);
  });

  it('should give back a refund, never beyond the burst', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 1, burst: 4 }, () => now);
    expect(buckets.take('a', 4)).toBe(0);
    buckets.refund('a', 3);
    expect(buckets.take('a', 4)).toBe(1_000);
    now = 10_000;
    buckets.refund('a', 100);
    expect(buckets.take('a', 4)).toBe(0);
    expect(buckets.take('a', 1)).toBe(1_000);
  });

  it('should drop buckets that have refilled, so memory follows the active tokens', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 100, burst: 100 }, () => now);
    for (let i = 0; i < 1_000; i++) buckets.take(`token-${i}`, 1);
    expect(buckets.size).toBe(1_000);
    now = 1_000;
    buckets.take('busy', 100);
    expect(buckets.size).toBe(1);
    now = 1_500;
    expect(buckets.take('busy', 60)).toBe(100);
  });
});

describe('producer rate limit (hub)', () => {
  it('should refuse a producer over its burst with RATE_LIMITED and retryAfterMs, store nothing of it, and accept it after the wait', async () => {
    const vigil = await startVigil({ producerRate: '5/s,burst=10' });
    await vigil.ok(RateIngest, { events: chats('eu-1', 8) });
    const { hubStats: before } = await vigil.ok(RateHead);

    const refused = await vigil.execute(RateIngest, { events: chats('eu-1', 5) });
    expect(refused.data).toBeNull();
    expect(refused.errors).toHaveLength(1);
    const [error] = refused.errors!;
    expect(error!.message).toMatch(/5 events\/s with bursts of 10.*nothing of it was stored.*retry in \d+ ms/);
    expect(error!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 5, burst: 10 });
    const retryAfterMs = error!.extensions!.retryAfterMs as number;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(600);
    expect((await vigil.ok(RateHead)).hubStats.head).toBe(before.head);

    // Another token has a bucket of its own.
    expect((await vigil.ok(RateIngest, { events: chats('eu-2', 10) })).ingest).toHaveLength(10);

    await sleep(retryAfterMs);
    const { ingest } = await vigil.ok(RateIngest, { events: chats('eu-1', 5) });
    expect(ingest).toHaveLength(5);
  });

  it('should refuse a batch larger than the burst as BAD_USER_INPUT naming the most it takes', async () => {
    const vigil = await startVigil({ producerRate: '5/s,burst=10' });
    const result = await vigil.execute(RateIngest, { events: chats('eu-1', 11) });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 10,
      issues: [{ path: 'events', message: expect.stringContaining('at most 10 events per batch') }],
    });
    expect((await vigil.ok(RateIngest, { events: chats('eu-1', 10) })).ingest).toHaveLength(10);
  });

  it('should not limit admins', async () => {
    const vigil = await startVigil({ producerRate: '1/s,burst=1' });
    const { openTicket } = await vigil.ok(RateOpenTicket, { input: { serverId: 'eu-1', playerId: 'p-7', subject: 'Stuck', body: 'In a wall' } });
    const ticketId = 'payload' in openTicket ? openTicket.payload.ticketId : '';
    for (let i = 0; i < 5; i++) await vigil.ok(RateRespond, { ticketId, body: `answer ${i}` });
    const producer = await vigil.execute(RateIngest, { events: chats('eu-1', 1) });
    expect(producer.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it("should not limit the hub's own liveness events", async () => {
    const vigil = await startVigil({ producerRate: '1/s,burst=1', livenessInterval: '300ms' });
    for (const serverId of ['eu-1', 'eu-2', 'eu-3'])
      await vigil.ok(RateIngest, { events: [{ serverStatus: { serverId, state: 'ONLINE', playerCount: 1 } }] });
    // Their three UNREACHABLE events come as the hub's own batches, larger than a producer's burst of 1.
    await expect
      .poll(async () => (await vigil.ok(RateServers)).servers.servers.map((server) => server.state), { timeout: 5_000, interval: 100 })
      .toEqual(['UNREACHABLE', 'UNREACHABLE', 'UNREACHABLE']);
  });

  it.each([
    ['200/s,burst=1000', { perSecond: 200, burst: 1_000 }],
    ['200', { perSecond: 200, burst: 1_000 }],
    ['2.5/s', { perSecond: 2.5, burst: 13 }],
    ['off', null],
  ])('should read VIGIL_PRODUCER_RATE=%s', (value, expected) => {
    expect(loadConfig({}, { VIGIL_PRODUCER_RATE: value }).producerRate).toEqual(expected);
  });

  it('should limit by default well above what one node ingests', () => {
    expect(loadConfig({}, {}).producerRate).toEqual({ perSecond: 100_000, burst: 500_000 });
  });

  it.each(['fast', '0/s', '10/m', '10/s,burst=0', '-5'])('should refuse VIGIL_PRODUCER_RATE=%s, naming the variable', (value) => {
    expect(() => loadConfig({}, { VIGIL_PRODUCER_RATE: value })).toThrow(ConfigError);
    expect(() => loadConfig({}, { VIGIL_PRODUCER_RATE: value })).toThrow(/VIGIL_PRODUCER_RATE \(producerRate\)/);
  });
});
