import type { LiveStatus } from './follower.ts';

/** What one live stream of the current screen is doing, for the header's indicator. */
export interface StreamStatus {
  name: string;
  status: LiveStatus;
  error: string | null;
  retryAt: number | null;
  retryNow: () => void;
}

const streams = new Map<number, StreamStatus>();
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot: StreamStatus[] = [];

function changed(): void {
  snapshot = [...streams.values()];
  for (const listener of [...listeners]) listener();
}

/** Registers a stream; returns functions to update and to remove it. */
export function registerStream(initial: StreamStatus): { update(status: StreamStatus): void; remove(): void } {
  const id = nextId++;
  streams.set(id, initial);
  changed();
  return {
    update(status) {
      if (!streams.has(id)) return;
      streams.set(id, status);
      changed();
    },
    remove() {
      streams.delete(id);
      changed();
    },
  };
}

export function listenStreams(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function streamStatuses(): StreamStatus[] {
  return snapshot;
}

const severity: Record<LiveStatus, number> = { failed: 5, resyncing: 4, reconnecting: 3, connecting: 2, live: 1, stopped: 0 };

/** The status the indicator shows: the most troubled stream's. */
export function overallStatus(statuses: readonly Pick<StreamStatus, 'status'>[]): LiveStatus {
  let worst: LiveStatus = 'live';
  for (const { status } of statuses) if (severity[status] > severity[worst]) worst = status;
  return statuses.length === 0 ? 'connecting' : worst;
}
