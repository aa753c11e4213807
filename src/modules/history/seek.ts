import type { AnyStoredEvent, StreamName } from '../../events/envelope.ts';
import type { EventLog } from '../../events/log/log.ts';

/** Which events a seek or a sampled read considers: one stream (or a few), optionally one partition key. */
export interface HistorySelection {
  streams: readonly StreamName[];
  key?: string;
}

/**
 * The seq to read `after` so that every selected event that follows was received at or after `time`: a binary
 * search over the log (the hub's receivedAt never decreases with seq), about log2(head) reads of one event each.
 */
export async function seqReceivedFrom(log: EventLog, selection: HistorySelection, time: Date, head: number): Promise<number> {
  let low = 0;
  let high = head;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const { events } = await log.read({ ...selection, afterSeq: middle, limit: 1 });
    const next = events[0];
    if (next === undefined || next.receivedAt.getTime() >= time.getTime()) high = middle;
    else low = middle + 1;
  }
  return low;
}

export interface SampledWindow {
  events: AnyStoredEvent[];
  /** Whether the window held more than `points` events and these are a sample of it. */
  sampled: boolean;
}

/**
 * At most `points` selected events received after `afterSeq` (up to `head`), oldest first: all of them when they
 * fit, otherwise the first event after each of `points` evenly spaced positions of the window, so one read of one
 * event per point whatever the window holds.
 */
export async function sampleWindow(
  log: EventLog,
  selection: HistorySelection,
  afterSeq: number,
  head: number,
  points: number,
): Promise<SampledWindow> {
  const { events } = await log.read({ ...selection, afterSeq, limit: points + 1 });
  const within = events.filter((event) => event.seq <= head);
  if (within.length <= points) return { events: within, sampled: false };
  const step = (head - afterSeq) / points;
  const reads = await Promise.all(
    Array.from({ length: points }, (_, i) => log.read({ ...selection, afterSeq: afterSeq + Math.floor(i * step), limit: 1 })),
  );
  const byId = new Map<string, AnyStoredEvent>();
  for (const {
    events: [event],
  } of reads)
    if (event && event.seq <= head) byId.set(event.id, event);
  return { events: [...byId.values()].sort((a, b) => a.seq - b.seq), sampled: true };
}
