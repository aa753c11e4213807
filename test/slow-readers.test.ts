import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor } from '../src/events/cursor.ts';
import { keyedFeed, openFeed } from '../src/events/feed.ts';
import type { IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { spawnVigil, type VigilProcess } from './kit/process.ts';
import { sleep, subscribe } from './kit/stream.ts';
import { startVigil, tempDir } from './kit/vigil.ts';

const SlowIssueProducer = graphql(`
  mutation SlowIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: "slow-readers") { token } }
`);

const SlowIngest = graphql(`
  mutation SlowIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const SlowPost = graphql(`
  mutation SlowPost($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor } }
`);

const SlowHubStats = graphql(`
  query SlowHubStats { hubStats { subscribers } }
`);

const SlowChatFeed = graphql(`
  subscription SlowChatFeed($channel: String!, $after: Cursor) {
    chat(channel: $channel, after: $after) { ... on ChatEvent { id payload { text } } ... on ResyncRequired { reason } }
  }
`);

// Every field, so fewer samples fill the socket buffers.
const SlowTelemetryFeed = graphql(`
  subscription SlowTelemetryFeed($serverId: ID!) {
    telemetry(serverId: $serverId) {
      ... on TelemetryEvent {
        id cursor stream type serverId occurredAt receivedAt priority
        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }
      }
    }
  }
`);

const SlowMapFeed = graphql(`
  subscription SlowMapFeed($mapId: ID!) {
    mapEntities(mapId: $mapId) {
      ... on MapEntityEvent { id cursor type serverId occurredAt receivedAt payload { entityId kind action position { x y z } heading label } }
    }
  }
`);

interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

/** Splits an SSE body into its messages, leaving out comments. */
function parseSse(text: string): SseMessage[] {
  const messages: SseMessage[] = [];
  for (const block of text.split('\n\n')) {
    let id: string | null = null;
    let event: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data:')) data.push(line.replace(/^data: ?/, ''));
    }
    if (event !== null || data.length > 0) messages.push({ id, event: event ?? 'message', data: data.join('\n') });
  }
  return messages;
}

/** A subscription over its own socket whose reader stops reading as soon as the response starts. */
interface StalledReader {
  /** Reads again; resolves with every message and the body's size once the response ends. */
  readToEnd(timeoutMs?: number): Promise<{ messages: SseMessage[]; bytes: number }>;
  /** Reads again; resolves with what arrived once nothing more has come for `quietMs`. */
  readUntilQuiet(quietMs?: number): Promise<SseMessage[]>;
  close(): void;
}

async function openStalledReader<R, V>(vigil: VigilProcess, document: TypedDocumentNode<R, V>, variables: V): Promise<StalledReader> {
  const req = request(`${vigil.url}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${vigil.adminToken}` },
  });
  req.end(JSON.stringify({ query: print(document), variables }));
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  expect(res.statusCode).toBe(200);
  // Node stops reading the socket once this response's small buffer is full; then the kernel's buffers fill up.
  res.pause();
  let text = '';
  const read = () => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.resume();
  };
  return {
    async readToEnd(timeoutMs = 20_000) {
      read();
      const timer = setTimeout(() => res.destroy(new Error(`the event stream did not end within ${timeoutMs} ms`)), timeoutMs);
      try {
        await once(res, 'end');
      } finally {
        clearTimeout(timer);
      }
      return { messages: parseSse(text), bytes: Buffer.byteLength(text) };
    },
    async readUntilQuiet(quietMs = 500) {
      read();
      for (let seen = -1; seen !== text.length; ) {
        seen = text.length;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
      return parseSse(text);
    },
    close: () => req.destroy(),
  };
}

interface StalledSingleConnection {
  /** Reads again; resolves with every message once the operation `stalled` completes (the connection stays open). */
  readToComplete(timeoutMs?: number): Promise<SseMessage[]>;
  close(): void;
}

/** The same in single connection mode: a reserved event stream that stops being read, then one subscription on it. */
async function openStalledSingleConnection<R, V>(
  vigil: VigilProcess,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<StalledSingleConnection> {
  const authorization = `Bearer ${vigil.adminToken}`;
  const token = await (await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization } })).text();
  const req = request(`${vigil.url}/graphql/stream`, {
    agent: false,
    headers: { accept: 'text/event-stream', authorization, 'x-graphql-event-stream-token': token },
  });
  req.end();
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  expect(res.statusCode).toBe(200);
  res.pause();
  const post = await fetch(`${vigil.url}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization, 'x-graphql-event-stream-token': token },
    body: JSON.stringify({ query: print(document), variables, extensions: { operationId: 'stalled' } }),
  });
  expect(post.status).toBe(202);
  return {
    async readToComplete(timeoutMs = 20_000) {
      let text = '';
      const completed = () => parseSse(text).some((m) => m.event === 'complete' && (JSON.parse(m.data) as { id: string }).id === 'stalled');
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.resume();
      for (const deadline = Date.now() + timeoutMs; !completed(); await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() > deadline) throw new Error(`the operation did not complete within ${timeoutMs} ms`);
      }
      return parseSse(text);
    },
    close: () => req.destroy(),
  };
}

interface Acked {
  id: string;
  cursor: string;
}

/** Publishes `count` events built by `make`, one batch at a time; returns each acknowledged event, in log order. */
async function publish(
  vigil: VigilProcess,
  producer: string,
  count: number,
  batchSize: number,
  make: (index: number) => IngestEvent,
): Promise<Acked[]> {
  const acked: Acked[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const events = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) => make(start + i));
    const { ingest } = await vigil.ok(SlowIngest, { events }, producer);
    acked.push(...ingest);
  }
  return acked;
}

async function issueProducer(vigil: VigilProcess, serverId: string): Promise<string> {
  return (await vigil.ok(SlowIssueProducer, { serverId })).issueProducerToken.token;
}

async function subscriberCount(vigil: VigilProcess): Promise<number> {
  return (await vigil.ok(SlowHubStats, {})).hubStats.subscribers;
}

const seqOf = (cursor: string) => decodeCursor(cursor).seq;
const mb = (kb: number) => (kb / 1024).toFixed(1);

/** The `next` results of a raw stream, with their SSE ids. */
function nextResults<R>(messages: SseMessage[]): Array<{ id: string | null; result: ExecutionResult<R> }> {
  return messages.filter((m) => m.event === 'next').map((m) => ({ id: m.id, result: JSON.parse(m.data) as ExecutionResult<R> }));
}

describe('bounded slow readers', () => {
  it('should count an event against the bound until the reader has taken it, so a stalled reader holds at most the bound', async () => {
    const vigil = await startVigil({ subscriberQueueEvents: 10 });
    const post = async (text: string) =>
      (await vigil.ok(SlowPost, { input: { serverId: 'eu-1', channel: 'bound', playerId: 'p-1', playerName: 'Bound', text } })).postChatMessage;
    const feed = openFeed(vigil.app.services, keyedFeed('chat', 'bound'), null);
    const early = [];
    for (let i = 0; i < 5; i++) early.push(await post(`early-${i}`));
    // The reader takes one event and stalls: four wait in its queue, so six more fit and the seventh is too many.
    expect(await feed.next()).toMatchObject({ value: { id: early[0]!.id } });
    const late = [];
    for (let i = 0; i < 6; i++) late.push(await post(`late-${i}`));
    // Fan-out follows the acknowledgement: let the hub publish what was acknowledged.
    await vigil.app.services.hub.settled();
    expect(vigil.app.services.hub.subscriberCount).toBe(1);
    await post('one too many');
    await vigil.app.services.hub.settled();
    expect(vigil.app.services.hub.subscriberCount).toBe(0);
    await expect(feed.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
  });

  describe('on a keep-all stream (chat), at the shipped bound of 1,000 events / 1 MiB', () => {
    let vigil: VigilProcess;
    let producer: string;
    beforeAll(async () => {
      vigil = await spawnVigil({ databasePath: join(tempDir(), 'vigil.db'), heapProbe: true });
      producer = await issueProducer(vigil, 'slow-1');
    });

    const total = 20_000;
    const warmup = 10_000;
    const stalledCount = 8;
    const chat = (channel: string) => (index: number) => ({
      // ~2 KB per message: 20,000 of them are ~40 MB, far more than a socket's buffers hold.
      chat: { serverId: 'slow-1', channel, playerId: `p-${index % 50}`, playerName: 'Load', text: `${index}:`.padEnd(1_990, 'abcdefghij') },
    });

    it.each([
      { over: 'the event bound', count: 1_500, textLength: 20 },
      { over: 'the byte bound', count: 480, textLength: 1_990 },
    ])('should not end a reader that keeps up when one batch alone exceeds $over', async ({ count, textLength }) => {
      const reader = subscribe(vigil.sseClient(), SlowChatFeed, { channel: 'burst' });
      await expect.poll(() => subscriberCount(vigil)).toBe(1);
      const received = reader.take(count, 20_000);
      received.catch(() => undefined);
      const message = (index: number) => ({
        chat: { serverId: 'slow-1', channel: 'burst', playerId: 'p-1', playerName: 'Burst', text: `${index}:`.padEnd(textLength, '.') },
      });
      const acked = await publish(vigil, producer, count, count, message);
      expect((await received).map((r) => (r.data!.chat as { id: string }).id)).toEqual(acked.map((a) => a.id));
      reader.unsubscribe();
      await expect.poll(() => subscriberCount(vigil)).toBe(0);
    });

    it('should end stalled readers with SLOW_CONSUMER, resume them from their cursor losing nothing, and neither slow a fast reader nor grow memory', async () => {
      const client = vigil.sseClient();

      // Warm-up with the measured load's shape, so the baseline already holds the heap V8 grows for this traffic.
      const warm = subscribe(client, SlowChatFeed, { channel: 'warmup' });
      await expect.poll(() => subscriberCount(vigil)).toBe(1);
      const warmed = warm.take(warmup, 30_000);
      warmed.catch(() => undefined);
      await publish(vigil, producer, warmup, 200, chat('warmup'));
      await warmed;
      warm.unsubscribe();
      await expect.poll(() => subscriberCount(vigil)).toBe(0);
      await sleep(500);
      const baselineKb = vigil.memoryKb();
      const baselineHeap = await vigil.heapAfterGc();

      const fast = subscribe(client, SlowChatFeed, { channel: 'load' });
      const stalled = await Promise.all(Array.from({ length: stalledCount }, () => openStalledReader(vigil, SlowChatFeed, { channel: 'load' })));
      await expect.poll(() => subscriberCount(vigil)).toBe(1 + stalledCount);

      let peakKb = baselineKb;
      const sampler = setInterval(() => (peakKb = Math.max(peakKb, vigil.memoryKb())), 50);
      const started = performance.now();
      const fastDone = fast.take(total, 45_000);
      fastDone.catch(() => undefined);
      const acked = await publish(vigil, producer, total, 200, chat('load'));
      const publishedMs = performance.now() - started;
      const fastResults = await fastDone;
      const fastMs = performance.now() - started;
      clearInterval(sampler);
      peakKb = Math.max(peakKb, vigil.memoryKb());
      // While the stalled readers' sockets are still open and full, and the fast reader still subscribed.
      const loadedHeap = await vigil.heapAfterGc();

      // (b) The fast reader received every event, in order, while the others stalled.
      expect(fastResults.map((r) => (r.data!.chat as { id: string }).id)).toEqual(acked.map((a) => a.id));
      // (c) The hub let go of every stalled reader although their sockets are still open.
      expect(await subscriberCount(vigil)).toBe(1);
      // ... and the log says so, once per reader.
      expect(vigil.output().match(/"msg":"slow consumer ended[^"]*"/g) ?? []).toHaveLength(stalledCount);

      // (a) Reading again, each gets what the socket buffers held, then SLOW_CONSUMER, then the end of the stream.
      const ends = [];
      for (const reader of stalled) {
        const { messages, bytes } = await reader.readToEnd();
        const results = nextResults<{ chat: { id: string } }>(messages);
        const delivered = results.slice(0, -1);
        const final = results.at(-1)!;
        expect(delivered.every((r) => r.result.errors === undefined)).toBe(true);
        expect(final.result.errors?.map((e) => e.extensions?.code)).toEqual(['SLOW_CONSUMER']);
        expect(messages.at(-1)!.event).toBe('complete');
        expect(delivered.length).toBeGreaterThan(0);
        expect(delivered.length).toBeLessThan(total);
        expect(delivered.map((r) => r.result.data!.chat.id)).toEqual(acked.slice(0, delivered.length).map((a) => a.id));
        const lastCursor = delivered.at(-1)!.id!;
        expect(lastCursor).toBe(acked[delivered.length - 1]!.cursor);
        expect(final.result.extensions?.cursor).toBe(lastCursor);
        ends.push({ delivered: delivered.length, bytes, lastCursor });
      }

      // Resuming from its last cursor yields every remaining event exactly once.
      const { delivered, lastCursor } = ends[0]!;
      const resumed = subscribe(client, SlowChatFeed, { channel: 'load', after: lastCursor });
      const rest = await resumed.take(total - delivered, 30_000);
      expect(rest.map((r) => (r.data!.chat as { id: string }).id)).toEqual(acked.slice(delivered).map((a) => a.id));
      await sleep(300);
      expect(resumed.pending).toEqual([]);
      resumed.unsubscribe();
      fast.unsubscribe();
      await expect.poll(() => subscriberCount(vigil)).toBe(0);

      const growthKb = peakKb - baselineKb;
      const retainedMb = (loadedHeap - baselineHeap) / 2 ** 20;
      console.log(
        [
          `slow readers, chat: ${total} events of ~2 KB, ${stalledCount} stalled readers + 1 fast reader, bound 1,000 events / 1 MiB`,
          `  published in ${Math.round(publishedMs)} ms; the fast reader had all ${fastResults.length} after ${Math.round(fastMs)} ms`,
          `  stalled readers got ${ends.map((e) => `${e.delivered} (${mb(e.bytes / 1024)} MB)`).join(', ')} events before SLOW_CONSUMER`,
          `  resumed after seq ${seqOf(lastCursor)}: ${rest.length} more events, none twice`,
          `  server RSS: baseline ${mb(baselineKb)} MB after warm-up, peak ${mb(peakKb)} MB, growth ${mb(growthKb)} MB (VmHWM ${mb(vigil.memoryKb('VmHWM'))} MB)`,
          `  heap after full GC: ${mb(baselineHeap / 1024)} MB after warm-up, ${mb(loadedHeap / 1024)} MB with the stalled readers open (retained growth ${retainedMb.toFixed(1)} MB)`,
        ].join('\n'),
      );
      // (c) What the server retains, measured after full collections: the stalled readers were let go, so little is
      // left. A reader that kept every event it was sent (as guardStream's Promise.race once did) retains ~46 MB per
      // 20,000; one buffering the unread frames of 8 stalled readers, ~300 MB.
      expect(retainedMb).toBeLessThan(16);
      // RSS also counts garbage not yet collected and heap V8 keeps for reuse, which ~40 MB of fresh events (and
      // several times that in parsing and serializing) grow by 80-140 MB here; 200 MB still rules out buffering 300 MB.
      expect(growthKb).toBeLessThan(200 * 1024);
    }, 60_000);

    // graphql-sse's handler queues serialized messages unbounded; Vigil's flow control stops pulling results once a
    // stream holds too many unsent bytes, so the hub queue fills and decides as in distinct mode.
    it('should end a stalled reader in single connection mode as in distinct mode, and resume it losing nothing', async () => {
      const stalled = await openStalledSingleConnection(vigil, SlowChatFeed, { channel: 'single' });
      try {
        await expect.poll(() => subscriberCount(vigil)).toBe(1);
        const acked = await publish(vigil, producer, 6_000, 200, chat('single'));
        await expect.poll(() => subscriberCount(vigil), { timeout: 2_000 }).toBe(0);

        const results = (await stalled.readToComplete())
          .filter((m) => m.event === 'next')
          .map((m) => (JSON.parse(m.data) as { payload: ExecutionResult<{ chat: { id: string } }> }).payload);
        const delivered = results.slice(0, -1);
        const final = results.at(-1)!;
        expect(delivered.length).toBeGreaterThan(0);
        expect(delivered.map((r) => r.data!.chat.id)).toEqual(acked.slice(0, delivered.length).map((a) => a.id));
        expect(final.errors?.map((e) => e.extensions?.code)).toEqual(['SLOW_CONSUMER']);
        const lastCursor = acked[delivered.length - 1]!.cursor;
        expect(final.extensions?.cursor).toBe(lastCursor);

        const resumed = subscribe(vigil.sseClient(), SlowChatFeed, { channel: 'single', after: lastCursor });
        const rest = await resumed.take(acked.length - delivered.length, 30_000);
        expect(rest.map((r) => (r.data!.chat as { id: string }).id)).toEqual(acked.slice(delivered.length).map((a) => a.id));
        resumed.unsubscribe();
      } finally {
        stalled.close();
      }
    }, 45_000);
  });

  describe('on conflating streams, with a 20-event queue', () => {
    let vigil: VigilProcess;
    let producers: Record<string, string>;
    beforeAll(async () => {
      vigil = await spawnVigil({ databasePath: join(tempDir(), 'vigil.db'), env: { VIGIL_SUBSCRIBER_QUEUE_EVENTS: '20' } });
      producers = Object.fromEntries(await Promise.all(['tel-1', 'tel-2', 'map-1'].map(async (id) => [id, await issueProducer(vigil, id)] as const)));
    });

    it('should give a stalled telemetry reader the latest sample per server instead of ending it', async () => {
      const servers = ['tel-1', 'tel-2'];
      const perServer = 15_000;
      const readers = await Promise.all(servers.map((serverId) => openStalledReader(vigil, SlowTelemetryFeed, { serverId })));
      const fast = subscribe(vigil.sseClient(), SlowTelemetryFeed, { serverId: 'tel-1' });
      await expect.poll(() => subscriberCount(vigil)).toBe(servers.length + 1);
      const fastDone = fast.take(perServer, 45_000);
      fastDone.catch(() => undefined);

      const started = performance.now();
      const sample = (serverId: string) => (index: number) => ({
        telemetry: {
          serverId,
          cpuPercent: index % 100,
          memoryUsedMb: index,
          networkInKbps: 1,
          networkOutKbps: 2,
          memoryTotalMb: 1e6,
          dbQueriesPerSecond: 3,
          dbLatencyMs: 4,
          tickRate: 20,
        },
      });
      const published = await Promise.all(servers.map((serverId) => publish(vigil, producers[serverId]!, perServer, 1_500, sample(serverId))));
      const publishedMs = performance.now() - started;
      // A reader that keeps up gets every sample; the stalled ones are conflated, not ended.
      expect((await fastDone).map((r) => (r.data!.telemetry as { id: string }).id)).toEqual(published[0]!.map((a) => a.id));
      fast.unsubscribe();
      await expect.poll(() => subscriberCount(vigil)).toBe(servers.length);

      const figures: string[] = [];
      for (const [i, reader] of readers.entries()) {
        const messages = await reader.readUntilQuiet();
        const results = nextResults<{ telemetry: { id: string; cursor: string; serverId: string } }>(messages);
        expect(messages.some((m) => m.event === 'complete')).toBe(false);
        expect(results.every((r) => r.result.errors === undefined)).toBe(true);
        const received = results.map((r) => r.result.data!.telemetry);
        const seqs = received.map((event) => seqOf(event.cursor));
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(seqs.length);
        expect(received.every((event) => event.serverId === servers[i])).toBe(true);
        const ids = new Set(published[i]!.map((a) => a.id));
        expect(received.every((event) => ids.has(event.id))).toBe(true);
        expect(received.length).toBeLessThan(perServer);
        expect(received.at(-1)!.id).toBe(published[i]!.at(-1)!.id);
        figures.push(`${servers[i]}: ${received.length} of ${perServer}`);
      }

      // Still live: a new sample arrives at once.
      const [next] = await publish(vigil, producers['tel-1']!, 1, 1, sample('tel-1'));
      const live = nextResults<{ telemetry: { id: string } }>(await readers[0]!.readUntilQuiet(300)).at(-1)!;
      expect(live.result.data!.telemetry.id).toBe(next!.id);
      for (const reader of readers) reader.close();
      await expect.poll(() => subscriberCount(vigil)).toBe(0);
      console.log(
        `conflation, telemetry: ${servers.length} x ${perServer} samples published in ${Math.round(publishedMs)} ms; stalled readers received ${figures.join(', ')}`,
      );
    }, 60_000);

    it.each([{ count: 5 }, { count: 100 }])(
      'should give a stalled mapEntities reader the latest update per entity instead of ending it ($count entities)',
      async ({ count }) => {
        const entities = Array.from({ length: count }, (_, i) => `e-${i}`);
        const updates = 20_000;
        const mapId = `m-${count}`;
        const reader = await openStalledReader(vigil, SlowMapFeed, { mapId });
        await expect.poll(() => subscriberCount(vigil)).toBe(1);

        // One update per entity per map batch element, so the map stream interleaves entities in log order.
        const move = (index: number) => ({
          mapEntities: {
            serverId: 'map-1',
            mapId,
            updates: entities.map((entityId) => ({
              entityId,
              kind: 'PLAYER' as const,
              action: 'MOVE' as const,
              position: { x: index, y: index % 7, z: 0 },
              heading: 90,
              label: `${entityId} `.padEnd(100, '.'),
            })),
          },
        });
        const acked = await publish(vigil, producers['map-1']!, updates / entities.length, Math.max(1, 2_000 / entities.length), move);
        expect(acked).toHaveLength(updates);
        expect(await subscriberCount(vigil)).toBe(1);

        const messages = await reader.readUntilQuiet();
        expect(messages.some((m) => m.event === 'complete')).toBe(false);
        const received = nextResults<{ mapEntities: { id: string; cursor: string; payload: { entityId: string } } }>(messages).map(
          (r) => r.result.data!.mapEntities,
        );
        const seqs = received.map((event) => seqOf(event.cursor));
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(received.length).toBeLessThan(updates);
        const ackedIds = new Set(acked.map((a) => a.id));
        expect(received.every((event) => ackedIds.has(event.id))).toBe(true);
        // The latest update of every entity arrived: the last `entities.length` acknowledged, one per entity.
        const lastReceived = new Map(received.map((event) => [event.payload.entityId, event.id]));
        expect([...lastReceived.values()].sort()).toEqual(
          acked
            .slice(-entities.length)
            .map((a) => a.id)
            .sort(),
        );
        reader.close();
        await expect.poll(() => subscriberCount(vigil)).toBe(0);
        console.log(`conflation, mapEntities: ${updates} updates of ${entities.length} entities; the stalled reader received ${received.length}`);
      },
      60_000,
    );
  });
});
