/** A value its owner recomputes when something changed: each update is one object, shared by every reader. */
export interface LiveValue<T extends object> {
  current(): T;
  /** Calls `listener` with each new value; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

/**
 * What a subscription resolver returns to follow a LiveValue: Vigil's delivery sends the current value, then each
 * update, executed once per group of subscribers; anything else iterating it gets the latest value at each step.
 */
export class LiveValueRequest<T extends object = object> implements AsyncIterable<T> {
  constructor(
    /** Names the value in delivery stats and metrics, as a stream name does for a feed. */
    readonly name: string,
    readonly source: LiveValue<T>,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<T> {
    let latest: T | null = this.source.current();
    let wake: (() => void) | null = null;
    let done = false;
    const unsubscribe = this.source.subscribe((value) => {
      latest = value;
      wake?.();
    });
    return {
      next: async () => {
        while (!done && latest === null) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done) return { done: true, value: undefined };
        const value = latest!;
        latest = null;
        return { done: false, value };
      },
      return: async () => {
        done = true;
        unsubscribe();
        wake?.();
        return { done: true, value: undefined };
      },
    };
  }
}
