import { describe, expect, it } from 'vitest';
import { type Playback, playbackReducer, replayWindow, startPlayback } from './playback.ts';

const minute = 60_000;
const incident = Date.parse('2026-12-01T10:00:00.000Z');
const started = () => startPlayback({ from: incident - 5 * minute, to: incident + 5 * minute }, incident);
const run = (state: Playback, ...actions: Parameters<typeof playbackReducer>[1][]) => actions.reduce(playbackReducer, state);

describe('replayWindow', () => {
  it('should reach span before and after the incident', () => {
    expect(replayWindow(incident, 5 * minute, incident + 60 * minute)).toEqual({ from: incident - 5 * minute, to: incident + 5 * minute });
  });

  it('should end at now for an incident less than span ago, and last at least a second', () => {
    expect(replayWindow(incident, 5 * minute, incident + 2_000)).toEqual({ from: incident - 5 * minute, to: incident + 2_000 });
    expect(replayWindow(incident, 500, incident - 10_000)).toEqual({ from: incident - 500, to: incident + 500 });
  });
});

describe('playback', () => {
  it('should start paused at the incident, at 1x', () => {
    expect(started()).toMatchObject({ at: incident, playing: false, speed: 1 });
  });

  it('should start at the nearer end of the window for an incident outside it', () => {
    expect(startPlayback({ from: incident - minute, to: incident - 1_000 }, incident).at).toBe(incident - 1_000);
  });

  it('should move on by the elapsed time times the speed only while playing', () => {
    expect(run(started(), { type: 'tick', elapsedMs: 1_000 }).at).toBe(incident);
    expect(run(started(), { type: 'play' }, { type: 'tick', elapsedMs: 1_000 }).at).toBe(incident + 1_000);
    expect(run(started(), { type: 'play' }, { type: 'speed', speed: 16 }, { type: 'tick', elapsedMs: 1_000 }).at).toBe(incident + 16_000);
    expect(
      run(
        started(),
        { type: 'speed', speed: 4 },
        { type: 'play' },
        { type: 'tick', elapsedMs: 500 },
        { type: 'pause' },
        { type: 'tick', elapsedMs: 500 },
      ).at,
    ).toBe(incident + 2_000);
  });

  it('should stop at the end of the window, and play from its beginning when played again', () => {
    const ended = run(started(), { type: 'play' }, { type: 'speed', speed: 16 }, { type: 'tick', elapsedMs: 60_000 });
    expect(ended).toMatchObject({ at: incident + 5 * minute, playing: false });
    expect(run(ended, { type: 'play' })).toMatchObject({ at: incident - 5 * minute, playing: true });
  });

  it('should seek within the window only', () => {
    expect(run(started(), { type: 'seek', at: incident - minute }).at).toBe(incident - minute);
    expect(run(started(), { type: 'seek', at: incident - 60 * minute }).at).toBe(incident - 5 * minute);
    expect(run(started(), { type: 'seek', at: incident + 60 * minute }).at).toBe(incident + 5 * minute);
  });

  it('should jump back to the incident and pause there', () => {
    const moved = run(started(), { type: 'play' }, { type: 'tick', elapsedMs: 90_000 });
    expect(run(moved, { type: 'jumpToIncident' })).toMatchObject({ at: incident, playing: false });
  });

  it('should keep the speed through seeks and pauses', () => {
    expect(run(started(), { type: 'speed', speed: 4 }, { type: 'seek', at: incident + 1 }, { type: 'pause' }, { type: 'jumpToIncident' }).speed).toBe(
      4,
    );
  });
});
