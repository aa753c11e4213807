import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type AnyStoredEvent, type EventDraft, streamNames } from '../src/events/envelope.ts';
import { DedupConflictError } from '../src/events/log/log.ts';
import { defaultRetention } from '../src/config.ts';
import type { ReadQuery } from '../src/events/log/log.ts';
import { readPlan, SqliteEventLog } from '../src/events/log/sqlite.ts';
import { tempDir } from './kit/vigil.ts';

function openLog(path = join(tempDir(), 'vigil.db')): SqliteEventLog {
  return new SqliteEventLog(path);
}

function chat(text: string, options: { dedupKey?: string; serverId?: string; priority?: EventDraft['priority'] } = {}): EventDraft<'chat'> {
  return {
    stream: 'chat',
    type: 'chat.message',
    serverId: options.serverId ?? 'eu-1',
    key: 'global',
    occurredAt: new Date('2026-11-22T10:00:00.000Z'),
    priority: options.priority ?? 'NORMAL',
    dedupKey: options.dedupKey ?? null,
    payload: { kind: 'MESSAGE', channel: 'global', playerId: 'p-1', playerName: 'Ayla', recipientId: null, text },
  };
}

// Test events of every stream carry a chat payload, for its text.
const texts = (events: readonly AnyStoredEvent[]) => events.map((event) => (event.payload as { text?: string }).text);

async function stored(log: SqliteEventLog): Promise<AnyStoredEvent[]> {
  return (await log.read({ limit: 10_000 })).events;
}

describe('SQLite event log: group commit', () => {
  it('should commit appends of one turn in one transaction, answering each with its own events, in seq order', async () => {
    const log = openLog();
    await log.append([chat('warm-up')]);
    const published: string[][] = [];
    log.onAppend((events) => published.push(texts(events) as string[]));
    const before = log.commits;

    const [a, b, c] = await Promise.all([log.append([chat('a1'), chat('a2')]), log.append([chat('b1')]), log.append([chat('c1'), chat('c2'), chat('c3')])]);

    expect(log.commits - before).toBe(1);
    expect(texts(a!.map((outcome) => outcome.event))).toEqual(['a1', 'a2']);
    expect(texts(b!.map((outcome) => outcome.event))).toEqual(['b1']);
    expect(texts(c!.map((outcome) => outcome.event))).toEqual(['c1', 'c2', 'c3']);
    const seqs = [...a!, ...b!, ...c!].map((outcome) => outcome.event.seq);
    expect(seqs).toEqual([2, 3, 4, 5, 6, 7]);
    expect(published).toEqual([['a1', 'a2'], ['b1'], ['c1', 'c2', 'c3']]);
    expect(texts(await stored(log))).toEqual(['warm-up', 'a1', 'a2', 'b1', 'c1', 'c2', 'c3']);
    await log.close();
  });

  it('should fail only the conflicting batch of a group, storing nothing of it, and store the others', async () => {
    const log = openLog();
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
    expect(conflict).toMatchObject({ dedupKey: 'k-1', existing: { id: original!.event.id, cursor: original!.event.cursor } });
    expect(texts(await stored(log))).toEqual(['first', 'a1', 'c1']);
    // The refused batch's key was rolled back with it: it is free for another event.
    const [reused] = await log.append([chat('b1 again', { dedupKey: 'k-2' })]);
    expect(reused!.duplicate).toBe(false);
    await log.close();
  });

  it('should answer a retry within the same group with the original event', async () => {
    const log = openLog();
    const published: AnyStoredEvent[] = [];
    log.onAppend((events) => published.push(...events));

    const [[first], [retry]] = await Promise.all([log.append([chat('once', { dedupKey: 'r-1' })]), log.append([chat('once', { dedupKey: 'r-1' })])]);

    expect(first!.duplicate).toBe(false);
    expect(retry).toEqual({ event: first!.event, duplicate: true });
    expect(published).toEqual([first!.event]);
    expect((await stored(log)).map((event) => event.id)).toEqual([first!.event.id]);
    await log.close();
  });

  it('should keep seq order across groups and hand listeners committed events only', async () => {
    const path = join(tempDir(), 'vigil.db');
    const log = openLog(path);
    const reader = new Database(path, { readonly: true });
    const visible: number[] = [];
    const seen: number[] = [];
    log.onAppend((events) => {
      seen.push(...events.map((event) => event.seq));
      // Another connection sees them: the transaction is committed before listeners hear of it.
      visible.push(...(reader.prepare('SELECT seq FROM events WHERE seq >= ? ORDER BY seq').pluck().all(events[0]!.seq) as number[]).slice(0, events.length));
    });
    const appended: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let n = 0; n < 10; n++) {
          const outcomes = await log.append(Array.from({ length: 5 }, (_, i) => chat(`${writer}/${n}/${i}`)));
          appended.push(...outcomes.map((outcome) => outcome.event.seq));
        }
      }),
    );
    expect(seen).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(visible).toEqual(seen);
    expect([...appended].sort((x, y) => x - y)).toEqual(seen);
    expect(log.commits).toBeLessThan(80);
    reader.close();
    await log.close();
  });

  it('should give events time-ordered ids', async () => {
    const log = openLog();
    const outcomes = [...(await log.append([chat('1'), chat('2'), chat('3')])), ...(await log.append([chat('4')]))];
    const ids = outcomes.map((outcome) => outcome.event.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    await log.close();
  });
});

describe('SQLite event log: lifecycle', () => {
  it('should wait for appends in flight on close, then refuse new ones', async () => {
    const path = join(tempDir(), 'vigil.db');
    const log = openLog(path);
    const published: string[] = [];
    log.onAppend((events) => published.push(...(texts(events) as string[])));
    const appends = [log.append([chat('x1'), chat('x2')]), log.append([chat('y1')])];
    await log.close();

    expect(texts((await Promise.all(appends)).flat().map((outcome) => outcome.event))).toEqual(['x1', 'x2', 'y1']);
    expect(published).toEqual(['x1', 'x2', 'y1']);
    await expect(log.append([chat('late')])).rejects.toThrow('The event log is closed');
    const reopened = openLog(path);
    expect(texts(await stored(reopened))).toEqual(['x1', 'x2', 'y1']);
    await reopened.close();
  });

  it('should reject appends with a clear error when the writer thread dies, then every later one', async () => {
    const log = openLog();
    await log.append([chat('before')]);
    const inFlight = log.append([chat('lost')]);
    // The writer ends as a crash would end it: no answer will come for what it was sent.
    await (log as unknown as { worker: Worker }).worker.terminate();

    await expect(inFlight).rejects.toThrow(/^The event log writer stopped: /);
    await expect(log.append([chat('after')])).rejects.toThrow(/^The event log writer stopped: /);
    await log.close();
  });

  it('should open a file written by the previous schema, keeping its events and cursors and moving its indexes', async () => {
    const path = join(tempDir(), 'vigil.db');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec(`
      CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta (name, value) VALUES ('epoch', 'old-epoch'), ('dedup_keys', '1');
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL, type TEXT NOT NULL, server_id TEXT NOT NULL,
        key TEXT NOT NULL, occurred_at INTEGER NOT NULL, received_at INTEGER NOT NULL, priority INTEGER NOT NULL, payload TEXT NOT NULL, dedup_key TEXT
      );
      CREATE INDEX events_by_stream_key ON events (stream, key, seq);
      CREATE INDEX events_by_stream_server ON events (stream, server_id, seq);
      CREATE INDEX events_by_priority ON events (priority, seq);
      CREATE INDEX events_by_received ON events (stream, received_at);
      CREATE TABLE dedup_keys (
        server_id TEXT NOT NULL, dedup_key TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, occurred_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (server_id, dedup_key)
      ) WITHOUT ROWID;
      CREATE INDEX dedup_keys_by_received ON dedup_keys (received_at);
    `);
    const now = Date.now();
    const payload = chat('old').payload;
    const insert = old.prepare('INSERT INTO events (id, stream, type, server_id, key, occurred_at, received_at, priority, payload, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11', 'chat', 'chat.message', 'eu-1', 'global', now, now, 1, JSON.stringify(payload), 'old-key');
    insert.run('9b2d6f4c-1e8a-4d3b-8c55-7f0e2a1b3c44', 'security', 'security.hack_detected', 'eu-1', 'eu-1', now, now, 3, JSON.stringify({ kind: 'HACK_DETECTED' }), null);
    // The fingerprint the previous version stored for the chat event: sha256 of [stream, type, key, priority, payload].
    const { createHash } = await import('node:crypto');
    const print = createHash('sha256').update(JSON.stringify(['chat', 'chat.message', 'global', 'NORMAL', payload])).digest('base64url');
    old.prepare('INSERT INTO dedup_keys VALUES (?, ?, ?, ?, ?, ?, ?)').run('eu-1', 'old-key', 1, '2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11', now, now, print);
    old.close();

    const log = openLog(path);
    expect(log.epoch).toBe('old-epoch');
    expect((await stored(log)).map((event) => [event.seq, event.id])).toEqual([
      [1, '2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11'],
      [2, '9b2d6f4c-1e8a-4d3b-8c55-7f0e2a1b3c44'],
    ]);
    expect((await log.read({ minPriorityRank: 2, limit: 10 })).events.map((event) => event.seq)).toEqual([2]);
    expect((await log.read({ streams: ['chat'], serverId: 'eu-1', limit: 10 })).events.map((event) => event.seq)).toEqual([1]);
    // A retry of an event stored by the previous version is still recognized, by the fingerprint it stored then.
    const [retry] = await log.append([{ ...chat('old'), dedupKey: 'old-key', occurredAt: new Date() }]);
    expect(retry).toMatchObject({ duplicate: true, event: { id: '2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11', seq: 1 } });
    const [fresh] = await log.append([chat('new')]);
    expect(fresh!.event.seq).toBe(3);
    await log.close();

    const file = new Database(path, { readonly: true });
    const indexes = file.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name`).pluck().all();
    file.close();
    expect(indexes).toEqual(['events_by_foreign_server', 'events_by_stream', 'events_by_stream_key', 'events_notable']);
  });

  it('should create new files without an index on event ids', async () => {
    const path = join(tempDir(), 'vigil.db');
    const log = openLog(path);
    await log.append([chat('one')]);
    await log.close();
    const file = new Database(path, { readonly: true });
    const autoIndexes = file.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NULL`).pluck().all();
    file.close();
    expect(autoIndexes).toEqual([]);
  });

  it('should keep every acknowledged batch, whole, through SIGKILL of a process writing in groups', async () => {
    const path = join(tempDir(), 'vigil.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/kit/log-writer.ts', path, '8', '50'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const ackedLines = () => output.split('\n').filter((line) => line.startsWith('acked '));
    await expect.poll(() => ackedLines().length, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(40);
    child.kill('SIGKILL');
    await exited;

    const acked = ackedLines().flatMap((line) => JSON.parse(line.slice('acked '.length)) as Array<[string, number, string]>);
    const log = openLog(path);
    const events = await stored(log);
    const byKey = new Map(events.map((event) => [event.dedupKey, [event.id, event.seq, event.dedupKey]]));
    for (const event of acked) expect(byKey.get(event[2])).toEqual(event);
    // Batches in flight at the kill are there entirely or not at all.
    const perBatch = new Map<string, number>();
    for (const event of events) {
      const batch = event.dedupKey!.replace(/\/\d+$/, '');
      perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
    }
    expect(new Set(perBatch.values())).toEqual(new Set([50]));
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
    await log.close();
  }, 60_000);
});

describe('SQLite event log: reads and retention', () => {
  const queries: Array<[string, ReadQuery]> = [
    ['a keyed stream, newest first', { streams: ['telemetry'], key: 'eu-1', limit: 50, from: 'newest' }],
    ['a stream after a cursor', { streams: ['chat'], afterSeq: 3, limit: 1000 }],
    ['a stream, newest first', { streams: ['chat'], limit: 50, from: 'newest' }],
    ['a channel of one server', { streams: ['chat'], key: 'global', serverId: 'eu-1', limit: 50, from: 'newest' }],
    ['one server of a stream keyed otherwise', { streams: ['chat'], serverId: 'eu-1', limit: 50, from: 'newest' }],
    ['one server of a stream keyed by server', { streams: ['security'], serverId: 'eu-1', limit: 50, from: 'newest' }],
    ['several streams', { streams: ['chat', 'security'], afterSeq: 5, limit: 100 }],
    ['several streams of one server', { streams: ['chat', 'security'], serverId: 'eu-1', limit: 100 }],
    ['every stream', { streams: streamNames, afterSeq: 5, limit: 100 }],
    ['the whole log', { afterSeq: 0, limit: 10_000 }],
    ['notable events of several streams', { streams: ['chat', 'security', 'tickets'], minPriorityRank: 2, afterSeq: 3, limit: 1000 }],
  ];

  it.each(queries)('should read %s by walking an index in seq order', async (_, query) => {
    const path = join(tempDir(), 'vigil.db');
    await openLog(path).close();
    const file = new Database(path, { readonly: true });
    const { sql, params } = readPlan(query);
    const plan = (file.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
    file.close();
    expect(plan.some((step) => /^SEARCH events USING (INDEX|INTEGER PRIMARY KEY)/.test(step))).toBe(true);
    expect(plan.filter((step) => /^SCAN events/.test(step))).toEqual([]);
    // Sorting only ever merges parts, each already bounded by the limit.
    plan.forEach((step, i) => {
      if (step.startsWith('USE TEMP B-TREE')) expect(plan[i - 1]).toMatch(/^SCAN \(subquery-\d+\)$/);
    });
  });

  it('should answer every query shape the same as a plain filter would', async () => {
    const log = openLog();
    const drafts: EventDraft[] = [];
    for (let i = 0; i < 60; i++) {
      const serverId = `eu-${1 + (i % 3)}`;
      drafts.push(chat(`c${i}`, { serverId, priority: i % 7 === 0 ? 'HIGH' : 'NORMAL' }));
      drafts.push({ ...chat(`x${i}`, { serverId, priority: i % 5 === 0 ? 'CRITICAL' : 'LOW' }), stream: 'security', type: 'security.violation', key: serverId } as EventDraft);
      drafts.push({ ...chat(`t${i}`, { serverId, priority: 'LOW' }), stream: 'telemetry', type: 'telemetry.sample', key: serverId } as EventDraft);
    }
    await log.append(drafts as never);
    const all = await stored(log);
    for (const [, query] of queries) {
      const expected = all
        .filter((event) => (!query.streams || query.streams.includes(event.stream)) && (query.key === undefined || event.key === query.key))
        .filter((event) => (query.serverId === undefined || event.serverId === query.serverId) && (query.afterSeq === undefined || event.seq > query.afterSeq))
        .filter((event) => query.minPriorityRank === undefined || ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'].indexOf(event.priority) >= query.minPriorityRank);
      const limited = query.from === 'newest' ? expected.slice(-query.limit) : expected.slice(0, query.limit);
      expect(limited.length).toBeGreaterThan(0);
      expect((await log.read(query)).events.map((event) => event.seq)).toEqual(limited.map((event) => event.seq));
    }
    await log.close();
  });

  it('should remove events beyond the count in chunks, keeping the newest and marking the last removed', async () => {
    const log = openLog();
    for (let n = 0; n < 12; n++) await log.append(Array.from({ length: 1000 }, (_, i) => chat(`${n}/${i}`)));
    await log.append([{ ...chat('status'), stream: 'serverStatus', type: 'server.online', key: 'eu-1' } as never]);
    const retention = structuredClone(defaultRetention);
    retention.chat.maxCount = 1_000;

    expect(await log.trim(retention)).toEqual({ chat: 11_000 });
    const left = await stored(log);
    expect(left.map((event) => event.seq)).toEqual([...Array.from({ length: 1000 }, (_, i) => 11_001 + i), 12_001]);
    expect(await log.trimmedThrough(['chat'])).toBe(11_000);
    expect(await log.trimmedThrough(['serverStatus'])).toBe(0);
    expect(await log.head()).toBe(12_001);
    // Counts stay right as events come and go: one more event, one more removed.
    await log.append([chat('one more')]);
    expect(await log.trim(retention)).toEqual({ chat: 1 });
    await log.close();
  });

  it('should remove events older than the age limit, stream by stream', async () => {
    const log = openLog();
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const telemetry = (text: string) => ({ ...chat(text), stream: 'telemetry', type: 'telemetry.sample', key: 'eu-1' }) as never;
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
    await log.close();
  });
});
