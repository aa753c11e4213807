import { type BackoffPolicy, backoffDelay, defaultBackoff } from './backoff.ts';
import { RecentKeys } from './bounded.ts';
import type { Reachability } from './probe.ts';

/** What the indicator shows: following live, waiting to reconnect, or reloading state after a ResyncRequired. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'resyncing' | 'failed' | 'stopped';

/** The envelope fields the follower needs from every event. */
export interface StreamEvent {
  id: string;
  cursor: string;
}

/** One message of a feed: an event, or the server's word that the cursor cannot be resumed from. */
export type FeedMessage<E> = { kind: 'event'; event: E } | { kind: 'resync'; reason: string; message: string };

export interface FeedFailure {
  message: string;
  /** The GraphQL error's `extensions.code`, when the server sent one. */
  code: string | null;
  /** False when trying again cannot help (bad or expired credentials, a role that may not read the stream). */
  retryable: boolean;
}

export interface FeedSink<E> {
  /** The server has accepted the subscription: it is live from here on. */
  open(): void;
  next(message: FeedMessage<E>): void;
  error(failure: FeedFailure): void;
  complete(): void;
}

/** State consistent with a log position: subscribe `after` its cursor to follow on with no gap. */
export interface Snapshot<S> {
  state: S;
  cursor: string;
}

/** A stream as a page sees it: how to load its state, follow it after a cursor, and fold events into the state. */
export interface LiveFeed<S, E extends StreamEvent> {
  /** Loads state and its cursor; rejects with a FeedFailure (or any error, taken as retryable). */
  load(): Promise<Snapshot<S>>;
  /** Follows the stream after `after`; returns a function that stops it. */
  subscribe(after: string, sink: FeedSink<E>): () => void;
  /** Folds a batch of new events, oldest first, into the state. Must not mutate `state`. */
  apply(state: S, events: readonly E[]): S;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface FollowerOptions {
  backoff?: BackoffPolicy;
  random?: () => number;
  clock?: Clock;
  /** Runs `flush` once before the next paint (requestAnimationFrame in the browser); returns a cancel function. */
  scheduleFlush?: (flush: () => void) => () => void;
  /** A subscription that stays up this long resets the backoff. */
  stableAfterMs?: number;
  /** How many recent event ids are remembered to drop a redelivery. */
  dedupCapacity?: number;
  /** Called once when the stream fails for good (e.g. TOKEN_EXPIRED). */
  onFatal?: (failure: FeedFailure) => void;
  /** Tells a reconnecting stream that the hub answers again: it then retries within `backSpreadMs`, backoff reset. */
  reachability?: Reachability;
  /** How widely (ms, uniformly random) the streams told the hub is back spread their retries. */
  backSpreadMs?: number;
}

export interface FollowerView<S> {
  /** Null until the first load succeeds. */
  state: S | null;
  status: LiveStatus;
  /** Cursor of the last event applied, or of the loaded state: where a reconnect resumes. */
  cursor: string | null;
  /** Why the last attempt failed, while reconnecting or failed. */
  error: string | null;
  /** When the next attempt is due (clock time in ms), while reconnecting. */
  retryAt: number | null;
  /** Events applied since the last load. */
  applied: number;
  /** Deliveries dropped because their event had already been applied. */
  duplicates: number;
  /** Reconnects scheduled since start. */
  reconnects: number;
}

function toFailure(error: unknown): FeedFailure {
  if (error && typeof error === 'object' && 'retryable' in error && 'message' in error) return error as FeedFailure;
  return { message: error instanceof Error ? error.message : String(error), code: null, retryable: true };
}

const timerFlush = (flush: () => void) => {
  const handle = setTimeout(flush, 16);
  return () => clearTimeout(handle);
};

/**
 * Loads a stream's state, then follows it after the state's cursor. Events are folded in at most once per
 * `scheduleFlush` (one animation frame); a dropped stream is resumed from the last cursor received after an
 * exponential, jittered backoff; a ResyncRequired reloads the state. Stale callbacks of an earlier attempt are
 * ignored by generation, so no event is applied twice.
 */
/** What a follower shows before its first snapshot arrives. */
export const initialFollowerView: FollowerView<never> = {
  state: null,
  status: 'connecting',
  cursor: null,
  error: null,
  retryAt: null,
  applied: 0,
  duplicates: 0,
  reconnects: 0,
};

export class StreamFollower<S, E extends StreamEvent> {
  private view: FollowerView<S> = initialFollowerView;
  private readonly listeners = new Set<() => void>();
  private readonly seen: RecentKeys;
  private readonly clock: Clock;
  private pending: E[] = [];
  /** Cursor of the last event received (applied or pending). */
  private cursor: string | null = null;
  private needsLoad = true;
  private attempt = 0;
  private generation = 0;
  private stopSubscription: (() => void) | null = null;
  private retryTimer: unknown = null;
  private stableTimer: unknown = null;
  private cancelFlush: (() => void) | null = null;
  /** Stops watching the hub's reachability, while a reconnect waits on it. */
  private unwatch: (() => void) | null = null;
  private started = false;
  private stopped = false;

  constructor(
    private readonly feed: LiveFeed<S, E>,
    private readonly options: FollowerOptions = {},
  ) {
    this.seen = new RecentKeys(options.dedupCapacity ?? 10_000);
    this.clock = options.clock ?? systemClock;
  }

  /** The current view; a new object after every change (for useSyncExternalStore). */
  getView = (): FollowerView<S> => this.view;

  /** Calls `listener` after every change; returns a function that removes it. */
  listen = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connect();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.generation++;
    this.teardown();
    this.stopWatching();
    this.cancelFlush?.();
    this.cancelFlush = null;
    this.update({ status: 'stopped', retryAt: null });
  }

  /** Reconnects now instead of waiting out the backoff (e.g. the user clicked "retry"). */
  retryNow(): void {
    if (this.stopped || (this.view.status !== 'reconnecting' && this.view.status !== 'failed')) return;
    this.attempt = 0;
    this.connect();
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  /** The hub answers again: retry soon (spread, so every open dashboard does not come back at once), backoff reset. */
  private hubIsBack = (): void => {
    this.unwatch = null;
    if (this.stopped || this.view.status !== 'reconnecting') return;
    this.attempt = 0;
    const generation = ++this.generation;
    this.teardown();
    const delay = Math.round((this.options.random ?? Math.random)() * (this.options.backSpreadMs ?? 300));
    this.update({ retryAt: this.clock.now() + delay });
    this.retryTimer = this.clock.setTimeout(() => {
      if (generation === this.generation) this.connect();
    }, delay);
  };

  private update(change: Partial<FollowerView<S>>): void {
    this.view = { ...this.view, ...change };
    for (const listener of [...this.listeners]) listener();
  }

  private teardown(): void {
    const stop = this.stopSubscription;
    this.stopSubscription = null;
    stop?.();
    if (this.retryTimer !== null) this.clock.clearTimeout(this.retryTimer);
    if (this.stableTimer !== null) this.clock.clearTimeout(this.stableTimer);
    this.retryTimer = this.stableTimer = null;
  }

  private connect(): void {
    if (this.stopped) return;
    const generation = ++this.generation;
    this.teardown();
    if (!this.needsLoad && this.cursor !== null) {
      this.follow(this.cursor, generation);
      return;
    }
    this.update({ status: this.view.state === null ? 'connecting' : 'resyncing', retryAt: null });
    this.feed.load().then(
      (snapshot) => {
        if (generation !== this.generation) return;
        this.needsLoad = false;
        this.pending = [];
        this.cancelFlush?.();
        this.cancelFlush = null;
        this.seen.clear();
        this.cursor = snapshot.cursor;
        this.update({ state: snapshot.state, cursor: snapshot.cursor, applied: 0, error: null });
        this.follow(snapshot.cursor, generation);
      },
      (error: unknown) => {
        if (generation === this.generation) this.fail(toFailure(error));
      },
    );
  }

  private follow(after: string, generation: number): void {
    // The status says what it said (connecting, reconnecting, resyncing) until the server accepts the subscription.
    this.update({ retryAt: null });
    const current = () => generation === this.generation;
    const live = () => {
      if (this.view.status === 'live') return;
      this.stopWatching();
      this.update({ status: 'live', error: null });
    };
    const stop = this.feed.subscribe(after, {
      open: () => {
        if (current()) live();
      },
      next: (message) => {
        if (!current()) return;
        live();
        if (message.kind === 'resync') {
          // Whatever arrived before stays visible until the reload replaces it.
          this.flush();
          this.needsLoad = true;
          this.update({ error: `${message.reason}: ${message.message}` });
          this.connect();
          return;
        }
        const { event } = message;
        this.attempt = 0;
        if (!this.seen.add(event.id)) {
          this.view = { ...this.view, duplicates: this.view.duplicates + 1 };
          return;
        }
        this.cursor = event.cursor;
        this.pending.push(event);
        this.cancelFlush ??= (this.options.scheduleFlush ?? timerFlush)(() => {
          this.cancelFlush = null;
          this.flush();
        });
      },
      error: (failure) => {
        if (current()) this.fail(failure);
      },
      complete: () => {
        if (current()) this.fail({ message: 'The server ended the stream', code: null, retryable: true });
      },
    });
    if (!current()) {
      // The subscription failed synchronously and a retry is already scheduled.
      stop();
      return;
    }
    this.stopSubscription = stop;
    this.stableTimer = this.clock.setTimeout(() => {
      if (current()) this.attempt = 0;
    }, this.options.stableAfterMs ?? 5_000);
  }

  private flush(): void {
    if (this.pending.length === 0 || this.view.state === null) return;
    const batch = this.pending;
    this.pending = [];
    this.update({ state: this.feed.apply(this.view.state, batch), cursor: this.cursor, applied: this.view.applied + batch.length });
  }

  private fail(failure: FeedFailure): void {
    const generation = ++this.generation;
    this.teardown();
    if (!failure.retryable) {
      this.flush();
      this.stopWatching();
      this.update({ status: 'failed', error: failure.message, retryAt: null });
      this.options.onFatal?.(failure);
      return;
    }
    const delay = backoffDelay(this.attempt++, this.options.random, this.options.backoff ?? defaultBackoff);
    if (this.unwatch === null && this.options.reachability) this.unwatch = this.options.reachability.watch(this.hubIsBack);
    this.update({ status: 'reconnecting', error: failure.message, retryAt: this.clock.now() + delay, reconnects: this.view.reconnects + 1 });
    this.retryTimer = this.clock.setTimeout(() => {
      if (generation === this.generation) this.connect();
    }, delay);
  }
}
