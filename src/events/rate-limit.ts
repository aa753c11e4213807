/** A sustained rate with a burst: a bucket of `burst` tokens refilled at `perSecond` tokens a second. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  /** Clock reading `tokens` was computed at. */
  at: number;
}

/**
 * One token bucket per key (a producer token id), all with the same limit. Taking is all or none; a bucket that has
 * refilled is the same as no bucket, so full buckets are dropped and memory follows the keys active within one refill.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;
  /** How long an emptied bucket takes to refill, in ms; also how often full buckets are swept. */
  private readonly refillMs: number;

  constructor(
    readonly limit: RateLimit,
    /** Milliseconds on a monotonic clock; injectable for tests. */
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(limit.perSecond > 0) || !(limit.burst >= 1))
      throw new RangeError(`a rate limit needs perSecond > 0 and burst >= 1, got ${limit.perSecond}/s, burst ${limit.burst}`);
    this.refillMs = (limit.burst / limit.perSecond) * 1_000;
    this.lastSweep = now();
  }

  /**
   * Takes `count` tokens from `key`'s bucket, all or none: 0 when taken, else the ms until `count` are there
   * (Infinity when `count` is more than the burst: it never will be).
   */
  take(key: string, count: number): number {
    if (count > this.limit.burst) return Infinity;
    const now = this.now();
    this.sweep(now);
    const bucket = this.level(key, now);
    // A hair of slack: after waiting the ms it was told, a caller finds its tokens despite float rounding.
    if (bucket.tokens + 1e-9 < count) return Math.max(1, Math.ceil(((count - bucket.tokens) / this.limit.perSecond) * 1_000));
    bucket.tokens -= count;
    this.buckets.set(key, bucket);
    return 0;
  }

  /** Gives back tokens taken for a batch that was not stored after all. */
  refund(key: string, count: number): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.limit.burst, bucket.tokens + count);
  }

  /** Buckets held now (keys that took tokens within the last refill). */
  get size(): number {
    return this.buckets.size;
  }

  private level(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1_000) * this.limit.perSecond);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.refillMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1_000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
