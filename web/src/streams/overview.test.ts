import { describe, expect, it } from 'vitest';
import { mergePlayersHistory, type PlayersSample } from './overview.ts';

const t0 = Date.parse('2026-12-01T12:00:00.000Z');
const at = (seconds: number) => new Date(t0 + seconds * 1_000).toISOString();
const samples = (...points: Array<[seconds: number, players: number]>): PlayersSample[] =>
  points.map(([seconds, players]) => ({ at: at(seconds), players }));

describe('mergePlayersHistory', () => {
  it('should replace the part of the chart the update covers and keep what comes before', () => {
    const history = samples([0, 10], [30, 11], [60, 12], [90, 13]);
    const recent = samples([60, 20], [90, 21], [95, 22]);
    expect(mergePlayersHistory(history, recent, 3_600_000, 100)).toEqual(samples([0, 10], [30, 11], [60, 20], [90, 21], [95, 22]));
  });

  it('should close a gap the update covers (a reconnect within its window)', () => {
    const history = samples([0, 10], [30, 11]);
    const recent = samples([30, 11], [60, 12], [90, 13], [120, 14]);
    expect(mergePlayersHistory(history, recent, 3_600_000, 100)).toEqual(samples([0, 10], [30, 11], [60, 12], [90, 13], [120, 14]));
  });

  it('should drop samples older than the range before the newest', () => {
    const history = samples([0, 1], [30, 2], [60, 3]);
    const recent = samples([90, 4], [100, 5]);
    expect(mergePlayersHistory(history, recent, 60_000, 100)).toEqual(samples([60, 3], [90, 4], [100, 5]));
  });

  it('should keep the chart as it is for an update without samples', () => {
    const history = samples([0, 1]);
    expect(mergePlayersHistory(history, [], 60_000, 100)).toEqual(history);
  });

  it('should stay bounded over many updates, thinning only the older part', () => {
    let history: PlayersSample[] = [];
    for (let second = 0; second < 20_000; second += 30) {
      history = mergePlayersHistory(history, samples([second, second], [second + 1, second + 1]), 86_400_000, 100);
      expect(history.length).toBeLessThanOrEqual(200);
    }
    expect(history.at(-1)).toEqual({ at: at(19_981), players: 19_981 });
    expect(history.at(-2)).toEqual({ at: at(19_980), players: 19_980 });
    expect(history[0]).toEqual({ at: at(0), players: 0 });
    const times = history.map((sample) => Date.parse(sample.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
