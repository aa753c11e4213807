import { type EventFamily, ProducerError, type ProducerIssue } from './errors.ts';
import type { ProducerSettings } from './options.ts';
import type { Outbox } from './outbox.ts';
import type { Outcome } from './outcome.ts';
import type { StoredEvent } from './wire.ts';

export interface ProducerStats {
  /** Events held now: waiting, in flight or being retried. */
  queued: number;
  /** Events the hub has acknowledged as stored. */
  sent: number;
  /** Events sent again because their request failed or a neighbour in it was refused (counted per resend). */
  retried: number;
  /** Events that will not be stored: refused by the hub, queue full, closed, or retries exhausted. */
  failed: number;
  /** Ingest requests made. */
  requests: number;
}

/** One event held by the queue until the hub stores or refuses it. */
export interface Pending {
  id: number;
  family: EventFamily;
  dedupKey: string;
  /** The `IngestEvent` element, serialized once and sent as is on every attempt so a retry is byte-identical. */
  json: string;
  bytes: number;
  /** Counts every map update as one event, as the hub does. */
  weight: number;
  enqueuedAt: number;
  attempts: number;
  /** Attempts the hub refused for its rate limit: they do not count toward retry.maxAttempts. */
  throttled: number;
  outboxSeq: number | null;
  done: Promise<StoredEvent[]>;
  resolve(events: StoredEvent[]): void;
  reject(error: ProducerError): void;
}

/** Where the queue sends a batch: one request, judged. */
export interface BatchSender {
  send(batch: readonly Pending[]): Promise<Outcome>;
  /** Abandons the request in flight; the queue is closing for good. */
  abort(): void;
}

type QueueSettings = Pick<ProducerSettings, 'flushIntervalMs' | 'maxBatchEvents' | 'maxBatchBytes' | 'retry' | 'onFailed' | 'onRetry'>;

const weightOf = (items: readonly Pending[]) => items.reduce((sum, item) => sum + item.weight, 0);

/**
 * The producer's events in the order given, sent as batches one request at a time (a request always takes a
 * prefix, so order holds), with the retry schedule: exponential backoff with jitter, the hub's retry-after, smaller
 * batches when the hub says a request was too large or a refusal names no event.
 */
export class EventQueue {
  private queue: Pending[] = [];
  private queuedWeight = 0;
  private nextId = 1;
  private sending = false;
  private lingerTimer: NodeJS.Timeout | null = null;
  private backoffTimer: NodeJS.Timeout | null = null;
  private consecutiveFailures = 0;
  /** Lowered, for good, when the hub says a request was too large. */
  private eventCap: number;
  private byteCap: number;
  /** One request of at most this many events, to find which event a content error is about. */
  private isolateNext: number | null = null;
  /** Events up to this id leave without waiting for the flush interval (flush, close). */
  private flushThrough = 0;
  private phase: 'open' | 'closing' | 'closed' = 'open';
  private idleWaiters: Array<() => void> = [];
  private readonly counters = { sent: 0, retried: 0, failed: 0, requests: 0 };

  constructor(
    private readonly settings: QueueSettings,
    private readonly sender: BatchSender,
    private readonly outbox: Outbox | null,
  ) {
    this.eventCap = settings.maxBatchEvents;
    this.byteCap = settings.maxBatchBytes;
  }

  /** Events held: waiting, in flight or being retried. */
  get queued(): number {
    return this.queuedWeight;
  }

  /** True once close has begun: nothing new may be pushed. */
  get closing(): boolean {
    return this.phase !== 'open';
  }

  get closed(): boolean {
    return this.phase === 'closed';
  }

  stats(): ProducerStats {
    return { queued: this.queuedWeight, ...this.counters };
  }

  /** Queues one serialized element; resolves with its stored events once the hub stores it, rejects once it never will. */
  push(family: EventFamily, dedupKey: string, json: string, weight: number, outboxSeq: number | null): Promise<StoredEvent[]> {
    let settle!: Pick<Pending, 'resolve' | 'reject'>;
    const done = new Promise<StoredEvent[]>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined);
    this.queue.push({
      id: this.nextId++,
      family,
      dedupKey,
      json,
      bytes: Buffer.byteLength(json) + 1,
      weight,
      enqueuedAt: Date.now(),
      attempts: 0,
      throttled: 0,
      outboxSeq,
      done,
      ...settle,
    });
    this.queuedWeight += weight;
    this.schedule();
    return done;
  }

  /** Counts an event refused before it was queued (closed, queue full, not serializable) and reports it. */
  refuse(error: ProducerError, weight: number): void {
    this.counters.failed += weight;
    this.settings.onFailed(error);
  }

  /** Sends everything queued so far without waiting for the flush interval; resolves once each is stored or failed. */
  async flush(): Promise<void> {
    const targets = this.queue.map((pending) => pending.done);
    this.flushThrough = this.nextId - 1;
    this.schedule();
    await Promise.allSettled(targets);
  }

  /**
   * Sends what is queued and resolves once all of it is stored or failed, or, with `timeoutMs`, after that long: then
   * what is left fails with CLOSED. Resolves with how many events were abandoned so.
   */
  async close(timeoutMs?: number): Promise<number> {
    this.phase = 'closing';
    this.schedule();
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.notifyIfIdle();
    let timer: NodeJS.Timeout | undefined;
    const timedOut =
      timeoutMs === undefined
        ? await idle.then(() => false)
        : await Promise.race([idle.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)))]);
    clearTimeout(timer);
    const abandoned = timedOut ? this.abandon() : 0;
    this.phase = 'closed';
    this.clearTimers();
    return abandoned;
  }

  /** Sends the next batch when it is due: full, old enough, flushed or closing; at most one request at a time keeps order. */
  private schedule(): void {
    if (this.sending || this.backoffTimer || this.closed) return;
    const head = this.queue[0];
    if (!head) {
      this.notifyIfIdle();
      return;
    }
    const wait = head.enqueuedAt + this.settings.flushIntervalMs - Date.now();
    if (this.closing || head.id <= this.flushThrough || this.queuedWeight >= this.settings.maxBatchEvents || wait <= 0) {
      if (this.lingerTimer) clearTimeout(this.lingerTimer);
      this.lingerTimer = null;
      void this.sendBatch();
    } else if (!this.lingerTimer) {
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = null;
        this.schedule();
      }, wait);
    }
  }

  private takeBatch(): Pending[] {
    const maxCount = this.isolateNext ?? Infinity;
    this.isolateNext = null;
    const batch: Pending[] = [];
    let weight = 0;
    let bytes = 0;
    for (const pending of this.queue) {
      if (batch.length > 0 && (batch.length >= maxCount || weight + pending.weight > this.eventCap || bytes + pending.bytes > this.byteCap)) break;
      batch.push(pending);
      weight += pending.weight;
      bytes += pending.bytes;
    }
    return batch;
  }

  private async sendBatch(): Promise<void> {
    const batch = this.takeBatch();
    this.sending = true;
    for (const pending of batch) {
      if (pending.attempts > 0) this.counters.retried += pending.weight;
      pending.attempts++;
    }
    this.counters.requests++;
    const outcome = await this.sender.send(batch);
    this.sending = false;
    if (this.closed) return;
    try {
      this.apply(batch, outcome);
    } finally {
      this.schedule();
    }
  }

  private apply(batch: Pending[], outcome: Outcome): void {
    const errorFor = (pending: Pending, code: ProducerError['code'], message: string, issues: ProducerIssue[] = []) =>
      new ProducerError(code, `${pending.family} (${pending.dedupKey}): ${message}`, { family: pending.family, dedupKey: pending.dedupKey, issues });
    switch (outcome.kind) {
      case 'stored': {
        this.consecutiveFailures = 0;
        let offset = 0;
        for (const pending of batch) {
          const events = outcome.events.slice(offset, (offset += pending.weight));
          this.counters.sent += pending.weight;
          pending.resolve(events);
        }
        this.outbox?.delete(batch.flatMap((pending) => (pending.outboxSeq === null ? [] : [pending.outboxSeq])));
        this.remove(batch);
        return;
      }
      case 'refused': {
        this.consecutiveFailures = 0;
        const refused = [...outcome.refusals].map(([index, refusal]) => {
          const pending = batch[index]!;
          this.fail(pending, errorFor(pending, refusal.code, refusal.message, refusal.issues), true);
          return pending;
        });
        this.remove(refused);
        return;
      }
      case 'tooLarge': {
        if (batch.length === 1) {
          const pending = batch[0]!;
          const error =
            outcome.limit === 'bytes'
              ? errorFor(pending, 'PAYLOAD_TOO_LARGE', outcome.message)
              : errorFor(pending, 'BAD_USER_INPUT', outcome.message, [{ path: 'updates', message: outcome.message }]);
          this.fail(pending, error, true);
          this.remove(batch);
        } else if (outcome.limit === 'bytes') {
          this.byteCap = Math.max(1, Math.floor(batch.reduce((sum, pending) => sum + pending.bytes, 0) / 2));
        } else {
          this.eventCap = Math.max(1, Math.min(outcome.maxEvents ?? Infinity, Math.floor(weightOf(batch) / 2)));
        }
        return;
      }
      case 'unattributed': {
        if (batch.length === 1) {
          const pending = batch[0]!;
          this.fail(pending, errorFor(pending, 'BAD_USER_INPUT', outcome.message, [{ path: '', message: outcome.message }]), true);
          this.remove(batch);
        } else {
          this.isolateNext = Math.ceil(batch.length / 2);
        }
        return;
      }
      case 'credential': {
        // Not the events' fault: they stay in the outbox, for a restart with a valid token.
        for (const pending of batch) this.fail(pending, errorFor(pending, outcome.code, outcome.message), false);
        this.remove(batch);
        return;
      }
      case 'rateLimited': {
        this.consecutiveFailures++;
        for (const pending of batch) pending.throttled++;
        const retryAfterMs = outcome.retryAfterMs ?? this.settings.retry.initialDelayMs;
        // Never sooner than the hub asked; a little later, so producers refused together do not return together.
        const delayMs = Math.ceil(retryAfterMs * (1 + Math.random() / 10));
        this.settings.onRetry({ attempt: this.consecutiveFailures, delayMs, events: weightOf(batch), reason: outcome.reason, retryAfterMs });
        this.backOff(delayMs);
        return;
      }
      case 'transient': {
        this.consecutiveFailures++;
        const { maxAttempts, maxDelayMs, initialDelayMs } = this.settings.retry;
        if (batch[0]!.attempts - batch[0]!.throttled >= maxAttempts) {
          for (const pending of batch)
            this.fail(pending, errorFor(pending, 'UNAVAILABLE', `gave up after ${pending.attempts} attempts: ${outcome.reason}`), false);
          this.remove(batch);
          return;
        }
        const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** (this.consecutiveFailures - 1));
        // Equal jitter: a fleet that lost the hub together does not come back in lockstep.
        const delayMs = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
        this.settings.onRetry({ attempt: this.consecutiveFailures, delayMs, events: weightOf(batch), reason: outcome.reason });
        this.backOff(delayMs);
        return;
      }
    }
  }

  private backOff(delayMs: number): void {
    this.backoffTimer = setTimeout(() => {
      this.backoffTimer = null;
      this.schedule();
    }, delayMs);
  }

  private fail(pending: Pending, error: ProducerError, dropFromOutbox: boolean): void {
    this.counters.failed += pending.weight;
    if (dropFromOutbox && pending.outboxSeq !== null) this.outbox?.delete([pending.outboxSeq]);
    pending.reject(error);
    this.settings.onFailed(error);
  }

  private remove(settled: readonly Pending[]): void {
    if (settled.length === 0) return;
    const gone = new Set(settled);
    this.queue = this.queue.filter((pending) => !gone.has(pending));
    for (const pending of settled) this.queuedWeight -= pending.weight;
  }

  private notifyIfIdle(): void {
    if (this.queue.length > 0 || this.sending) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Gives up on everything still held; returns how many events that was. */
  private abandon(): number {
    this.sender.abort();
    const left = this.queue;
    for (const pending of left)
      this.fail(
        pending,
        new ProducerError('CLOSED', `${pending.family} (${pending.dedupKey}): the producer closed before the hub acknowledged it`, {
          family: pending.family,
          dedupKey: pending.dedupKey,
        }),
        false,
      );
    this.remove(left);
    return weightOf(left);
  }

  private clearTimers(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    if (this.backoffTimer) clearTimeout(this.backoffTimer);
    this.lingerTimer = this.backoffTimer = null;
  }
}
