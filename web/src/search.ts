import { useEffect, useState } from 'react';

/** Longest search the hub takes (its `player` and `text` arguments). */
export const searchMaxLength = 100;

/** What a search box asks the hub for: its trimmed text, or null when blank (the hub refuses a blank search). */
export function searchTerm(value: string): string | null {
  return value.trim() || null;
}

/** `value`, once it has stopped changing for `delayMs`: a search re-queries the hub when the typing pauses, not per key. */
export function useSettled<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
