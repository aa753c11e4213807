import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { ExecutionResult } from 'graphql';
import { createClient } from 'graphql-sse';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { VigilConfigInput } from '../src/server/config.ts';
import { createLogger } from '../src/server/logger.ts';
import type { ClusterChatSubscription, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { startBalancer } from './kit/balancer.ts';
import { startRedis, type TestRedis } from './kit/redis.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

const ClusterIngest = graphql(`
  mutation ClusterIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }
`);

const ClusterChat = graphql(`
  subscription ClusterChat($channel: String, $after: Cursor) {
    chat(channel: $channel, after: $after) {
      __typename
      ... on ChatEvent { id cursor payload { text } }
      ... on ResyncRequired { reason }
    }
  }
`);

const ClusterStatus = graphql(`
  mutation ClusterStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);

const ClusterServers = graphql(`
  query ClusterServers { servers { cursor servers { id status { state playerCount } } } }
`);

const ClusterStats = graphql(`
  query ClusterStats { hubStats { engine nodeId nodes head } }
`);

const ClusterIssue = graphql(`
  mutation ClusterIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }
`);

const ClusterRevoke = graphql(`
  mutation ClusterRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }
`);

const ClusterStatusHistory = graphql(`
  query ClusterStatusHistory { events(stream: SERVER_STATUS, first: 100) { events { type serverId } } }
`);

function chat(text: string, channel = 'global'): IngestEvent {
  return { chat: { serverId: 'eu-1', channel, playerId: 'p-1', playerName: 'Ayla', text } };
}

/** Three Vigil nodes on one Redis under a prefix of their own. */
async function threeNodes(redis: TestRedis, overrides: VigilConfigInput = {}): Promise<[ServedVigil, ServedVigil, ServedVigil]> {
  const prefix = `cluster-${randomBytes(4).toString('hex')}`;
  const start = () => serveVigil({ redisUrl: redis.url, redisPrefix: prefix, ...overrides });
  const a = await start();
  const [b, c] = await Promise.all([start(), start()]);
  return [a, b, c];
}

function textOf(result: ExecutionResult<ClusterChatSubscription>): string | null {
  expect(result.errors).toBeUndefined();
  const event = result.data!.chat;
  if (event.__typename !== 'ChatEvent') throw new Error(`expected a chat event, got ${event.__typename}`);
  return event.payload.text;
}

describe('several Vigil nodes on one Redis', () => {
  it('should deliver what one node ingests to a live subscriber on another, resume on a third with a cursor from the first, and answer state on any', async () => {
    const redis = await startRedis();
    const [a, b, c] = await threeNodes(redis);

    const live = subscribe(b.sseClient(), ClusterChat, {});
    await waitFor(() => b.app.services.hub.subscriberCount === 1, 5_000, 'the subscription on B');
    const { ingest } = await a.ok(ClusterIngest, { events: [chat('one'), chat('two'), chat('three')] });
    expect((await live.take(3)).map(textOf)).toEqual(['one', 'two', 'three']);

    // A cursor minted on A resumes on C: the rest, once, in order, then live with no gap.
    const resumed = subscribe(c.sseClient({ singleConnection: true }), ClusterChat, { after: ingest[0]!.cursor });
    expect((await resumed.take(2)).map(textOf)).toEqual(['two', 'three']);
    await b.ok(ClusterIngest, { events: [chat('four')] });
    expect(textOf(await resumed.next())).toBe('four');
    expect(textOf(await live.next())).toBe('four');
    expect(resumed.pending).toEqual([]);

    // State on C reflects what A acknowledged, as of a cursor at or after it.
    const reported = await a.ok(ClusterStatus, { input: { serverId: 'eu-7', state: 'ONLINE', playerCount: 12 } });
    const { servers } = await c.ok(ClusterServers, {});
    expect(servers.servers.find((server) => server.id === 'eu-7')?.status).toEqual({ state: 'ONLINE', playerCount: 12 });
    const seqOf = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().split(':')[2]);
    expect(seqOf(servers.cursor)).toBeGreaterThanOrEqual(seqOf(reported.reportServerStatus.cursor));

    const stats = await Promise.all([a, b, c].map((node) => node.ok(ClusterStats, {})));
    expect(stats.map(({ hubStats }) => hubStats.engine)).toEqual(['REDIS', 'REDIS', 'REDIS']);
    expect(new Set(stats.map(({ hubStats }) => hubStats.nodeId)).size).toBe(3);
    await waitFor(() => a.app.services.nodes!.nodeCount === 3, 5_000, 'A counting three nodes');
    live.unsubscribe();
    resumed.unsubscribe();
  });

  it('should refuse on every node a producer token revoked on one, within a second', async () => {
    const redis = await startRedis();
    const [a, b] = await threeNodes(redis);
    const admin = { as: await a.adminToken(['ADMIN']) };
    const { issueProducerToken } = await a.ok(ClusterIssue, { serverId: 'eu-3' }, admin);
    const report = (node: ServedVigil) =>
      node.execute(ClusterStatus, { input: { serverId: 'eu-3', state: 'ONLINE', playerCount: 1 } }, { as: issueProducerToken.token });
    expect((await report(b)).errors).toBeUndefined();
    await a.ok(ClusterRevoke, { id: issueProducerToken.producerToken.id }, admin);
    expect((await report(a)).errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
    const revokedAt = Date.now();
    let refused: ExecutionResult | null = null;
    while (!refused && Date.now() - revokedAt < 1_000) {
      const result = await report(b);
      if (result.errors) refused = result;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(refused?.errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
  });

  it('should look a producer token up in Redis once for all the requests that bring it at the same time', async () => {
    const redis = await startRedis();
    const node = await serveVigil({ redisUrl: redis.url, redisPrefix: `tokens-${randomBytes(4).toString('hex')}` });
    const { issueProducerToken } = await node.ok(ClusterIssue, { serverId: 'eu-4' }, { as: await node.adminToken(['ADMIN']) });
    const admin = new Redis(redis.url);
    const hgets = async () => Number(/cmdstat_hget:calls=(\d+)/.exec(await admin.info('commandstats'))?.[1] ?? 0);
    const before = await hgets();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        node.execute(ClusterStatus, { input: { serverId: 'eu-4', state: 'ONLINE', playerCount: i } }, { as: issueProducerToken.token }),
      ),
    );
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    // One lookup is two HGETs (the secret's hash to the id, the id to the record); 40 lookups would be 80.
    expect((await hgets()) - before).toBeLessThanOrEqual(4);
    await admin.quit();
  });

  it('should serve graphql-sse in single connection mode behind a round-robin balancer with no stickiness', async () => {
    const redis = await startRedis();
    const nodes = await threeNodes(redis);
    const balancer = await startBalancer(nodes.map((node) => node.url));
    const token = await nodes[0].adminToken();
    const client = createClient({
      url: `${balancer.url}/graphql/stream`,
      singleConnection: true,
      retryAttempts: 0,
      headers: { authorization: `Bearer ${token}` },
    });
    const first = subscribe(client, ClusterChat, { channel: 'global' });
    const second = subscribe(client, ClusterChat, { channel: 'trade' });
    await waitFor(() => nodes.reduce((sum, node) => sum + node.app.services.hub.subscriberCount, 0) === 2, 5_000, 'both operations running');
    await nodes[2].ok(ClusterIngest, { events: [chat('hello'), chat('wts sword', 'trade')] });
    expect(textOf(await first.next())).toBe('hello');
    expect(textOf(await second.next())).toBe('wts sword');
    // The reservation, the stream and the operations went to different nodes.
    expect(new Set(balancer.routed).size).toBe(3);
    first.unsubscribe();
    await waitFor(() => nodes.reduce((sum, node) => sum + node.app.services.hub.subscriberCount, 0) === 1, 5_000, 'the first operation stopped');
    await nodes[1].ok(ClusterIngest, { events: [chat('after'), chat('still here', 'trade')] });
    expect(textOf(await second.next())).toBe('still here');
    expect(first.pending).toEqual([]);
    second.unsubscribe();
    client.dispose();
  });

  it('should count a viewer’s streams across nodes', async () => {
    const redis = await startRedis();
    const [a, b, c] = await threeNodes(redis, { maxStreamsPerViewer: 2 });
    const token = await a.adminToken(undefined, { sub: 'one-viewer' });
    const streams = [subscribe(a.sseClient({ as: token }), ClusterChat, {}), subscribe(b.sseClient({ as: token }), ClusterChat, {})];
    await waitFor(() => a.app.services.hub.subscriberCount + b.app.services.hub.subscriberCount === 2, 5_000, 'two streams open');
    const third = subscribe(c.sseClient({ as: token }), ClusterChat, {});
    const refused = await third.next();
    expect(refused.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    streams[0]!.unsubscribe();
    await waitFor(() => a.app.services.hub.subscriberCount === 0, 5_000, 'the stream on A closed');
    // Released on A, the slot is free on C (the release reaches Redis right after the stream ends).
    let opened = false;
    for (let attempt = 0; attempt < 20 && !opened; attempt++) {
      const retry = subscribe(c.sseClient({ as: token }), ClusterChat, {});
      // A live stream starts at the log's head: the probe is ingested only once C runs it (or has refused it).
      await waitFor(() => retry.pending.length > 0 || c.app.services.hub.subscriberCount === 1, 5_000, 'C answered the retry');
      if (retry.pending.length === 0) await a.ok(ClusterIngest, { events: [chat(`probe ${attempt}`)] });
      const result = await retry.next();
      opened = !result.errors;
      if (opened) expect(textOf(result)).toBe(`probe ${attempt}`);
      retry.unsubscribe();
      await waitFor(() => c.app.services.hub.subscriberCount === 0, 5_000, 'the retry on C closed');
    }
    expect(opened).toBe(true);
    streams[1]!.unsubscribe();
  });

  it('should report a silent server UNREACHABLE once, not once per node', async () => {
    const redis = await startRedis();
    // Their own timers would look only after an hour: the test has every node look at once, several times over.
    const nodes = await threeNodes(redis, { livenessInterval: '1h' });
    await nodes[0].ok(ClusterStatus, { input: { serverId: 'eu-quiet', state: 'ONLINE', playerCount: 3 } });
    const later = Date.now() + 2 * 3_600_000;
    for (let round = 0; round < 5; round++) await Promise.all(nodes.map((node) => node.app.services.liveness.check(later)));
    await waitFor(
      () => nodes.every((node) => node.app.services.state.slices.servers.get('eu-quiet')?.status?.state === 'UNREACHABLE'),
      5_000,
      'UNREACHABLE everywhere',
    );
    const { events } = await nodes[1].ok(ClusterStatusHistory, {});
    expect(events.events.filter((event) => event.serverId === 'eu-quiet').map((event) => event.type)).toEqual([
      'SERVER_ONLINE',
      'SERVER_UNREACHABLE',
    ]);
  });

  it('should warn at start, naming the setting, when Redis does not persist every write before it answers', async () => {
    const redis = await startRedis();
    const admin = new Redis(redis.url);
    await admin.config('SET', 'appendfsync', 'everysec');
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), done()) });
    const checks = async () => {
      lines.length = 0;
      const node = await serveVigil(
        { redisUrl: redis.url, redisPrefix: `warn-${randomBytes(4).toString('hex')}` },
        { logger: createLogger('info', stream) },
      );
      await node.close();
      return lines.map((line) => JSON.parse(line) as { level: number; msg: string });
    };
    const lax = await checks();
    expect(lax.filter((line) => line.level === 40 && /appendfsync always/.test(line.msg))).toHaveLength(1);
    await admin.config('SET', 'appendonly', 'no');
    expect((await checks()).filter((line) => line.level === 40 && /appendonly yes/.test(line.msg))).toHaveLength(1);
    await admin.config('SET', 'appendonly', 'yes');
    await admin.config('SET', 'appendfsync', 'always');
    // Turning AOF on writes a fresh one in the background; Redis reports it on once that is done.
    for (
      let attempt = 0;
      attempt < 100 && !/aof_rewrite_in_progress:0[\s\S]*aof_rewrite_scheduled:0/.test(await admin.info('persistence'));
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await checks()).filter((line) => line.level === 40)).toEqual([]);
    await admin.quit();
  });
});
