import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type AnyStoredEvent, type EventDraft, streamNames } from '../src/events/envelope.ts';
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

async function stored(log: SqliteEventLog): Promise<AnyStoredEvent[]> {
  return (await log.read({ limit: 10_000 })).events;
}

// Engine-agnostic behaviour (group commit, dedup, reads, retention, epochs) is in log-conformance.test.ts.
describe('SQLite event log: group commit', () => {
  it('should keep seq order across groups and hand listeners committed events only', async () => {
    const path = join(tempDir(), 'vigil.db');
    const log = openLog(path);
    const reader = new Database(path, { readonly: true });
    const visible: number[] = [];
    const seen: number[] = [];
    log.onAppend((events) => {
      seen.push(...events.map((event) => event.seq));
      // Another connection sees them: the transaction is committed before listeners hear of it.
      visible.push(
        ...(reader.prepare('SELECT seq FROM events WHERE seq >= ? ORDER BY seq').pluck().all(events[0]!.seq) as number[]).slice(0, events.length),
      );
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
});

describe('SQLite event log: lifecycle', () => {
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
    const insert = old.prepare(
      'INSERT INTO events (id, stream, type, server_id, key, occurred_at, received_at, priority, payload, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11', 'chat', 'chat.message', 'eu-1', 'global', now, now, 1, JSON.stringify(payload), 'old-key');
    insert.run(
      '9b2d6f4c-1e8a-4d3b-8c55-7f0e2a1b3c44',
      'security',
      'security.hack_detected',
      'eu-1',
      'eu-1',
      now,
      now,
      3,
      JSON.stringify({ kind: 'HACK_DETECTED' }),
      null,
    );
    // The fingerprint the previous version stored for the chat event: sha256 of [stream, type, key, priority, payload].
    const { createHash } = await import('node:crypto');
    const print = createHash('sha256')
      .update(JSON.stringify(['chat', 'chat.message', 'global', 'NORMAL', payload]))
      .digest('base64url');
    old
      .prepare('INSERT INTO dedup_keys VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('eu-1', 'old-key', 1, '2f1c0b7e-4a53-4a0e-9a57-0c6b0e0d8f11', now, now, print);
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
    const indexes = file
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name`)
      .pluck()
      .all();
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

describe('SQLite event log: read plans', () => {
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
});
