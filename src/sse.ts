import { randomUUID } from 'node:crypto';
import { type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import { type Response as SseResponse, TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import { type Plugin, type YogaInitialContext, isAsyncIterable } from 'graphql-yoga';
import type { Logger } from 'pino';
import { unauthenticated } from './auth/plugin.ts';
import { type Viewer, viewerKey } from './auth/viewer.ts';

export interface SingleConnectionOptions {
  /** Path of the graphql-sse single connection endpoint. */
  endpoint: string;
  logger: Logger;
  /** Who is asking: a reservation serves only the viewer that made it. */
  authenticate: (request: Request) => Promise<Viewer>;
  /** Most reservations one viewer may hold at once, connected or not. */
  maxReservationsPerViewer?: number;
  /** How long a reservation waits for its event stream (GET) before it is dropped, in milliseconds. */
  reservationTimeoutMs?: number;
  /** Unsent bytes of one event stream beyond which its operations stop pulling results. */
  highWaterBytes?: number;
  /** How often an event stream carries a keep-alive comment, in milliseconds. */
  heartbeatMs?: number;
  /** Aborted when Vigil shuts down: each event stream ends once its operations have completed. */
  draining?: AbortSignal;
}

interface Reservation {
  owner: string;
  /** Until the event stream connects, the reservation lapses at this time (ms since epoch). */
  expiresAt: number;
  connected: boolean;
  timer: NodeJS.Timeout;
}

/** A fresh object each time: the fetch Response keeps the one it is given and adds content-length to it. */
function jsonHeaders(): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8' };
}

function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/**
 * Backpressure for one single-connection event stream: graphql-sse reads every operation's results as they come and
 * queues them unbounded, so each operation pulls its next result only while fewer than `highWaterBytes` of this
 * stream's messages wait unsent. A stalled reader then stops pulling, and the hub's bounded queue decides (conflate or
 * SLOW_CONSUMER) exactly as in distinct mode.
 */
class StreamFlow {
  private outstanding = 0;
  private waiters: Array<() => void> = [];
  private closed = false;
  /** Streaming operations running on this event stream. */
  private operations = 0;
  private draining = false;
  private finish: (() => void) | null = null;
  /** Resolves once Vigil is shutting down and no operation runs on this stream any more. */
  readonly finished = new Promise<void>((resolve) => (this.finish = resolve));

  constructor(private readonly highWaterBytes: number) {}

  operationStarted(): void {
    this.operations++;
  }

  operationEnded(): void {
    this.operations--;
    this.settle();
  }

  drain(): void {
    this.draining = true;
    this.settle();
  }

  private settle(): void {
    if (this.draining && this.operations === 0) this.finish?.();
  }

  ready(): Promise<void> {
    if (this.closed || this.outstanding < this.highWaterBytes) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  produced(bytes: number): void {
    this.outstanding += bytes;
  }

  sent(bytes: number): void {
    this.outstanding = Math.max(0, this.outstanding - bytes);
    if (this.outstanding < this.highWaterBytes) this.release();
  }

  close(): void {
    this.closed = true;
    this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

const keepAlive = new TextEncoder().encode(':\n\n');

/**
 * The same response, its body read only as the client takes it, each chunk credited to the stream's flow, with a
 * keep-alive comment every `heartbeatMs` (graphql-sse's own ping is fixed at 12 s). graphql-sse enqueues whole
 * messages, so a comment never lands inside one. Once the flow is finished (shutting down, no operation left), the
 * stream ends as soon as the operations' last messages (`complete`) have gone out.
 */
function countingSent(response: Response, flow: StreamFlow, heartbeatMs: number): Response {
  const reader = response.body!.getReader();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let lastChunkAt = Date.now();
  const heartbeat = setInterval(() => {
    if ((controller.desiredSize ?? 0) > 0) controller.enqueue(keepAlive);
  }, heartbeatMs);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    controller.close();
    // graphql-sse's cancel settles only once its own stream winds down: do not hold the response for it.
    reader.cancel().catch(() => undefined);
  };
  void flow.finished.then(() => {
    const quiet = setInterval(() => {
      if (closed || Date.now() - lastChunkAt >= 25) {
        clearInterval(quiet);
        close();
      }
    }, 25);
  });
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
    async pull() {
      const chunk = await reader.read();
      if (closed) return;
      if (chunk.done) return close();
      lastChunkAt = Date.now();
      flow.sent(chunk.value.byteLength);
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => {
      closed = true;
      clearInterval(heartbeat);
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The operation's results, pulled only when its stream has room; keeps `throw` so graphql-sse can cancel it. */
function metered(source: AsyncIterable<ExecutionResult>, flow: StreamFlow): AsyncIterableIterator<ExecutionResult> & { throw(error: unknown): Promise<never> } {
  const iterator = source[Symbol.asyncIterator]();
  const done: IteratorResult<ExecutionResult> = { value: undefined, done: true };
  flow.operationStarted();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    flow.operationEnded();
  };
  const metering = {
    async next() {
      await flow.ready();
      try {
        const step = await iterator.next();
        // Approximate wire size (graphql-sse adds the operation id and SSE framing).
        if (!step.done) flow.produced(JSON.stringify(step.value).length + 64);
        else end();
        return step;
      } catch (error) {
        end();
        throw error;
      }
    },
    async return() {
      await iterator.return?.();
      end();
      return done;
    },
    async throw(error: unknown) {
      await iterator.return?.();
      end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return metering;
}

/**
 * GraphQL over SSE, single connection mode (the graphql-sse protocol), run through yoga's envelop so every plugin
 * (validation limits, context, viewer rules, masking) applies as on /graphql. Unlike @graphql-yoga/plugin-graphql-sse
 * it answers malformed operations with GraphQL errors instead of a 500 with a stack trace, issues reservation tokens
 * itself, binds each reservation to the viewer that made it, bounds how many a viewer holds and how long an unused one
 * lives, and answers an unknown token with 404.
 */
export function useSingleConnectionSSE({
  endpoint,
  logger,
  authenticate,
  maxReservationsPerViewer = 10,
  reservationTimeoutMs = 60_000,
  highWaterBytes = 256 * 1024,
  heartbeatMs = 12_000,
  draining,
}: SingleConnectionOptions): Plugin<YogaInitialContext> {
  /** Reservation token -> who made it and whether its event stream is open. */
  const reservations = new Map<string, Reservation>();
  /** Reservation token -> backpressure of its event stream. */
  const flows = new Map<string, StreamFlow>();
  const flowOf = (token: string) => {
    let flow = flows.get(token);
    if (!flow) {
      flows.set(token, (flow = new StreamFlow(highWaterBytes)));
      if (draining?.aborted) flow.drain();
    }
    return flow;
  };
  draining?.addEventListener('abort', () => {
    for (const flow of flows.values()) flow.drain();
  });
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();
  /** Requests Vigil makes to graphql-sse itself, to dispose of a lapsed reservation's stream. */
  const internal = new WeakSet<Request>();
  let handler: (request: Request) => Promise<Response>;

  /** Owner -> its reservation tokens, so counting one viewer's reservations does not scan everyone's. */
  const byOwner = new Map<string, Set<string>>();

  const forget = (token: string) => {
    flows.get(token)?.close();
    flows.delete(token);
    const reservation = reservations.get(token);
    if (!reservation) return;
    clearTimeout(reservation.timer);
    reservations.delete(token);
    const owned = byOwner.get(reservation.owner);
    owned?.delete(token);
    if (owned?.size === 0) byOwner.delete(reservation.owner);
  };

  /**
   * Drops a reservation nobody connected to. graphql-sse keeps its own record of the stream, with any operations
   * already posted to it: an already-aborted GET makes it dispose of both.
   */
  const lapse = (token: string) => {
    const reservation = reservations.get(token);
    if (!reservation || reservation.connected) return;
    forget(token);
    const abort = new AbortController();
    abort.abort();
    const request = new Request(`http://vigil.internal${endpoint}`, { headers: { accept: 'text/event-stream', [TOKEN_HEADER_KEY]: token }, signal: abort.signal });
    internal.add(request);
    handler(request)
      .then((response) => response.body?.cancel())
      .catch((error: unknown) => logger.error({ err: error }, 'could not dispose of a lapsed event stream reservation'));
  };

  /** Whether a reservation is usable now; one past its time is dropped on the spot. */
  const live = (token: string): Reservation | null => {
    const reservation = reservations.get(token);
    if (!reservation) return null;
    if (!reservation.connected && Date.now() >= reservation.expiresAt) {
      lapse(token);
      return null;
    }
    return reservation;
  };

  const heldBy = (owner: string): number => {
    let held = 0;
    for (const token of [...(byOwner.get(owner) ?? [])]) if (live(token)) held++;
    return held;
  };

  const reserve = (owner: string): string => {
    const token = randomUUID();
    const timer = setTimeout(() => lapse(token), reservationTimeoutMs);
    timer.unref();
    reservations.set(token, { owner, expiresAt: Date.now() + reservationTimeoutMs, connected: false, timer });
    let owned = byOwner.get(owner);
    if (!owned) byOwner.set(owner, (owned = new Set()));
    owned.add(token);
    return token;
  };

  const notFound = (): SseResponse => [
    errorBody('Unknown event stream token: reserve one with PUT first', 'NOT_FOUND'),
    { status: 404, statusText: 'Not Found', headers: jsonHeaders() },
  ];

  return {
    onYogaInit({ yoga }) {
      handler = createHandler(
        {
          async authenticate(request) {
            const url = new URL(request.url ?? '', 'http://localhost/');
            const presented = request.headers.get(TOKEN_HEADER_KEY) || url.searchParams.get(TOKEN_QUERY_KEY);
            if (internal.has(request.raw)) return presented ?? undefined;
            const viewer = await authenticate(request.raw);
            const owner = viewerKey(viewer);
            if (request.method === 'PUT') {
              if (viewer.kind === 'anonymous' || !owner) {
                const reason = viewer.kind === 'anonymous' ? viewer.reason : null;
                return [
                  errorBody(reason?.message ?? 'Sign in to reserve an event stream', reason?.code ?? 'UNAUTHENTICATED'),
                  { status: 401, statusText: 'Unauthorized', headers: jsonHeaders() },
                ];
              }
              if (heldBy(owner) >= maxReservationsPerViewer) {
                return [
                  errorBody(
                    `At most ${maxReservationsPerViewer} event stream reservations per viewer; use or let go of one (an unused reservation lapses after ${Math.round(reservationTimeoutMs / 1000)} s)`,
                    'LIMIT_EXCEEDED',
                    { limit: maxReservationsPerViewer },
                  ),
                  { status: 429, statusText: 'Too Many Requests', headers: jsonHeaders() },
                ];
              }
              return reserve(owner);
            }
            if (!presented) return undefined;
            // Another viewer's reservation is answered exactly like an unknown one: it does not exist for them.
            const reservation = live(presented);
            if (!reservation || !owner || reservation.owner !== owner) return notFound();
            return presented;
          },
          async onSubscribe(request, params) {
            const raw = request.raw;
            // As on /graphql: an anonymous caller is refused before its operation is parsed or validated.
            const viewer = await authenticate(raw);
            if (viewer.kind === 'anonymous') return { data: null, errors: [unauthenticated(viewer)] };
            const enveloped = yoga.getEnveloped({ ...serverContexts.get(raw), request: raw, params });
            let document;
            try {
              document = enveloped.parse(params.query);
              // Armor's limits (depth, aliases, cost, ...) throw from validation rather than returning errors.
              const errors = enveloped.validate(enveloped.schema, document);
              if (errors.length > 0) return { data: null, errors };
            } catch (error) {
              // graphql-sse only recognises a ready result by its `data` key.
              if (error instanceof GraphQLError) return { data: null, errors: [error] };
              throw error;
            }
            const contextValue = await enveloped.contextFactory();
            const args: ExecutionArgs = {
              schema: enveloped.schema,
              document,
              contextValue,
              variableValues: params.variables ?? null,
              operationName: params.operationName ?? null,
            };
            const operation = getOperationAST(document, params.operationName);
            const result: unknown = await (operation?.operation === 'subscription' ? enveloped.subscribe(args) : enveloped.execute(args));
            const token = raw.headers.get(TOKEN_HEADER_KEY);
            if (isAsyncIterable(result)) return token ? metered(result as AsyncIterable<ExecutionResult>, flowOf(token)) : (result as AsyncIterable<ExecutionResult>);
            // A refusal (unauthenticated, forbidden, over the stream limit) has errors and no `data`; without the key
            // graphql-sse would take it for execution arguments and answer 400 instead of delivering the errors.
            const ready = result as ExecutionResult;
            return 'data' in ready ? ready : { data: null, ...ready };
          },
        },
        yoga.fetchAPI,
      ) as unknown as (request: Request) => Promise<Response>;
    },
    onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== endpoint) return;
      serverContexts.set(request, serverContext as Record<string, unknown>);
      return handler(request)
        .then(
          (response) => {
            // A reservation lives as long as its event stream: release the token when the client leaves.
            const token = request.headers.get(TOKEN_HEADER_KEY) ?? url.searchParams.get(TOKEN_QUERY_KEY);
            const reservation = token ? reservations.get(token) : undefined;
            if (token && reservation && response.headers.get('content-type')?.startsWith('text/event-stream')) {
              reservation.connected = true;
              clearTimeout(reservation.timer);
              request.signal.addEventListener('abort', () => forget(token), { once: true });
              return response.body ? countingSent(response, flowOf(token), heartbeatMs) : response;
            }
            return response;
          },
          (error: unknown) => {
            logger.error({ err: error }, 'single-connection SSE request failed');
            return new Response(errorBody('Unexpected error', 'INTERNAL_SERVER_ERROR'), { status: 500, headers: jsonHeaders() });
          },
        )
        .then(endResponse);
    },
  };
}
