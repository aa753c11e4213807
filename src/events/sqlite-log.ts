import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { encodeCursor } from './cursor.ts';
import { type AnyEventDraft, type AnyStoredEvent, priorities, priorityRank, type StreamName, streamNames } from './envelope.ts';
import { type AppendListener, type AppendOutcome, DedupConflictError, type EventLog, type ReadQuery, type ReadResult, type RetentionPolicy } from './log.ts';

interface EventRow {
  seq: number;
  id: string;
  stream: string;
  type: string;
  server_id: string;
  key: string;
  occurred_at: number;
  received_at: number;
  priority: number;
  payload: string;
  dedup_key: string | null;
}

interface DedupRow {
  dedup_key: string;
  seq: number;
  id: string;
  occurred_at: number;
  received_at: number;
  fingerprint: string;
}

const migrations = `
  CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    stream TEXT NOT NULL,
    type TEXT NOT NULL,
    server_id TEXT NOT NULL,
    key TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    payload TEXT NOT NULL,
    dedup_key TEXT
  );
  CREATE INDEX IF NOT EXISTS events_by_stream_key ON events (stream, key, seq);
  CREATE INDEX IF NOT EXISTS events_by_stream_server ON events (stream, server_id, seq);
  CREATE INDEX IF NOT EXISTS events_by_priority ON events (priority, seq);
  CREATE INDEX IF NOT EXISTS events_by_received ON events (stream, received_at);
  DROP INDEX IF EXISTS events_by_dedup_key;
  -- Kept apart from events so that retention, however short, never forgets a key inside the dedup window.
  CREATE TABLE IF NOT EXISTS dedup_keys (
    server_id TEXT NOT NULL,
    dedup_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (server_id, dedup_key)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS dedup_keys_by_received ON dedup_keys (received_at);
`;

/**
 * What makes two events "the same" for idempotent ingest: what the producer reported. occurredAt is left out
 * because a retry that omits it is stamped anew by the hub's clock.
 */
function fingerprint(draft: AnyEventDraft | AnyStoredEvent): string {
  return createHash('sha256').update(JSON.stringify([draft.stream, draft.type, draft.key, draft.priority, draft.payload])).digest('base64url');
}

function trimMark(stream: StreamName): string {
  return `trimmed:${stream}`;
}

/** The embedded event log: one SQLite file in WAL mode, written synchronously so an acknowledged append is durable. */
export class SqliteEventLog implements EventLog {
  readonly epoch: string;
  private readonly db: Database.Database;
  private readonly listeners = new Set<AppendListener>();
  private readonly insert: Database.Statement;
  private readonly insertDedup: Database.Statement;
  private readonly byDedup: Database.Statement;
  private readonly byDedupBatch: Database.Statement;
  private readonly headStatement: Database.Statement;
  private readonly appendBatch: (drafts: readonly AnyEventDraft[]) => { outcomes: AppendOutcome[]; fresh: AnyStoredEvent[] };

  constructor(
    path: string,
    /** A dedupKey is honoured for this long after its first use. */
    private readonly dedupWindowMs = 86_400_000,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // FULL: an acknowledged event survives power loss too, not only a process crash.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(migrations);
    this.db.prepare(`INSERT OR IGNORE INTO meta (name, value) VALUES ('epoch', ?)`).run(randomBytes(9).toString('base64url'));
    this.epoch = (this.db.prepare(`SELECT value FROM meta WHERE name = 'epoch'`).get() as { value: string }).value;

    this.insert = this.db.prepare(`
      INSERT INTO events (id, stream, type, server_id, key, occurred_at, received_at, priority, payload, dedup_key)
      VALUES (@id, @stream, @type, @server_id, @key, @occurred_at, @received_at, @priority, @payload, @dedup_key)`);
    // A key whose window has passed is taken over by the next event that uses it.
    this.insertDedup = this.db.prepare(`
      INSERT INTO dedup_keys (server_id, dedup_key, seq, id, occurred_at, received_at, fingerprint)
      VALUES (@server_id, @dedup_key, @seq, @id, @occurred_at, @received_at, @fingerprint)
      ON CONFLICT (server_id, dedup_key) DO UPDATE SET
        seq = excluded.seq, id = excluded.id, occurred_at = excluded.occurred_at, received_at = excluded.received_at, fingerprint = excluded.fingerprint`);
    this.byDedup = this.db.prepare(`SELECT * FROM dedup_keys WHERE server_id = ? AND dedup_key = ? AND received_at >= ?`);
    this.byDedupBatch = this.db.prepare(
      `SELECT * FROM dedup_keys WHERE server_id = ? AND dedup_key >= ? AND dedup_key < ? AND received_at >= ? ORDER BY seq LIMIT 1`,
    );
    this.backfillDedupKeys();
    // The last seq ever assigned, not MAX(seq): retention may have removed the newest events, and a cursor at one of
    // them is still a position of this log, not one from the future.
    this.headStatement = this.db
      .prepare(`SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), COALESCE((SELECT MAX(seq) FROM events), 0)) AS head`)
      .pluck();

    this.appendBatch = this.db.transaction((drafts: readonly AnyEventDraft[]) => {
      const receivedAt = new Date();
      const outcomes: AppendOutcome[] = [];
      const fresh: AnyStoredEvent[] = [];
      for (const draft of drafts) {
        if (draft.dedupBatch) this.checkBatchSize(draft, receivedAt.getTime() - this.dedupWindowMs);
        const print = draft.dedupKey ? fingerprint(draft) : null;
        if (draft.dedupKey) {
          const existing = this.byDedup.get(draft.serverId, draft.dedupKey, receivedAt.getTime() - this.dedupWindowMs) as DedupRow | undefined;
          if (existing) {
            const original = this.originalOf(existing);
            if (existing.fingerprint !== print) throw new DedupConflictError(draft.serverId, draft.dedupKey, original);
            // Same fingerprint, same stream, type, key, priority and payload: the original is the draft as first stored.
            const event = { ...draft, ...original, seq: existing.seq, occurredAt: new Date(existing.occurred_at), receivedAt: new Date(existing.received_at) } as AnyStoredEvent;
            outcomes.push({ event, duplicate: true });
            continue;
          }
        }
        const id = randomUUID();
        const { lastInsertRowid } = this.insert.run({
          id,
          stream: draft.stream,
          type: draft.type,
          server_id: draft.serverId,
          key: draft.key,
          occurred_at: draft.occurredAt.getTime(),
          received_at: receivedAt.getTime(),
          priority: priorityRank[draft.priority],
          payload: JSON.stringify(draft.payload),
          dedup_key: draft.dedupKey ?? null,
        });
        const seq = Number(lastInsertRowid);
        if (draft.dedupKey) {
          this.insertDedup.run({
            server_id: draft.serverId,
            dedup_key: draft.dedupKey,
            seq,
            id,
            occurred_at: draft.occurredAt.getTime(),
            received_at: receivedAt.getTime(),
            fingerprint: print,
          });
        }
        const event = { ...draft, dedupKey: draft.dedupKey ?? null, id, seq, cursor: encodeCursor({ epoch: this.epoch, seq }), receivedAt } as AnyStoredEvent;
        outcomes.push({ event, duplicate: false });
        fresh.push(event);
      }
      return { outcomes, fresh };
    });
  }

  /** A batch dedupKey already used for a batch of another size is a different batch: refuse it. */
  private checkBatchSize(draft: AnyEventDraft, since: number): void {
    const { key, size } = draft.dedupBatch!;
    // '$' follows '#': the range holds exactly the keys `<key>#…`, and uses the dedup index.
    const row = this.byDedupBatch.get(draft.serverId, `${key}#`, `${key}$`, since) as DedupRow | undefined;
    if (!row) return;
    const storedSize = Number(/\/(\d+)$/.exec(row.dedup_key)?.[1]);
    if (storedSize !== size) throw new DedupConflictError(draft.serverId, key, this.originalOf(row));
  }

  /** The event a dedup key was first used for, as far as the key remembers it. */
  private originalOf(row: DedupRow): { id: string; cursor: string } {
    return { id: row.id, cursor: encodeCursor({ epoch: this.epoch, seq: row.seq }) };
  }

  /** Logs written before dedup_keys existed kept their keys on the events: carry those still in the window over once. */
  private backfillDedupKeys(): void {
    if (this.db.prepare(`SELECT 1 FROM meta WHERE name = 'dedup_keys'`).get()) return;
    this.db.transaction(() => {
      const since = Date.now() - this.dedupWindowMs;
      const rows = this.db.prepare('SELECT * FROM events WHERE dedup_key IS NOT NULL AND received_at >= ? ORDER BY seq').all(since) as EventRow[];
      for (const row of rows) {
        this.insertDedup.run({ ...row, fingerprint: fingerprint(this.toEvent(row)) });
      }
      this.db.prepare(`INSERT INTO meta (name, value) VALUES ('dedup_keys', '1')`).run();
    })();
  }

  async append(drafts: readonly AnyEventDraft[]): Promise<AppendOutcome[]> {
    const { outcomes, fresh } = this.appendBatch(drafts);
    if (fresh.length > 0) {
      for (const listener of this.listeners) listener(fresh);
    }
    return outcomes;
  }

  async read(query: ReadQuery): Promise<ReadResult> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.streams) {
      where.push(`stream IN (${query.streams.map(() => '?').join(', ')})`);
      params.push(...query.streams);
    }
    if (query.key !== undefined) {
      where.push('key = ?');
      params.push(query.key);
    }
    if (query.serverId !== undefined) {
      where.push('server_id = ?');
      params.push(query.serverId);
    }
    if (query.minPriorityRank !== undefined) {
      where.push('priority >= ?');
      params.push(query.minPriorityRank);
    }
    if (query.afterSeq !== undefined) {
      where.push('seq > ?');
      params.push(query.afterSeq);
    }
    const newest = query.from === 'newest';
    const sql = `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq ${newest ? 'DESC' : 'ASC'} LIMIT ?`;
    params.push(query.limit);
    const readConsistently = this.db.transaction(() => ({
      rows: this.db.prepare(sql).all(...params) as EventRow[],
      head: this.headStatement.get() as number,
    }));
    const { rows, head } = readConsistently();
    if (newest) rows.reverse();
    return { events: rows.map((row) => this.toEvent(row)), head };
  }

  async head(): Promise<number> {
    return this.headStatement.get() as number;
  }

  async trimmedThrough(streams: readonly StreamName[]): Promise<number> {
    const rows = this.db.prepare(`SELECT value FROM meta WHERE name IN (${streams.map(() => '?').join(', ')})`).pluck().all(...streams.map(trimMark)) as string[];
    return rows.reduce((max, value) => Math.max(max, Number(value)), 0);
  }

  async trim(retention: RetentionPolicy, now = Date.now()): Promise<Partial<Record<StreamName, number>>> {
    this.db.prepare('DELETE FROM dedup_keys WHERE received_at < ?').run(now - this.dedupWindowMs);
    const removed: Partial<Record<StreamName, number>> = {};
    for (const stream of streamNames) {
      const { maxAgeMs, maxCount } = retention[stream];
      const byAge = this.db.prepare('SELECT MAX(seq) FROM events WHERE stream = ? AND received_at < ?').pluck().get(stream, now - maxAgeMs) as number | null;
      const byCount = this.db.prepare('SELECT seq FROM events WHERE stream = ? ORDER BY seq DESC LIMIT 1 OFFSET ?').pluck().get(stream, maxCount) as number | undefined;
      const through = Math.max(byAge ?? 0, byCount ?? 0);
      if (through === 0) continue;
      const count = this.db.transaction(() => {
        const { changes } = this.db.prepare('DELETE FROM events WHERE stream = ? AND seq <= ?').run(stream, through);
        this.db
          .prepare(`INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`)
          .run(trimMark(stream), String(through));
        return changes;
      })();
      if (count > 0) removed[stream] = count;
    }
    return removed;
  }

  onAppend(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }

  private toEvent(row: EventRow): AnyStoredEvent {
    return {
      id: row.id,
      seq: row.seq,
      cursor: encodeCursor({ epoch: this.epoch, seq: row.seq }),
      stream: row.stream,
      type: row.type,
      serverId: row.server_id,
      key: row.key,
      occurredAt: new Date(row.occurred_at),
      receivedAt: new Date(row.received_at),
      priority: priorities[row.priority]!,
      payload: JSON.parse(row.payload),
      dedupKey: row.dedup_key,
    } as AnyStoredEvent;
  }
}
