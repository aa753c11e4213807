import { type BackoffPolicy, backoffDelay } from './backoff.ts';
import { type Clock, systemClock } from './follower.ts';

/** Whether the hub answers again; what a reconnecting stream waits on instead of the whole of its backoff. */
export interface Reachability {
  /** Calls `onBack` once, when the hub answers a probe after failing one; returns a function that stops watching. */
  watch(onBack: () => void): () => void;
}

/** Probes come at most this far apart (capped, jittered), so a dashboard is live within about that of Vigil being back. */
export const defaultProbeBackoff: BackoffPolicy = { baseMs: 500, capMs: 2_000, floorMs: 250 };

/**
 * Probes the hub while some stream waits to reconnect: `check` resolves true when it answers (e.g. `/readyz` 200).
 * The probes back off with full jitter up to a low cap; when one succeeds after one failed (the hub was down and is
 * back), every watcher is told at once and the probe stops until someone watches again. A hub that answered all
 * along (the stream failed for another reason) tells no one: those streams keep their own backoff.
 */
export class ReachabilityProbe implements Reachability {
  private readonly watchers = new Set<() => void>();
  private timer: unknown = null;
  private attempt = 0;
  private sawFailure = false;
  private probing = false;

  constructor(
    private readonly check: () => Promise<boolean>,
    private readonly options: { clock?: Clock; random?: () => number; backoff?: BackoffPolicy } = {},
  ) {}

  private get clock(): Clock {
    return this.options.clock ?? systemClock;
  }

  watch(onBack: () => void): () => void {
    // A fresh function per watch, so the same callback may watch twice and stop once.
    const entry = () => onBack();
    this.watchers.add(entry);
    if (this.watchers.size === 1) this.schedule();
    return () => {
      this.watchers.delete(entry);
      if (this.watchers.size === 0) this.reset();
    };
  }

  private reset(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.attempt = 0;
    this.sawFailure = false;
  }

  private schedule(): void {
    if (this.timer !== null || this.probing) return;
    const delay = backoffDelay(this.attempt++, this.options.random, this.options.backoff ?? defaultProbeBackoff);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.probe();
    }, delay);
  }

  private async probe(): Promise<void> {
    if (this.watchers.size === 0) return;
    this.probing = true;
    let answered: boolean;
    try {
      answered = await this.check();
    } catch {
      answered = false;
    } finally {
      this.probing = false;
    }
    if (this.watchers.size === 0) return;
    if (!answered) {
      this.sawFailure = true;
      this.schedule();
      return;
    }
    if (this.sawFailure) {
      const told = [...this.watchers];
      this.watchers.clear();
      this.reset();
      for (const onBack of told) onBack();
      return;
    }
    // Up all along: keep watching (it may go down yet), backing off as before.
    this.schedule();
  }
}

/** This dashboard's hub: `/readyz` on the origin that served the page answers 200 when it takes traffic. */
export const vigilReachability = new ReachabilityProbe(async () => {
  const response = await fetch('/readyz', { cache: 'no-store' });
  return response.ok;
});
