import { CursorFormatError, decodeCursor, encodeCursor, type LogPosition } from './cursor.ts';
import type { AnyStoredEvent, StoredEvent, StreamName } from './envelope.ts';
import type { FanoutHub, LiveQueue, Topic } from './hub.ts';
import type { EventLog, ReadQuery } from './log/log.ts';

export const resyncReasons = ['UNKNOWN_LOG', 'TRIMMED', 'FUTURE_CURSOR'] as const;
export type ResyncReason = (typeof resyncReasons)[number];

/** The typed outcome of a cursor the log cannot serve: reload state, then subscribe after `cursor`. */
export interface ResyncRequired {
  kind: 'ResyncRequired';
  reason: ResyncReason;
  message: string;
  /** The log's head now: reload state, then resume after it. */
  cursor: string;
}

export type FeedItem = AnyStoredEvent | ResyncRequired;

export function isResyncRequired(item: FeedItem): item is ResyncRequired {
  return (item as ResyncRequired).kind === 'ResyncRequired';
}

/** What a subscription follows (events of type E): a hub topic, the same selection as a log query, and an optional finer filter. */
export interface FeedSpec<E extends StoredEvent = AnyStoredEvent> {
  /** Type-level only: the events this feed carries. */
  readonly carries?: E;
  topic: Topic;
  /** The log query that selects the same events as `topic` (before `accept`), for replay. */
  history: Omit<ReadQuery, 'afterSeq' | 'limit' | 'from'>;
  /** The streams the feed may carry: a cursor trimmed from any of them cannot be served. */
  streams: readonly StreamName[];
  accept?: (event: AnyStoredEvent) => boolean;
  conflateBy?: (event: AnyStoredEvent) => string;
  /**
   * The one viewer a per-viewer feed is for (its `accept` depends on who asks): subscribers of different audiences
   * never share a delivery group, whatever their roles.
   */
  audience?: string | null;
}

/** Events read from the log per replay step. */
export const replayPage = 500;

export async function resyncRequired(log: EventLog, reason: ResyncReason, message: string): Promise<ResyncRequired> {
  return { kind: 'ResyncRequired', reason, message, cursor: encodeCursor({ epoch: log.epoch, seq: await log.head() }) };
}

const trimmedMessage = 'Retention has removed events after this cursor';

/** Where a replay after `after` starts, or the ResyncRequired outcome when the log cannot serve it. */
export async function resyncFor(log: EventLog, after: string, streams: readonly StreamName[]): Promise<ResyncRequired | number> {
  let position: LogPosition;
  try {
    position = decodeCursor(after);
  } catch (error) {
    if (error instanceof CursorFormatError) return resyncRequired(log, 'UNKNOWN_LOG', error.message);
    throw error;
  }
  if (position.epoch !== log.epoch) return resyncRequired(log, 'UNKNOWN_LOG', 'The cursor belongs to another event log (it was wiped or replaced)');
  const head = await log.head();
  if (position.seq > head) return resyncRequired(log, 'FUTURE_CURSOR', `The cursor is ahead of the log (at ${head})`);
  if (position.seq < (await log.trimmedThrough(streams))) return resyncRequired(log, 'TRIMMED', trimmedMessage);
  return position.seq;
}

/** A partition-keyed stream: all of `stream`, or only events whose key (serverId, mapId, channel) is `key`. */
export function keyedFeed<S extends StreamName>(
  stream: S,
  key: string | null | undefined,
  extra: Pick<FeedSpec, 'accept' | 'conflateBy'> = {},
): FeedSpec<StoredEvent<S>> {
  return { topic: { stream, key: key ?? null }, history: { streams: [stream], key: key ?? undefined }, streams: [stream], ...extra };
}

export interface FeedDeps {
  log: EventLog;
  hub: FanoutHub;
}

/**
 * What a subscription resolver returns: the feed to follow and where to start. Vigil's delivery opens it itself
 * (push-based, below any iterator); anything else iterating it gets `openFeed`.
 */
export class FeedRequest<E extends StoredEvent = AnyStoredEvent> implements AsyncIterable<E | ResyncRequired> {
  constructor(
    readonly deps: FeedDeps,
    readonly spec: FeedSpec<E>,
    /** The cursor to resume after, or null to start live. */
    readonly after: string | null,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<E | ResyncRequired> {
    return openFeed(this.deps, this.spec as FeedSpec<StoredEvent>, this.after) as AsyncIterator<E | ResyncRequired>;
  }
}

/**
 * A subscription's events: with `after`, every retained event after it (in order, exactly once) and then live
 * events with no gap; the live queue is opened first and its overlap with the replay is dropped by sequence.
 */
export function openFeed(deps: FeedDeps, spec: FeedSpec<StoredEvent>, after: string | null | undefined): AsyncIterableIterator<FeedItem> {
  const queue: LiveQueue = deps.hub.subscribe(spec.topic, { accept: spec.accept, conflateBy: spec.conflateBy, catchingUp: after != null });
  const accept = spec.accept ?? (() => true);

  async function* run(): AsyncGenerator<FeedItem, void, undefined> {
    let last = 0;
    if (after != null) {
      const start = await resyncFor(deps.log, after, spec.streams);
      if (typeof start !== 'number') {
        queue.end();
        yield start;
        return;
      }
      last = start;
      for (;;) {
        queue.overflowed = false;
        const { events } = await deps.log.read({ ...spec.history, afterSeq: last, limit: replayPage });
        // Retention may have run since the cursor was checked: trim marks only grow, so one at or below `last` now
        // was there at the read too, and the page follows on from `last` with no gap.
        if ((await deps.log.trimmedThrough(spec.streams)) > last) {
          queue.end();
          yield await resyncRequired(deps.log, 'TRIMMED', `${trimmedMessage} while they were being replayed`);
          return;
        }
        for (const event of events) {
          last = event.seq;
          if (accept(event)) yield event;
          if (queue.ended) return;
        }
        // Caught up with the log, unless live events were dropped meanwhile: those are in the log, so read on.
        if (events.length < replayPage && !queue.overflowed) break;
      }
      queue.catchingUp = false;
    }
    for (;;) {
      const event = queue.shift();
      if (event) {
        if (event.seq <= last) continue;
        last = event.seq;
        yield event;
        continue;
      }
      const ended = queue.ended;
      if (ended === 'completed') return;
      if (ended) throw ended;
      await queue.wait();
    }
  }

  const generator = run();
  return {
    next: () => generator.next(),
    // Ending the queue first wakes a generator parked in queue.wait(), so return() settles at once.
    return: async () => {
      queue.end();
      return generator.return(undefined);
    },
    throw: (error: unknown) => generator.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
