import type { ExecutionResult, GraphQLError } from 'graphql';
import type { AnyStoredEvent, StoredEvent } from '../events/envelope.ts';
import type { EventError } from '../events/errors.ts';
import { type FeedRequest, type FeedSpec, type ResyncRequired, replayPage, resyncFor, resyncRequired } from '../events/feed.ts';
import type { LiveQueue } from '../events/hub.ts';
import { toClientError } from '../schema/errors.ts';
import type { ConnectionMember, SseConnection } from './connection.ts';
import { type DeliveryGroup, EventPayload } from './group.ts';

/** How a subscription's messages are framed on its connection (distinct mode, or one operation of a single connection). */
export interface Framing {
  next(payload: EventPayload): void;
  /** The operation is over: its `complete` message (distinct mode also ends the response). */
  complete(): void;
}

export interface SubscriptionOptions {
  /** When the viewer's token expires, the stream ends with this error. */
  expiresAt: Date | null;
  at: (at: number, fire: () => void) => () => void;
  tokenExpired: () => GraphQLError;
  /** Masks and redacts an error result before it is sent. */
  finishErrors: (result: ExecutionResult) => ExecutionResult;
  /** Called once when the subscription ends, however it ends: with the error it ended with, if any. */
  onEnd: (error: Error | null) => void;
}

/**
 * One accepted subscription delivered by the hub: with `after`, every retained event after it (in order, exactly once,
 * a page of the log per step, framed and written as one chunk), then live events with no gap. The live queue is
 * opened first and its overlap with the replay is dropped by sequence. Live, the queue calls `pump` synchronously
 * as events arrive: no promise, iterator step or copy per subscriber per event.
 */
export class Subscription implements ConnectionMember {
  private queue!: LiveQueue;
  private live = false;
  private finished = false;
  private last = 0;
  private lastCursor: string | null = null;
  private roomWaiter: (() => void) | null = null;
  private cancelExpiry: (() => void) | null = null;
  private readonly accept: (event: AnyStoredEvent) => boolean;

  constructor(
    private readonly feed: FeedRequest<StoredEvent>,
    private readonly group: DeliveryGroup,
    private readonly connection: SseConnection,
    private readonly framing: Framing,
    private readonly options: SubscriptionOptions,
  ) {
    this.accept = (feed.spec as FeedSpec).accept ?? (() => true);
  }

  start(): void {
    const { spec, after, deps } = this.feed;
    this.connection.members.add(this);
    this.queue = deps.hub.subscribe(spec.topic, {
      accept: spec.accept as FeedSpec['accept'],
      conflateBy: spec.conflateBy as FeedSpec['conflateBy'],
      catchingUp: after !== null,
      onReady: () => this.pump(),
      take: (event) => this.take(event),
    });
    const { expiresAt } = this.options;
    if (expiresAt) this.cancelExpiry = this.options.at(expiresAt.getTime(), () => this.finish(this.options.tokenExpired()));
    if (after === null) {
      this.goLive();
      return;
    }
    this.replay(after).catch((error: unknown) => this.finish(error as Error));
  }

  /** Takes queued events while the connection has room; ends the subscription once its queue has ended. */
  pump(): void {
    if (this.roomWaiter) {
      const wake = this.roomWaiter;
      this.roomWaiter = null;
      wake();
      return;
    }
    if (this.finished || !this.live) return;
    const queue = this.queue;
    if (queue.ended && queue.ended !== 'completed') return this.finish(queue.ended);
    while (queue.size > 0 && this.connection.writable) {
      const event = queue.shift()!;
      if (event.seq <= this.last) continue;
      this.last = event.seq;
      this.lastCursor = event.cursor;
      this.framing.next(this.group.payload(event, event.cursor, true));
    }
    if (queue.ended === 'completed' && queue.size === 0) this.finish(null);
  }

  /** A live event offered while nothing is queued: sent at once when the connection has room. */
  private take(event: AnyStoredEvent): boolean {
    if (!this.live || this.finished || !this.connection.writable) return false;
    if (event.seq > this.last) {
      this.last = event.seq;
      this.lastCursor = event.cursor;
      this.framing.next(this.group.payload(event, event.cursor, true));
    }
    return true;
  }

  /** Ends without a last message: the client went away or stopped the operation. */
  stop(): void {
    this.end();
  }

  private goLive(): void {
    this.queue.catchingUp = false;
    this.live = true;
    this.pump();
  }

  private async replay(after: string): Promise<void> {
    const { log } = this.feed.deps;
    const { spec } = this.feed;
    const start = await resyncFor(log, after, spec.streams);
    if (typeof start !== 'number') return this.resync(start);
    let last = start;
    for (;;) {
      if (this.finished) return;
      this.queue.overflowed = false;
      const { events } = await log.read({ ...spec.history, afterSeq: last, limit: replayPage });
      // Retention may have run since the cursor was checked: trim marks only grow, so one at or below `last` now
      // was there at the read too, and the page follows on from `last` with no gap.
      if ((await log.trimmedThrough(spec.streams)) > last) {
        return this.resync(await resyncRequired(log, 'TRIMMED', 'Retention has removed events after this cursor while they were being replayed'));
      }
      if (this.finished) return;
      for (const event of events) {
        last = event.seq;
        if (!this.accept(event)) continue;
        this.framing.next(this.group.payload(event, event.cursor, false));
        this.lastCursor = event.cursor;
      }
      this.last = last;
      if (this.queue.ended) break;
      // Caught up with the log, unless live events were dropped meanwhile: those are in the log, so read on.
      if (events.length < replayPage && !this.queue.overflowed) break;
      await this.room();
    }
    this.goLive();
  }

  /**
   * Resolves once the page just framed is on its way and the connection takes frames again (or the subscription has
   * ended): a replay holds at most one page of frames, then the socket's bound.
   */
  private async room(): Promise<void> {
    await this.connection.flushed();
    while (!this.finished && !this.connection.writable) await new Promise<void>((resolve) => (this.roomWaiter = resolve));
  }

  private resync(outcome: ResyncRequired): void {
    if (this.finished) return;
    this.framing.next(this.group.payload(outcome, null, false));
    this.finish(null);
  }

  /** Ends with `error` as a last result a client can read (with the cursor to resume from), or with just `complete`. */
  private finish(error: GraphQLError | EventError | Error | null): void {
    if (this.finished) return;
    this.end(error);
    if (error) {
      const result = this.options.finishErrors({ errors: [toClientError(error)] });
      this.framing.next(
        new EventPayload(JSON.stringify(this.lastCursor === null ? result : { ...result, extensions: { cursor: this.lastCursor } }), null),
      );
    }
    this.framing.complete();
  }

  private end(error: Error | null = null): void {
    if (this.finished) return;
    this.finished = true;
    this.cancelExpiry?.();
    this.queue?.end();
    this.connection.members.delete(this);
    const wake = this.roomWaiter;
    this.roomWaiter = null;
    wake?.();
    this.options.onEnd(error);
  }
}
