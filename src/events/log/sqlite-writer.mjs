// The event log's writer thread (see sqlite.ts). Plain JavaScript on purpose: Node 20 runs a worker's entry
// module without the parent's TypeScript loader (`--import tsx` does not reach it), and this file needs none.
import { hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { uuidv7 } from './ids.mjs';

/** @typedef {import('./sqlite.ts').WriterOptions} WriterOptions */
/** @typedef {import('./sqlite.ts').WriterRequest} WriterRequest */
/** @typedef {import('./sqlite.ts').WriterResult} WriterResult */

/** @type {WriterOptions} */
const options = workerData;
const { stride, priorities } = options;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

const db = new Database(options.path);
db.pragma('journal_mode = WAL');
// FULL: an acknowledged event survives power loss too, not only a process crash.
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
// Checkpoints run on a timer between commits (PASSIVE), never inside one.
db.pragma('wal_autocheckpoint = 0');
db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);

const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');
const rollback = db.prepare('ROLLBACK');
const savepoint = db.prepare('SAVEPOINT batch');
const release = db.prepare('RELEASE batch');
const rollbackTo = db.prepare('ROLLBACK TO batch');
const insert = db.prepare(`
  INSERT INTO events (seq, id, stream, type, server_id, key, occurred_at, received_at, priority, payload, dedup_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
// Claims a key for a new event: a key nobody holds, or one whose window has passed, is taken; a live one is left as
// it is (no change), and its holder is then looked up.
const claimDedup = db.prepare(`
  INSERT INTO dedup_keys (server_id, dedup_key, seq, id, occurred_at, received_at, fingerprint)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (server_id, dedup_key) DO UPDATE SET
    seq = excluded.seq, id = excluded.id, occurred_at = excluded.occurred_at, received_at = excluded.received_at, fingerprint = excluded.fingerprint
  WHERE dedup_keys.received_at < ?`);
const byDedup = db.prepare('SELECT seq, id, occurred_at, received_at, fingerprint FROM dedup_keys WHERE server_id = ? AND dedup_key = ?');
// '$' follows '#': the range holds exactly the keys `<key>#…`, and uses the dedup index.
const byDedupBatch = db.prepare(
  'SELECT dedup_key, seq, id FROM dedup_keys WHERE server_id = ? AND dedup_key >= ? AND dedup_key < ? AND received_at >= ? ORDER BY seq LIMIT 1',
);

class DedupConflict extends Error {
  /** @param {string} serverId @param {string} dedupKey @param {{ id: string; seq: number }} existing */
  constructor(serverId, dedupKey, existing) {
    super('dedup conflict');
    this.conflict = { serverId, dedupKey, existingId: existing.id, existingSeq: existing.seq };
  }
}

/**
 * What makes two events "the same" for idempotent ingest: JSON of [stream, type, key, priority, payload], built from
 * the payload's JSON so it matches fingerprints stored by earlier versions. occurredAt is left out: a retry that
 * omits it is stamped anew by the hub's clock.
 * @param {unknown[]} drafts @param {number} at
 */
function fingerprint(drafts, at) {
  const text = `[${JSON.stringify(drafts[at])},${JSON.stringify(drafts[at + 1])},${JSON.stringify(drafts[at + 3])},${JSON.stringify(priorities[/** @type {number} */ (drafts[at + 5])])},${drafts[at + 6]}]`;
  return hash('sha256', text, 'base64url');
}

/** A batch dedupKey already used for a batch of another size is a different batch: refuse it. */
function checkBatchSize(/** @type {string} */ serverId, /** @type {string} */ key, /** @type {number} */ size, /** @type {number} */ since) {
  const row = /** @type {{ dedup_key: string; seq: number; id: string } | undefined} */ (byDedupBatch.get(serverId, `${key}#`, `${key}$`, since));
  if (!row) return;
  const storedSize = Number(/\/(\d+)$/.exec(row.dedup_key)?.[1]);
  if (storedSize !== size) throw new DedupConflict(serverId, key, row);
}

// Seqs are assigned here, the only writer: the next one is one past the last ever assigned (retention may have
// removed the newest events, and AUTOINCREMENT's sqlite_sequence remembers them).
const lastSeq = db
  .prepare(`SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), COALESCE((SELECT MAX(seq) FROM events), 0))`)
  .pluck();
let nextSeq = /** @type {number} */ (lastSeq.get()) + 1;

/**
 * Stores one batch inside the current transaction; throws (and the caller rolls the batch back) on a conflict.
 * @param {Extract<WriterRequest, { op: 'append' }>} request @param {number} receivedAt
 * @returns {WriterResult}
 */
function appendBatch({ id: request, drafts }, receivedAt, /** @type {Map<string, number>} */ inserted) {
  const since = receivedAt - options.dedupWindowMs;
  /** @type {string[]} */
  const ids = [];
  /** @type {number[]} */
  const seqs = [];
  /** @type {Array<string | number>} */
  const duplicates = [];
  for (let at = 0, index = 0; at < drafts.length; at += stride, index++) {
    const serverId = /** @type {string} */ (drafts[at + 2]);
    const dedupKey = /** @type {string | null} */ (drafts[at + 7]);
    const batchKey = /** @type {string | null} */ (drafts[at + 8]);
    if (batchKey !== null) checkBatchSize(serverId, batchKey, /** @type {number} */ (drafts[at + 9]), since);
    const seq = nextSeq;
    const id = uuidv7(receivedAt);
    const occurredAt = drafts[at + 4];
    if (dedupKey !== null) {
      const print = fingerprint(drafts, at);
      if (claimDedup.run(serverId, dedupKey, seq, id, occurredAt, receivedAt, print, since).changes === 0) {
        const existing = /** @type {{ seq: number; id: string; occurred_at: number; received_at: number; fingerprint: string }} */ (
          byDedup.get(serverId, dedupKey)
        );
        if (existing.fingerprint !== print) throw new DedupConflict(serverId, dedupKey, existing);
        duplicates.push(index, existing.seq, existing.id, existing.occurred_at, existing.received_at);
        continue;
      }
    }
    const stream = /** @type {string} */ (drafts[at]);
    insert.run(seq, id, stream, drafts[at + 1], serverId, drafts[at + 3], occurredAt, receivedAt, drafts[at + 5], drafts[at + 6], dedupKey);
    inserted.set(stream, (inserted.get(stream) ?? 0) + 1);
    nextSeq++;
    ids.push(id);
    seqs.push(seq);
  }
  return { id: request, ok: true, receivedAt, ids, seqs, duplicates };
}

/** @param {unknown} error @param {number} request @returns {WriterResult} */
function failure(error, request) {
  if (error instanceof DedupConflict) return { id: request, ok: false, conflict: error.conflict };
  const { message, code } = /** @type {{ message?: string; code?: string }} */ (error ?? {});
  return { id: request, ok: false, error: { message: String(message ?? error), code: typeof code === 'string' ? code : null } };
}

let lastReceivedAt = 0;
/** Transactions committed since the last report to the main thread. */
let commits = 0;
let committedSinceCheckpoint = 0;

/** Events per stream, counted once when retention first needs them and kept up to date by every commit since. */
const streamCounts = new Map();
const countStream = db.prepare('SELECT COUNT(*) FROM events WHERE stream = ?').pluck();
function eventCount(/** @type {string} */ stream) {
  let count = streamCounts.get(stream);
  if (count === undefined) streamCounts.set(stream, (count = /** @type {number} */ (countStream.get(stream))));
  return count;
}
function counted(/** @type {Map<string, number>} */ changes, /** @type {number} */ sign) {
  for (const [stream, n] of changes) {
    const count = streamCounts.get(stream);
    if (count !== undefined) streamCounts.set(stream, count + sign * n);
  }
}

/**
 * One transaction for every queued batch, each inside its own savepoint: a batch that fails rolls back alone.
 * @param {Array<Extract<WriterRequest, { op: 'append' }>>} group
 * @returns {WriterResult[]}
 */
function commitGroup(group) {
  // One clock reading per commit, never behind the previous one: received_at never decreases with seq.
  const receivedAt = (lastReceivedAt = Math.max(Date.now(), lastReceivedAt));
  /** @type {WriterResult[]} */
  const results = [];
  /** @type {Map<string, number>} */
  const inserted = new Map();
  try {
    begin.run();
  } catch (error) {
    return group.map((request) => failure(error, request.id));
  }
  for (let i = 0; i < group.length; i++) {
    const request = /** @type {Extract<WriterRequest, { op: 'append' }>} */ (group[i]);
    const seqBefore = nextSeq;
    /** @type {Map<string, number>} */
    const batchInserted = new Map();
    // One event without a dedupKey is one INSERT, which SQLite undoes by itself when it fails: no savepoint needed.
    const single = request.drafts.length === stride && request.drafts[7] === null && request.drafts[8] === null;
    if (!single) savepoint.run();
    try {
      results.push(appendBatch(request, receivedAt, batchInserted));
      if (!single) release.run();
      for (const [stream, n] of batchInserted) inserted.set(stream, (inserted.get(stream) ?? 0) + n);
    } catch (error) {
      nextSeq = seqBefore;
      if (!db.inTransaction) {
        // SQLite gave the whole transaction up (an I/O error, a full disk): the batches before this one were rolled
        // back with it, so they go again without it.
        nextSeq = /** @type {number} */ (lastSeq.get()) + 1;
        return [...commitGroup(group.slice(0, i)), failure(error, request.id), ...commitGroup(group.slice(i + 1))];
      }
      if (!single) {
        rollbackTo.run();
        release.run();
      }
      results.push(failure(error, request.id));
    }
  }
  try {
    commit.run();
  } catch (error) {
    if (db.inTransaction) rollback.run();
    nextSeq = /** @type {number} */ (lastSeq.get()) + 1;
    return group.map((request) => failure(error, request.id));
  }
  counted(inserted, 1);
  commits++;
  committedSinceCheckpoint++;
  return results;
}

function trimMark(/** @type {string} */ stream) {
  return `trimmed:${stream}`;
}

// Retention deletes in chunks, each its own transaction, with the queued appends committed in between.
const trimChunk = 5_000;
const expiredDedupKeys = db.prepare(`
  DELETE FROM dedup_keys WHERE (server_id, dedup_key) IN (SELECT server_id, dedup_key FROM dedup_keys WHERE received_at < ? LIMIT ${trimChunk})`);
const firstReceivedFrom = db.prepare('SELECT received_at FROM events WHERE stream = ? AND seq >= ? ORDER BY seq LIMIT 1').pluck();
const lastSeqBefore = db.prepare('SELECT MAX(seq) FROM events WHERE stream = ? AND seq < ?').pluck();
const seqAtOffset = db.prepare('SELECT seq FROM events WHERE stream = ? ORDER BY seq LIMIT 1 OFFSET ?').pluck();
const chunkEnd = db.prepare(`SELECT seq FROM events WHERE stream = ? AND seq <= ? ORDER BY seq LIMIT 1 OFFSET ${trimChunk - 1}`).pluck();
const deleteThrough = db.prepare('DELETE FROM events WHERE stream = ? AND seq <= ?');
const markTrimmed = db.prepare(
  `INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`,
);

/**
 * The last seq of a stream received before `cutoff`. received_at never decreases with seq (the writer stamps each
 * commit with one clock reading, never behind the last one), so those events are a prefix of the stream: bisect.
 */
function lastReceivedBefore(/** @type {string} */ stream, /** @type {number} */ cutoff) {
  let low = 1;
  let high = nextSeq;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const receivedAt = /** @type {number | undefined} */ (firstReceivedFrom.get(stream, middle));
    if (receivedAt === undefined || receivedAt >= cutoff) high = middle;
    else low = middle + 1;
  }
  return /** @type {number | null} */ (lastSeqBefore.get(stream, low)) ?? 0;
}

/** The last seq of a stream that holds more than `maxCount` events, beyond which it keeps `maxCount`. */
function lastBeyondCount(/** @type {string} */ stream, /** @type {number} */ maxCount) {
  const excess = eventCount(stream) - maxCount;
  return excess > 0 ? /** @type {number} */ (seqAtOffset.get(stream, excess - 1)) : 0;
}

/**
 * Applies retention one chunk at a time: yields after every chunk so that appends are not held up behind it.
 * @param {Extract<WriterRequest, { op: 'trim' }>} request @param {Record<string, number>} removed
 */
function* trimming({ retention, now }, removed) {
  while (expiredDedupKeys.run(now - options.dedupWindowMs).changes === trimChunk) yield;
  for (const [stream, { maxAgeMs, maxCount }] of retention) {
    const through = Math.max(lastReceivedBefore(stream, now - maxAgeMs), lastBeyondCount(stream, maxCount));
    for (;;) {
      const end = /** @type {number | undefined} */ (chunkEnd.get(stream, through)) ?? through;
      const { changes } = db.transaction(() => {
        const result = deleteThrough.run(stream, end);
        if (result.changes > 0) markTrimmed.run(trimMark(stream), String(end));
        return result;
      })();
      if (changes > 0) {
        removed[stream] = (removed[stream] ?? 0) + changes;
        counted(new Map([[stream, changes]]), -1);
        committedSinceCheckpoint++;
      }
      if (end >= through) break;
      yield;
    }
  }
}

/** @type {Array<{ id: number; steps: Generator<void, void, void>; removed: Record<string, number> }>} */
const trims = [];

/** Runs one chunk of the oldest pending trim; true while it has more to do. */
function trimStep(/** @type {WriterResult[]} */ results) {
  const job = trims[0];
  if (!job) return false;
  try {
    if (!job.steps.next().done) return true;
    results.push({ id: job.id, ok: true, removed: job.removed });
  } catch (error) {
    if (db.inTransaction) rollback.run();
    results.push(failure(error, job.id));
  }
  trims.shift();
  return trims.length > 0;
}

function checkpoint() {
  if (committedSinceCheckpoint === 0) return;
  committedSinceCheckpoint = 0;
  db.pragma('wal_checkpoint(PASSIVE)');
}
const checkpoints = setInterval(checkpoint, options.checkpointIntervalMs);

/** @type {WriterRequest[]} */
let queue = [];
let scheduled = false;

/** @param {WriterResult[]} results */
function report(results) {
  if (results.length === 0 && commits === 0) return;
  /** @type {import('./sqlite.ts').WriterReport} */
  const message = { results, commits };
  port.postMessage(message);
  commits = 0;
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setImmediate(drain);
}

/** Commits everything that arrived while the previous commit was in flight as one group, then a chunk of retention. */
function drain() {
  scheduled = false;
  const requests = queue;
  queue = [];
  /** @type {WriterResult[]} */
  let results = [];
  /** @type {Array<Extract<WriterRequest, { op: 'append' }>>} */
  let group = [];
  let groupEvents = 0;
  let closing = false;
  for (const request of requests) {
    if (request.op === 'append') {
      group.push(request);
      groupEvents += request.drafts.length / stride;
      if (groupEvents >= options.maxGroupEvents) {
        results.push(...commitGroup(group));
        report(results);
        results = [];
        group = [];
        groupEvents = 0;
      }
    } else if (request.op === 'trim') {
      /** @type {Record<string, number>} */
      const removed = {};
      trims.push({ id: request.id, steps: trimming(request, removed), removed });
    } else {
      closing = true;
    }
  }
  if (group.length > 0) results.push(...commitGroup(group));
  if (trimStep(results)) schedule();
  report(results);
  if (closing) {
    clearInterval(checkpoints);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    port.close();
  }
}

// The main thread sends every request of one turn of its event loop in one message.
port.on('message', (/** @type {WriterRequest[]} */ requests) => {
  for (const request of requests) queue.push(request);
  schedule();
});
