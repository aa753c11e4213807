import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import type { Client } from 'graphql-sse';

/** A live subscription whose results are read one at a time with a timeout. */
export interface Subscription<R> {
  /** The next result; rejects if none arrives within `timeoutMs` (default 5 s) or the stream failed or completed first. */
  next(timeoutMs?: number): Promise<ExecutionResult<R>>;
  /** Collects results until `count` have arrived, all within `timeoutMs` (default 10 s). */
  take(count: number, timeoutMs?: number): Promise<ExecutionResult<R>[]>;
  /** Resolves once the stream completes (or rejects with its error). */
  readonly done: Promise<void>;
  /** Whatever arrived and was not read yet. */
  readonly pending: ExecutionResult<R>[];
  unsubscribe(): void;
}

/** Subscribes `document` through `client` and buffers its results until the test reads them. */
export function subscribe<R, V>(client: Client<boolean>, document: TypedDocumentNode<R, V>, variables?: V): Subscription<R> {
  const pending: ExecutionResult<R>[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let completed = false;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => undefined);
  const unsubscribe = client.subscribe<R>(
    { query: print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (value) => {
        pending.push(value as ExecutionResult<R>);
        wake?.();
      },
      error: (error) => {
        failure = error;
        settle.reject(error);
        wake?.();
      },
      complete: () => {
        completed = true;
        settle.resolve();
        wake?.();
      },
    },
  );

  const next = async (timeoutMs = 5_000): Promise<ExecutionResult<R>> => {
    const deadline = Date.now() + timeoutMs;
    while (pending.length === 0) {
      if (failure) throw failure;
      if (completed) throw new Error('subscription completed before the next result');
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no subscription result within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    return pending.shift()!;
  };

  return {
    next,
    async take(count, timeoutMs = 10_000) {
      const results: ExecutionResult<R>[] = [];
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) results.push(await next(Math.max(1, deadline - Date.now())));
      return results;
    },
    done,
    get pending() {
      return pending;
    },
    unsubscribe,
  };
}

/** Resolves once `condition()` holds, checking every 10 ms; rejects naming `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits `ms`: for a test that must let time pass (a window to lapse, traffic to flow), never to hide a race. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
