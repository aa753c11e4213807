/** Most rows any live list keeps; older ones fall off the end. */
export const defaultListLimit = 2_000;

/** Appends `items` to `list` (oldest first) and keeps only the newest `limit`. Returns a new array. */
export function appendBounded<T>(list: readonly T[], items: readonly T[], limit: number = defaultListLimit): T[] {
  if (items.length >= limit) return items.slice(items.length - limit);
  const keep = Math.max(0, list.length + items.length - limit);
  const next = keep > 0 ? list.slice(keep) : list.slice();
  for (const item of items) next.push(item);
  return next;
}

/** Prepends `items` (given oldest first) to `list` (newest first) and keeps only the newest `limit`. */
export function prependBounded<T>(list: readonly T[], items: readonly T[], limit: number = defaultListLimit): T[] {
  const next: T[] = [];
  for (let i = items.length - 1; i >= 0 && next.length < limit; i--) next.push(items[i]!);
  for (let i = 0; i < list.length && next.length < limit; i++) next.push(list[i]!);
  return next;
}

/** Remembers the last `capacity` keys seen, to drop a delivery that was already applied. */
export class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly capacity: number = 10_000) {}

  /** Adds `key`; false when it was already among the recent keys. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      // Sets iterate in insertion order: the first key is the oldest.
      const oldest = this.keys.values().next().value as string;
      this.keys.delete(oldest);
    }
    return true;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  clear(): void {
    this.keys.clear();
  }

  get size(): number {
    return this.keys.size;
  }
}

/** Keeps at most `limit` entries of a map, dropping those that sort first by `age` (oldest). */
export function capMap<K, V>(map: Map<K, V>, limit: number, age: (value: V) => string | number): Map<K, V> {
  if (map.size <= limit) return map;
  const sorted = [...map.entries()].sort((a, b) => (age(a[1]) < age(b[1]) ? 1 : age(a[1]) > age(b[1]) ? -1 : 0));
  return new Map(sorted.slice(0, limit));
}
