import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { ProducerIngest } from './documents.ts';
import { type EventFamily, ProducerError, type ProducerIssue } from './errors.ts';
import type {
  ChatMessageInput,
  MapEntitiesInput,
  OpenTicketInput,
  PlayerActivityInput,
  Priority,
  SecurityIncidentInput,
  ServerStatusInput,
  Stream,
  TelemetryInput,
} from './gql/graphql.ts';
import { Outbox } from './outbox.ts';

/** A method's input: the hub's ingest input without what the producer fills in itself. */
export type Report<Input> = Omit<Input, 'serverId' | 'occurredAt' | 'dedupKey'> & {
  /** When it happened by the game server's clock; defaults to the moment the method is called. */
  occurredAt?: Date | string;
  /** Idempotency key; by default the producer assigns `<instanceId>-<sequence>`. */
  dedupKey?: string;
};

export type ServerStatusReport = Report<ServerStatusInput>;
export type TelemetryReport = Report<TelemetryInput>;
export type MapEntitiesReport = Report<MapEntitiesInput>;
export type ChatReport = Report<ChatMessageInput>;
export type PlayerActivityReport = Report<PlayerActivityInput>;
export type SecurityIncidentReport = Report<SecurityIncidentInput>;
export type OpenTicketReport = Report<OpenTicketInput>;

/** What the hub answers for a stored event: its envelope, with the cursor to resume after it. */
export interface StoredEvent {
  id: string;
  cursor: string;
  stream: Stream;
  type: string;
  serverId: string;
  occurredAt: string;
  receivedAt: string;
  priority: Priority;
}

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

export interface ProducerStats {
  /** Events held now: waiting, in flight or being retried. */
  queued: number;
  /** Events the hub has acknowledged as stored. */
  sent: number;
  /** Events sent again because their request failed or a neighbour in it was refused (counted per resend). */
  retried: number;
  /** Events that will not be stored: refused by the hub, queue full, closed, or retries exhausted. */
  failed: number;
  /** Ingest requests made. */
  requests: number;
}

/** Counts every map update as one event, as the hub does. */
type Weighted = { weight: number };

interface Pending extends Weighted {
  id: number;
  family: EventFamily;
  dedupKey: string;
  /** The `IngestEvent` element, serialized once and sent as is on every attempt so a retry is byte-identical. */
  json: string;
  bytes: number;
  enqueuedAt: number;
  attempts: number;
  /** Attempts the hub refused for its rate limit: they do not count toward retry.maxAttempts. */
  throttled: number;
  outboxSeq: number | null;
  done: Promise<StoredEvent[]>;
  resolve(events: StoredEvent[]): void;
  reject(error: ProducerError): void;
}

type Outcome =
  | { kind: 'stored'; events: StoredEvent[] }
  /** The hub refused some events for their content: fail those, resend the rest. */
  | { kind: 'refused'; failures: Map<number, { code: 'BAD_USER_INPUT' | 'CONFLICT'; issues: ProducerIssue[]; message: string }> }
  | { kind: 'tooLarge'; limit: 'bytes' | 'events'; message: string; maxEvents?: number }
  /** A content error that names no event: send smaller batches until it does. */
  | { kind: 'unattributed'; message: string }
  | { kind: 'credential'; code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'FORBIDDEN'; message: string }
  /** The hub refused the whole request for the token's rate limit and said when to come back. */
  | { kind: 'rateLimited'; retryAfterMs: number; reason: string }
  | { kind: 'transient'; reason: string };

interface WireResult {
  data?: { ingest?: StoredEvent[] } | null;
  errors?: WireError[];
}

interface WireError {
  message?: string;
  extensions?: { code?: unknown; issues?: unknown; dedupKey?: unknown; retryAfterMs?: unknown };
}

const ingestQuery = print(ProducerIngest);
const requestHead = `{"operationName":"ProducerIngest","query":${JSON.stringify(ingestQuery)},"variables":{"events":[`;
const credentialCodes = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'FORBIDDEN']);
const families = new Set<EventFamily>(['serverStatus', 'telemetry', 'mapEntities', 'chat', 'playerActivity', 'securityIncident', 'openTicket']);
const ignore = () => undefined;

/** A throwing callback must not stall the queue; its error surfaces as an uncaught exception, as a throwing listener's would. */
function safely<A>(callback: ((arg: A) => void) | undefined): (arg: A) => void {
  if (!callback) return ignore;
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

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new TypeError(`createProducer: ${name} must be greater than 0, got ${value}`);
  return value;
}

/**
 * A game server's connection to the hub: typed methods per event family, batched into `ingest` requests, retried with
 * backoff, exactly once by dedupKey, optionally backed by an on-disk outbox. Create it with `createProducer`.
 */
export class Producer {
  readonly serverId: string;
  /** Prefix of the dedupKeys this instance assigns: random, so keys never repeat across restarts of the game server. */
  readonly instanceId: string = randomBytes(6).toString('base64url');
  private readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly flushIntervalMs: number;
  private readonly maxBatchEvents: number;
  private readonly maxQueuedEvents: number;
  private readonly requestTimeoutMs: number;
  private readonly retry: Required<RetryOptions>;
  private readonly outbox: Outbox | null;
  private readonly onFailed: (error: ProducerError) => void;
  private readonly onRetry: (info: RetryInfo) => void;

  /** Every event not yet stored or failed, in the order given; a request always takes a prefix. */
  private queue: Pending[] = [];
  private queuedWeight = 0;
  private sequence = 0;
  private nextId = 1;
  private sending = false;
  private lingerTimer: NodeJS.Timeout | null = null;
  private backoffTimer: NodeJS.Timeout | null = null;
  private consecutiveFailures = 0;
  /** Lowered, for good, when the hub says a request was too large. */
  private eventCap: number;
  private byteCap: number;
  /** One request of at most this many events, to find which event a content error is about. */
  private isolateNext: number | null = null;
  /** Events up to this id leave without waiting for the flush interval (flush, close). */
  private flushThrough = 0;
  private closing = false;
  private closed = false;
  private readonly inFlight = new AbortController();
  private idleWaiters: Array<() => void> = [];
  private readonly counters = { sent: 0, retried: 0, failed: 0, requests: 0 };

  constructor(options: ProducerOptions) {
    if (!options.url) throw new TypeError('createProducer: url is required');
    if (!options.token) throw new TypeError('createProducer: token is required');
    if (!options.serverId) throw new TypeError('createProducer: serverId is required');
    this.url = options.url;
    this.serverId = options.serverId;
    this.headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${options.token}`,
    };
    this.flushIntervalMs = options.flushIntervalMs ?? 50;
    if (!(this.flushIntervalMs >= 0)) throw new TypeError('createProducer: flushIntervalMs must be 0 or more');
    this.maxBatchEvents = positive('maxBatchEvents', options.maxBatchEvents, 500);
    this.byteCap = positive('maxBatchBytes', options.maxBatchBytes, 512 * 1024);
    this.eventCap = this.maxBatchEvents;
    this.maxQueuedEvents = positive('maxQueuedEvents', options.maxQueuedEvents, 50_000);
    this.requestTimeoutMs = positive('requestTimeoutMs', options.requestTimeoutMs, 10_000);
    this.retry = {
      initialDelayMs: positive('retry.initialDelayMs', options.retry?.initialDelayMs, 100),
      maxDelayMs: positive('retry.maxDelayMs', options.retry?.maxDelayMs, 5_000),
      maxAttempts: positive('retry.maxAttempts', options.retry?.maxAttempts, Infinity),
    };
    this.onFailed = safely(options.onFailed);
    this.onRetry = safely(options.onRetry);
    this.outbox = options.outbox ? new Outbox(options.outbox, this.serverId) : null;
    for (const entry of this.outbox?.entries() ?? []) this.recover(entry.seq, entry.json);
    this.schedule();
  }

  /** Reports the server's state, player count and health. */
  serverStatus(report: ServerStatusReport): Promise<StoredEvent> {
    return this.single('serverStatus', report);
  }

  /** Reports one metrics sample: CPU, memory, network, database. */
  telemetry(report: TelemetryReport): Promise<StoredEvent> {
    return this.single('telemetry', report);
  }

  /** Reports entity updates on one map; resolves with one stored event per update, in order. */
  mapEntities(report: MapEntitiesReport): Promise<StoredEvent[]> {
    return this.exposed(this.enqueue('mapEntities', report, Math.max(1, report.updates?.length ?? 1)));
  }

  /** Reports a chat message, a whisper, or a player joining or leaving a channel. */
  chat(report: ChatReport): Promise<StoredEvent> {
    return this.single('chat', report);
  }

  /** Reports a player joining, leaving, or doing something. */
  playerActivity(report: PlayerActivityReport): Promise<StoredEvent> {
    return this.single('playerActivity', report);
  }

  /** Reports a violation, a ban, a detected bot or a detected hack. */
  securityIncident(report: SecurityIncidentReport): Promise<StoredEvent> {
    return this.single('securityIncident', report);
  }

  /** Opens a support ticket on behalf of a player; the stored event's id is the ticket's first event. */
  openTicket(report: OpenTicketReport): Promise<StoredEvent> {
    return this.single('openTicket', report);
  }

  stats(): ProducerStats {
    return { queued: this.queuedWeight, ...this.counters };
  }

  /** Sends everything queued so far without waiting for the flush interval; resolves once each is stored or failed. */
  async flush(): Promise<void> {
    const targets = this.queue.map((pending) => pending.done);
    this.flushThrough = this.nextId - 1;
    this.schedule();
    await Promise.allSettled(targets);
  }

  /**
   * Stops taking events, sends what is queued and resolves once all of it is stored or failed. With `timeoutMs`, gives
   * up after that long: what is left rejects with CLOSED (and stays in the outbox), and close rejects with CLOSED.
   */
  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    this.schedule();
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.notifyIfIdle();
    let timer: NodeJS.Timeout | undefined;
    const timedOut =
      options.timeoutMs === undefined
        ? await idle.then(() => false)
        : await Promise.race([
            idle.then(() => false),
            new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), options.timeoutMs))),
          ]);
    clearTimeout(timer);
    const abandoned = timedOut ? this.abandon() : 0;
    this.closed = true;
    this.clearTimers();
    this.outbox?.close();
    if (abandoned > 0) {
      throw new ProducerError(
        'CLOSED',
        `${abandoned} event(s) were not acknowledged within ${options.timeoutMs} ms${this.outbox ? '; they stay in the outbox' : ''}`,
      );
    }
  }

  private single(family: Exclude<EventFamily, 'mapEntities'>, report: Report<object>): Promise<StoredEvent> {
    return this.exposed(this.enqueue(family, report, 1).then((events) => events[0]!));
  }

  /** A caller may fire and forget: failures also reach onFailed and the counters, never an unhandled rejection. */
  private exposed<T>(promise: Promise<T>): Promise<T> {
    promise.catch(ignore);
    return promise;
  }

  private enqueue(family: EventFamily, report: Report<object>, weight: number): Promise<StoredEvent[]> {
    const refuse = (code: 'CLOSED' | 'QUEUE_FULL' | 'BAD_USER_INPUT', message: string) => {
      const error = new ProducerError(code, message, { family, dedupKey: report.dedupKey ?? null });
      this.counters.failed += weight;
      this.onFailed(error);
      return Promise.reject(error);
    };
    if (this.closing) return refuse('CLOSED', `${family}: the producer is closed`);
    if (this.queuedWeight + weight > this.maxQueuedEvents) {
      return refuse(
        'QUEUE_FULL',
        `${family}: the producer already holds ${this.queuedWeight} events (maxQueuedEvents ${this.maxQueuedEvents}); the hub is slow or unreachable`,
      );
    }
    const dedupKey = report.dedupKey ?? `${this.instanceId}-${++this.sequence}`;
    const occurredAt = report.occurredAt instanceof Date ? report.occurredAt.toISOString() : (report.occurredAt ?? new Date().toISOString());
    let json: string;
    try {
      json = JSON.stringify({ [family]: { ...report, serverId: this.serverId, dedupKey, occurredAt } });
    } catch (error) {
      return refuse('BAD_USER_INPUT', `${family}: the event cannot be serialized: ${(error as Error).message}`);
    }
    return this.push(family, dedupKey, json, weight, this.outbox?.add(json) ?? null);
  }

  private recover(seq: number, json: string): void {
    const element = JSON.parse(json) as Record<string, { dedupKey: string; updates?: unknown[] }>;
    const family = Object.keys(element)[0] as EventFamily;
    const input = element[family]!;
    if (!families.has(family)) throw new Error(`The outbox ${this.outbox!.path} holds an event of unknown kind "${family}"`);
    const weight = family === 'mapEntities' ? Math.max(1, input.updates?.length ?? 1) : 1;
    // Nobody holds these promises any more: their failures reach onFailed and the counters only.
    void this.push(family, input.dedupKey, json, weight, seq).catch(ignore);
  }

  private push(family: EventFamily, dedupKey: string, json: string, weight: number, outboxSeq: number | null): Promise<StoredEvent[]> {
    let settle!: Pick<Pending, 'resolve' | 'reject'>;
    const done = new Promise<StoredEvent[]>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(ignore);
    this.queue.push({
      id: this.nextId++,
      family,
      dedupKey,
      json,
      bytes: Buffer.byteLength(json) + 1,
      weight,
      enqueuedAt: Date.now(),
      attempts: 0,
      throttled: 0,
      outboxSeq,
      done,
      ...settle,
    });
    this.queuedWeight += weight;
    this.schedule();
    return done;
  }

  /** Sends the next batch when it is due: full, old enough, flushed or closing; at most one request at a time keeps order. */
  private schedule(): void {
    if (this.sending || this.backoffTimer || this.closed) return;
    const head = this.queue[0];
    if (!head) {
      this.notifyIfIdle();
      return;
    }
    const wait = head.enqueuedAt + this.flushIntervalMs - Date.now();
    if (this.closing || head.id <= this.flushThrough || this.queuedWeight >= this.maxBatchEvents || wait <= 0) {
      if (this.lingerTimer) clearTimeout(this.lingerTimer);
      this.lingerTimer = null;
      void this.sendBatch();
    } else if (!this.lingerTimer) {
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = null;
        this.schedule();
      }, wait);
    }
  }

  private takeBatch(): Pending[] {
    const maxCount = this.isolateNext ?? Infinity;
    this.isolateNext = null;
    const batch: Pending[] = [];
    let weight = 0;
    let bytes = 0;
    for (const pending of this.queue) {
      if (batch.length > 0 && (batch.length >= maxCount || weight + pending.weight > this.eventCap || bytes + pending.bytes > this.byteCap)) break;
      batch.push(pending);
      weight += pending.weight;
      bytes += pending.bytes;
    }
    return batch;
  }

  private async sendBatch(): Promise<void> {
    const batch = this.takeBatch();
    this.sending = true;
    for (const pending of batch) {
      if (pending.attempts > 0) this.counters.retried += pending.weight;
      pending.attempts++;
    }
    this.counters.requests++;
    const outcome = await this.post(batch);
    this.sending = false;
    if (this.closed) return;
    try {
      this.apply(batch, outcome);
    } finally {
      this.schedule();
    }
  }

  private apply(batch: Pending[], outcome: Outcome): void {
    const weightOf = (items: Weighted[]) => items.reduce((sum, item) => sum + item.weight, 0);
    const errorFor = (pending: Pending, code: ProducerError['code'], message: string, issues: ProducerIssue[] = []) =>
      new ProducerError(code, `${pending.family} (${pending.dedupKey}): ${message}`, { family: pending.family, dedupKey: pending.dedupKey, issues });
    switch (outcome.kind) {
      case 'stored': {
        this.consecutiveFailures = 0;
        let offset = 0;
        for (const pending of batch) {
          const events = outcome.events.slice(offset, (offset += pending.weight));
          this.counters.sent += pending.weight;
          pending.resolve(events);
        }
        this.outbox?.delete(batch.flatMap((pending) => (pending.outboxSeq === null ? [] : [pending.outboxSeq])));
        this.remove(batch);
        return;
      }
      case 'refused': {
        this.consecutiveFailures = 0;
        const refused = [...outcome.failures].map(([index, failure]) => {
          const pending = batch[index]!;
          this.fail(pending, errorFor(pending, failure.code, failure.message, failure.issues), true);
          return pending;
        });
        this.remove(refused);
        return;
      }
      case 'tooLarge': {
        if (batch.length === 1) {
          const pending = batch[0]!;
          const error =
            outcome.limit === 'bytes'
              ? errorFor(pending, 'PAYLOAD_TOO_LARGE', outcome.message)
              : errorFor(pending, 'BAD_USER_INPUT', outcome.message, [{ path: 'updates', message: outcome.message }]);
          this.fail(pending, error, true);
          this.remove(batch);
        } else if (outcome.limit === 'bytes') {
          this.byteCap = Math.max(1, Math.floor(batch.reduce((sum, pending) => sum + pending.bytes, 0) / 2));
        } else {
          this.eventCap = Math.max(1, Math.min(outcome.maxEvents ?? Infinity, Math.floor(weightOf(batch) / 2)));
        }
        return;
      }
      case 'unattributed': {
        if (batch.length === 1) {
          const pending = batch[0]!;
          this.fail(pending, errorFor(pending, 'BAD_USER_INPUT', outcome.message, [{ path: '', message: outcome.message }]), true);
          this.remove(batch);
        } else {
          this.isolateNext = Math.ceil(batch.length / 2);
        }
        return;
      }
      case 'credential': {
        // Not the events' fault: they stay in the outbox, for a restart with a valid token.
        for (const pending of batch) this.fail(pending, errorFor(pending, outcome.code, outcome.message), false);
        this.remove(batch);
        return;
      }
      case 'rateLimited': {
        this.consecutiveFailures++;
        for (const pending of batch) pending.throttled++;
        // Never sooner than the hub asked; a little later, so producers refused together do not return together.
        const delayMs = Math.ceil(outcome.retryAfterMs * (1 + Math.random() / 10));
        this.onRetry({
          attempt: this.consecutiveFailures,
          delayMs,
          events: weightOf(batch),
          reason: outcome.reason,
          retryAfterMs: outcome.retryAfterMs,
        });
        this.backOff(delayMs);
        return;
      }
      case 'transient': {
        this.consecutiveFailures++;
        if (batch[0]!.attempts - batch[0]!.throttled >= this.retry.maxAttempts) {
          for (const pending of batch)
            this.fail(pending, errorFor(pending, 'UNAVAILABLE', `gave up after ${pending.attempts} attempts: ${outcome.reason}`), false);
          this.remove(batch);
          return;
        }
        const ceiling = Math.min(this.retry.maxDelayMs, this.retry.initialDelayMs * 2 ** (this.consecutiveFailures - 1));
        // Equal jitter: a fleet that lost the hub together does not come back in lockstep.
        const delayMs = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
        this.onRetry({ attempt: this.consecutiveFailures, delayMs, events: weightOf(batch), reason: outcome.reason });
        this.backOff(delayMs);
        return;
      }
    }
  }

  private backOff(delayMs: number): void {
    this.backoffTimer = setTimeout(() => {
      this.backoffTimer = null;
      this.schedule();
    }, delayMs);
  }

  private fail(pending: Pending, error: ProducerError, dropFromOutbox: boolean): void {
    this.counters.failed += pending.weight;
    if (dropFromOutbox && pending.outboxSeq !== null) this.outbox?.delete([pending.outboxSeq]);
    pending.reject(error);
    this.onFailed(error);
  }

  private remove(settled: readonly Pending[]): void {
    if (settled.length === 0) return;
    const gone = new Set(settled);
    this.queue = this.queue.filter((pending) => !gone.has(pending));
    for (const pending of settled) this.queuedWeight -= pending.weight;
  }

  private async post(batch: readonly Pending[]): Promise<Outcome> {
    const body = `${requestHead}${batch.map((pending) => pending.json).join(',')}]}}`;
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: this.headers,
        body,
        signal: AbortSignal.any([this.inFlight.signal, AbortSignal.timeout(this.requestTimeoutMs)]),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'transient', reason: cause?.code ?? cause?.message ?? (error as Error).message };
    }
    if (status === 413) return { kind: 'tooLarge', limit: 'bytes', message: 'the event is larger than the hub accepts in one request' };
    let result: WireResult | null;
    try {
      result = JSON.parse(text) as WireResult | null;
    } catch {
      return { kind: 'transient', reason: `HTTP ${status}: not a GraphQL response` };
    }
    const errors = result?.errors ?? [];
    if (errors.length === 0 && Array.isArray(result?.data?.ingest)) return { kind: 'stored', events: result.data.ingest };
    const credential = errors.find((error) => credentialCodes.has(String(error.extensions?.code)));
    if (credential) {
      return {
        kind: 'credential',
        code: credential.extensions!.code as 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'FORBIDDEN',
        message: credential.message ?? 'refused',
      };
    }
    const limited = errors.find((error) => error.extensions?.code === 'RATE_LIMITED');
    if (limited) {
      const retryAfterMs = Number(limited.extensions?.retryAfterMs);
      return {
        kind: 'rateLimited',
        retryAfterMs: Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? retryAfterMs : this.retry.initialDelayMs,
        reason: `RATE_LIMITED: ${limited.message ?? 'refused'}`,
      };
    }
    const content = errors.filter(isContentError);
    if (errors.length === 0 || content.length < errors.length || status >= 500) {
      return { kind: 'transient', reason: `HTTP ${status}: ${errors.map((error) => error.message).join('; ') || 'no answer'}` };
    }
    return attribute(content, batch);
  }

  private notifyIfIdle(): void {
    if (this.queue.length > 0 || this.sending) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Gives up on everything still held; returns how many events that was. */
  private abandon(): number {
    this.inFlight.abort();
    const left = this.queue;
    for (const pending of left)
      this.fail(
        pending,
        new ProducerError('CLOSED', `${pending.family} (${pending.dedupKey}): the producer closed before the hub acknowledged it`, {
          family: pending.family,
          dedupKey: pending.dedupKey,
        }),
        false,
      );
    this.remove(left);
    return left.reduce((sum, pending) => sum + pending.weight, 0);
  }

  private clearTimers(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    if (this.backoffTimer) clearTimeout(this.backoffTimer);
    this.lingerTimer = this.backoffTimer = null;
  }
}

/** graphql-js reports a variable that does not fit the schema as `Variable "$events" got invalid value … at "events[3].chat.kind"; …`. */
const variableError = /^Variable "\$events" got invalid value [\s\S]*? at "events\[(\d+)\]([^"]*)"; ([\s\S]*)$/;

function isContentError(error: WireError): boolean {
  const code = error.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return true;
  // Errors the hub raises before execution (variables, validation) carry no code; they answer 400, not 5xx.
  return code === undefined && typeof error.message === 'string' && error.message !== 'Unexpected error.';
}

/** Splits "events.3.chat.text" into the batch index and the path inside the method's input ("text"). */
function splitPath(path: string): { index: number; field: string } | null {
  const match = /^events\.(\d+)(?:\.[^.]+)?(?:\.(.*))?$/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : null;
}

/** Finds which events of the batch the hub's content errors are about. */
function attribute(errors: readonly WireError[], batch: readonly Pending[]): Outcome {
  const failures = new Map<number, { code: 'BAD_USER_INPUT' | 'CONFLICT'; issues: ProducerIssue[]; message: string }>();
  const add = (index: number, code: 'BAD_USER_INPUT' | 'CONFLICT', issue: ProducerIssue) => {
    if (index >= batch.length) return false;
    const failure = failures.get(index) ?? { code, issues: [], message: '' };
    failure.issues.push(issue);
    failure.message = failure.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    failures.set(index, failure);
    return true;
  };
  const unattributed: string[] = [];
  for (const error of errors) {
    const message = error.message ?? 'refused';
    const { code, issues, dedupKey } = error.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && Array.isArray(issues)) {
      for (const issue of issues as ProducerIssue[]) {
        const at = splitPath(String(issue.path));
        if (at && add(at.index, 'BAD_USER_INPUT', { path: at.field, message: issue.message })) continue;
        const limit = issue.path === 'events' ? /at most (\d+)/.exec(issue.message) : null;
        if (limit) return { kind: 'tooLarge', limit: 'events', message: `the hub's batch limit: ${issue.message}`, maxEvents: Number(limit[1]) };
        unattributed.push(message);
      }
    } else if (code === 'CONFLICT' && typeof dedupKey === 'string') {
      const index = batch.findIndex((pending) => pending.dedupKey === dedupKey);
      const mapIndex = batch.findIndex((pending) => pending.family === 'mapEntities' && dedupKey.startsWith(`${pending.dedupKey}#`));
      const conflicting = index >= 0 ? index : mapIndex;
      if (conflicting < 0 || !add(conflicting, 'CONFLICT', { path: 'dedupKey', message })) unattributed.push(message);
    } else {
      const variable = variableError.exec(message);
      if (variable) {
        const field = variable[2]!.replace(/\[(\d+)\]/g, '.$1').replace(/^\.[^.]+\.?/, '');
        const detail = variable[3]!;
        const missing = /^Field "(\w+)" of required type/.exec(detail)?.[1];
        if (add(Number(variable[1]), 'BAD_USER_INPUT', { path: missing ? (field ? `${field}.${missing}` : missing) : field, message: detail }))
          continue;
      }
      unattributed.push(message);
    }
  }
  // Fail what is known first; the rest goes again and tells more.
  if (failures.size > 0) return { kind: 'refused', failures };
  return { kind: 'unattributed', message: unattributed.join('; ') || 'refused' };
}
