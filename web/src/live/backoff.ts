/** How long to wait before the next attempt to reach a stream again. */
export interface BackoffPolicy {
  /** Upper bound of the first wait, in ms. */
  baseMs: number;
  /** No wait is longer than this, in ms. */
  capMs: number;
  /** No wait is shorter than this, in ms, so a dead server is never hammered. */
  floorMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 30_000, floorMs: 250 };

/**
 * Exponential backoff with full jitter: attempt n waits a uniformly random time in [floor, min(cap, base * 2^n)],
 * so clients that lost the same server do not come back in lock step.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, policy: BackoffPolicy = defaultBackoff): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(0, attempt), 30));
  const floor = Math.min(policy.floorMs, ceiling);
  return Math.round(floor + random() * (ceiling - floor));
}
