import { type AnyStoredEvent, priorityRank, type StreamName } from './envelope.ts';
import { EventError } from './errors.ts';

/** What a subscriber listens to: one stream (optionally one partition key), or every HIGH/CRITICAL event. */
export type Topic = { stream: StreamName; key?: string | null } | { stream: 'notifications' };

export interface QueueLimits {
  /** Most events held for a subscriber that does not keep up. */
  maxEvents: number;
  /** Most bytes (approximate encoded size) held for a subscriber that does not keep up. */
  maxBytes: number;
}

export interface SubscribeOptions {
  /** Extra per-subscriber filter on top of the topic (e.g. chat channel + server). */
  accept?: (event: AnyStoredEvent) => boolean;
  /** Conflating streams: when the queue is full, keep only the latest event per this key instead of ending. */
  conflateBy?: (event: AnyStoredEvent) => string;
  /** Start in catch-up mode: the subscriber is replaying the log and may drop what overflows (the log has it). */
  catchingUp?: boolean;
  /** Called, synchronously, whenever something is queued or the queue ends: a push-based reader takes it from here. */
  onReady?: () => void;
  /**
   * Offered each event while nothing is queued: a push-based reader with room takes it at once (returns true), and
   * the event never enters the queue.
   */
  take?: (event: AnyStoredEvent) => boolean;
}

export const notificationMinRank = priorityRank.HIGH;

/** What the hub counts per topic stream, for metrics: plain numbers, bumped where it happens. */
export interface TopicCounters {
  /** Subscribers ended with SLOW_CONSUMER. */
  slowConsumers: number;
  /** Events a conflating queue dropped for a newer one of the same key. */
  conflated: number;
}

/** A conflating reader is ended only when it holds more distinct keys than this many times the event bound. */
const maxConflatedFactor = 10;

const encodedSizes = new WeakMap<AnyStoredEvent, number>();

/** Approximate wire size of an event, computed once per event however many subscribers hold it. */
function encodedSize(event: AnyStoredEvent): number {
  let size = encodedSizes.get(event);
  if (size === undefined) {
    size = JSON.stringify(event.payload).length + 320;
    encodedSizes.set(event, size);
  }
  return size;
}

/**
 * One subscriber's bounded queue between the hub and its connection. Live, an overflow ends the subscriber with
 * SLOW_CONSUMER (or, for conflating streams, first keeps only the latest event per key). While catching up from the
 * log, an overflow just drops the buffer and raises `overflowed`: the reader then re-reads the log.
 *
 * The bound applies to what was queued before the batch being published: a reader had no chance to take any of one
 * atomic batch, so a batch larger than the bound must not end a reader that keeps up. Beyond the bound a queue holds
 * at most that one batch, whose events every subscriber shares.
 */
export class LiveQueue {
  catchingUp: boolean;
  overflowed = false;
  private events: AnyStoredEvent[] = [];
  private bytes = 0;
  /** The batch being published when the queue last grew, and what it held before that batch. */
  private batch = -1;
  private carriedEvents = 0;
  private carriedBytes = 0;
  /**
   * Where the queue counts as full: the configured bound, raised for a conflating queue to twice what its last
   * conflation kept, so conflating stays O(1) per event.
   */
  private fullAtEvents: number;
  private fullAtBytes: number;
  private wake: (() => void) | null = null;
  private endedWith: EventError | 'completed' | null = null;

  constructor(
    private readonly limits: QueueLimits,
    readonly accept: ((event: AnyStoredEvent) => boolean) | undefined,
    private readonly conflateBy: ((event: AnyStoredEvent) => string) | undefined,
    catchingUp: boolean,
    private readonly detach: () => void,
    private readonly onReady?: () => void,
    private readonly take?: (event: AnyStoredEvent) => boolean,
    private readonly counters: TopicCounters = { slowConsumers: 0, conflated: 0 },
  ) {
    this.catchingUp = catchingUp;
    this.fullAtEvents = limits.maxEvents;
    this.fullAtBytes = limits.maxBytes;
  }

  get ended(): EventError | 'completed' | null {
    return this.endedWith;
  }

  get size(): number {
    return this.events.length;
  }

  /** Queues `event` of the published batch number `batch`. */
  push(event: AnyStoredEvent, batch: number): void {
    if (this.endedWith) return;
    if (this.events.length === 0 && this.take?.(event)) return;
    if (batch !== this.batch) {
      this.batch = batch;
      this.carriedEvents = this.events.length;
      this.carriedBytes = this.bytes;
    }
    if (this.isFull()) {
      if (this.catchingUp) {
        this.clear();
        this.overflowed = true;
      } else if (this.conflateBy) {
        this.conflate();
        // Conflated, a queue holds one event per key (entity, server): only absurdly many keys end the reader.
        if (this.events.length > maxConflatedFactor * this.limits.maxEvents) return this.end(this.slowConsumer());
      } else {
        return this.end(this.slowConsumer());
      }
    }
    this.events.push(event);
    this.bytes += encodedSize(event);
    this.notify();
  }

  /**
   * Takes the oldest queued event. The reader takes one at a time, so an event counts against the bound until the
   * reader has actually taken it: a stalled reader holds at most the bound, not the bound plus what it took last.
   */
  shift(): AnyStoredEvent | undefined {
    const event = this.events.shift();
    if (!event) return undefined;
    if (this.events.length === 0) {
      this.fullAtEvents = this.limits.maxEvents;
      this.fullAtBytes = this.limits.maxBytes;
    }
    const size = encodedSize(event);
    this.bytes -= size;
    // The oldest events are the ones carried over from before the current batch.
    if (this.carriedEvents > 0) {
      this.carriedEvents--;
      this.carriedBytes = Math.max(0, this.carriedBytes - size);
    }
    return event;
  }

  private clear(): void {
    this.events = [];
    this.bytes = 0;
    this.carriedEvents = 0;
    this.carriedBytes = 0;
  }

  /** Resolves when something is queued or the queue ends. */
  wait(): Promise<void> {
    if (this.events.length > 0 || this.endedWith) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Ends the queue: after what is queued when `error` is absent, at once with `error` otherwise. */
  end(error?: EventError): void {
    if (this.endedWith) return;
    this.endedWith = error ?? 'completed';
    if (error) this.clear();
    this.detach();
    this.notify();
  }

  /** Whether what the reader left queued before the current batch reaches the bound. */
  private isFull(): boolean {
    return this.carriedEvents >= this.fullAtEvents || this.carriedBytes > this.fullAtBytes;
  }

  /** Keeps the latest queued event per conflation key, in log order. */
  private conflate(): void {
    const latest = new Map<string, AnyStoredEvent>();
    for (const event of this.events) {
      const key = this.conflateBy!(event);
      latest.delete(key);
      latest.set(key, event);
    }
    this.counters.conflated += this.events.length - latest.size;
    this.events = [...latest.values()];
    this.bytes = this.events.reduce((sum, event) => sum + encodedSize(event), 0);
    this.carriedEvents = this.events.length;
    this.carriedBytes = this.bytes;
    this.fullAtEvents = Math.max(this.limits.maxEvents, 2 * this.events.length);
    this.fullAtBytes = Math.max(this.limits.maxBytes, 2 * this.bytes);
  }

  private slowConsumer(): EventError {
    this.counters.slowConsumers++;
    return new EventError(
      'SLOW_CONSUMER',
      `Fell more than ${this.limits.maxEvents} events or ${this.limits.maxBytes} bytes behind; resubscribe with your last cursor to continue without loss`,
    );
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
    this.onReady?.();
  }
}

function bucketOf(stream: string, key: string | null | undefined): string {
  return key == null ? `${stream}\u0000*` : `${stream}\u0000${key}`;
}

/**
 * The one fan-out seam (docs/ARCHITECTURE.md, step 4): every live event reaches subscribers through `publish`, and subscribers are indexed by
 * (stream, key) so an event touches only the subscribers that can want it.
 */
export class FanoutHub {
  private readonly buckets = new Map<string, Set<LiveQueue>>();
  private count = 0;
  private batches = 0;
  private closed = false;
  private scheduled: Array<readonly AnyStoredEvent[]> = [];
  /** Per topic stream (a stream, or notifications). */
  readonly counters = new Map<string, TopicCounters>();
  /** performance.now() when the batches published last were scheduled (appended), or null once observed. */
  lastScheduledAt: number | null = null;
  private firstScheduledAt = 0;

  constructor(private readonly limits: QueueLimits = { maxEvents: 1_000, maxBytes: 1_048_576 }) {}

  get subscriberCount(): number {
    return this.count;
  }

  /** The most events any subscriber holds queued right now (read when metrics are scraped, not kept up to date). */
  maxQueueDepth(): number {
    let max = 0;
    for (const set of this.buckets.values()) for (const queue of set) if (queue.size > max) max = queue.size;
    return max;
  }

  private countersOf(stream: string): TopicCounters {
    let counters = this.counters.get(stream);
    if (!counters) this.counters.set(stream, (counters = { slowConsumers: 0, conflated: 0 }));
    return counters;
  }

  subscribe(topic: Topic, options: SubscribeOptions = {}): LiveQueue {
    const bucket = bucketOf(topic.stream, 'key' in topic ? topic.key : null);
    let set = this.buckets.get(bucket);
    if (!set) this.buckets.set(bucket, (set = new Set()));
    const members = set;
    const queue = new LiveQueue(
      this.limits,
      options.accept,
      options.conflateBy,
      options.catchingUp ?? false,
      () => {
        members.delete(queue);
        this.count--;
        if (members.size === 0 && this.buckets.get(bucket) === members) this.buckets.delete(bucket);
      },
      options.onReady,
      options.take,
      this.countersOf(topic.stream),
    );
    members.add(queue);
    this.count++;
    // Shutting down: a subscription that arrives now completes at once instead of going live.
    if (this.closed) queue.end();
    return queue;
  }

  /**
   * Fans out an appended batch off the append's critical path: the producer's acknowledgement waits for the commit,
   * not for delivery. Batches are published in the order they were scheduled, so order per stream stays the log's.
   */
  schedule(events: readonly AnyStoredEvent[]): void {
    this.scheduled.push(events);
    if (this.scheduled.length === 1) {
      this.firstScheduledAt = performance.now();
      setImmediate(this.publishScheduled);
    }
  }

  /** Resolves once every batch scheduled so far has been published. */
  settled(): Promise<void> {
    return this.scheduled.length === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(resolve));
  }

  private readonly publishScheduled = (): void => {
    const batches = this.scheduled;
    this.scheduled = [];
    this.lastScheduledAt = this.firstScheduledAt;
    // Published back to back, these batches are one to a reader: it had no chance to take any of them in between.
    const batch = this.batches++;
    for (const events of batches) this.publish(events, batch);
  };

  /** Fans out one appended batch now. */
  publish(events: readonly AnyStoredEvent[], batch = this.batches++): void {
    for (const event of events) {
      this.deliver(this.buckets.get(bucketOf(event.stream, event.key)), event, batch);
      this.deliver(this.buckets.get(bucketOf(event.stream, null)), event, batch);
      if (priorityRank[event.priority] >= notificationMinRank) this.deliver(this.buckets.get(bucketOf('notifications', null)), event, batch);
    }
  }

  /** Ends every subscription, letting each drain what it already holds (graceful shutdown). */
  close(): void {
    this.closed = true;
    for (const set of [...this.buckets.values()]) for (const queue of [...set]) queue.end();
  }

  private deliver(set: Set<LiveQueue> | undefined, event: AnyStoredEvent, batch: number): void {
    if (!set) return;
    for (const queue of set) {
      if (!queue.accept || queue.accept(event)) queue.push(event, batch);
    }
  }
}
