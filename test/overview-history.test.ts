import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { playersOnlineWindow } from '../src/modules/overview/history.ts';
import { OverviewProjection, type PlayersOnlineSample } from '../src/modules/overview/projection.ts';
import type { TimeRange } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { waitFor } from './kit/stream.ts';
import { startVigil } from './kit/vigil.ts';

const ReportStatus = graphql(`
  mutation OverviewHistoryStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }
`);

const PlayersOnline = graphql(`
  query OverviewPlayersOnline($range: TimeRange, $points: Int) {
    overview { at playersOnline playersOnlineHistory(range: $range, points: $points) { at players } }
  }
`);

const minute = 60_000;
const now = Date.parse('2026-01-02T12:00:00Z');
/** 24 hours of samples every 30 seconds, players counting the sample's index, ending at `now`. */
const day: PlayersOnlineSample[] = Array.from({ length: 2_881 }, (_, i) => ({ at: new Date(now - (2_880 - i) * 30_000), players: i }));

describe('players online over a time range', () => {
  it.each<[TimeRange, number, number]>([
    ['LAST_15_MINUTES', 15 * minute, 31],
    ['LAST_HOUR', 60 * minute, 121],
    ['LAST_6_HOURS', 360 * minute, 721],
    ['LAST_24_HOURS', 1_440 * minute, 2_881],
  ])('should keep the samples of %s and no older one', (_range, span, count) => {
    const window = playersOnlineWindow(day, new Date(now - span), 10_000);
    expect(window).toHaveLength(count);
    expect(window[0]!.at.getTime()).toBe(now - span);
    expect(window.at(-1)).toBe(day.at(-1));
  });

  it.each([1, 2, 100, 720])('should thin a range holding more than points = %i evenly, the newest sample kept', (points) => {
    const window = playersOnlineWindow(day, new Date(now - 1_440 * minute), points);
    expect(window).toHaveLength(points);
    expect(window.at(-1)).toBe(day.at(-1));
    if (points > 1) expect(window[0]).toBe(day[0]);
    const steps = window.slice(1).map((sample, i) => sample.players - window[i]!.players);
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThanOrEqual(1);
  });

  it('should answer nothing for samples all older than the range', () => {
    expect(playersOnlineWindow(day.slice(0, 10), new Date(now - minute), 720)).toEqual([]);
  });

  it.each<TimeRange | undefined>([undefined, 'LAST_15_MINUTES', 'LAST_24_HOURS'])(
    "should end the overview's history of range %s with now's figure",
    async (range) => {
      const vigil = await startVigil();
      await vigil.ok(ReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 12 } });
      await vigil.ok(ReportStatus, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 3 } });
      await waitFor(() => vigil.app.services.overview.current().playersOnline === 15, 3_000, 'the overview to count both servers');
      const { overview } = await vigil.ok(PlayersOnline, { range, points: 5 });
      expect(overview.playersOnline).toBe(15);
      expect(overview.playersOnlineHistory.at(-1)).toEqual({ at: overview.at, players: 15 });
      expect(overview.playersOnlineHistory.length).toBeLessThanOrEqual(5);
    },
  );

  it("should rebuild the history from the log's status reports when the hub starts, one sample per step", async () => {
    const vigil = await startVigil();
    for (const [serverId, state, playerCount] of [
      ['eu-1', 'ONLINE', 10],
      ['eu-2', 'ONLINE', 5],
      ['eu-1', 'STOPPED', 0],
    ] as const) {
      await vigil.ok(ReportStatus, { input: { serverId, state, playerCount } });
      await sleep(200);
    }
    // What the hub builds at start, on the same log, sampling every 50 ms instead of 30 s.
    const restarted = new OverviewProjection(vigil.app.services.state, { sampleMs: 50 });
    try {
      const started = Date.now();
      await restarted.load(vigil.app.services.log);
      await waitFor(() => restarted.current().playersOnlineHistory.length > 1, 3_000, 'the rebuilt history');
      const history = restarted.current().playersOnlineHistory;
      const figures = history.map((sample) => sample.players).filter((players, i, all) => players !== all[i - 1]);
      expect(figures).toEqual([10, 15, 5]);
      // The rebuilt samples (the live sampler's follow them) lie one step apart, over the ~600 ms the reports span.
      const rebuilt = history.filter((sample) => sample.at.getTime() < started);
      expect(rebuilt.length).toBeGreaterThanOrEqual(8);
      expect(new Set(rebuilt.slice(1).map((sample, i) => sample.at.getTime() - rebuilt[i]!.at.getTime()))).toEqual(new Set([50]));
    } finally {
      restarted.close();
    }
  });

  it.each([0, 2_881])('should refuse points = %i naming the argument', async (points) => {
    const vigil = await startVigil();
    const result = await vigil.execute(PlayersOnline, { range: 'LAST_HOUR', points });
    expect(result.errors?.[0]?.message).toMatch(/^Invalid input: points: must be at (least 1|most 2880)/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
