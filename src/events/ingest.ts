import type { AnyEventDraft, EventDraft, StoredEvent, StreamName } from './envelope.ts';
import { badInputError, EventError } from './errors.ts';
import { type AppendOutcome, DedupConflictError, type EventLog } from './log/log.ts';
import type { TokenBuckets } from './rate-limit.ts';

/** Who writes: a producer (only as its own server), an admin, nobody signed in, or the hub itself (liveness). */
export type Author = { kind: 'producer'; serverId: string; tokenId: string } | { kind: 'admin' } | { kind: 'anonymous' } | { kind: 'hub' };

/** Told of every ingest once it is answered: for metrics, off the hot path of each event. */
export interface IngestObserver {
  /** A batch was stored (or recognised as a retry): its outcomes, and how long the append took to be durable. */
  stored(outcomes: readonly AppendOutcome[], seconds: number): void;
  /** A batch of `events` was refused with `code`: nothing of it was stored. */
  refused(code: string, events: readonly AnyEventDraft[]): void;
}

/**
 * The one path into the log for every producer and admin write: size limits, liveness recovery, atomic append.
 * State and fan-out follow from the log's append listeners, so an event is visible only once it is durable.
 */
export class IngestService {
  constructor(
    private readonly log: EventLog,
    /** Drafts the hub stores first, in the same append, for a batch (liveness recovery: src/modules/servers/recovery.ts). */
    private readonly prepend: (drafts: readonly AnyEventDraft[]) => readonly AnyEventDraft[],
    private readonly maxBatchSize: number,
    /** Events per producer token (not admins, not the hub itself); null: unlimited. */
    private readonly producerRate: TokenBuckets | null = null,
  ) {}

  observer: IngestObserver | null = null;

  async append(drafts: readonly AnyEventDraft[], author: Author): Promise<AppendOutcome[]> {
    const observer = this.observer;
    if (!observer) return this.store(drafts, author);
    const started = performance.now();
    try {
      const outcomes = await this.store(drafts, author);
      observer.stored(outcomes, (performance.now() - started) / 1000);
      return outcomes;
    } catch (error) {
      observer.refused(error instanceof EventError ? error.code : 'INTERNAL_SERVER_ERROR', drafts);
      throw error;
    }
  }

  private async store(drafts: readonly AnyEventDraft[], author: Author): Promise<AppendOutcome[]> {
    if (author.kind === 'anonymous') throw new EventError('UNAUTHENTICATED', 'Sign in first');
    if (author.kind === 'producer') {
      const foreign = drafts.find((draft) => draft.serverId !== author.serverId);
      if (foreign) {
        throw new EventError(
          'FORBIDDEN',
          `This producer token reports as server "${author.serverId}" only; refused an event for "${foreign.serverId}" (nothing of the batch was stored)`,
        );
      }
    }
    if (drafts.length === 0) throw badInputError([{ path: 'events', message: 'must contain at least one event' }]);
    if (drafts.length > this.maxBatchSize) {
      throw new EventError(
        'BAD_USER_INPUT',
        `Invalid input: events: holds ${drafts.length} events; at most ${this.maxBatchSize} are accepted per batch`,
        {
          issues: [{ path: 'events', message: `at most ${this.maxBatchSize} events per batch` }],
          limit: this.maxBatchSize,
        },
      );
    }
    if (author.kind === 'producer') this.takeRate(author.tokenId, drafts.length);
    const batch = [...this.prepend(drafts), ...drafts];
    try {
      const outcomes = await this.log.append(batch);
      return outcomes.slice(batch.length - drafts.length);
    } catch (error) {
      if (author.kind === 'producer') this.producerRate?.refund(author.tokenId, drafts.length);
      if (error instanceof DedupConflictError) {
        throw new EventError('CONFLICT', error.message, {
          dedupKey: error.dedupKey,
          existingId: error.existing.id,
          existingCursor: error.existing.cursor,
        });
      }
      throw error;
    }
  }

  /** Appends drafts of one stream and returns their stored events (originals for dedup retries), in order. */
  async appendEvents<S extends StreamName>(drafts: readonly EventDraft<S>[], author: Author): Promise<StoredEvent<S>[]> {
    const outcomes = await this.append(drafts as readonly AnyEventDraft[], author);
    return outcomes.map((outcome) => outcome.event as unknown as StoredEvent<S>);
  }

  /** Takes a batch's events from its producer token's bucket, all or none, or refuses the batch with RATE_LIMITED. */
  private takeRate(tokenId: string, events: number): void {
    const buckets = this.producerRate;
    if (!buckets) return;
    const { perSecond, burst } = buckets.limit;
    const retryAfterMs = buckets.take(tokenId, events);
    if (retryAfterMs === 0) return;
    if (retryAfterMs === Infinity) {
      throw new EventError(
        'BAD_USER_INPUT',
        `Invalid input: events: holds ${events} events; this producer token may send at most ${burst} at once (VIGIL_PRODUCER_RATE ${perSecond}/s, burst ${burst})`,
        {
          issues: [{ path: 'events', message: `at most ${burst} events per batch (the producer rate limit's burst)` }],
          limit: burst,
        },
      );
    }
    throw new EventError(
      'RATE_LIMITED',
      `This producer token may send ${perSecond} events/s with bursts of ${burst}; the batch of ${events} was refused (nothing of it was stored); retry in ${retryAfterMs} ms`,
      { retryAfterMs, limit: perSecond, burst },
    );
  }
}
