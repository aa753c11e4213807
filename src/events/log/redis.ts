import { hash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { encodeCursor } from '../cursor.ts';
import { type AnyEventDraft, type AnyStoredEvent, priorities, priorityRank, type StreamName, streamNames } from '../envelope.ts';
import { EventError } from '../errors.ts';
import { uuidv7 } from './ids.mjs';
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
import { Arguments, EncodedScript, utf8Length } from './redis-command.ts';
import { appendScript, countScript, entryValue, positionScript, readScript, trimScript } from './redis-scripts.ts';

export interface RedisEventLogOptions {
  /** redis:// (or rediss://) URL of the Redis that holds the log. */
  url: string;
  /** Names this log inside that Redis: every key lives under the hash tag `{vigil:<prefix>}`. */
  prefix?: string;
  /** A dedupKey is honoured for this long after its first use. */
  dedupWindowMs?: number;
  /** A command Redis does not answer within this long fails with UNAVAILABLE; appends also wait this long for the tail. */
  commandTimeoutMs?: number;
  /** Told of connection errors and of listeners that threw; the log reconnects by itself. */
  onError?: (error: Error) => void;
}

/** Per batch: { 0, first seq, fresh count, then index, seq, id, occurredAt, receivedAt per duplicate } or a conflict. */
type BatchReply = [0, number, number, ...Array<number | string>] | [1, string, string, string, number];
type ReadReply = [head: number, position: number, exhausted: number, rows: Array<[number, Buffer[]]>];

interface Scripted {
  /** Bulk replies as buffers: entries are decoded by byte offsets (see `toEvent`). */
  vigilReadBuffer(log: string, ...args: Array<string | number>): Promise<ReadReply>;
  vigilTrim(log: string, ...args: Array<string | number>): Promise<[removed: number, last: number]>;
  vigilPosition(log: string): Promise<[epoch: string, head: number, newest: number]>;
  vigilCount(log: string, ...streams: string[]): Promise<number>;
}
type Connection = Redis & Scripted;

interface QueuedAppend {
  drafts: readonly AnyEventDraft[];
  /** The append script's `appendStride` arguments per draft. */
  args: Arguments;
  ids: string[];
  resolve(outcomes: AppendOutcome[]): void;
  reject(error: Error): void;
}

interface Waiter {
  seq: number;
  resolve(): void;
  reject(error: Error): void;
}

/** One script call takes at most about this many events; the rest of the turn's appends go in the next. */
const maxGroupEvents = 5_000;
const trimChunk = 2_000;
/** Candidates one read script call looks at before it returns, so that no read holds Redis up for long. */
const readBudget = 2_000;
const tailCount = 1_000;
const tailBlockMs = 1_000;
/** In the tail's unread entries: one this node appended and did not read back (see `own`). */
const ownEntry = null;

/** What makes two events "the same" for idempotent ingest, computed exactly as the SQLite writer does. */
function fingerprint(draft: AnyEventDraft, payloadJson: string): string {
  const text = `[${JSON.stringify(draft.stream)},${JSON.stringify(draft.type)},${JSON.stringify(draft.key)},${JSON.stringify(draft.priority)},${payloadJson}]`;
  return hash('sha256', text, 'base64url');
}

/** Redis refused the command without running it. */
const refusedUnrun = /^(LOADING|BUSY|READONLY|MASTERDOWN|OOM|CLUSTERDOWN|TRYAGAIN|NOREPLICAS|MISCONF)\b/;
/** Called with the arguments of a whole group encoded as they are made (see `append`): thousands per call. */
const appendCall = new EncodedScript(appendScript);

/** The client never sent the command ("Connection is closed" is not one: ioredis also fails commands in flight with it). */
const neverSent = /enableOfflineQueue|isn't writeable|connect ECONNREFUSED/;

function connect(url: string, commandTimeoutMs: number, name: string, tail: boolean): Connection {
  const connection = new Redis(url, {
    lazyConnect: true,
    protocol: 2,
    connectionName: name,
    connectTimeout: commandTimeoutMs,
    // A command fails at once while Redis is away, and one sent before Redis went away is never sent again: an
    // append resent behind our back could be stored twice, and its caller has already been told it failed.
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    // The tail's XREAD blocks on purpose; it gets the bound on top of its block time.
    commandTimeout: tail ? tailBlockMs + commandTimeoutMs : commandTimeoutMs,
    retryStrategy: (times) => Math.min(25 * 2 ** times, 1_000),
  }) as Connection;
  connection.defineCommand('vigilRead', { lua: readScript, numberOfKeys: 1, readOnly: true });
  connection.defineCommand('vigilTrim', { lua: trimScript, numberOfKeys: 1 });
  connection.defineCommand('vigilPosition', { lua: positionScript, numberOfKeys: 1, readOnly: true });
  connection.defineCommand('vigilCount', { lua: countScript, numberOfKeys: 1 });
  return connection;
}

/**
 * The shared event log: one Redis holds it for every node. Appends of one turn of the event loop go to Redis in
 * one Lua script call (group commit), each batch all or nothing inside it; Redis assigns seqs and received times, and
 * acknowledges once its AOF has them as configured (`appendfsync always` for durable acks: see `durability()`). A
 * dedicated connection tails the log and hands every node's events to the listeners in log order, stepping over the
 * entries of this node's own script calls (their reply said which): an append resolves once the tail has handed its
 * own events over.
 *
 * The tail starts from the head read at open, on the first `onAppend`, `append` or `caughtUp`, or explicitly with
 * `startTail(afterSeq)`: an owner that rebuilds state with `read` first calls `startTail(seqItRebuiltThrough)` and
 * registers its listeners in the same turn, and its listeners get every later event once, none it already read.
 */
export class RedisEventLog implements EventLog {
  readonly engine = 'redis';
  /** The head when this log was opened: where the tail starts unless told otherwise. */
  readonly openedAt: number;
  private readonly listeners = new Set<AppendListener>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private outbox: QueuedAppend[] = [];
  private waiters: Waiter[] = [];
  private committed = 0;
  /** The tail has read the log through this seq, and handed the listeners everything through `delivered`. */
  private readSeq = 0;
  private delivered = 0;
  /**
   * Entries the tail read and has not handed over yet, as seq, fields, seq, fields...; `ends` are the positions in
   * it where batches end: what follows the last is a batch whose last event the tail has not read yet.
   */
  private unread: Array<number | Buffer[] | typeof ownEntry> = [];
  private ends: number[] = [];
  private handing = false;
  /**
   * Events this node appended, by seq, until its tail reads them back: the tail hands these objects on instead of
   * parsing their entries again (the log entry is what this node wrote).
   */
  private readonly own = new Map<number, AnyStoredEvent>();
  /** The seqs of this node's script calls the tail has not reached yet, in log order: it steps over them (see `tail`). */
  private readonly ownRanges: Array<{ first: number; last: number }> = [];
  /** This node's script calls sent and not answered yet. */
  private commitsInFlight = 0;
  /** When this node sent its last one. */
  private lastCommitAt = 0;
  private tailing: Promise<void> | null = null;
  private wakeTail: (() => void) | null = null;
  private stopped = false;
  private closing: Promise<void> | null = null;
  private lastReported = '';

  private constructor(
    private readonly commands: Connection,
    private readonly tailConnection: Connection,
    private readonly keys: { log: string; seq: string; epoch: string; trimmed: string; held: string },
    readonly epoch: string,
    head: number,
    private readonly address: string,
    private readonly dedupWindowMs: number,
    private readonly commandTimeoutMs: number,
    private readonly onError: (error: Error) => void,
  ) {
    this.openedAt = head;
    for (const connection of [commands, tailConnection]) {
      connection.on('error', (error: Error) => this.report(new Error(`Redis at ${address}: ${error.message}`, { cause: error })));
      connection.on('ready', () => (this.lastReported = ''));
    }
  }

  /** Connects to Redis, reads the log's epoch (creating it for a new log) and its head. */
  static async open({
    url,
    prefix = 'vigil',
    dedupWindowMs = 86_400_000,
    commandTimeoutMs = 2_000,
    onError = () => {},
  }: RedisEventLogOptions): Promise<RedisEventLog> {
    const parsed = new URL(url);
    const address = `${parsed.hostname}:${parsed.port || '6379'}`;
    const commands = connect(url, commandTimeoutMs, `vigil:${prefix}`, false);
    const tailConnection = connect(url, commandTimeoutMs, `vigil:${prefix}:tail`, true);
    const tag = `{vigil:${prefix}}`;
    const keys = { log: `${tag}:log`, seq: `${tag}:seq`, epoch: `${tag}:epoch`, trimmed: `${tag}:trimmed`, held: `${tag}:held` };
    // Until the log exists, a connection error is the failure open() reports, not an event of its own.
    for (const connection of [commands, tailConnection]) connection.on('error', () => {});
    try {
      await Promise.all([commands.connect(), tailConnection.connect()]);
      await commands.set(keys.epoch, randomBytes(9).toString('base64url'), 'NX');
      await commands.vigilCount(keys.log, ...streamNames);
      const [epoch, head] = await Promise.all([commands.get(keys.epoch), commands.get(keys.seq)]);
      if (!epoch) throw new Error('the epoch vanished as it was created');
      return new RedisEventLog(commands, tailConnection, keys, epoch, Number(head ?? 0), address, dedupWindowMs, commandTimeoutMs, onError);
    } catch (error) {
      commands.disconnect();
      tailConnection.disconnect();
      throw new EventError('UNAVAILABLE', `Redis at ${address} does not answer: ${(error as Error).message}`);
    }
  }

  /** Append script calls that went through so far: concurrent appends share them. */
  get commits(): number {
    return this.committed;
  }

  /** How Redis persists what it acknowledges (nulls where CONFIG is disabled): the node warns unless it fsyncs always. */
  async durability(): Promise<{ appendonly: boolean | null; appendfsync: string | null }> {
    const setting = async (name: string) => {
      try {
        const reply = (await this.commands.config('GET', name)) as string[];
        return reply[1] ?? null;
      } catch {
        return null;
      }
    };
    const [appendonly, appendfsync] = await Promise.all([setting('appendonly'), setting('appendfsync')]);
    return { appendonly: appendonly === null ? null : appendonly === 'yes', appendfsync };
  }

  async append(drafts: readonly AnyEventDraft[]): Promise<AppendOutcome[]> {
    if (this.closing) throw new Error('The event log is closed');
    this.startTail();
    const now = Date.now();
    const args = new Arguments();
    const ids: string[] = [];
    for (const draft of drafts) {
      const payloadJson = JSON.stringify(draft.payload);
      const id = uuidv7(now);
      const occurredAt = draft.occurredAt.getTime();
      const dedupKey = draft.dedupKey ?? null;
      ids.push(id);
      const batchKey = draft.dedupBatch?.key ?? '';
      const body = `{"i":${JSON.stringify(id)},"t":${JSON.stringify(draft.type)},"o":${occurredAt},"d":${JSON.stringify(dedupKey)},"b":${payloadJson}}`;
      const dedup =
        dedupKey === null && batchKey === ''
          ? ''
          : `${dedupKey === null ? '' : fingerprint(draft, payloadJson)}|${id}|${occurredAt}|${draft.dedupBatch?.size ?? 0}|${dedupKey === null ? 0 : utf8Length(dedupKey)}|${dedupKey ?? ''}${batchKey}`;
      // The script's arguments for this draft, in `appendStride` order.
      args.add(draft.stream);
      args.add(draft.serverId);
      args.add(draft.key);
      args.add(dedup);
      args.add(entryValue(priorityRank[draft.priority], draft.stream, draft.serverId, draft.key, body));
    }
    const appended = new Promise<AppendOutcome[]>((resolve, reject) => {
      if (this.outbox.push({ drafts, args, ids, resolve, reject }) === 1) setImmediate(() => this.flushOutbox());
    });
    this.inFlight.add(appended);
    const forget = () => this.inFlight.delete(appended);
    appended.then(forget, forget);
    return appended;
  }

  private flushOutbox(): void {
    const queued = this.outbox;
    this.outbox = [];
    let group: QueuedAppend[] = [];
    let events = 0;
    for (const append of queued) {
      group.push(append);
      events += append.drafts.length;
      if (events >= maxGroupEvents) {
        void this.commitGroup(group);
        group = [];
        events = 0;
      }
    }
    if (group.length > 0) void this.commitGroup(group);
  }

  /** Sends one group of appends as one script call and settles each append from the reply. */
  private async commitGroup(group: QueuedAppend[]): Promise<void> {
    const args = new Arguments();
    for (const value of [this.epoch, String(this.dedupWindowMs), String(group.length)]) args.add(value);
    for (const append of group) {
      args.add(String(append.drafts.length));
      args.append(append.args);
    }
    let reply: [number, BatchReply[]];
    this.commitsInFlight++;
    this.lastCommitAt = Date.now();
    try {
      reply = await appendCall.call(this.commands, this.keys.log, args);
    } catch (error) {
      const failure = this.unavailable(error, 'append');
      for (const append of group) append.reject(failure);
      return;
    } finally {
      this.commitsInFlight--;
      // The tail may be waiting for this reply to learn which entries it need not read (it resumes after the
      // settles), or sitting out a backoff that Redis answering makes needless.
      this.wakeTail?.();
    }
    this.committed++;
    const [receivedAt, results] = reply;
    group.forEach((append, i) => {
      this.settle(append, results[i]!, new Date(receivedAt));
    });
  }

  /**
   * Settles one append of a script call from its part of the reply; the tail steps over its events rather than read
   * them back.
   */
  private settle(append: QueuedAppend, result: BatchReply, receivedAt: Date): void {
    if (result[0] === 1) {
      const [, serverId, dedupKey, existingId, existingSeq] = result;
      append.reject(new DedupConflictError(serverId, dedupKey, { id: existingId, cursor: encodeCursor({ epoch: this.epoch, seq: existingSeq }) }));
      return;
    }
    const [, first, , ...duplicates] = result;
    const outcomes: AppendOutcome[] = [];
    let nextDuplicate = 0;
    let seq = first;
    append.drafts.forEach((draft, index) => {
      if (Number(duplicates[nextDuplicate]) === index && nextDuplicate < duplicates.length) {
        const [originalSeq, id, occurredAt, originalReceivedAt] = duplicates.slice(nextDuplicate + 1, nextDuplicate + 5);
        nextDuplicate += 5;
        // Same fingerprint: the original is the draft as first stored.
        outcomes.push({
          event: storedEventOf(
            this.epoch,
            draft,
            String(id),
            Number(originalSeq),
            new Date(Number(occurredAt)),
            new Date(Number(originalReceivedAt)),
          ),
          duplicate: true,
        });
        return;
      }
      const event = storedEventOf(this.epoch, draft, append.ids[index]!, seq++, draft.occurredAt, receivedAt);
      if (event.seq > this.delivered) this.own.set(event.seq, event);
      outcomes.push({ event, duplicate: false });
    });
    const last = seq - 1;
    if (last < first) return append.resolve(outcomes);
    if (last > this.readSeq) this.ownRanges.push({ first, last });
    this.untilDelivered(last, `the batch was stored (through seq ${last}) but this node has not read it back`).then(
      () => append.resolve(outcomes),
      (error: Error) => {
        // Stored and durable: the acknowledgement stands. This node's listeners get the events once its tail reads
        // them, a little after the producer heard back.
        this.onError(error);
        append.resolve(outcomes);
      },
    );
  }

  /**
   * A log entry's fields as the append script writes them (see `entryValue`): r, e (and z on a batch's last event),
   * or in the first layout s, k, v, p, r, e (and z).
   */
  private toEvent(seq: number, fields: Buffer[]): AnyStoredEvent {
    let stream: string;
    let serverId: string;
    let key: string;
    let rank: number;
    let body: { i: string; t: string; o: number; d: string | null; b: unknown };
    let receivedAt: number;
    if (fields.length <= 6) {
      const value = fields[3]!;
      rank = value[0]! - 48;
      const bar = value.indexOf(0x7c, 1);
      stream = value.toString('latin1', 1, bar);
      let at = bar + 1;
      let length = 0;
      while (value[at] !== 0x7c) length = length * 10 + value[at++]! - 48;
      const serverEnd = at + 1 + length;
      serverId = value.toString('utf8', at + 1, serverEnd);
      at = serverEnd;
      length = 0;
      while (value[at] !== 0x7c) length = length * 10 + value[at++]! - 48;
      const keyEnd = at + 1 + length;
      key = value.toString('utf8', at + 1, keyEnd);
      body = JSON.parse(value.toString('utf8', keyEnd));
      receivedAt = Number(fields[1]!.toString('latin1'));
    } else {
      stream = fields[1]!.toString();
      key = fields[3]!.toString();
      serverId = fields[5]!.toString();
      rank = Number(fields[7]!.toString());
      receivedAt = Number(fields[9]!.toString());
      body = JSON.parse(fields[11]!.toString());
    }
    return {
      id: body.i,
      seq,
      cursor: encodeCursor({ epoch: this.epoch, seq }),
      stream: stream as StreamName,
      type: body.t,
      serverId,
      key,
      occurredAt: new Date(body.o),
      receivedAt: new Date(receivedAt),
      priority: priorities[rank]!,
      payload: body.b,
      dedupKey: body.d,
    } as AnyStoredEvent;
  }

  async read(query: ReadQuery): Promise<ReadResult> {
    const streams = query.streams && new Set(query.streams).size < streamNames.length ? [...new Set(query.streams)] : undefined;
    if (streams?.length === 0 || query.limit <= 0) return { events: [], head: await this.head() };
    const notable = query.minPriorityRank !== undefined && query.minPriorityRank >= priorityRank.HIGH;
    const { key, serverId } = query;
    // The most selective index: the rest of the filters apply to what it holds.
    const indexes = notable
      ? ['i:n']
      : key !== undefined
        ? (streams ?? streamNames).map((stream) => `i:${stream}:k:${key}`)
        : serverId !== undefined
          ? (streams ?? streamNames).flatMap((stream) => [`i:${stream}:k:${serverId}`, `i:${stream}:v:${serverId}`])
          : streams
            ? streams.map((stream) => `i:${stream}`)
            : ['log'];
    const ascending = query.from !== 'newest';
    const filters = [
      streams ? `,${streams.join(',')},` : '',
      key === undefined ? '' : `=${key}`,
      serverId === undefined ? '' : `=${serverId}`,
      query.minPriorityRank ?? '',
    ];
    const rows: Array<[number, Buffer[]]> = [];
    // Every call after the first reads up to the head the first one saw: the read is consistent with it.
    let head: number | undefined;
    for (const index of indexes) {
      let low = query.afterSeq ?? 0;
      let high: number | '' = head ?? '';
      let found = 0;
      for (;;) {
        const [seenHead, position, exhausted, page] = await this.command('read', () =>
          this.commands.vigilReadBuffer(this.keys.log, index, ascending ? 'a' : 'd', low, high, query.limit - found, readBudget, ...filters),
        );
        head ??= seenHead;
        if (high === '') high = head;
        rows.push(...page);
        found += page.length;
        if (exhausted === 1 || found >= query.limit) break;
        if (ascending) low = position;
        else high = position;
      }
    }
    rows.sort((a, b) => a[0] - b[0]);
    const kept = ascending ? rows.slice(0, query.limit) : rows.slice(-query.limit);
    return { events: kept.map(([seq, fields]) => this.toEvent(seq, fields)), head: head! };
  }

  async head(): Promise<number> {
    return Number((await this.command('read', () => this.commands.get(this.keys.seq))) ?? 0);
  }

  /** Events retained per stream (for metrics; every node sees the same): the counts the append and trim scripts keep. */
  async retained(): Promise<Record<StreamName, number>> {
    const held = await this.command('read', () => this.commands.hmget(this.keys.held, ...streamNames));
    return Object.fromEntries(streamNames.map((stream, i) => [stream, Number(held[i] ?? 0)])) as Record<StreamName, number>;
  }

  async trimmedThrough(streams: readonly StreamName[]): Promise<number> {
    if (streams.length === 0) return 0;
    const marks = await this.command('read', () => this.commands.hmget(this.keys.trimmed, ...streams));
    return marks.reduce((max, mark) => Math.max(max, Number(mark ?? 0)), 0);
  }

  /** Removes in chunks, one script call each, so that appends of other nodes interleave. */
  async trim(retention: RetentionPolicy, now = Date.now()): Promise<Partial<Record<StreamName, number>>> {
    if (this.closing) throw new Error('The event log is closed');
    const removed: Partial<Record<StreamName, number>> = {};
    for (const stream of streamNames) {
      const { maxAgeMs, maxCount } = retention[stream];
      const cutoff = Number.isFinite(now - maxAgeMs) ? now - maxAgeMs : 0;
      const count = Number.isFinite(maxCount) ? maxCount : Number.MAX_SAFE_INTEGER;
      for (;;) {
        const [gone] = await this.command('trim', () => this.commands.vigilTrim(this.keys.log, stream, cutoff, count, trimChunk));
        if (gone > 0) removed[stream] = (removed[stream] ?? 0) + gone;
        if (gone < trimChunk) break;
      }
    }
    return removed;
  }

  onAppend(listener: AppendListener): () => void {
    this.listeners.add(listener);
    this.startTail();
    return () => this.listeners.delete(listener);
  }

  /** Waits until the tail has handed over every event the log held when called: those of other nodes too. */
  async caughtUp(): Promise<number> {
    this.startTail();
    const [epoch, head, newest] = await this.command('read', () => this.commands.vigilPosition(this.keys.log));
    if (epoch !== this.epoch) throw this.reset();
    await this.untilDelivered(newest, 'this node has not read the log up to its head');
    return Math.max(head, this.delivered);
  }

  /**
   * Starts handing the listeners every event after `afterSeq` (default: the head at open). Only the first call
   * counts; `onAppend`, `append` and `caughtUp` start the tail from the head at open if nothing started it before.
   */
  startTail(afterSeq = this.openedAt): void {
    if (this.tailing || this.closing) return;
    this.readSeq = this.delivered = afterSeq;
    this.tailing = this.tail();
  }

  /**
   * Reads the log from where it stopped, whatever happened in between: nothing skipped, nothing read twice.
   *
   * Entries of this node's script calls are not read back: the reply says which seqs are this node's (`ownRanges`),
   * so the tail steps over them and hands on the objects kept in `own`. While such calls are in flight, what follows
   * in the log is theirs, or another node's events before them: the tail waits for the replies, then reads exactly
   * the gap before this node's next range (scripts run one at a time, so every seq below the first of a reply is
   * already written). With nothing in flight it waits for news with a blocking read, of one entry while
   * this node is appending (what wakes it is then most likely its own), and reads on in bulk once the replies of that
   * turn are in; a read that comes back short has reached the head, and the next read blocks.
   */
  private async tail(): Promise<void> {
    let failures = 0;
    let blocking = false;
    while (!this.stopped) {
      this.stepOverOwn();
      this.handSoon();
      const next = this.ownRanges[0];
      if (!next && this.commitsInFlight > 0) {
        await new Promise<void>((resolve) => {
          this.wakeTail = () => ((this.wakeTail = null), resolve());
        });
        continue;
      }
      // Buffers, not strings: this node's own events are only matched by seq, so their fields are never decoded.
      let reply: Array<[Buffer, Buffer[]]> | null;
      // One entry only where this node is appending: what wakes the tail is then most likely its own.
      const count = blocking && !next && this.lastCommitAt > Date.now() - 1_000 ? 1 : tailCount;
      try {
        if (next) {
          reply = (await this.tailConnection.callBuffer(
            'XRANGE',
            this.keys.log,
            `${this.readSeq + 1}-0`,
            `${next.first - 1}-0`,
            'COUNT',
            count,
          )) as typeof reply;
        } else {
          const read = (await this.tailConnection.callBuffer(
            'XREAD',
            'COUNT',
            count,
            ...(blocking ? ['BLOCK', tailBlockMs] : []),
            'STREAMS',
            this.keys.log,
            `${this.readSeq}-0`,
          )) as Array<[Buffer, Array<[Buffer, Buffer[]]>]> | null;
          reply = read?.[0]?.[1] ?? null;
        }
        failures = 0;
      } catch (error) {
        if (this.stopped) return;
        if (failures++ === 0)
          this.report(new Error(`Redis at ${this.address}: the log's tail stopped (${(error as Error).message}); retrying`, { cause: error }));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(25 * 2 ** failures, 1_000));
          this.wakeTail = () => ((this.wakeTail = null), clearTimeout(timer), resolve());
        });
        blocking = false;
        continue;
      }
      const entries = reply ?? [];
      for (const [id, fields] of entries) {
        const seq = Number(id.toString('latin1', 0, id.length - 2));
        this.readSeq = seq;
        this.unread.push(seq, fields);
        // `z` marks a batch's last event (the second last field of either layout).
        const mark = fields[fields.length - 2];
        if (mark?.length === 1 && mark[0] === 0x7a) this.ends.push(this.unread.length);
      }
      // A read of one entry tells nothing of what follows it; any other that came back short read all there was.
      const complete = count > 1 && entries.length < count;
      if (next && complete) this.readSeq = next.first - 1;
      // Scripts are atomic: a batch cut short where a complete read ends lost its end to retention.
      if (complete && this.unread.length > (this.ends.at(-1) ?? 0)) this.ends.push(this.unread.length);
      this.handSoon();
      if (next) continue;
      if (count === 1 && entries.length > 0) {
        // News: the replies of this turn's appends tell which entries after it are this node's, before reading on.
        blocking = false;
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else if (complete) blocking = true;
    }
  }

  /** Steps the tail over the entries that come next and are this node's own appends: they need no reading. */
  private stepOverOwn(): void {
    for (;;) {
      const range = this.ownRanges[0];
      if (!range || range.first > this.readSeq + 1) return;
      this.ownRanges.shift();
      if (range.last <= this.readSeq) continue;
      for (let seq = this.readSeq + 1; seq <= range.last; seq++) this.unread.push(seq, ownEntry);
      this.readSeq = range.last;
      this.ends.push(this.unread.length);
    }
  }

  private handSoon(): void {
    if (this.ends.length > 0 && !this.handing) {
      this.handing = true;
      // After this turn's I/O: this node's own appends answered in the same turn are then matched by seq, not decoded.
      setImmediate(() => this.hand());
    }
  }

  /**
   * Hands the complete batches read so far to the listeners, batch by batch in log order, and wakes the appends they
   * complete.
   */
  private hand(): void {
    this.handing = false;
    const ends = this.ends;
    if (ends.length === 0) return;
    const unread = this.unread;
    this.unread = unread.slice(ends.at(-1));
    this.ends = [];
    let start = 0;
    for (const end of ends) {
      const events: AnyStoredEvent[] = [];
      for (let i = start; i < end; i += 2) {
        const seq = unread[i] as number;
        const own = this.own.get(seq);
        if (own) this.own.delete(seq);
        const fields = unread[i + 1] as Buffer[] | typeof ownEntry;
        if (!own && fields === ownEntry) throw new Error(`The log's tail stepped over seq ${seq} as this node's, but it is not`);
        events.push(own ?? this.toEvent(seq, fields!));
      }
      start = end;
      this.delivered = events.at(-1)!.seq;
      for (const listener of this.listeners) {
        try {
          listener(events);
        } catch (error) {
          this.report(error as Error);
        }
      }
    }
    // Own events the tail will never read (retention removed them first) must not pile up.
    for (const seq of this.own.keys()) {
      if (seq > this.delivered) break;
      this.own.delete(seq);
    }
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (waiter.seq <= this.delivered) waiter.resolve();
      else this.waiters.push(waiter);
    }
  }

  private untilDelivered(seq: number, what: string): Promise<void> {
    if (seq <= this.delivered) return Promise.resolve();
    if (this.stopped) return Promise.reject(new Error('The event log is closed'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        seq,
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(
          new EventError(
            'UNAVAILABLE',
            `Redis at ${this.address} does not answer the log's tail: ${what} within ${this.commandTimeoutMs} ms; a retry with the same dedupKeys is safe`,
          ),
        );
      }, this.commandTimeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Runs a command, turning Redis being away into UNAVAILABLE. */
  private async command<T>(what: 'read' | 'trim', run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.unavailable(error, what);
    }
  }

  private reset(): EventError {
    return new EventError('UNAVAILABLE', `The Redis log at ${this.address} was reset (new epoch); restart this node`);
  }

  private unavailable(error: unknown, what: 'append' | 'read' | 'trim'): Error {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.startsWith('VIGILEPOCH')) return this.reset();
    const replied = error instanceof Error && error.name === 'ReplyError';
    if (replied && !refusedUnrun.test(reason)) return new Error(`The Redis event log could not ${what}: ${reason}`, { cause: error });
    const unrun = replied || neverSent.test(reason);
    const outcome =
      what !== 'append'
        ? ''
        : unrun
          ? '; nothing of the batch was stored'
          : '; the batch may have been stored: a retry with the same dedupKeys is safe';
    return new EventError('UNAVAILABLE', `Redis at ${this.address} does not answer: ${reason}${outcome}`);
  }

  private report(error: Error): void {
    if (error.message === this.lastReported) return;
    this.lastReported = error.message;
    this.onError(error);
  }

  /** Waits for the appends in flight (their listeners run), then stops the tail and closes both connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      this.stopped = true;
      this.wakeTail?.();
      this.tailConnection.disconnect();
      await this.tailing;
      for (const waiter of this.waiters) waiter.reject(new Error('The event log is closed'));
      this.waiters = [];
      this.listeners.clear();
      await this.commands.quit().catch(() => this.commands.disconnect());
    })();
    return this.closing;
  }
}
