import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/events/cursor.ts';
import { type AnyEventDraft, type AnyStoredEvent, type EventDraft, priorities, streamNames } from '../src/events/envelope.ts';
import { DedupConflictError, type EventLog, type ReadQuery } from '../src/events/log/log.ts';
import { RedisEventLog } from '../src/events/log/redis.ts';
import { SqliteEventLog } from '../src/events/log/sqlite.ts';
import { defaultRetention } from '../src/server/config.ts';
import { startRedis, type TestRedis } from './kit/redis.ts';
import { sleep } from './kit/stream.ts';
import { tempDir } from './kit/vigil.ts';

type Log = EventLog & { readonly commits: number };

interface Engine {
  name: 'sqlite' | 'redis';
  /** Opens the log called `name` (a fresh one when absent); the same name opens the same log again. */
  open(name?: string): Promise<Log>;
  /** Removes the log called `name` entirely, as an operator wiping its storage would. */
  wipe(name: string): Promise<void>;
}

const opened: Log[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((log) => log.close()));
});

let unique = 0;
const sqliteDir = tempDir();
const sqlite: Engine = {
  name: 'sqlite',
  async open(name) {
    const log = new SqliteEventLog(name === undefined ? ':memory:' : join(sqliteDir, `${name}.db`));
    opened.push(log);
    return log;
  },
  async wipe(name) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(sqliteDir, `${name}.db${suffix}`), { force: true });
  },
};

// One redis-server for the file; every log gets its own prefix, so that tests do not see each other. Wiping is
// FLUSHALL, so logs that are wiped live on a server of their own.
let shared: TestRedis;
const wipeable = new Map<string, TestRedis>();
beforeAll(async () => {
  shared = await startRedis();
});
const redis: Engine = {
  name: 'redis',
  async open(name) {
    const server = (name !== undefined && wipeable.get(name)) || shared;
    const log = await RedisEventLog.open({ url: server.url, prefix: name ?? `t${++unique}` });
    opened.push(log);
    return log;
  },
  async wipe(name) {
    const client = new Redis(wipeable.get(name)!.url);
    await client.flushall();
    await client.quit();
  },
};

function chat(
  text: string,
  options: { dedupKey?: string; serverId?: string; priority?: EventDraft['priority']; key?: string } = {},
): EventDraft<'chat'> {
  return {
    stream: 'chat',
    type: 'chat.message',
    serverId: options.serverId ?? 'eu-1',
    key: options.key ?? 'global',
    occurredAt: new Date('2026-11-22T10:00:00.000Z'),
    priority: options.priority ?? 'NORMAL',
    dedupKey: options.dedupKey ?? null,
    payload: { kind: 'MESSAGE', channel: 'global', playerId: 'p-1', playerName: 'Ayla', recipientId: null, text },
  };
}

/** A draft of another stream carrying a chat payload, for its text. */
function other(stream: EventDraft['stream'], text: string, options: Parameters<typeof chat>[1] & { key: string }): AnyEventDraft {
  return { ...chat(text, options), stream, type: `${stream}.test` } as AnyEventDraft;
}

const texts = (events: readonly AnyStoredEvent[]) => events.map((event) => (event.payload as { text?: string }).text);

async function stored(log: EventLog): Promise<AnyStoredEvent[]> {
  return (await log.read({ limit: 100_000 })).events;
}

const queries: Array<[string, ReadQuery]> = [
  ['a keyed stream, newest first', { streams: ['telemetry'], key: 'eu-1', limit: 50, from: 'newest' }],
  ['a stream after a cursor', { streams: ['chat'], afterSeq: 3, limit: 1000 }],
  ['a stream, newest first', { streams: ['chat'], limit: 50, from: 'newest' }],
  ['a stream, a few newest', { streams: ['chat'], limit: 3, from: 'newest' }],
  ['a stream, a few oldest after a cursor', { streams: ['chat'], afterSeq: 10, limit: 3 }],
  ['a channel of one server', { streams: ['chat'], key: 'global', serverId: 'eu-1', limit: 50, from: 'newest' }],
  ['one server of a stream keyed otherwise', { streams: ['chat'], serverId: 'eu-1', limit: 50, from: 'newest' }],
  ['one server of a stream keyed by server', { streams: ['security'], serverId: 'eu-1', limit: 50, from: 'newest' }],
  ['one server of a stream keyed by server or not', { streams: ['telemetry'], serverId: 'eu-2', limit: 1000 }],
  ['one server of every stream', { serverId: 'eu-3', limit: 1000 }],
  ['one key of every stream', { key: 'eu-2', limit: 7, from: 'newest' }],
  ['several streams', { streams: ['chat', 'security'], afterSeq: 5, limit: 100 }],
  ['several streams of one server', { streams: ['chat', 'security'], serverId: 'eu-1', limit: 100 }],
  ['every stream', { streams: streamNames, afterSeq: 5, limit: 100 }],
  ['the whole log', { afterSeq: 0, limit: 10_000 }],
  ['the whole log, newest first', { limit: 20, from: 'newest' }],
  ['a stream at NORMAL and above', { streams: ['chat'], minPriorityRank: 1, limit: 1000 }],
  ['notable events of several streams', { streams: ['chat', 'security', 'tickets'], minPriorityRank: 2, afterSeq: 3, limit: 1000 }],
  ['critical events of one server, newest first', { serverId: 'eu-2', minPriorityRank: 3, limit: 5, from: 'newest' }],
  ['notable events of a channel', { streams: ['chat'], key: 'global', minPriorityRank: 2, limit: 1000 }],
];

describe.each([sqlite, redis])('event log conformance: $name', (engine) => {
  describe('appends', () => {
    it('should store batches in seq order with time-ordered ids and cursors of its epoch, read back as appended', async () => {
      const log = await engine.open();
      expect(log.engine).toBe(engine.name);
      const outcomes = [...(await log.append([chat('1'), chat('2'), chat('3')])), ...(await log.append([chat('4')]))];
      const events = outcomes.map((outcome) => outcome.event);
      expect(outcomes.map((outcome) => outcome.duplicate)).toEqual([false, false, false, false]);
      expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
      const ids = events.map((event) => event.id);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
      for (const event of events) expect(decodeCursor(event.cursor)).toEqual({ epoch: log.epoch, seq: event.seq });
      expect(events[0]!.receivedAt.getTime()).toBeLessThanOrEqual(events[3]!.receivedAt.getTime());
      expect(events[0]).toMatchObject({ stream: 'chat', type: 'chat.message', serverId: 'eu-1', key: 'global', priority: 'NORMAL', dedupKey: null });
      expect(events[0]!.occurredAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
      expect(await stored(log)).toEqual(events);
      expect(await log.head()).toBe(4);
      expect(await log.caughtUp()).toBe(4);
    });

    it('should store any text as given: control characters, U+0001 alone, non-ASCII, beside nulls and numbers', async () => {
      const log = await engine.open();
      const batches = [
        [
          chat('plain'),
          chat('é ✓ 🎮, \u0000 and \u0001 in the text', { serverId: 'ü-1', key: 'chañnel', dedupKey: 'd-1' }),
          { ...chat('an odd time'), occurredAt: new Date(1_234_567_890_123) },
        ],
        [
          chat('nul in names', { serverId: 'eu\u0000x', key: '\u0001', dedupKey: 'k\u0000\u0001' }),
          chat('a bare U+0001 key', { dedupKey: '\u0001' }),
        ],
      ];
      const events: AnyStoredEvent[] = [];
      for (const drafts of batches) events.push(...(await log.append(drafts)).map((outcome) => outcome.event));
      const fields = ({ serverId, key, dedupKey, payload, occurredAt }: EventDraft) => ({ serverId, key, dedupKey, payload, occurredAt });
      expect(events.map(fields)).toEqual(batches.flat().map(fields));
      expect(await stored(log)).toEqual(events);
    });

    it('should commit appends of one turn together, answering each with its own events, listeners seeing each batch in seq order', async () => {
      const log = await engine.open();
      await log.append([chat('warm-up')]);
      const published: string[][] = [];
      log.onAppend((events) => published.push(texts(events) as string[]));
      const before = log.commits;

      const [a, b, c] = await Promise.all([
        log.append([chat('a1'), chat('a2')]),
        log.append([chat('b1')]),
        log.append([chat('c1'), chat('c2'), chat('c3')]),
      ]);

      expect(log.commits - before).toBe(1);
      expect(texts(a!.map((outcome) => outcome.event))).toEqual(['a1', 'a2']);
      expect(texts(b!.map((outcome) => outcome.event))).toEqual(['b1']);
      expect(texts(c!.map((outcome) => outcome.event))).toEqual(['c1', 'c2', 'c3']);
      expect([...a!, ...b!, ...c!].map((outcome) => outcome.event.seq)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(published).toEqual([['a1', 'a2'], ['b1'], ['c1', 'c2', 'c3']]);
      expect(texts(await stored(log))).toEqual(['warm-up', 'a1', 'a2', 'b1', 'c1', 'c2', 'c3']);
    });

    it('should fail only the conflicting batch of a group, storing nothing of it, and store the others', async () => {
      const log = await engine.open();
      const [original] = await log.append([chat('first', { dedupKey: 'k-1' })]);
      const before = log.commits;

      const results = await Promise.allSettled([
        log.append([chat('a1')]),
        // Its first event is new, its second reuses k-1 for another text: the whole batch is refused.
        log.append([chat('b1', { dedupKey: 'k-2' }), chat('other', { dedupKey: 'k-1' })]),
        log.append([chat('c1')]),
      ]);

      expect(log.commits - before).toBe(1);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const conflict = (results[1] as PromiseRejectedResult).reason;
      expect(conflict).toBeInstanceOf(DedupConflictError);
      expect(conflict).toMatchObject({ serverId: 'eu-1', dedupKey: 'k-1', existing: { id: original!.event.id, cursor: original!.event.cursor } });
      expect((await stored(log)).map((event) => [event.seq, texts([event])[0]])).toEqual([
        [1, 'first'],
        [2, 'a1'],
        [3, 'c1'],
      ]);
      // The refused batch's key went with it: it is free for another event.
      const [reused] = await log.append([chat('b1 again', { dedupKey: 'k-2' })]);
      expect(reused).toMatchObject({ duplicate: false, event: { seq: 4 } });
    });

    it('should hand listeners every committed event once, in log order, as read back, across many concurrent appends', async () => {
      const log = await engine.open();
      const seen: AnyStoredEvent[] = [];
      log.onAppend((events) => seen.push(...events));
      const appended: number[] = [];
      await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          for (let n = 0; n < 10; n++) {
            const outcomes = await log.append(Array.from({ length: 5 }, (_, i) => chat(`${writer}/${n}/${i}`)));
            // Resolved only after its own events went through the listeners.
            for (const { event } of outcomes) expect(seen.some((other) => other.seq === event.seq)).toBe(true);
            appended.push(...outcomes.map((outcome) => outcome.event.seq));
          }
        }),
      );
      expect(seen.map((event) => event.seq)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
      expect([...appended].sort((x, y) => x - y)).toEqual(seen.map((event) => event.seq));
      expect(await stored(log)).toEqual(seen);
      expect(log.commits).toBeLessThan(80);
    });

    it('should wait for appends in flight on close, then refuse new ones', async () => {
      const name = `close-${++unique}`;
      const log = await engine.open(name);
      const published: string[] = [];
      log.onAppend((events) => published.push(...(texts(events) as string[])));
      const appends = [log.append([chat('x1'), chat('x2')]), log.append([chat('y1')])];
      await log.close();

      expect(texts((await Promise.all(appends)).flat().map((outcome) => outcome.event))).toEqual(['x1', 'x2', 'y1']);
      expect(published).toEqual(['x1', 'x2', 'y1']);
      await expect(log.append([chat('late')])).rejects.toThrow('The event log is closed');
      const reopened = await engine.open(name);
      expect(reopened.epoch).toBe(log.epoch);
      expect(texts(await stored(reopened))).toEqual(['x1', 'x2', 'y1']);
    });
  });

  describe('dedup', () => {
    it('should answer a retry with the same payload with the original event, storing nothing new', async () => {
      const log = await engine.open();
      const published: AnyStoredEvent[] = [];
      log.onAppend((events) => published.push(...events));
      const [first] = await log.append([chat('once', { dedupKey: 'r-1' })]);
      // A retry stamped anew by the hub's clock is the same event: occurredAt is not part of what makes it so.
      const [retry] = await log.append([{ ...chat('once', { dedupKey: 'r-1' }), occurredAt: new Date() }]);

      expect(first!.duplicate).toBe(false);
      expect(retry).toEqual({ event: first!.event, duplicate: true });
      expect(published).toEqual([first!.event]);
      expect(await stored(log)).toEqual([first!.event]);
      expect(await log.head()).toBe(1);
      // The key is the server's own: another server may use it for anything.
      const [elsewhere] = await log.append([chat('else', { dedupKey: 'r-1', serverId: 'eu-2' })]);
      expect(elsewhere).toMatchObject({ duplicate: false, event: { seq: 2 } });
    });

    it('should answer a retry within the same group, or the same batch, with the original event', async () => {
      const log = await engine.open();
      const published: AnyStoredEvent[] = [];
      log.onAppend((events) => published.push(...events));

      const [[first], [retry]] = await Promise.all([
        log.append([chat('once', { dedupKey: 'r-1' })]),
        log.append([chat('once', { dedupKey: 'r-1' })]),
      ]);
      const [twice, again] = await log.append([chat('twice', { dedupKey: 'r-2' }), chat('twice', { dedupKey: 'r-2' })]);

      expect(first!.duplicate).toBe(false);
      expect(retry).toEqual({ event: first!.event, duplicate: true });
      expect(twice!.duplicate).toBe(false);
      expect(again).toEqual({ event: twice!.event, duplicate: true });
      expect(published).toEqual([first!.event, twice!.event]);
      expect((await stored(log)).map((event) => event.id)).toEqual([first!.event.id, twice!.event.id]);
    });

    it('should refuse the same key with another payload, or another priority, as a conflict naming the original', async () => {
      const log = await engine.open();
      const [original] = await log.append([chat('once', { dedupKey: 'r-1' })]);
      for (const draft of [chat('changed', { dedupKey: 'r-1' }), chat('once', { dedupKey: 'r-1', priority: 'HIGH' })]) {
        const failure = await log.append([draft]).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(DedupConflictError);
        expect(failure).toMatchObject({ serverId: 'eu-1', dedupKey: 'r-1', existing: { id: original!.event.id, cursor: original!.event.cursor } });
      }
      expect(await stored(log)).toEqual([original!.event]);
    });

    it('should store a batch key once, answer its retry with the originals and refuse it with another size', async () => {
      const log = await engine.open();
      const batch = (size: number, text = 'm') =>
        Array.from({ length: size }, (_, i) => ({ ...chat(`${text}${i}`, { dedupKey: `m-1#${i}/${size}` }), dedupBatch: { key: 'm-1', size } }));
      const first = await log.append(batch(3));
      const retry = await log.append(batch(3));
      expect(retry).toEqual(first.map((outcome) => ({ ...outcome, duplicate: true })));

      const failure = await log.append(batch(2)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DedupConflictError);
      expect(failure).toMatchObject({ dedupKey: 'm-1', existing: { id: first[0]!.event.id, cursor: first[0]!.event.cursor } });
      expect(await stored(log)).toEqual(first.map((outcome) => outcome.event));
    });
  });

  describe('reads', () => {
    async function mixed(log: Log): Promise<AnyStoredEvent[]> {
      const drafts: AnyEventDraft[] = [];
      for (let i = 0; i < 60; i++) {
        const serverId = `eu-${1 + (i % 3)}`;
        drafts.push(chat(`c${i}`, { serverId, priority: i % 7 === 0 ? 'HIGH' : 'NORMAL' }));
        drafts.push(other('security', `x${i}`, { serverId, key: serverId, priority: i % 5 === 0 ? 'CRITICAL' : 'LOW' }));
        // Telemetry mostly keyed by its own server, some by another one.
        drafts.push(other('telemetry', `t${i}`, { serverId, key: i % 4 === 0 ? `eu-${1 + ((i + 1) % 3)}` : serverId, priority: 'LOW' }));
      }
      await log.append(drafts);
      return stored(log);
    }

    it('should answer every query shape the same as a plain filter would', async () => {
      const log = await engine.open();
      const all = await mixed(log);
      expect(all).toHaveLength(180);
      for (const [name, query] of queries) {
        const expected = all
          .filter((event) => (!query.streams || query.streams.includes(event.stream)) && (query.key === undefined || event.key === query.key))
          .filter(
            (event) =>
              (query.serverId === undefined || event.serverId === query.serverId) && (query.afterSeq === undefined || event.seq > query.afterSeq),
          )
          .filter((event) => query.minPriorityRank === undefined || priorities.indexOf(event.priority) >= query.minPriorityRank);
        const limited = query.from === 'newest' ? expected.slice(-query.limit) : expected.slice(0, query.limit);
        expect(limited.length, name).toBeGreaterThan(0);
        const result = await log.read(query);
        expect(
          result.events.map((event) => event.seq),
          name,
        ).toEqual(limited.map((event) => event.seq));
        expect(result.events, name).toEqual(limited);
        expect(result.head, name).toBe(180);
      }
      expect((await log.read({ streams: [], limit: 10 })).events).toEqual([]);
      expect((await log.read({ streams: ['players'], limit: 10 })).events).toEqual([]);
      expect((await log.read({ streams: ['chat'], key: 'nobody', limit: 10 })).events).toEqual([]);
    });

    it('should page through a stream with afterSeq, one page after another, with nothing skipped or repeated', async () => {
      const log = await engine.open();
      const all = await mixed(log);
      const pages: number[] = [];
      for (let after = 0; ; ) {
        const { events } = await log.read({ streams: ['security'], afterSeq: after, limit: 7 });
        pages.push(...events.map((event) => event.seq));
        if (events.length < 7) break;
        after = events.at(-1)!.seq;
      }
      expect(pages).toEqual(all.filter((event) => event.stream === 'security').map((event) => event.seq));
    });

    it('should page through one key and one server, oldest or newest first, a few at a time, before and after retention', async () => {
      const log = await engine.open();
      // Keys and servers interleaved within each batch, so that no key holds a contiguous stretch of seqs.
      for (let batch = 0; batch < 4; batch++) {
        await log.append(
          Array.from({ length: 50 }, (_, i) => chat(`${batch}/${i}`, { key: `channel-${(i * 7 + batch) % 3}`, serverId: `eu-${i % 2}` })),
        );
      }
      const check = async (label: string) => {
        const all = await stored(log);
        for (const [name, filter, query] of [
          ['one key', (event: AnyStoredEvent) => event.key === 'channel-1', { streams: ['chat'], key: 'channel-1' }],
          ['one server', (event: AnyStoredEvent) => event.serverId === 'eu-1', { serverId: 'eu-1' }],
          [
            'one key of one server',
            (event: AnyStoredEvent) => event.key === 'channel-2' && event.serverId === 'eu-0',
            { streams: ['chat'], key: 'channel-2', serverId: 'eu-0' },
          ],
        ] as const) {
          const expected = all.filter(filter).map((event) => event.seq);
          expect(expected.length, `${label}: ${name}`).toBeGreaterThan(5);
          const pages: number[] = [];
          for (let after = 0; ; ) {
            const { events } = await log.read({ ...query, afterSeq: after, limit: 3 });
            pages.push(...events.map((event) => event.seq));
            if (events.length < 3) break;
            after = events.at(-1)!.seq;
          }
          expect(pages, `${label}: ${name}, oldest first`).toEqual(expected);
          for (const limit of [1, 2, 5, 17, 1_000]) {
            const { events } = await log.read({ ...query, limit, from: 'newest' });
            expect(
              events.map((event) => event.seq),
              `${label}: ${name}, newest ${limit}`,
            ).toEqual(expected.slice(-limit));
          }
        }
      };
      await check('before retention');
      const retention = structuredClone(defaultRetention);
      retention.chat.maxCount = 77;
      expect(await log.trim(retention)).toEqual({ chat: 123 });
      await check('after retention');
    });
    it('should find a match newest first far behind the newest events of its key, within one append, one server apart', async () => {
      const log = await engine.open();
      await log.append([
        chat('the one', { key: 'busy', serverId: 'eu-9' }),
        ...Array.from({ length: 4_500 }, (_, i) => chat(`noise ${i}`, { key: 'busy', serverId: 'eu-0' })),
      ]);
      const { events } = await log.read({ streams: ['chat'], key: 'busy', serverId: 'eu-9', limit: 5, from: 'newest' });
      expect(texts(events)).toEqual(['the one']);
      const oldest = await log.read({ streams: ['chat'], key: 'busy', serverId: 'eu-0', limit: 2, afterSeq: 4_000 });
      expect(texts(oldest.events)).toEqual(['noise 3999', 'noise 4000']);
    });
  });

  describe('retention', () => {
    it('should remove events beyond the count in chunks, keeping the newest and marking the last removed', async () => {
      const log = await engine.open();
      for (let n = 0; n < 12; n++) await log.append(Array.from({ length: 1000 }, (_, i) => chat(`${n}/${i}`)));
      await log.append([other('serverStatus', 'status', { key: 'eu-1' })]);
      const retention = structuredClone(defaultRetention);
      retention.chat.maxCount = 1_000;

      expect(await log.trim(retention)).toEqual({ chat: 11_000 });
      const left = await stored(log);
      expect(left.map((event) => event.seq)).toEqual([...Array.from({ length: 1000 }, (_, i) => 11_001 + i), 12_001]);
      expect(await log.trimmedThrough(['chat'])).toBe(11_000);
      expect(await log.trimmedThrough(['serverStatus'])).toBe(0);
      expect(await log.trimmedThrough(['serverStatus', 'chat'])).toBe(11_000);
      expect(await log.trimmedThrough([])).toBe(0);
      expect(await log.head()).toBe(12_001);
      // Reads through the indexes find nothing of what was removed.
      expect((await log.read({ streams: ['chat'], key: 'global', limit: 5 })).events.map((event) => event.seq)).toEqual([
        11_001, 11_002, 11_003, 11_004, 11_005,
      ]);
      // Counts stay right as events come and go: one more event, one more removed.
      await log.append([chat('one more')]);
      expect(await log.trim(retention)).toEqual({ chat: 1 });
      expect(await log.trimmedThrough(['chat'])).toBe(11_001);
      // Marks only grow: a trim that removes nothing leaves them.
      retention.chat.maxCount = 1_000_000;
      expect(await log.trim(retention)).toEqual({});
      expect(await log.trimmedThrough(['chat'])).toBe(11_001);
    });

    it('should remove events older than the age limit, stream by stream', async () => {
      const log = await engine.open();
      const telemetry = (text: string) => other('telemetry', text, { key: 'eu-1' });
      const received: number[] = [];
      for (let n = 0; n < 3; n++) {
        const outcomes = await log.append([chat(`chat ${n}`), telemetry(`telemetry ${n}`), chat(`chat ${n}b`)]);
        received.push(outcomes[0]!.event.receivedAt.getTime());
        await sleep(5);
      }
      const retention = structuredClone(defaultRetention);
      const now = received[2]! + 1;
      // Older than the third commit: the first two go.
      retention.chat.maxAgeMs = now - received[1]! - 1;

      expect(await log.trim(retention, now)).toEqual({ chat: 4 });
      expect(texts(await stored(log))).toEqual(['telemetry 0', 'telemetry 1', 'chat 2', 'telemetry 2', 'chat 2b']);
      expect(await log.trimmedThrough(['chat'])).toBe(6);
      expect(await log.trimmedThrough(['telemetry'])).toBe(0);
      expect((await log.read({ streams: ['chat'], limit: 10 })).events.map((event) => event.seq)).toEqual([7, 9]);
    });

    it('should keep the head at the last seq assigned when retention removed the newest events, and continue after it', async () => {
      const log = await engine.open();
      await log.append([chat('1'), chat('2'), chat('3')]);
      const retention = structuredClone(defaultRetention);
      retention.chat.maxCount = 0;
      expect(await log.trim(retention)).toEqual({ chat: 3 });
      expect(await log.head()).toBe(3);
      expect(await log.read({ limit: 10 })).toEqual({ events: [], head: 3 });
      const [next] = await log.append([chat('4')]);
      expect(next!.event.seq).toBe(4);
    });
  });

  describe('epochs', () => {
    it('should keep the epoch of a log across reopening, and give another log another one', async () => {
      const name = `epoch-${++unique}`;
      const log = await engine.open(name);
      const [event] = await log.append([chat('one')]);
      expect(event!.event.cursor).toBe(encodeCursor({ epoch: log.epoch, seq: 1 }));
      await log.close();
      expect((await engine.open(name)).epoch).toBe(log.epoch);
      expect((await engine.open()).epoch).not.toBe(log.epoch);
    });

    it('should give a wiped log a new epoch, its seqs starting over', async () => {
      const name = `wiped-${++unique}`;
      if (engine.name === 'redis') wipeable.set(name, await startRedis());
      const log = await engine.open(name);
      await log.append([chat('one'), chat('two')]);
      await log.close();
      await engine.wipe(name);

      const reopened = await engine.open(name);
      expect(reopened.epoch).not.toBe(log.epoch);
      expect(await reopened.head()).toBe(0);
      const [fresh] = await reopened.append([chat('three')]);
      expect(decodeCursor(fresh!.event.cursor)).toEqual({ epoch: reopened.epoch, seq: 1 });
    });
  });
});
