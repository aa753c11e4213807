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
  /** Called after each flush of the connections with frames waiting (once per event-loop turn at most). */
  onFlushed: (() => void) | null = null;

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
