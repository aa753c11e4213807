import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { encodeCursor } from '../cursor.ts';
import { type AnyEventDraft, type AnyStoredEvent, type Priority, priorities, priorityRank, type StreamName, streamNames } from '../envelope.ts';
import {
  type AppendListener,
  type AppendOutcome,
  DedupConflictError,
  type EventLog,
  type ReadQuery,
  type ReadResult,
  type RetentionPolicy,
  storedEventOf,
} from './log.ts';

/** The columns a read selects, in this order; rows come back as arrays of their values (no object per row). */
const eventColumns = 'seq, id, stream, type, server_id, key, occurred_at, received_at, priority, payload, dedup_key';
type EventValues = [
  seq: number,
  id: string,
  stream: StreamName,
  type: string,
  serverId: string,
  key: string,
  occurredAt: number,
  receivedAt: number,
  priority: number,
  payload: string,
  dedupKey: string | null,
];

/** What the writer thread (sqlite-writer.mjs) is started with. */
export interface WriterOptions {
  path: string;
  dedupWindowMs: number;
  /** Values per draft in an append request's flat `drafts` array. */
  stride: number;
  priorities: readonly Priority[];
  checkpointIntervalMs: number;
  /** A commit takes at most about this many events; the rest of the queue goes in the next one. */
  maxGroupEvents: number;
}

/**
 * A draft as the writer stores it, flattened (a structured clone of primitives is cheap): stream, type, serverId,
 * key, occurredAt (ms), priority rank, payload JSON, dedupKey, dedupBatch key, dedupBatch size.
 */
type DraftValues = [StreamName, string, string, string, number, number, string, string | null, string | null, number];
const stride = 10 satisfies DraftValues['length'];

export type WriterRequest =
  | { op: 'append'; id: number; drafts: Array<DraftValues[number]> }
  | { op: 'trim'; id: number; retention: Array<[StreamName, RetentionPolicy[StreamName]]>; now: number }
  | { op: 'close' };

export type WriterResult =
  /** New events' ids and seqs in draft order; `duplicates` holds index, seq, id, occurredAt, receivedAt of each original. */
  | { id: number; ok: true; receivedAt: number; ids: string[]; seqs: number[]; duplicates: Array<string | number> }
  | { id: number; ok: true; removed: Partial<Record<StreamName, number>> }
  | { id: number; ok: false; conflict: { serverId: string; dedupKey: string; existingId: string; existingSeq: number } }
  | { id: number; ok: false; error: { message: string; code: string | null } };

/** What the writer answers: results in commit order, and how many transactions it committed for them. */
export interface WriterReport {
  results: WriterResult[];
  commits: number;
}

const migrations = `
  CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- Ids are time-ordered and unique by construction, and nothing looks an event up by id: no index on them (files
  -- created before keep their UNIQUE constraint).
  CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL,
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
  -- Every read is one of these, or a scan of seq itself (all streams).
  CREATE INDEX IF NOT EXISTS events_by_stream_key ON events (stream, key, seq);
  CREATE INDEX IF NOT EXISTS events_by_stream ON events (stream, seq);
  -- Events keyed by their own server are found through events_by_stream_key; only the others need this one.
  DROP INDEX IF EXISTS events_by_stream_server;
  CREATE INDEX IF NOT EXISTS events_by_foreign_server ON events (stream, server_id, seq) WHERE server_id <> key;
  -- Only notifications read by priority, and only HIGH (2) and above.
  DROP INDEX IF EXISTS events_by_priority;
  CREATE INDEX IF NOT EXISTS events_notable ON events (seq) WHERE priority >= 2;
  -- Retention by age bisects events_by_stream: received_at never decreases with seq.
  DROP INDEX IF EXISTS events_by_received;
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

/** The layout `migrations` gives a file; a file without a 'schema_version' row is version 1 and is migrated. */
export const schemaVersion = 2;

/** The file is of a layout this Vigil does not know (a newer Vigil wrote it): it is not opened, so nothing in it is undone. */
export class SchemaVersionError extends Error {
  override name = 'SchemaVersionError';
}

/** The schema version a log file records: 1 for a file from before versions were recorded (or a new, empty one). */
export function storedSchemaVersion(db: Database.Database): number {
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get()) return 1;
  const value = db.prepare(`SELECT value FROM meta WHERE name = 'schema_version'`).pluck().get() as string | undefined;
  if (value === undefined) return 1;
  if (!/^\d+$/.test(value)) throw new SchemaVersionError(`${db.name} records schema version "${value}", which no Vigil writes; restore a backup`);
  return Number(value);
}

const notableRank = priorityRank.HIGH;

/** The same fingerprint the writer computes (sqlite-writer.mjs), for keys carried over from old files. */
function fingerprint(event: AnyStoredEvent): string {
  return createHash('sha256')
    .update(JSON.stringify([event.stream, event.type, event.key, event.priority, event.payload]))
    .digest('base64url');
}

function trimMark(stream: StreamName): string {
  return `trimmed:${stream}`;
}

interface Filter {
  terms: string[];
  params: unknown[];
}
const none: Filter = { terms: [], params: [] };
const term = (sql: string, ...params: unknown[]): Filter => ({ terms: [sql], params });
const and = (...filters: Filter[]): Filter => ({ terms: filters.flatMap((f) => f.terms), params: filters.flatMap((f) => f.params) });

/**
 * The SQL of a read, in parts that each walk one index in seq order and stop at the limit, merged when there are
 * several: one per stream when several are asked for (all of them: a walk of seq itself), and two for a server
 * without a key (events keyed by their own server, then the others). HIGH and above come from the notable index.
 */
export function readPlan(query: ReadQuery): { sql: string; params: unknown[] } {
  const streams = query.streams && new Set(query.streams).size < streamNames.length ? query.streams : undefined;
  if (streams?.length === 0) return { sql: `SELECT ${eventColumns} FROM events WHERE 0`, params: [] };
  const order = query.from === 'newest' ? 'DESC' : 'ASC';
  const notable = query.minPriorityRank !== undefined && query.minPriorityRank >= notableRank;
  const shared = and(
    query.minPriorityRank === undefined ? none : term('priority >= ?', query.minPriorityRank),
    // A literal term, so that SQLite may use the partial index.
    notable ? term(`priority >= ${notableRank}`) : none,
    query.afterSeq === undefined ? none : term('seq > ?', query.afterSeq),
  );
  // Through the notable index, streams are a filter; otherwise each stream is a walk of its own.
  const byStream = !streams
    ? [none]
    : notable || streams.length === 1
      ? [term(`stream IN (${streams.map(() => '?').join(', ')})`, ...streams)]
      : streams.map((stream) => term('stream = ?', stream));
  const byKey = query.key === undefined ? none : term('key = ?', query.key);
  const { serverId } = query;
  const byServer =
    serverId === undefined
      ? [none]
      : query.key === undefined && !notable
        ? [and(term('key = ?', serverId), term('server_id = ?', serverId)), and(term('server_id = ?', serverId), term('server_id <> key'))]
        : [term('server_id = ?', serverId)];
  const select = ({ terms, params }: Filter) => ({
    sql: `SELECT ${eventColumns} FROM events${notable ? ' INDEXED BY events_notable' : ''}${terms.length ? ` WHERE ${terms.join(' AND ')}` : ''} ORDER BY seq ${order} LIMIT ?`,
    params: [...params, query.limit],
  });
  const parts = byStream.flatMap((stream) => byServer.map((server) => select(and(stream, byKey, server, shared))));
  if (parts.length === 1) return parts[0]!;
  return {
    sql: `${parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ')} ORDER BY seq ${order} LIMIT ?`,
    params: [...parts.flatMap((part) => part.params), query.limit],
  };
}

interface Pending {
  settle(result: WriterResult): void;
  fail(error: Error): void;
}

export interface SqliteEventLogOptions {
  /** How often the writer folds the WAL back into the database file (a PASSIVE checkpoint, between commits). */
  checkpointIntervalMs?: number;
}

/**
 * The embedded event log: one SQLite file in WAL mode with `synchronous=FULL`, so an acknowledged append is durable.
 * A worker thread owns the only write connection and commits every append that queued up during the previous commit
 * in one transaction (group commit), each batch in its own savepoint; reads use this thread's own connection.
 */
export class SqliteEventLog implements EventLog {
  readonly engine = 'sqlite';
  readonly epoch: string;
  private readonly db: Database.Database;
  private readonly worker: Worker;
  private readonly listeners = new Set<AppendListener>();
  private readonly pending = new Map<number, Pending>();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly eventStatements = new Map<string, Database.Statement>();
  private readonly headStatement: Database.Statement;
  private readonly readConsistently: (statement: Database.Statement, params: unknown[]) => { rows: EventValues[]; head: number };
  /** Requests of this turn of the event loop, sent to the writer together (one message, one group commit). */
  private outbox: WriterRequest[] = [];
  private nextRequest = 1;
  private committed = 0;
  /** The highest seq the append listeners have been given. */
  private notified = 0;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Set for ":memory:": the writer needs a file it can share with this thread, removed on close. */
  private readonly scratchDir: string | null;

  constructor(
    path: string,
    /** A dedupKey is honoured for this long after its first use. */
    dedupWindowMs = 86_400_000,
    { checkpointIntervalMs = 200 }: SqliteEventLogOptions = {},
  ) {
    this.scratchDir = path === ':memory:' ? mkdtempSync(join(tmpdir(), 'vigil-log-')) : null;
    const file = this.scratchDir ? join(this.scratchDir, 'events.db') : path;
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // The writer checkpoints; this connection only reads once the file is migrated.
    this.db.pragma('wal_autocheckpoint = 0');
    const version = storedSchemaVersion(this.db);
    if (version > schemaVersion) {
      this.db.close();
      throw new SchemaVersionError(
        `${file} was written by a newer Vigil (schema ${version}, this one knows up to ${schemaVersion}); upgrade Vigil or restore a backup`,
      );
    }
    this.db.exec(migrations);
    this.db
      .prepare(`INSERT INTO meta (name, value) VALUES ('schema_version', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value`)
      .run(String(schemaVersion));
    this.db.prepare(`INSERT OR IGNORE INTO meta (name, value) VALUES ('epoch', ?)`).run(randomBytes(9).toString('base64url'));
    this.epoch = (this.db.prepare(`SELECT value FROM meta WHERE name = 'epoch'`).get() as { value: string }).value;
    this.backfillDedupKeys(dedupWindowMs);
    // The last seq ever assigned, not MAX(seq): retention may have removed the newest events, and a cursor at one of
    // them is still a position of this log, not one from the future.
    this.headStatement = this.db
      .prepare(`SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), COALESCE((SELECT MAX(seq) FROM events), 0)) AS head`)
      .pluck();
    this.readConsistently = this.db.transaction((statement: Database.Statement, params: unknown[]) => ({
      rows: statement.all(...params) as EventValues[],
      head: this.headStatement.get() as number,
    }));

    const writerOptions: WriterOptions = { path: file, dedupWindowMs, stride, priorities, checkpointIntervalMs, maxGroupEvents: 20_000 };
    this.worker = new Worker(new URL('./sqlite-writer.mjs', import.meta.url), {
      workerData: writerOptions,
      name: 'vigil-log-writer',
      // None of this process's flags: the writer needs no loader (tsx would cost it ~200 ms to start), and a worker
      // refuses per-process ones such as --expose-gc.
      execArgv: [],
    });
    this.worker.unref();
    this.worker.on('message', ({ results, commits }: WriterReport) => {
      this.committed += commits;
      for (const result of results) {
        const pending = this.pending.get(result.id);
        this.pending.delete(result.id);
        pending?.settle(result);
      }
      if (this.pending.size === 0) this.worker.unref();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`it exited with code ${code}`)));
  }

  /** Logs written before dedup_keys existed kept their keys on the events: carry those still in the window over once. */
  private backfillDedupKeys(dedupWindowMs: number): void {
    if (this.db.prepare(`SELECT 1 FROM meta WHERE name = 'dedup_keys'`).get()) return;
    const insert = this.db.prepare(`
      INSERT INTO dedup_keys (server_id, dedup_key, seq, id, occurred_at, received_at, fingerprint)
      VALUES (@server_id, @dedup_key, @seq, @id, @occurred_at, @received_at, @fingerprint)
      ON CONFLICT (server_id, dedup_key) DO UPDATE SET
        seq = excluded.seq, id = excluded.id, occurred_at = excluded.occurred_at, received_at = excluded.received_at, fingerprint = excluded.fingerprint`);
    this.db.transaction(() => {
      const since = Date.now() - dedupWindowMs;
      const rows = this.db
        .prepare(`SELECT ${eventColumns} FROM events WHERE dedup_key IS NOT NULL AND received_at >= ? ORDER BY seq`)
        .raw()
        .all(since) as EventValues[];
      for (const row of rows) {
        const event = this.toEvent(row);
        insert.run({
          server_id: event.serverId,
          dedup_key: event.dedupKey,
          seq: event.seq,
          id: event.id,
          occurred_at: row[6],
          received_at: row[7],
          fingerprint: fingerprint(event),
        });
      }
      this.db.prepare(`INSERT INTO meta (name, value) VALUES ('dedup_keys', '1')`).run();
    })();
  }

  /** The writer is gone (crashed, or closed under us): every request waiting on it fails, and so does every later one. */
  private fail(cause: Error): void {
    if (this.failure) return;
    this.failure = new Error(this.closing ? 'The event log is closed' : `The event log writer stopped: ${cause.message}`, { cause });
    for (const pending of this.pending.values()) pending.fail(this.failure);
    this.pending.clear();
  }

  /** Transactions the writer has committed so far: concurrent appends share them. */
  get commits(): number {
    return this.committed;
  }

  private request(body: WriterRequest & { op: 'append' | 'trim' }, pending: Pending): void {
    if (this.pending.size === 0) this.worker.ref();
    this.pending.set(body.id, pending);
    if (this.outbox.push(body) === 1) setImmediate(() => this.flushOutbox());
  }

  private flushOutbox(): void {
    const requests = this.outbox;
    this.outbox = [];
    if (requests.length > 0 && !this.failure) this.worker.postMessage(requests);
  }

  async append(drafts: readonly AnyEventDraft[]): Promise<AppendOutcome[]> {
    if (this.failure) throw this.failure;
    if (this.closing) throw new Error('The event log is closed');
    // Sized once: a batch of 100 is 1,000 values, which pushes would copy several times over as the array grew.
    const values = new Array<DraftValues[number]>(drafts.length * stride);
    let at = 0;
    for (const draft of drafts) {
      values[at++] = draft.stream;
      values[at++] = draft.type;
      values[at++] = draft.serverId;
      values[at++] = draft.key;
      values[at++] = draft.occurredAt.getTime();
      values[at++] = priorityRank[draft.priority];
      values[at++] = JSON.stringify(draft.payload);
      values[at++] = draft.dedupKey ?? null;
      values[at++] = draft.dedupBatch?.key ?? null;
      values[at++] = draft.dedupBatch?.size ?? 0;
    }
    return new Promise<AppendOutcome[]>((resolve, reject) => {
      this.request(
        { op: 'append', id: this.nextRequest++, drafts: values },
        {
          fail: reject,
          settle: (result) => {
            if (!result.ok) return reject(this.errorOf(result));
            if (!('ids' in result)) return reject(new Error('The event log writer answered an append with something else'));
            const { outcomes, fresh } = this.outcomesOf(drafts, result);
            try {
              if (fresh.length > 0) {
                this.notified = Math.max(this.notified, fresh.at(-1)!.seq);
                for (const listener of this.listeners) listener(fresh);
              }
            } catch (error) {
              return reject(error);
            }
            resolve(outcomes);
          },
        },
      );
    });
  }

  private outcomesOf(
    drafts: readonly AnyEventDraft[],
    result: Extract<WriterResult, { ids: string[] }>,
  ): { outcomes: AppendOutcome[]; fresh: AnyStoredEvent[] } {
    const receivedAt = new Date(result.receivedAt);
    const outcomes: AppendOutcome[] = [];
    const fresh: AnyStoredEvent[] = [];
    const { duplicates, ids, seqs } = result;
    let nextDuplicate = 0;
    let nextFresh = 0;
    for (let index = 0; index < drafts.length; index++) {
      const draft = drafts[index]!;
      if (duplicates[nextDuplicate] === index) {
        const [seq, id, occurredAt, originalReceivedAt] = duplicates.slice(nextDuplicate + 1, nextDuplicate + 5) as [number, string, number, number];
        nextDuplicate += 5;
        // Same fingerprint, same stream, type, key, priority and payload: the original is the draft as first stored.
        outcomes.push({ event: storedEventOf(this.epoch, draft, id, seq, new Date(occurredAt), new Date(originalReceivedAt)), duplicate: true });
        continue;
      }
      const event = storedEventOf(this.epoch, draft, ids[nextFresh]!, seqs[nextFresh]!, draft.occurredAt, receivedAt);
      nextFresh++;
      outcomes.push({ event, duplicate: false });
      fresh.push(event);
    }
    return { outcomes, fresh };
  }

  private errorOf(result: Extract<WriterResult, { ok: false }>): Error {
    if ('conflict' in result) {
      const { serverId, dedupKey, existingId, existingSeq } = result.conflict;
      return new DedupConflictError(serverId, dedupKey, { id: existingId, cursor: encodeCursor({ epoch: this.epoch, seq: existingSeq }) });
    }
    return Object.assign(new Error(`The event log could not store the batch: ${result.error.message}`), { code: result.error.code });
  }

  async read(query: ReadQuery): Promise<ReadResult> {
    const { sql, params } = readPlan(query);
    const { rows, head } = this.readConsistently(this.eventStatement(sql), params);
    if (query.from === 'newest') rows.reverse();
    return { events: rows.map((row) => this.toEvent(row)), head };
  }

  /** An event read, prepared once per distinct query shape (a handful of filters, at most every stream), in raw mode. */
  private eventStatement(sql: string): Database.Statement {
    let statement = this.eventStatements.get(sql);
    if (!statement) this.eventStatements.set(sql, (statement = this.db.prepare(sql).raw(true)));
    return statement;
  }

  /** Prepared once per distinct query shape. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async head(): Promise<number> {
    return this.headStatement.get() as number;
  }

  async trimmedThrough(streams: readonly StreamName[]): Promise<number> {
    const rows = this.statement(`SELECT value FROM meta WHERE name IN (${streams.map(() => '?').join(', ')})`)
      .pluck()
      .all(...streams.map(trimMark)) as string[];
    return rows.reduce((max, value) => Math.max(max, Number(value)), 0);
  }

  async trim(retention: RetentionPolicy, now = Date.now()): Promise<Partial<Record<StreamName, number>>> {
    if (this.failure) throw this.failure;
    if (this.closing) throw new Error('The event log is closed');
    return new Promise((resolve, reject) => {
      this.request(
        { op: 'trim', id: this.nextRequest++, retention: streamNames.map((stream) => [stream, retention[stream]]), now },
        {
          fail: reject,
          settle: (result) => {
            if (!result.ok) reject(this.errorOf(result));
            else if ('removed' in result) resolve(result.removed);
            else reject(new Error('The event log writer answered a trim with something else'));
          },
        },
      );
    });
  }

  /** Only this process writes the file, and every acknowledged append has been through the listeners. */
  async caughtUp(): Promise<number> {
    return Math.max(this.notified, this.headStatement.get() as number);
  }

  onAppend(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for the appends in flight (their listeners run), then stops the writer and closes the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const settled = [...this.pending.values()].map(
        (pending) =>
          new Promise<void>((resolve) => {
            const { settle, fail } = pending;
            pending.settle = (result) => (settle(result), resolve());
            pending.fail = (error) => (fail(error), resolve());
          }),
      );
      await Promise.all(settled);
      if (!this.failure) {
        const exited = new Promise((resolve) => this.worker.once('exit', resolve));
        this.worker.ref();
        this.worker.postMessage([{ op: 'close' }] satisfies WriterRequest[]);
        await exited;
      }
      this.listeners.clear();
      this.statements.clear();
      if (this.db.open) this.db.close();
      if (this.scratchDir) rmSync(this.scratchDir, { recursive: true, force: true });
    })();
    return this.closing;
  }

  private toEvent([seq, id, stream, type, serverId, key, occurredAt, receivedAt, priority, payload, dedupKey]: EventValues): AnyStoredEvent {
    return {
      id,
      seq,
      cursor: encodeCursor({ epoch: this.epoch, seq }),
      stream,
      type,
      serverId,
      key,
      occurredAt: new Date(occurredAt),
      receivedAt: new Date(receivedAt),
      priority: priorities[priority]!,
      payload: JSON.parse(payload),
      dedupKey,
    } as AnyStoredEvent;
  }
}
