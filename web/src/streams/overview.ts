import type { TimeRange } from '../gql/graphql.ts';

/** One players-online sample of the overview's chart. */
export interface PlayersSample {
  at: string;
  players: number;
}

/**
 * The overview feed's values carry only the last minutes of players online (`recentPlayersRange`): the chart's
 * range is loaded once by the query, and each update replaces the part of the chart it covers. A hundred dashboards
 * then receive a few dozen samples per update, not the whole range, and a reconnect within that window leaves no gap.
 */
export const recentPlayersRange: TimeRange = 'LAST_15_MINUTES';
/** Enough for every 30-second sample of `recentPlayersRange` plus now: the window is never thinned. */
export const recentPlayersPoints = 32;

/**
 * The chart after an update: the samples before the update's window, then the window (it ends with now), without
 * those older than `rangeMs` before its newest sample. Past twice `max` samples, the older part is thinned evenly
 * to `max` (rarely, so that the line does not shift under the viewer at every update).
 */
export function mergePlayersHistory(
  history: readonly PlayersSample[],
  recent: readonly PlayersSample[],
  rangeMs: number,
  max: number,
): PlayersSample[] {
  const first = recent[0];
  if (!first) return [...history];
  const windowStart = Date.parse(first.at);
  const since = Date.parse(recent.at(-1)!.at) - rangeMs;
  const older = history.filter((sample) => {
    const at = Date.parse(sample.at);
    return at >= since && at < windowStart;
  });
  if (older.length + recent.length <= 2 * max) return [...older, ...recent];
  const keep = Math.max(1, max - recent.length);
  const thinned = keep === 1 ? [older[0]!] : Array.from({ length: keep }, (_, i) => older[Math.round((i * (older.length - 1)) / (keep - 1))]!);
  return [...thinned, ...recent];
}
