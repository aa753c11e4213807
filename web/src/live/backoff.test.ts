import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff } from './backoff.ts';

describe('backoffDelay', () => {
  it.each([
    [0, 1_000],
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 16_000],
    [5, 30_000],
    [12, 30_000],
    [1_000, 30_000],
  ])('should wait at most min(30 s, 1 s * 2^n) on attempt %i', (attempt, ceiling) => {
    expect(backoffDelay(attempt, () => 0.999_999_9)).toBe(ceiling);
  });

  it('should never wait less than the floor, so a dead server is not hammered', () => {
    expect(backoffDelay(0, () => 0)).toBe(defaultBackoff.floorMs);
    expect(backoffDelay(7, () => 0)).toBe(defaultBackoff.floorMs);
  });

  it('should spread waits across the whole range (full jitter)', () => {
    expect(backoffDelay(3, () => 0.5)).toBe(Math.round(250 + 0.5 * (8_000 - 250)));
    const draws = new Set(Array.from({ length: 50 }, () => backoffDelay(4)));
    expect(draws.size).toBeGreaterThan(40);
    for (const delay of draws) expect(delay).toBeGreaterThanOrEqual(250);
    for (const delay of draws) expect(delay).toBeLessThanOrEqual(16_000);
  });

  it('should honour a policy whose cap is below its floor', () => {
    expect(backoffDelay(0, () => 0, { baseMs: 100, capMs: 50, floorMs: 250 })).toBe(50);
  });
});
