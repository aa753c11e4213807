import type { ProducerError } from './errors.ts';

export interface RetryOptions {
  /** Delay before the first retry, in ms; doubles on every further failure (with jitter). Default 100. */
  initialDelayMs?: number;
  /** Longest delay between retries, in ms. Default 5,000. */
  maxDelayMs?: number;
  /** Attempts per request before its events fail with UNAVAILABLE. Default Infinity: retry until the hub answers. */
  maxAttempts?: number;
}

export interface RetryInfo {
  /** Consecutive failed requests so far. */
  attempt: number;
  delayMs: number;
  /** Events in the failed request. */
  events: number;
  reason: string;
  /** Set when the hub refused the request for its producer rate limit (RATE_LIMITED): the wait it asked for; delayMs is never less. */
  retryAfterMs?: number;
}

export interface ProducerOptions {
  /** The hub's GraphQL endpoint, e.g. "http://localhost:4000/graphql". */
  url: string;
  /** This game server's producer token (`vgp_…`). */
  token: string;
  /** The server this producer reports as; the token must be issued for it. */
  serverId: string;
  /** A batch leaves once its oldest event has waited this long, in ms. Default 50. */
  flushIntervalMs?: number;
  /** A batch leaves at once when this many events are queued; also the most events per request. Default 500. */
  maxBatchEvents?: number;
  /** Most bytes of events per request; keep it under the hub's VIGIL_MAX_BODY_BYTES (1 MiB). Default 512 KiB. */
  maxBatchBytes?: number;
  /** Most events held (queued, in flight or being retried); a method called beyond it rejects with QUEUE_FULL. Default 50,000. */
  maxQueuedEvents?: number;
  /** A request unanswered after this long is abandoned and retried, in ms. Default 10,000. */
  requestTimeoutMs?: number;
  retry?: RetryOptions;
  /** Path of a SQLite file keeping unsent events across restarts of the game server (one file per serverId). */
  outbox?: string;
  /** Called for every event that will not be stored, whether or not anyone awaits its promise. */
  onFailed?: (error: ProducerError) => void;
  /** Called before every retry of a failed request. */
  onRetry?: (info: RetryInfo) => void;
}

/** The options checked, with every default filled in and the callbacks made safe to call. */
export type ProducerSettings = Required<Omit<ProducerOptions, 'outbox' | 'retry'>> & {
  retry: Required<RetryOptions>;
  outbox: string | null;
};

/** Checks a producer's options and fills in the defaults; throws a TypeError naming the first wrong option. */
export function producerSettings(options: ProducerOptions): ProducerSettings {
  if (!options.url) throw new TypeError('createProducer: url is required');
  if (!options.token) throw new TypeError('createProducer: token is required');
  if (!options.serverId) throw new TypeError('createProducer: serverId is required');
  const flushIntervalMs = options.flushIntervalMs ?? 50;
  if (!(flushIntervalMs >= 0)) throw new TypeError('createProducer: flushIntervalMs must be 0 or more');
  return {
    url: options.url,
    token: options.token,
    serverId: options.serverId,
    flushIntervalMs,
    maxBatchEvents: positive('maxBatchEvents', options.maxBatchEvents, 500),
    maxBatchBytes: positive('maxBatchBytes', options.maxBatchBytes, 512 * 1024),
    maxQueuedEvents: positive('maxQueuedEvents', options.maxQueuedEvents, 50_000),
    requestTimeoutMs: positive('requestTimeoutMs', options.requestTimeoutMs, 10_000),
    retry: {
      initialDelayMs: positive('retry.initialDelayMs', options.retry?.initialDelayMs, 100),
      maxDelayMs: positive('retry.maxDelayMs', options.retry?.maxDelayMs, 5_000),
      maxAttempts: positive('retry.maxAttempts', options.retry?.maxAttempts, Infinity),
    },
    outbox: options.outbox || null,
    onFailed: safely(options.onFailed),
    onRetry: safely(options.onRetry),
  };
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new TypeError(`createProducer: ${name} must be greater than 0, got ${value}`);
  return value;
}

/** A throwing callback must not stall the queue; its error surfaces as an uncaught exception, as a throwing listener's would. */
function safely<A>(callback: ((arg: A) => void) | undefined): (arg: A) => void {
  if (!callback) return () => undefined;
  return (arg) => {
    try {
      callback(arg);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };
}
