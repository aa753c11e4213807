import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ExecutionResult, type GraphQLError, getOperationAST, parse } from 'graphql';
import type { GraphQLParams, YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { StreamLimits } from '../auth/plugin.ts';
import { unauthenticated } from '../auth/plugin.ts';
import { withoutSecrets } from '../auth/secrets.ts';
import { describeViewer, type Viewer } from '../auth/viewer.ts';
import type { StoredEvent } from '../events/envelope.ts';
import type { FeedRequest } from '../events/feed.ts';
import { toClientError, vigilError, withErrorParts } from '../schema/errors.ts';
import { DeliveryClock } from './clock.ts';
import { Flusher, SseConnection } from './connection.ts';
import type { ReservationDirectory } from './directory.ts';
import { distinctCompleteFrame } from './frames.ts';
import { EventPayload, GroupRegistry, groupKey } from './group.ts';
import { acceptedTypes, fetchRequestOf, forwardToYoga, graphqlParams, HttpRefusal, readPostBody, sendRefusal } from './http.ts';
import { type OperationOutcome, runOperation } from './operation.ts';
import { slotOf } from './plugin.ts';
import { SingleConnections } from './single.ts';
import type { ByMode } from './stats.ts';
import { DeliveryStats } from './stats.ts';
import { type Framing, Subscription, type SubscriptionOptions } from './subscription.ts';
import { ValueSubscription } from './value-subscription.ts';

export { useHubDelivery } from './plugin.ts';

export interface DeliveryOptions {
  yoga: YogaServerInstance<Record<string, never>, Record<string, unknown>>;
  logger: Logger;
  authenticate: (request: Request) => Promise<Viewer>;
  limits: StreamLimits;
  graphqlEndpoint: string;
  /** The graphql-sse endpoint: single connection mode with a reservation token, distinct mode without. */
  streamEndpoint: string;
  maxBodyBytes: number;
  /** How often an idle event stream carries a keep-alive comment, in milliseconds. */
  heartbeatMs: number;
  maxReservationsPerViewer: number;
  /** How long a reservation waits for its event stream before it lapses, in milliseconds. */
  reservationTimeoutMs: number;
  /** Unsent bytes of one connection beyond which it takes no more frames. */
  highWaterBytes?: number;
  /** How long one slice of flushing the connections may hold the event loop, in milliseconds (VIGIL_FLUSH_SLICE). */
  flushSliceMs: number;
  /** Single-connection reservations shared with the other nodes (Redis); absent on a node of its own. */
  directory?: ReservationDirectory | null;
}

/** The hub's side of GraphQL over SSE: both modes, every stream from accepted subscription to socket (docs/ARCHITECTURE.md, step 5). */
export interface Delivery {
  /** Serves `req` when it is an event stream or a single-connection request; false when yoga should serve it. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Whether the hub's delivery serves an operation with this context (used by the viewer rules). */
  deliveredByHub(context: unknown): boolean;
  /** Shutting down: every stream ends once its subscriptions have completed; new ones complete at once. */
  drain(): void;
  /** Stops the timers. */
  close(): void;
  /** Subscriber groups sharing execution, for stats and tests. */
  readonly groupCount: number;
  /** Connections, subscriptions and deliveries, counted as they happen. */
  readonly stats: DeliveryStats;
}

/** Whether the operation to run is a subscription (false for a document that does not parse: yoga reports that). */
function isSubscription(query: string, operationName: string | undefined): boolean {
  try {
    return getOperationAST(parse(query), operationName)?.operation === 'subscription';
  } catch {
    return false;
  }
}

/**
 * An error as an SSE message carries it: yoga's `extensions.http` (the status it would answer a plain request with)
 * means nothing inside an event stream that is already 200, and yoga itself strips it from what it sends.
 */
function withoutHttp(error: GraphQLError): GraphQLError {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _http, ...extensions } = error.extensions;
  return withErrorParts(error, { extensions });
}

function roleSetOf(viewer: Viewer): string {
  return viewer.kind === 'admin' ? [...viewer.roles].sort().join('+') : viewer.kind;
}

export class HubDelivery implements Delivery {
  readonly clock: DeliveryClock;
  readonly stats = new DeliveryStats();
  private readonly flusher: Flusher;
  private readonly groups: GroupRegistry;
  private readonly single: SingleConnections;
  private readonly origin = 'http://vigil.local';
  draining = false;

  constructor(readonly options: DeliveryOptions) {
    this.clock = new DeliveryClock(options.heartbeatMs);
    this.flusher = new Flusher(this.stats, options.flushSliceMs);
    this.groups = new GroupRegistry(this.finishErrors);
    this.single = new SingleConnections(this, options.directory ?? null);
  }

  get groupCount(): number {
    return this.groups.size;
  }

  deliveredByHub(context: unknown): boolean {
    return slotOf(context) !== undefined;
  }

  /** Masks unexpected errors and removes credentials, as yoga does for what it sends. */
  readonly finishErrors = (result: ExecutionResult): ExecutionResult => {
    if (!result.errors?.length) return result;
    return withoutSecrets({ ...result, errors: result.errors.map((error) => withoutHttp(toClientError(error))) });
  };

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '/').split('?')[0];
    if (path === this.options.streamEndpoint) {
      this.serve(res, () => this.single.handle(req, res));
      return true;
    }
    if (path !== this.options.graphqlEndpoint || (req.method !== 'GET' && req.method !== 'POST')) return false;
    const accepted = acceptedTypes(req);
    // A stream goes out as SSE whenever the client accepts it at all; other operations are yoga's unless SSE comes first.
    if (!accepted.includes('text/event-stream')) return false;
    this.serve(res, () => this.serveDistinct(req, res, accepted[0] === 'text/event-stream'));
    return true;
  }

  connection(): SseConnection {
    return new SseConnection(this.flusher, this.clock, this.options.highWaterBytes ?? 256 * 1024);
  }

  fetchRequest(req: IncomingMessage): Request {
    return fetchRequestOf(req, this.origin);
  }

  /** Runs an operation for `viewer`, counting an accepted stream against its limit. */
  run(request: Request, params: GraphQLParams, viewer: Viewer, serverContext: Record<string, unknown>): Promise<OperationOutcome> {
    if (viewer.kind === 'anonymous') return Promise.resolve({ kind: 'result', result: { data: null, errors: [unauthenticated(viewer)] } });
    const { limits } = this.options;
    return runOperation(
      this.options.yoga,
      { request, params, viewer, serverContext },
      (who) => limits.acquire(who),
      (who) => limits.release(who),
    );
  }

  /** Starts delivering an accepted subscription on `connection`. */
  follow(
    outcome: Exclude<OperationOutcome, { kind: 'result' }>,
    connection: SseConnection,
    framing: Framing,
    mode: keyof ByMode,
  ): Subscription | ValueSubscription {
    const { plan, viewer } = outcome;
    const stream = outcome.kind === 'feed' ? outcome.feed.spec.topic.stream : outcome.value.name;
    const running = this.stats.subscriptionsOf(stream);
    const delivered = this.stats.deliveriesOf(stream);
    running[mode]++;
    const counted: Framing = {
      next: (payload) => {
        delivered.count++;
        framing.next(payload);
      },
      complete: () => framing.complete(),
    };
    const variables = (plan.variableValues ?? {}) as Record<string, unknown>;
    // A group executes with one member's context, which must not be another viewer's when the feed is per viewer.
    const audience = outcome.kind === 'feed' ? outcome.feed.spec.audience : null;
    const key = groupKey(
      plan.document,
      plan.operationName ?? null,
      variables,
      audience ? `${roleSetOf(viewer)}\u0000${audience}` : roleSetOf(viewer),
    );
    const group = this.groups.join(key, {
      schema: plan.schema,
      document: plan.document,
      operationName: plan.operationName ?? null,
      variableValues: variables,
      contextValue: plan.contextValue,
    });
    const options: SubscriptionOptions = {
      expiresAt: viewer.kind === 'admin' ? viewer.expiresAt : null,
      at: (at, fire) => this.clock.at(at, fire),
      tokenExpired: () => vigilError('TOKEN_EXPIRED', 'Your token has expired; sign in again and resubscribe from your last cursor'),
      finishErrors: this.finishErrors,
      onEnd: (error) => {
        if (error && 'code' in error && error.code === 'SLOW_CONSUMER') {
          this.options.logger.warn({ stream, mode, viewer: describeViewer(viewer) }, `slow consumer ended: ${describeViewer(viewer)} on ${stream}`);
        }
        running[mode]--;
        this.groups.leave(group);
        this.options.limits.release(viewer);
      },
    };
    const subscription =
      outcome.kind === 'feed'
        ? new Subscription(outcome.feed as FeedRequest<StoredEvent>, group, connection, counted, options)
        : new ValueSubscription(outcome.value, group, connection, counted, options);
    subscription.start();
    return subscription;
  }

  /** The result of a non-streaming operation (or a refusal) as one `next` message. */
  resultPayload(result: ExecutionResult): EventPayload {
    return new EventPayload(JSON.stringify(this.finishErrors(result)), null);
  }

  drain(): void {
    this.draining = true;
    this.single.drain();
  }

  close(): void {
    this.clock.close();
  }

  /** Distinct connections mode: one event stream per operation, the cursor as SSE id. */
  async serveDistinct(req: IncomingMessage, res: ServerResponse, eventStreamFirst: boolean): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = req.method === 'POST' ? await readPostBody(req, this.options.maxBodyBytes) : null;
    const params = graphqlParams(req.method, url, body);
    const request = this.fetchRequest(req);
    const viewer = await this.options.authenticate(request);
    // A query or mutation from a client that prefers JSON but also accepts SSE: yoga answers it as usual.
    if (!eventStreamFirst && !isSubscription(params.query!, params.operationName)) return forwardToYoga(this.options.yoga, req, res, request, body);
    const outcome = await this.run(request, params, viewer, { req, res });
    if (res.destroyed) {
      if (outcome.kind !== 'result') this.options.limits.release(viewer);
      return;
    }
    const connection = this.connection();
    connection.attach(res);
    this.stats.connections.distinct++;
    connection.onClose(() => this.stats.connections.distinct--);
    const framing: Framing = {
      next: (payload) => connection.push(payload.distinctFrame),
      complete: () => {
        connection.push(distinctCompleteFrame);
        connection.end();
      },
    };
    if (outcome.kind === 'result') {
      framing.next(this.resultPayload(outcome.result));
      return framing.complete();
    }
    const subscription = this.follow(outcome, connection, framing, 'distinct');
    // The client closing its stream ends the subscription.
    connection.onClose(() => subscription.stop());
  }

  /** Runs a request handler, answering refusals with their status and anything unexpected with a 500 (logged). */
  private serve(res: ServerResponse, handler: () => Promise<void>): void {
    handler().catch((error: unknown) => {
      if (error instanceof HttpRefusal) return sendRefusal(res, error);
      this.options.logger.error({ err: error }, 'event stream request failed');
      sendRefusal(res, new HttpRefusal(500, 'Unexpected error', 'INTERNAL_SERVER_ERROR'));
    });
  }
}

export function createDelivery(options: DeliveryOptions): HubDelivery {
  return new HubDelivery(options);
}
