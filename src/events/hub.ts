import type { GraphQLError } from 'graphql';
import { vigilError } from '../errors.ts';
import { type AnyStoredEvent, type StreamName, priorityRank } from './envelope.ts';

/** What a subscriber listens to: one stream (optionally one partition key), or every HIGH/CRITICAL event. */
export type Topic = { stream: StreamName; key?: string | null } | { stream: 'notifications' };

export interface SubscribeOptions {
  /** Extra per-subscriber filter on top of the topic (e.g. chat channel + server). */
  accept?: (event: AnyStoredEvent) => boolean;
  /** Most events held for a subscriber that does not keep up. */
  maxQueue?: number;
}

export const notificationMinRank = priorityRank.HIGH;

interface Waiter {
  resolve: (result: IteratorResult<AnyStoredEvent>) => void;
  reject: (error: GraphQLError) => void;
}

/** One live subscription: a bounded queue drained by an async iterator. */
class Subscriber implements AsyncIterableIterator<AnyStoredEvent> {
  private readonly queue: AnyStoredEvent[] = [];
  private waiter: Waiter | null = null;
  private failure: GraphQLError | null = null;
  private done = false;

  constructor(
    private readonly maxQueue: number,
    readonly accept: ((event: AnyStoredEvent) => boolean) | undefined,
    private readonly detach: () => void,
  ) {}

  push(event: AnyStoredEvent): void {
    if (this.done) return;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ value: event, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueue) {
      this.end(vigilError('SLOW_CONSUMER', `Subscriber fell more than ${this.maxQueue} events behind and was ended; resubscribe to continue`));
      return;
    }
    this.queue.push(event);
  }

  /** Ends the stream: after the queued events when `error` is absent, at once with `error` otherwise. */
  end(error?: GraphQLError): void {
    if (this.done) return;
    this.done = true;
    this.detach();
    if (error) {
      this.queue.length = 0;
      this.failure = error;
    }
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      if (this.failure) {
        const failure = this.failure;
        this.failure = null;
        waiter.reject(failure);
      } else waiter.resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<AnyStoredEvent>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise<IteratorResult<AnyStoredEvent>>((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<AnyStoredEvent>> {
    this.end();
    this.queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function bucketOf(stream: string, key: string | null | undefined): string {
  return key == null ? `${stream}\u0000*` : `${stream}\u0000${key}`;
}

/**
 * The one fan-out seam: every live event reaches subscribers through `publish`, and subscribers are indexed by
 * (stream, key) so an event touches only the subscribers that can want it.
 */
export class FanoutHub {
  private readonly buckets = new Map<string, Set<Subscriber>>();
  private count = 0;

  constructor(private readonly defaultMaxQueue = 1_000) {}

  get subscriberCount(): number {
    return this.count;
  }

  subscribe(topic: Topic, options: SubscribeOptions = {}): AsyncIterableIterator<AnyStoredEvent> {
    const bucket = bucketOf(topic.stream, 'key' in topic ? topic.key : null);
    let set = this.buckets.get(bucket);
    if (!set) this.buckets.set(bucket, (set = new Set()));
    const members = set;
    const subscriber = new Subscriber(options.maxQueue ?? this.defaultMaxQueue, options.accept, () => {
      members.delete(subscriber);
      this.count--;
      if (members.size === 0 && this.buckets.get(bucket) === members) this.buckets.delete(bucket);
    });
    members.add(subscriber);
    this.count++;
    return subscriber;
  }

  publish(events: readonly AnyStoredEvent[]): void {
    for (const event of events) {
      this.deliver(this.buckets.get(bucketOf(event.stream, event.key)), event);
      this.deliver(this.buckets.get(bucketOf(event.stream, null)), event);
      if (priorityRank[event.priority] >= notificationMinRank) this.deliver(this.buckets.get(bucketOf('notifications', null)), event);
    }
  }

  /** Ends every subscription, letting each drain what it already holds (graceful shutdown). */
  close(): void {
    for (const set of [...this.buckets.values()]) for (const subscriber of [...set]) subscriber.end();
  }

  private deliver(set: Set<Subscriber> | undefined, event: AnyStoredEvent): void {
    if (!set) return;
    for (const subscriber of set) {
      if (!subscriber.accept || subscriber.accept(event)) subscriber.push(event);
    }
  }
}
