import type { PlayersOnlineSample } from './projection.ts';

/**
 * The samples received at or after `since`, oldest first, thinned evenly to at most `points` (the first and the newest
 * kept), so an answer is bounded by `points` whatever the range holds.
 */
export function playersOnlineWindow(samples: readonly PlayersOnlineSample[], since: Date, points: number): PlayersOnlineSample[] {
  const first = samples.findIndex((sample) => sample.at.getTime() >= since.getTime());
  const within = first < 0 ? [] : samples.slice(first);
  if (within.length <= points) return within;
  if (points === 1) return [within.at(-1)!];
  return Array.from({ length: points }, (_, i) => within[Math.round((i * (within.length - 1)) / (points - 1))]!);
}
