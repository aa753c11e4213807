import { describe, expect, it } from 'vitest';
import { appendBounded, prependBounded, RecentKeys } from './bounded.ts';

describe('appendBounded', () => {
  it('should keep the newest items, oldest first', () => {
    expect(appendBounded([1, 2, 3], [4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(appendBounded([1, 2], [3], 5)).toEqual([1, 2, 3]);
  });

  it('should keep only the tail of a batch larger than the limit', () => {
    expect(appendBounded([1, 2], [3, 4, 5, 6, 7], 3)).toEqual([5, 6, 7]);
  });

  it('should not mutate its input', () => {
    const list = [1, 2, 3];
    appendBounded(list, [4], 3);
    expect(list).toEqual([1, 2, 3]);
  });

  it('should stay bounded over many batches', () => {
    let list: number[] = [];
    for (let i = 0; i < 10_000; i += 7) list = appendBounded(list, [i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6], 2_000);
    expect(list).toHaveLength(2_000);
    expect(list.at(-1)).toBe(10_002);
  });
});

describe('prependBounded', () => {
  it('should put a batch (given oldest first) in front, newest first, and keep the newest', () => {
    expect(prependBounded([3, 2, 1], [4, 5], 4)).toEqual([5, 4, 3, 2]);
    expect(prependBounded([], [1, 2, 3, 4, 5], 2)).toEqual([5, 4]);
  });
});

describe('RecentKeys', () => {
  it('should report a key seen before', () => {
    const keys = new RecentKeys(3);
    expect(keys.add('a')).toBe(true);
    expect(keys.add('a')).toBe(false);
  });

  it('should forget the oldest key beyond its capacity', () => {
    const keys = new RecentKeys(3);
    for (const key of ['a', 'b', 'c', 'd']) keys.add(key);
    expect(keys.size).toBe(3);
    expect(keys.has('a')).toBe(false);
    expect(keys.has('d')).toBe(true);
    expect(keys.add('a')).toBe(true);
  });
});
