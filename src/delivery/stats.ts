/** How many of something run in each SSE mode. */
export interface ByMode {
  distinct: number;
  single: number;
}

/**
 * What the delivery counts, as plain numbers bumped where things happen (a delivery costs one increment); metrics
 * read them when scraped.
 */
export class DeliveryStats {
  /** Open event streams (HTTP responses) by mode. */
  readonly connections: ByMode = { distinct: 0, single: 0 };
  /** Running subscriptions by topic stream and mode. */
  readonly subscriptions = new Map<string, ByMode>();
  /** Messages written to subscribers, by topic stream. */
  readonly deliveries = new Map<string, { count: number }>();
  /** Called after each round of flushing the connections with frames waiting. */
  onFlushed: (() => void) | null = null;
  /** Rounds of flushing, and the times a round yielded to the event loop before it was done (VIGIL_FLUSH_SLICE). */
  readonly flushes = { rounds: 0, yields: 0 };

  subscriptionsOf(stream: string): ByMode {
    let counts = this.subscriptions.get(stream);
    if (!counts) this.subscriptions.set(stream, (counts = { distinct: 0, single: 0 }));
    return counts;
  }

  deliveriesOf(stream: string): { count: number } {
    let counter = this.deliveries.get(stream);
    if (!counter) this.deliveries.set(stream, (counter = { count: 0 }));
    return counter;
  }
}
