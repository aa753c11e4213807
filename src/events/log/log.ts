import { encodeCursor } from '../cursor.ts';
import type { AnyEventDraft, AnyStoredEvent, StreamName } from '../envelope.ts';

export interface ReadQuery {
  /** Only these streams; all streams when absent. */
  streams?: readonly StreamName[];
  /** Only events with this partition key (serverId, mapId, channel, ticket id: see EventDraft.key). */
  key?: string;
  serverId?: string;
  /** Only events at or above this priority rank. */
  minPriorityRank?: number;
  /** Exclusive lower bound on seq. */
  afterSeq?: number;
  limit: number;
  /** "newest" reads the last `limit` matching events (returned oldest first). */
  from?: 'oldest' | 'newest';
}

/** How long each stream keeps its events: by age and by count, whichever removes more. */
export type RetentionPolicy = Record<StreamName, { maxAgeMs: number; maxCount: number }>;

export interface ReadResult {
  events: AnyStoredEvent[];
  /** The log's last seq when the read happened: the read is consistent with this position. */
  head: number;
}

export interface AppendOutcome {
  event: AnyStoredEvent;
  /** True when a draft's dedupKey matched an event already stored: nothing new was written. */
  duplicate: boolean;
}

export type AppendListener = (events: readonly AnyStoredEvent[]) => void;

/** The durable, ordered event log. Embedded: SQLite. Scaled: Redis. (docs/ARCHITECTURE.md: the event path, step 2) */
export interface EventLog {
  /** Which engine holds the log: the embedded SQLite file, or Redis shared by several nodes. */
  readonly engine: 'sqlite' | 'redis';
  /** Changes whenever the log is created anew; cursors from another epoch cannot be served. */
  readonly epoch: string;
  /** Stores a batch atomically (all or nothing) and resolves once it is durable. */
  append(drafts: readonly AnyEventDraft[]): Promise<AppendOutcome[]>;
  read(query: ReadQuery): Promise<ReadResult>;
  head(): Promise<number>;
  /** Events retained per stream, where the engine knows it cheaply (Redis); absent otherwise. */
  retained?(): Promise<Record<StreamName, number>>;
  /**
   * The highest seq retention has removed from any of these streams (0 if none): a cursor below it can no longer be
   * replayed completely.
   */
  trimmedThrough(streams: readonly StreamName[]): Promise<number>;
  /** Applies retention; returns how many events were removed per stream. */
  trim(retention: RetentionPolicy, now?: number): Promise<Partial<Record<StreamName, number>>>;
  /**
   * Called with every batch of newly stored events, in log order, after it is durable: on a shared log, the events
   * every node appends. An append resolves only after its own events went through the listeners (on a shared log, or
   * once they are durable and the node could not read them back within its timeout: the listeners get them later).
   */
  onAppend(listener: AppendListener): () => void;
  /**
   * Resolves with a seq once every event the log held when it was called has gone through the append listeners
   * (on a shared log, also those other nodes appended): state read after it reflects everything acknowledged before.
   */
  caughtUp(): Promise<number>;
  close(): Promise<void>;
}

/** A dedupKey already names a different event from the same server. */
export class DedupConflictError extends Error {
  override name = 'DedupConflictError';
  constructor(
    readonly serverId: string,
    readonly dedupKey: string,
    /** The event the key was first used for (retention may have removed it since). */
    readonly existing: { id: string; cursor: string },
  ) {
    super(`dedupKey "${dedupKey}" of server "${serverId}" was already used for a different event (${existing.id})`);
  }
}

/**
 * One shape for every stored event, built from its draft once the log has assigned its place: what `read` parses back
 * from either engine, whatever else the draft carried.
 */
export function storedEventOf(epoch: string, draft: AnyEventDraft, id: string, seq: number, occurredAt: Date, receivedAt: Date): AnyStoredEvent {
  return {
    id,
    seq,
    cursor: encodeCursor({ epoch, seq }),
    stream: draft.stream,
    type: draft.type,
    serverId: draft.serverId,
    key: draft.key,
    occurredAt,
    receivedAt,
    priority: draft.priority,
    payload: draft.payload,
    dedupKey: draft.dedupKey ?? null,
  } as AnyStoredEvent;
}
