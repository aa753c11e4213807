import { describe, expect, it } from 'vitest';
import { applyTelemetryWindow, type TelemetryEvent, telemetryThinAbove } from './telemetry.ts';

const at0 = Date.parse('2026-12-01T00:00:00.000Z');
const sample = (n: number, second: number): Pick<TelemetryEvent, 'id' | 'occurredAt' | 'payload'> => ({
  id: `s-${n}`,
  occurredAt: new Date(at0 + second * 1000).toISOString(),
  payload: {
    cpuPercent: n,
    memoryUsedMb: 1,
    networkInKbps: 1,
    networkOutKbps: 1,
    memoryTotalMb: null,
    dbQueriesPerSecond: null,
    dbLatencyMs: null,
    tickRate: null,
  },
});

describe('telemetry over a time range', () => {
  it('should keep the newest sample of each step past the threshold, so a day fed once a second stays within the cap', () => {
    const live = Array.from({ length: telemetryThinAbove + 100 }, (_, i) => sample(i, i));
    const state = applyTelemetryWindow({ points: [] }, live, 86_400, 96);
    // 1,000 seconds in steps of 96 s: 11 steps, each its newest sample (95, 191, ...), the last one partial.
    expect(state.points.map((p) => p.cpu)).toEqual([95, 191, 287, 383, 479, 575, 671, 767, 863, 959, 999]);
  });

  it('should keep every sample below the threshold, however close', () => {
    const close = Array.from({ length: 5 }, (_, i) => sample(i, i / 100));
    expect(applyTelemetryWindow({ points: [] }, close, 86_400, 96).points).toHaveLength(5);
  });

  it('should keep every sample with no step, and drop those older than the window', () => {
    const state = applyTelemetryWindow({ points: [] }, [sample(1, 0), sample(2, 1800), sample(3, 3700)], 3600, 0);
    expect(state.points.map((p) => p.cpu)).toEqual([2, 3]);
  });

  it('should fold live samples into history in time order', () => {
    const history = applyTelemetryWindow({ points: [] }, [sample(1, 0), sample(2, 100), sample(3, 200)], 3600, 2);
    const next = applyTelemetryWindow(history, [sample(4, 201), sample(5, 202), sample(6, 150)], 3600, 2);
    expect(next.points.map((p) => p.cpu)).toEqual([1, 2, 6, 3, 4, 5]);
  });
});
