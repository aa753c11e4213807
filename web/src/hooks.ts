import { useCallback, useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (for "12 s ago" labels). */
export function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A set of values the viewer switches on and off one by one (filter chips), with every one of `all` on at first. */
export function useToggleSet<T>(all: readonly T[]): [on: ReadonlySet<T>, toggle: (value: T) => void] {
  const [on, setOn] = useState<ReadonlySet<T>>(() => new Set(all));
  const toggle = useCallback(
    (value: T) =>
      setOn((previous) => {
        const next = new Set(previous);
        if (next.has(value)) next.delete(value);
        else next.add(value);
        return next;
      }),
    [],
  );
  return [on, toggle];
}
