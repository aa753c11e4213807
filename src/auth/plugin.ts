import { type ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { EventError } from '../events/errors.ts';
import { toClientError, vigilError } from '../schema/errors.ts';
import { redactError, withoutSecrets } from './secrets.ts';
import { type Viewer, viewerKey } from './viewer.ts';

interface ViewerContext {
  viewer: Viewer;
}

/** Why an anonymous viewer is refused: its credential's problem, or the lack of one. */
export function unauthenticated(viewer: Viewer & { kind: 'anonymous' }): GraphQLError {
  if (viewer.reason) return vigilError(viewer.reason.code, viewer.reason.message);
  return vigilError('UNAUTHENTICATED', 'Sign in: send `Authorization: Bearer <token>` (an admin token or a producer token)');
}

const done: IteratorResult<ExecutionResult> = { value: undefined, done: true };
// setTimeout cannot wait longer than this; a later deadline is reached in steps.
const maxTimer = 2 ** 31 - 1;

/**
 * Guards a live result stream: ends it with a TOKEN_EXPIRED result when the viewer's token expires, turns a typed
 * error thrown by the source (e.g. SLOW_CONSUMER) into a final result a client can read, and reports its end once.
 */
function guardStream(results: AsyncIterable<ExecutionResult>, expiresAt: Date | null, onEnd: () => void): AsyncIterableIterator<ExecutionResult> {
  const source = results[Symbol.asyncIterator]();
  let finished = false;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    onEnd();
  };
  // Only the `next` waiting now hears of the expiry: racing every `next` against one long-lived promise would keep
  // every result ever delivered reachable from that promise until it settles (nodejs/node#17469).
  let expired = false;
  let wakeOnExpiry: (() => void) | null = null;
  const armExpiry = (deadline: number) => {
    const remaining = deadline - Date.now();
    timer = setTimeout(
      () => {
        if (remaining > maxTimer) return armExpiry(deadline);
        expired = true;
        wakeOnExpiry?.();
      },
      Math.min(Math.max(0, remaining), maxTimer),
    );
    timer.unref();
  };
  if (expiresAt) armExpiry(expiresAt.getTime());
  const nextOrExpiry = async (): Promise<IteratorResult<ExecutionResult> | 'expired'> => {
    try {
      return await new Promise((resolve, reject) => {
        if (expired) return resolve('expired');
        wakeOnExpiry = () => resolve('expired');
        source.next().then(resolve, reject);
      });
    } finally {
      wakeOnExpiry = null;
    }
  };
  // The last position delivered, so the final error result says where to resume.
  let lastCursor: unknown;
  const closeWith = (error: GraphQLError): IteratorResult<ExecutionResult> => {
    closing = true;
    void source.return?.();
    return { value: { errors: [error], ...(lastCursor === undefined ? {} : { extensions: { cursor: lastCursor } }) }, done: false };
  };

  return {
    async next() {
      if (finished) return done;
      if (closing) {
        finish();
        return done;
      }
      try {
        const step = await nextOrExpiry();
        if (step === 'expired')
          return closeWith(vigilError('TOKEN_EXPIRED', 'Your token has expired; sign in again and resubscribe from your last cursor'));
        if (step.done) {
          finish();
          return step;
        }
        lastCursor = (step.value.extensions as { cursor?: unknown } | undefined)?.cursor ?? lastCursor;
        const value = withoutSecrets(step.value);
        return value === step.value ? step : { value, done: false };
      } catch (error) {
        if (error instanceof EventError || (error instanceof GraphQLError && error.extensions.code))
          return closeWith(redactError(toClientError(error)));
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

/** Live subscriptions per viewer, counted wherever a stream is opened (the hub's delivery, or yoga's own pipeline). */
/** Counts open streams per viewer key: in this process, or across every node (src/cluster/stream-limits.ts). */
export interface StreamCounter {
  /** Counts one more stream of `key` unless it already holds `max`; false when refused. */
  tryAcquire(key: string, max: number): Promise<boolean>;
  release(key: string): void;
}

/** The embedded default: one node, so its own counts are the whole truth. */
export class LocalStreamCounter implements StreamCounter {
  private readonly open = new Map<string, number>();

  async tryAcquire(key: string, max: number): Promise<boolean> {
    const held = this.open.get(key) ?? 0;
    if (held >= max) return false;
    this.open.set(key, held + 1);
    return true;
  }

  release(key: string): void {
    const left = (this.open.get(key) ?? 1) - 1;
    if (left > 0) this.open.set(key, left);
    else this.open.delete(key);
  }
}

export class StreamLimits {
  constructor(
    readonly maxStreams: number,
    private readonly counter: StreamCounter = new LocalStreamCounter(),
    /** Told of every stream refused for the limit. */
    private readonly onRefused: (viewer: Viewer, limit: number) => void = () => undefined,
  ) {}

  /** Counts a new stream of `viewer`, or refuses it with LIMIT_EXCEEDED (or UNAUTHENTICATED) when it may not open one. */
  async acquire(viewer: Viewer): Promise<GraphQLError | null> {
    if (viewer.kind === 'anonymous') return unauthenticated(viewer);
    if (await this.counter.tryAcquire(viewerKey(viewer)!, this.maxStreams)) return null;
    this.onRefused(viewer, this.maxStreams);
    return vigilError('LIMIT_EXCEEDED', `At most ${this.maxStreams} concurrent streams per viewer; close one before opening another`, {
      limit: this.maxStreams,
    });
  }

  release(viewer: Viewer): void {
    const key = viewerKey(viewer);
    if (key !== null) this.counter.release(key);
  }
}

export interface ViewerRulesOptions {
  /** The per-viewer stream limit, shared with the hub's delivery. */
  limits: StreamLimits;
  /** Who is asking; consulted before the operation is even parsed. */
  authenticate: (request: Request) => Promise<Viewer>;
  /** Whether the hub's delivery serves this operation's stream (and so counts and guards it itself). */
  deliveredByHub: (context: unknown) => boolean;
}

/**
 * Request-level rules every operation passes before it runs: a known viewer (checked before parsing, so an anonymous
 * caller learns nothing of the schema from validation errors), and at most `maxStreams` live subscriptions per
 * viewer; and no credential in an error sent back (a token pasted into an id argument is echoed by "no such id"
 * errors). Field- and type-level roles are Pothos scope-auth's job.
 */
export function useViewerRules({ limits, authenticate, deliveredByHub }: ViewerRulesOptions): Plugin<ViewerContext> {
  return {
    async onParams({ request, setResult }) {
      const viewer = await authenticate(request);
      if (viewer.kind === 'anonymous') setResult({ errors: [unauthenticated(viewer)] });
    },
    onResultProcess({ result, setResult }) {
      // Errors raised before any operation runs quote the request: yoga's invalid-JSON error echoes the body.
      if (Array.isArray(result)) setResult(result.map((item) => (isAsyncIterable(item) ? item : withoutSecrets(item))));
      else if (!isAsyncIterable(result)) setResult(withoutSecrets(result));
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (!(result instanceof GraphQLError)) return;
        const redacted = redactError(result);
        if (redacted !== result) replaceParseResult(redacted);
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => (error instanceof GraphQLError ? redactError(error) : error)));
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const { viewer } = args.contextValue;
      if (viewer.kind === 'anonymous') {
        setResultAndStopExecution({ errors: [unauthenticated(viewer)] });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result)) setResult(withoutSecrets(result));
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const { viewer } = args.contextValue;
      if (deliveredByHub(args.contextValue)) return;
      // Reserved now, so concurrent subscribes cannot overshoot the limit while the first ones are set up.
      const refused = await limits.acquire(viewer);
      if (refused) {
        setResultAndStopExecution({ errors: [refused] });
        return;
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        limits.release(viewer);
      };
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable<ExecutionResult>(result)) {
            release();
            setResult(withoutSecrets(result as ExecutionResult));
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
