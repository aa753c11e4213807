import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { vigilError } from '../errors.ts';
import { type Viewer, viewerKey } from './viewer.ts';

interface ViewerContext {
  viewer: Viewer;
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterableIterator<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Why an anonymous viewer is refused: its credential's problem, or the lack of one. */
export function unauthenticated(viewer: Viewer & { kind: 'anonymous' }): GraphQLError {
  if (viewer.reason) return vigilError(viewer.reason.code, viewer.reason.message);
  return vigilError('UNAUTHENTICATED', 'Sign in: send `Authorization: Bearer <token>` (an admin token or a producer token)');
}

const done: IteratorResult<ExecutionResult> = { value: undefined, done: true };
// setTimeout cannot wait longer than this; later deadlines are simply not armed.
const maxTimer = 2 ** 31 - 1;

/**
 * Guards a live result stream: ends it with a TOKEN_EXPIRED result when the viewer's token expires, turns a typed
 * error thrown by the source (e.g. SLOW_CONSUMER) into a final result a client can read, and reports its end once.
 */
function guardStream(source: AsyncIterableIterator<ExecutionResult>, expiresAt: Date | null, onEnd: () => void): AsyncIterableIterator<ExecutionResult> {
  let finished = false;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    onEnd();
  };
  const remaining = expiresAt ? expiresAt.getTime() - Date.now() : null;
  const expiry =
    remaining !== null && remaining <= maxTimer
      ? new Promise<'expired'>((resolve) => {
          timer = setTimeout(() => resolve('expired'), Math.max(0, remaining));
          timer.unref();
        })
      : new Promise<never>(() => undefined);
  const closeWith = (error: GraphQLError): IteratorResult<ExecutionResult> => {
    closing = true;
    void source.return?.();
    return { value: { errors: [error] }, done: false };
  };

  return {
    async next() {
      if (finished) return done;
      if (closing) {
        finish();
        return done;
      }
      try {
        const step = await Promise.race([source.next(), expiry]);
        if (step === 'expired') return closeWith(vigilError('TOKEN_EXPIRED', 'Your token has expired; sign in again and resubscribe from your last cursor'));
        if (step.done) finish();
        return step;
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code) return closeWith(error);
        finish();
        throw error;
      }
    },
    async return() {
      finish();
      await source.return?.();
      return done;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Request-level rules every operation passes before it runs: a known viewer, and at most `maxStreams` live
 * subscriptions per viewer. Field- and type-level roles are Pothos scope-auth's job.
 */
export function useViewerRules({ maxStreams }: { maxStreams: number }): Plugin<ViewerContext> {
  const openStreams = new Map<string, number>();

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { viewer } = args.contextValue;
      if (viewer.kind === 'anonymous') setResultAndStopExecution({ errors: [unauthenticated(viewer)] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const { viewer } = args.contextValue;
      if (viewer.kind === 'anonymous') {
        setResultAndStopExecution({ errors: [unauthenticated(viewer)] });
        return;
      }
      const key = viewerKey(viewer)!;
      if ((openStreams.get(key) ?? 0) >= maxStreams) {
        setResultAndStopExecution({
          errors: [vigilError('LIMIT_EXCEEDED', `At most ${maxStreams} concurrent streams per viewer; close one before opening another`, { limit: maxStreams })],
        });
        return;
      }
      // Reserved now, so concurrent subscribes cannot overshoot the limit while the first ones are set up.
      openStreams.set(key, (openStreams.get(key) ?? 0) + 1);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const left = (openStreams.get(key) ?? 1) - 1;
        if (left > 0) openStreams.set(key, left);
        else openStreams.delete(key);
      };
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable<ExecutionResult>(result)) {
            release();
            return;
          }
          setResult(guardStream(result, viewer.kind === 'admin' ? viewer.expiresAt : null, release));
        },
        onSubscribeError() {
          release();
        },
      };
    },
  };
}
