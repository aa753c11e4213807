import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor } from '../src/events/cursor.ts';
import type { AnyEventDraft, AnyStoredEvent, EventDraft } from '../src/events/envelope.ts';
import { EventError } from '../src/events/errors.ts';
import type { AppendOutcome } from '../src/events/log/log.ts';
import { RedisEventLog, type RedisEventLogOptions } from '../src/events/log/redis.ts';
import { defaultRetention } from '../src/server/config.ts';
import { startRedis, type TestRedis } from './kit/redis.ts';
import { sleep } from './kit/stream.ts';

const opened: RedisEventLog[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((log) => log.close()));
});

let shared: TestRedis;
beforeAll(async () => {
  shared = await startRedis();
});

let unique = 0;
/** A node of the log called `prefix` on `server`. */
async function node(server: TestRedis, prefix: string, options: Partial<RedisEventLogOptions> = {}): Promise<RedisEventLog> {
  const log = await RedisEventLog.open({ url: server.url, prefix, ...options });
  opened.push(log);
  return log;
}

/** Two nodes on a new log: the same Redis and prefix. */
async function nodes(server = shared, options: Partial<RedisEventLogOptions> = {}): Promise<[RedisEventLog, RedisEventLog, string]> {
  const prefix = `n${++unique}`;
  return [await node(server, prefix, options), await node(server, prefix, options), prefix];
}

function chat(text: string, dedupKey: string | null = null, serverId = 'eu-1'): EventDraft<'chat'> {
  return {
    stream: 'chat',
    type: 'chat.message',
    serverId,
    key: 'global',
    occurredAt: new Date('2026-11-22T10:00:00.000Z'),
    priority: 'NORMAL',
    dedupKey,
    payload: { kind: 'MESSAGE', channel: 'global', playerId: 'p-1', playerName: 'Ayla', recipientId: null, text },
  };
}

const seqs = (events: readonly AnyStoredEvent[]) => events.map((event) => event.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** What Redis has sent its clients so far (INFO stats), read on a connection of its own. */
function redisOutput(url: string) {
  const info = new Redis(url);
  return { sentBytes: async () => Number(/total_net_output_bytes:(\d+)/.exec(await info.info('stats'))![1]), quit: () => info.quit() };
}

/** Appends until Redis takes it (it is coming back); every try carries the same dedupKeys, so none stores twice. */
async function appendWhenBack(log: RedisEventLog, drafts: AnyEventDraft[]): Promise<AppendOutcome[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await log.append(drafts);
    } catch (error) {
      if (!(error instanceof EventError) || Date.now() > deadline) throw error;
      await sleep(25);
    }
  }
}

describe('Redis event log: several nodes on one log', () => {
  it('should hand an append on A to the listeners of B once, in log order, as A answered it', async () => {
    const [a, b] = await nodes();
    expect(b.epoch).toBe(a.epoch);
    const onA: AnyStoredEvent[] = [];
    const onB: AnyStoredEvent[] = [];
    a.onAppend((events) => onA.push(...events));
    b.onAppend((events) => onB.push(...events));

    const outcomes = [...(await a.append([chat('1'), chat('2')])), ...(await a.append([chat('3')]))];
    await b.caughtUp();

    expect(onA).toEqual(outcomes.map((outcome) => outcome.event));
    expect(onB).toEqual(onA);
    await sleep(50);
    expect(onB).toHaveLength(3);
  });

  it('should give both nodes the same total order of interleaved concurrent appends, with no gap and no duplicate', async () => {
    const [a, b] = await nodes();
    const onA: AnyStoredEvent[] = [];
    const onB: AnyStoredEvent[] = [];
    a.onAppend((events) => onA.push(...events));
    b.onAppend((events) => onB.push(...events));
    const acked: AnyStoredEvent[] = [];

    await Promise.all(
      [a, b].flatMap((log, node) =>
        Array.from({ length: 4 }, async (_, writer) => {
          for (let n = 0; n < 10; n++) {
            const outcomes = await log.append(Array.from({ length: 3 }, (_, i) => chat(`${node}/${writer}/${n}/${i}`)));
            acked.push(...outcomes.map((outcome) => outcome.event));
          }
        }),
      ),
    );
    await Promise.all([a.caughtUp(), b.caughtUp()]);

    expect(seqs(onA)).toEqual(range(1, 240));
    expect(onB).toEqual(onA);
    expect([...acked].sort((x, y) => x.seq - y.seq)).toEqual(onA);
    expect((await b.read({ limit: 1000 })).events).toEqual(onA);
  });

  it("should hand A's own events batch by batch, as B hands them, across reads that end inside a batch", async () => {
    const [a, b] = await nodes();
    const onA: Array<readonly AnyStoredEvent[]> = [];
    const onB: Array<readonly AnyStoredEvent[]> = [];
    a.onAppend((events) => onA.push(events));
    b.onAppend((events) => onB.push(events));
    // Batches longer than a read: the end of each batch is all that tells where the listeners' calls end.
    const sizes = [700, 1_300, 5, 900, 2_100, 1];
    const appended = await Promise.all([
      ...sizes.map((size, n) => a.append(Array.from({ length: size }, (_, i) => chat(`a${n}/${i}`)))),
      ...[400, 1_200].map((size, n) => b.append(Array.from({ length: size }, (_, i) => chat(`b${n}/${i}`)))),
    ]);
    await Promise.all([a.caughtUp(), b.caughtUp()]);
    const batches = appended.map((outcomes) => outcomes.map((outcome) => outcome.event)).sort((x, y) => x[0]!.seq - y[0]!.seq);
    expect(onA.map((events) => events.length)).toEqual(batches.map((events) => events.length));
    expect(onA).toEqual(batches);
    expect(onB).toEqual(onA);
  });

  it("should not read its own appends back, large ones included: A's tail reads only what B appended between them, and hands all in log order", async () => {
    const prefix = `n${++unique}`;
    const a = await node(shared, prefix);
    const onA: AnyStoredEvent[] = [];
    a.onAppend((events) => onA.push(...events));
    const { sentBytes, quit } = redisOutput(shared.url);
    try {
      const text = 'x'.repeat(1_000);
      const before = await sentBytes();
      const appended: AppendOutcome[] = [];
      for (let n = 0; n < 20; n++) {
        // One script call of 33 events (two appends of one turn).
        const both = await Promise.all([a.append(Array.from({ length: 32 }, (_, i) => chat(`${text}${n}/${i}`))), a.append([chat(`${text}${n}`)])]);
        appended.push(...both.flat());
      }
      await a.caughtUp();
      // 660 kB appended: read back, they would come out of Redis again (851 kB measured when they were). What comes
      // out is the replies and, per script call, the one entry of the blocking read that woke the tail (69 kB).
      expect((await sentBytes()) - before).toBeLessThan(150_000);
      expect(onA).toEqual(appended.map((outcome) => outcome.event));

      // B's appends land between A's: A reads those entries, and only those.
      const b = await node(shared, prefix);
      const between = await sentBytes();
      const concurrent = await Promise.all(
        Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? a : b).append(Array.from({ length: 5 }, (_, i) => chat(`${text}c${n}/${i}`)))),
      );
      await a.caughtUp();
      const fromB = concurrent.filter((_, n) => n % 2 === 1).flat().length;
      expect(fromB).toBe(50);
      const all = concurrent
        .flat()
        .map((outcome) => outcome.event)
        .sort((x, y) => x.seq - y.seq);
      expect(onA.slice(appended.length)).toEqual(all);
      expect(seqs(onA)).toEqual(range(1, appended.length + all.length));
      // B's tail reads all 100 (about 100 kB), A's only B's 50 (132 kB in all; 259 kB when A read its own back too).
      expect((await sentBytes()) - between).toBeLessThan(200_000);
    } finally {
      await quit();
    }
  });

  it('should not read back its own small appends either, sent one per turn while the earlier ones are in flight', async () => {
    const a = await node(shared, `n${++unique}`);
    const onA: AnyStoredEvent[] = [];
    a.onAppend((events) => onA.push(...events));
    const { sentBytes, quit } = redisOutput(shared.url);
    try {
      const text = 'x'.repeat(1_000);
      await a.append([chat('first')]);
      await a.caughtUp();
      const before = await sentBytes();
      const pending: Array<Promise<AppendOutcome[]>> = [];
      for (let n = 0; n < 40; n++) {
        // One event per script call: each append goes in a turn of its own.
        pending.push(a.append([chat(`${text}${n}`)]));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const appended = (await Promise.all(pending)).flat();
      await a.caughtUp();
      // 40 kB appended: read back, they would come out of Redis again; what comes out is the replies and at most the
      // entry of the blocking read that was waiting when the first went in.
      expect((await sentBytes()) - before).toBeLessThan(15_000);
      expect(onA.slice(1)).toEqual(appended.map((outcome) => outcome.event));
      expect(seqs(onA)).toEqual(range(onA[0]!.seq, onA[0]!.seq + 40));
    } finally {
      await quit();
    }
  });

  it('should read on B after a cursor minted on A', async () => {
    const [a, b] = await nodes();
    const [first, second] = await a.append([chat('1'), chat('2')]);
    const [third] = await b.append([chat('3')]);

    const position = decodeCursor(first!.event.cursor);
    expect(position.epoch).toBe(b.epoch);
    const { events, head } = await b.read({ afterSeq: position.seq, limit: 10 });
    expect(events).toEqual([second!.event, third!.event]);
    expect(head).toBe(3);
  });

  it("should resolve B's caughtUp after A's append with a seq at or beyond it, once B's listeners have seen it", async () => {
    const [a, b] = await nodes();
    const onB: number[] = [];
    b.onAppend((events) => onB.push(...seqs(events)));
    for (let n = 0; n < 20; n++) {
      const [outcome] = await a.append([chat(`${n}`)]);
      const seq = await b.caughtUp();
      expect(seq).toBeGreaterThanOrEqual(outcome!.event.seq);
      expect(onB.at(-1)).toBe(outcome!.event.seq);
    }
    expect(onB).toEqual(range(1, 20));
  });

  it('should append as before once Redis forgot its scripts (SCRIPT FLUSH), non-ASCII text and dedupKeys included', async () => {
    const [a, b] = await nodes();
    const onB: AnyStoredEvent[] = [];
    b.onAppend((events) => onB.push(...events));
    const before = await a.append([chat('før', 'k-1'), chat('plain')]);
    const admin = new Redis(shared.url);
    try {
      expect(await admin.script('FLUSH')).toBe('OK');
    } finally {
      admin.disconnect();
    }
    const after = await a.append([chat('ünïcödé ✓ 🎮', 'k-2'), chat('før', 'k-1'), chat('plain again')]);
    expect(after.map((outcome) => outcome.duplicate)).toEqual([false, true, false]);
    expect(after[1]!.event.id).toBe(before[0]!.event.id);
    await b.caughtUp();
    expect(onB.map((event) => [event.seq, (event.payload as { text: string }).text])).toEqual([
      [1, 'før'],
      [2, 'plain'],
      [3, 'ünïcödé ✓ 🎮'],
      [4, 'plain again'],
    ]);
    const read = await b.read({ limit: 10 });
    expect(read.events.map((event) => (event.payload as { text: string }).text)).toEqual(['før', 'plain', 'ünïcödé ✓ 🎮', 'plain again']);
  });

  it('should say Redis persists every write before it answers, as the test server is configured', async () => {
    const [a] = await nodes();
    expect(await a.durability()).toEqual({ appendonly: true, appendfsync: 'always' });
  });
});

describe('Redis event log: entry layouts', () => {
  it('should read and tail entries of the first layout (s, k, v, p, r, e fields) beside those appended now', async () => {
    const prefix = `n${++unique}`;
    const tag = `{vigil:${prefix}}`;
    const raw = new Redis(shared.url);
    try {
      // What the first append script wrote for two events, HIGH then NORMAL, the second its batch's last.
      const old = [
        { seq: 1, serverId: 'eu-1', key: 'global', rank: '2', text: 'old 1', z: false },
        { seq: 2, serverId: 'na-2', key: 'trade', rank: '1', text: 'old 2', z: true },
      ];
      for (const event of old) {
        const id = `${event.seq}-0`;
        const payload = { kind: 'MESSAGE', channel: event.key, playerId: 'p-1', playerName: 'Ayla', recipientId: null, text: event.text };
        const body = JSON.stringify({
          i: `0190aaaa-0000-7000-8000-00000000000${event.seq}`,
          t: 'chat.message',
          o: 1_700_000_000_000,
          d: null,
          b: payload,
        });
        const fields = ['s', 'chat', 'k', event.key, 'v', event.serverId, 'p', event.rank, 'r', '1700000000500', 'e', body];
        await raw.xadd(`${tag}:log`, id, ...fields, ...(event.z ? ['z', '1'] : []));
        await raw.xadd(`${tag}:i:chat`, id, 't', '1700000000500');
        await raw.xadd(`${tag}:i:chat:k:${event.key}`, id, 'v', event.serverId);
        await raw.xadd(`${tag}:i:chat:v:${event.serverId}`, id, 'k', event.key);
        await raw.sadd(`${tag}:x:chat`, `i:chat:k:${event.key}`, `i:chat:v:${event.serverId}`);
        if (event.rank === '2') await raw.xadd(`${tag}:i:n`, id, 's', 'chat');
      }
      await raw.set(`${tag}:seq`, 2);
      await raw.set(`${tag}:received`, 1_700_000_000_500);
    } finally {
      raw.disconnect();
    }
    const a = await node(shared, prefix);
    const b = await node(shared, prefix);
    const onB: AnyStoredEvent[] = [];
    b.startTail(0);
    b.onAppend((events) => onB.push(...events));
    // Non-ASCII and the layout's separator in serverId and key: lengths are counted in bytes.
    const [fresh] = await a.append([{ ...chat('new 3', null, 'süd|1'), key: 'ünï|côde', priority: 'CRITICAL' }]);
    await b.caughtUp();

    const all = (await a.read({ limit: 10 })).events;
    expect(all.map((event) => [event.seq, event.serverId, event.key, event.priority, (event.payload as { text: string }).text])).toEqual([
      [1, 'eu-1', 'global', 'HIGH', 'old 1'],
      [2, 'na-2', 'trade', 'NORMAL', 'old 2'],
      [3, 'süd|1', 'ünï|côde', 'CRITICAL', 'new 3'],
    ]);
    expect(all[0]).toMatchObject({ id: '0190aaaa-0000-7000-8000-000000000001', type: 'chat.message', dedupKey: null, stream: 'chat' });
    expect(all[0]!.occurredAt).toEqual(new Date(1_700_000_000_000));
    expect(all[0]!.receivedAt).toEqual(new Date(1_700_000_000_500));
    expect(all[2]).toEqual(fresh!.event);
    expect(onB).toEqual(all);
    const texts = async (query: Parameters<RedisEventLog['read']>[0]) =>
      (await a.read(query)).events.map((event) => (event.payload as { text: string }).text);
    expect(await texts({ limit: 10, streams: ['chat'], key: 'trade' })).toEqual(['old 2']);
    expect(await texts({ limit: 10, streams: ['chat'], key: 'ünï|côde' })).toEqual(['new 3']);
    expect(await texts({ limit: 10, serverId: 'eu-1' })).toEqual(['old 1']);
    expect(await texts({ limit: 10, serverId: 'süd|1' })).toEqual(['new 3']);
    expect(await texts({ limit: 10, minPriorityRank: 2 })).toEqual(['old 1', 'new 3']);
    expect(await texts({ limit: 10, streams: ['chat'], minPriorityRank: 1 })).toEqual(['old 1', 'old 2', 'new 3']);
    expect(await texts({ limit: 10, streams: ['chat', 'tickets'], minPriorityRank: 3 })).toEqual(['new 3']);
    expect(await texts({ limit: 10, key: 'global', serverId: 'eu-1', from: 'newest' })).toEqual(['old 1']);

    // The key and server indexes now hold runs (one entry per append call) after the entries written per event.
    await a.append([
      { ...chat('new 4', null, 'na-2'), key: 'trade' },
      { ...chat('new 5', null, 'eu-1'), key: 'global' },
      { ...chat('new 6', null, 'na-2'), key: 'trade' },
      { ...chat('new 7', null, 'na-2'), key: 'trade' },
    ]);
    expect(await texts({ limit: 10, streams: ['chat'], key: 'trade' })).toEqual(['old 2', 'new 4', 'new 6', 'new 7']);
    expect(await texts({ limit: 3, streams: ['chat'], key: 'trade', from: 'newest' })).toEqual(['new 4', 'new 6', 'new 7']);
    expect(await texts({ limit: 2, streams: ['chat'], key: 'trade', afterSeq: 4 })).toEqual(['new 6', 'new 7']);
    expect(await texts({ limit: 10, serverId: 'na-2', from: 'newest' })).toEqual(['old 2', 'new 4', 'new 6', 'new 7']);
    expect(await texts({ limit: 10, serverId: 'eu-1' })).toEqual(['old 1', 'new 5']);
  });

  it("should index an append under its stream as one run, and count, read and trim across the first layout's entries of one event each", async () => {
    const prefix = `n${++unique}`;
    const tag = `{vigil:${prefix}}`;
    const raw = new Redis(shared.url);
    try {
      // Three events as written before counts were kept: one stream index entry each (field t).
      for (let seq = 1; seq <= 3; seq++) {
        const id = `${seq}-0`;
        const payload = { kind: 'MESSAGE', channel: 'global', playerId: 'p-1', playerName: 'Ayla', recipientId: null, text: `old ${seq}` };
        const body = JSON.stringify({ i: `0190aaaa-0000-7000-8000-00000000000${seq}`, t: 'chat.message', o: 1_700_000_000_000, d: null, b: payload });
        const fields = ['s', 'chat', 'k', 'global', 'v', 'eu-1', 'p', '1', 'r', '1700000000500', 'e', body, 'z', '1'];
        await raw.xadd(`${tag}:log`, id, ...fields);
        await raw.xadd(`${tag}:i:chat`, id, 't', '1700000000500');
        await raw.xadd(`${tag}:i:chat:k:global`, id, 'v', 'eu-1');
        await raw.sadd(`${tag}:x:chat`, 'i:chat:k:global');
      }
      await raw.set(`${tag}:seq`, 3);
      await raw.set(`${tag}:received`, 1_700_000_000_500);
      const a = await node(shared, prefix);
      expect((await a.retained()).chat).toBe(3);

      const appended = await a.append(Array.from({ length: 5 }, (_, i) => chat(`new ${4 + i}`)));
      expect(await raw.xlen(`${tag}:i:chat`)).toBe(4);
      expect(await raw.xrange(`${tag}:i:chat`, '4-0', '+')).toEqual([['8-0', ['r', '4-8', 't', String(appended[0]!.event.receivedAt.getTime())]]]);
      expect((await a.retained()).chat).toBe(8);
      const chatSeqs = async (query: Omit<Parameters<RedisEventLog['read']>[0], 'streams'>) =>
        seqs((await a.read({ ...query, streams: ['chat'] })).events);
      expect(await chatSeqs({ limit: 4, from: 'newest' })).toEqual([5, 6, 7, 8]);
      expect(await chatSeqs({ limit: 3, afterSeq: 2 })).toEqual([3, 4, 5]);

      const retention = structuredClone(defaultRetention);
      retention.chat = { maxAgeMs: Number.POSITIVE_INFINITY, maxCount: 6 };
      expect(await a.trim(retention)).toEqual({ chat: 2 });
      expect((await a.retained()).chat).toBe(6);
      // Through the first seq of the run: the run's entry stays, its first seq is gone.
      retention.chat.maxCount = 4;
      expect(await a.trim(retention)).toEqual({ chat: 2 });
      expect(await a.trimmedThrough(['chat'])).toBe(4);
      expect((await a.retained()).chat).toBe(4);
      expect(await raw.xlen(`${tag}:i:chat`)).toBe(1);
      expect(await chatSeqs({ limit: 10 })).toEqual([5, 6, 7, 8]);
      expect(await chatSeqs({ limit: 2, from: 'newest' })).toEqual([7, 8]);
      expect(await chatSeqs({ limit: 10, afterSeq: 1 })).toEqual([5, 6, 7, 8]);
      expect(seqs((await a.read({ limit: 10, streams: ['chat'], key: 'global', from: 'newest' })).events)).toEqual([5, 6, 7, 8]);
      // The skipped seq counts for nothing: another trim to the same count removes nothing.
      expect(await a.trim(retention)).toEqual({});

      // By age: the rest of the run, received before the cutoff, goes whole.
      retention.chat = { maxAgeMs: 1, maxCount: Number.POSITIVE_INFINITY };
      expect(await a.trim(retention, appended[0]!.event.receivedAt.getTime() + 2)).toEqual({ chat: 4 });
      expect((await a.retained()).chat).toBe(0);
      expect(await raw.xlen(`${tag}:i:chat`)).toBe(0);
      expect(await chatSeqs({ limit: 10 })).toEqual([]);
      await a.append([chat('after')]);
      expect((await a.retained()).chat).toBe(1);
      expect(await chatSeqs({ limit: 10 })).toEqual([9]);
    } finally {
      raw.disconnect();
    }
  });
});

describe('Redis event log: Redis going away', () => {
  it('should keep every acknowledged event exactly once through SIGKILL of Redis, and store retries of its dedupKeys once', async () => {
    const server = await startRedis();
    const [log, , prefix] = await nodes(server, { commandTimeoutMs: 500 });
    const batch = (writer: number, n: number) =>
      Array.from({ length: 20 }, (_, i) => chat(`w${writer}/${n}/${i}`, `w${writer}/${n}/${i}`, `crash-${writer}`));
    const acked = new Map<string, AnyStoredEvent>();
    const unanswered: AnyEventDraft[][] = [];
    const failures: unknown[] = [];
    // Each writer appends until an append fails: once Redis is gone, the next one does. (One answered before the kill
    // can still resolve after it, once its wait for the tail runs out: the batch was stored.)
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let n = 0; ; n++) {
        const drafts = batch(writer, n);
        try {
          for (const { event } of await log.append(drafts)) acked.set(event.dedupKey!, event);
        } catch (error) {
          failures.push(error);
          unanswered.push(drafts);
          return;
        }
      }
    });
    await expect.poll(() => acked.size, { timeout: 10_000, interval: 1 }).toBeGreaterThanOrEqual(600);
    await server.kill9();
    await Promise.all(writers);
    expect(failures).toHaveLength(4);
    for (const failure of failures)
      expect(failure).toMatchObject({
        name: 'EventError',
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/^Redis at 127\.0\.0\.1:\d+ does not answer: /),
      });

    await server.restart();
    const survivor = await node(server, prefix);
    expect(survivor.epoch).toBe(log.epoch);
    const events = (await survivor.read({ limit: 100_000 })).events;
    const byKey = new Map(events.map((event) => [event.dedupKey, event]));
    expect(byKey.size).toBe(events.length);
    for (const [key, event] of acked) expect(byKey.get(key)).toEqual(event);
    expect(seqs(events)).toEqual(range(1, events.length));
    // Batches in flight at the kill are there whole or not at all.
    const batchOf = (dedupKey: string) => dedupKey.replace(/\/\d+$/, '');
    const perBatch = new Map<string, number>();
    for (const event of events) perBatch.set(batchOf(event.dedupKey!), (perBatch.get(batchOf(event.dedupKey!)) ?? 0) + 1);
    expect(new Set(perBatch.values())).toEqual(new Set([20]));

    // The crashed node comes back by itself; retrying everything stores each key once.
    const retried = [...unanswered, ...[...perBatch.keys()].map((name) => batch(Number(/^w(\d+)/.exec(name)![1]), Number(name.split('/')[1])))];
    for (const drafts of retried) await appendWhenBack(log, drafts);
    const after = (await survivor.read({ limit: 100_000 })).events;
    expect(after.slice(0, events.length)).toEqual(events);
    expect(new Set(after.map((event) => event.dedupKey)).size).toBe(after.length);
    expect(after.length).toBe(events.length + unanswered.filter((drafts) => !perBatch.has(batchOf(drafts[0]!.dedupKey!))).length * 20);
  });

  it('should refuse appends within the bound while Redis is down, storing nothing, and resume the tail without a gap once it is back', async () => {
    const server = await startRedis();
    const [a, b] = await nodes(server, { commandTimeoutMs: 500 });
    const onB: AnyStoredEvent[] = [];
    b.onAppend((events) => onB.push(...events));
    await a.append([chat('before 1'), chat('before 2')]);
    await b.caughtUp();

    await server.stop();
    const started = Date.now();
    const failure = await a.append([chat('while down 1', 'down-1'), chat('while down 2', 'down-2')]).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(failure).toBeInstanceOf(EventError);
    expect(failure).toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/^Redis at 127\.0\.0\.1:\d+ does not answer: .*nothing of the batch was stored$/),
    });
    await expect(a.read({ limit: 10 })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(b.caughtUp()).rejects.toMatchObject({ code: 'UNAVAILABLE' });

    await server.restart();
    const resumed = await appendWhenBack(a, [chat('after 1', 'up-1')]);
    expect(resumed[0]!.event.seq).toBe(3);
    for (let n = 2; n <= 5; n++) await a.append([chat(`after ${n}`)]);
    await b.caughtUp();
    expect(onB.map((event) => (event.payload as { text: string }).text)).toEqual([
      'before 1',
      'before 2',
      'after 1',
      'after 2',
      'after 3',
      'after 4',
      'after 5',
    ]);
    expect(seqs(onB)).toEqual(range(1, 7));
    const stored = (await b.read({ limit: 100 })).events;
    expect(stored).toEqual(onB);
    expect(stored.some((event) => event.dedupKey?.startsWith('down-'))).toBe(false);
  });

  it('should give up on a hung Redis within the bound, saying the batch may have been stored, and a retry with its dedupKeys stores it once', async () => {
    const server = await startRedis();
    const [a, b] = await nodes(server, { commandTimeoutMs: 300 });
    const onB: AnyStoredEvent[] = [];
    b.onAppend((events) => onB.push(...events));
    await a.append([chat('before')]);

    server.freeze();
    const started = Date.now();
    const failure = await a.append([chat('hung 1', 'hung-1'), chat('hung 2', 'hung-2')]).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(failure).toMatchObject({
      name: 'EventError',
      code: 'UNAVAILABLE',
      message: expect.stringMatching(
        /^Redis at 127\.0\.0\.1:\d+ does not answer: Command timed out; the batch may have been stored: a retry with the same dedupKeys is safe$/,
      ),
    });
    server.thaw();

    // Redis ran the script once it went on: the retry finds the batch stored.
    const retry = await appendWhenBack(a, [chat('hung 1', 'hung-1'), chat('hung 2', 'hung-2')]);
    expect(retry.map((outcome) => [outcome.event.seq, outcome.duplicate])).toEqual([
      [2, true],
      [3, true],
    ]);
    await b.caughtUp();
    expect(seqs(onB)).toEqual([1, 2, 3]);
  });

  it('should refuse to write once Redis was flushed under it, telling the node to restart, and a reopened log has another epoch', async () => {
    const server = await startRedis();
    const [a, , prefix] = await nodes(server);
    await a.append([chat('one')]);
    const client = new Redis(server.url);
    await client.flushall();

    await expect(a.append([chat('two')])).rejects.toMatchObject({
      name: 'EventError',
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/was reset \(new epoch\); restart this node$/),
    });
    await expect(a.caughtUp()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await client.dbsize()).toBe(0);
    await client.quit();
    const reopened = await node(server, prefix);
    expect(reopened.epoch).not.toBe(a.epoch);
    expect(await reopened.head()).toBe(0);
  });

  it('should fail to open with UNAVAILABLE when nothing answers at the URL', async () => {
    const server = await startRedis();
    await server.stop();
    await expect(RedisEventLog.open({ url: server.url, commandTimeoutMs: 300 })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/^Redis at 127\.0\.0\.1:\d+ does not answer: /),
    });
  });
});
