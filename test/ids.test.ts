import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../src/events/log/ids.mjs';

const layout = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timeOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
const counterOf = (id: string) => Number.parseInt(id.slice(15, 18), 16);

describe('event ids (UUIDv7)', () => {
  it('should carry the milliseconds, version 7 and the RFC 9562 variant', () => {
    // Far ahead of the clock, and each test ahead of the one before: the thread's last id is never ahead of these.
    for (const ms of [2 ** 46 + 1, 2 ** 46 + 0xabcdef, 2 ** 47 - 1]) {
      const id = uuidv7(ms);
      expect(id).toMatch(layout);
      expect(timeOf(id)).toBe(ms);
      expect(counterOf(id)).toBe(0);
    }
  });

  it('should count within a millisecond, carry into the next one past 4,095, and sort in the order made', () => {
    const ms = 2 ** 47 + 1_000;
    const ids = Array.from({ length: 5_000 }, () => uuidv7(ms));
    for (const id of ids) expect(id).toMatch(layout);
    expect(ids.slice(0, 3).map(counterOf)).toEqual([0, 1, 2]);
    expect(counterOf(ids[4_095]!)).toBe(4_095);
    expect(timeOf(ids[4_096]!)).toBe(ms + 1);
    expect(counterOf(ids[4_096]!)).toBe(0);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should never go back when the clock does', () => {
    const ahead = uuidv7(2 ** 48 - 500);
    const behind = uuidv7(1_000);
    expect(behind > ahead).toBe(true);
    expect(timeOf(behind)).toBe(2 ** 48 - 500);
  });
});
