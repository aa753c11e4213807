import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { type Viewer, viewerKey } from '../auth/viewer.ts';
import type { SseConnection } from './connection.ts';
import type { ForwardedAnswer, ForwardedRequest, ReservationDirectory } from './directory.ts';
import { singleCompleteFrame, singlePayloadPrefix, singlePayloadSuffix } from './frames.ts';
import { acceptedTypes, graphqlParams, HttpRefusal, readPostBody, sendEmpty } from './http.ts';
import type { HubDelivery } from './index.ts';
import type { Framing, Subscription } from './subscription.ts';
import type { ValueSubscription } from './value-subscription.ts';

interface Reservation {
  token: string;
  owner: string;
  /** The event stream; frames of operations posted before it connects wait in it. */
  connection: SseConnection;
  /** Until the event stream connects, the reservation lapses at this time (ms since epoch), or by this timer. */
  expiresAt: number;
  timer: NodeJS.Timeout | null;
  /** Operation id -> its subscription (null while it is being set up, or for a one-result operation). */
  operations: Map<string, Subscription | ValueSubscription | null>;
  /** Whether an operation was ever posted: a stream that never carried one is not ended by a drain before its first. */
  used: boolean;
}

/** An operation request (or DELETE) for a reservation this node holds, from a client or forwarded by another node. */
interface SingleOperation {
  method: string;
  url: URL;
  request: Request;
  body: string | null;
  viewer: Viewer;
  serverContext: Record<string, unknown>;
}

/** What a forwarded request keeps: what authentication and the protocol read, never cookies or proxies' headers. */
function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'content-type', 'accept', TOKEN_HEADER_KEY]) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

const notFound = () => new HttpRefusal(404, 'Unknown event stream token: reserve one with PUT first', 'NOT_FOUND');

/**
 * GraphQL over SSE, single connection mode (the graphql-sse protocol): reserve with PUT (Vigil issues the token),
 * open the event stream with GET (or POST) accepting text/event-stream, POST operations with
 * `extensions.operationId`, DELETE `?operationId=` to stop one. A reservation serves only the viewer that made it;
 * a viewer holds a bounded number, an unused one lapses, an unknown token gets 404. Without a token, a request
 * accepting text/event-stream is served in distinct connections mode.
 */
export class SingleConnections {
  private readonly reservations = new Map<string, Reservation>();
  /** Owner -> its reservation tokens, so counting one viewer's reservations does not scan everyone's. */
  private readonly byOwner = new Map<string, Set<string>>();

  constructor(
    private readonly delivery: HubDelivery,
    /** Reservations shared with the other nodes; null on a node of its own. */
    private readonly directory: ReservationDirectory | null = null,
  ) {
    directory?.serve(this.serveForwarded, this.claimedElsewhere);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://vigil.local');
    const presented = (req.headers[TOKEN_HEADER_KEY] as string | undefined) || url.searchParams.get(TOKEN_QUERY_KEY);
    const streaming = acceptedTypes(req).includes('text/event-stream');
    if (!presented && streaming && (req.method === 'GET' || req.method === 'POST')) return this.delivery.serveDistinct(req, res, true);
    const request = this.delivery.fetchRequest(req);
    const viewer = await this.delivery.options.authenticate(request);
    const owner = viewerKey(viewer);
    if (req.method === 'PUT') {
      if (viewer.kind === 'anonymous' || !owner) {
        const reason = viewer.kind === 'anonymous' ? viewer.reason : null;
        throw new HttpRefusal(401, reason?.message ?? 'Sign in to reserve an event stream', reason?.code ?? 'UNAUTHENTICATED');
      }
      const { maxReservationsPerViewer, reservationTimeoutMs } = this.delivery.options;
      if (this.heldBy(owner) >= maxReservationsPerViewer) {
        const refusal = new HttpRefusal(
          429,
          `At most ${maxReservationsPerViewer} event stream reservations per viewer; use or let go of one (an unused reservation lapses after ${Math.round(reservationTimeoutMs / 1000)} s)`,
          'LIMIT_EXCEEDED',
        );
        throw refusal;
      }
      const token = this.reserve(owner);
      await this.directory?.reserved(token, owner, reservationTimeoutMs);
      res.writeHead(201, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(token) });
      res.end(token);
      return;
    }
    if (!presented || !owner) throw notFound();

    if (streaming && (req.method === 'GET' || req.method === 'POST')) {
      const reservation = await this.forStream(presented, owner);
      if (reservation.timer) clearTimeout(reservation.timer);
      reservation.timer = null;
      reservation.connection.onClose(() => this.forget(reservation));
      reservation.connection.attach(res);
      const { stats } = this.delivery;
      stats.connections.single++;
      reservation.connection.onClose(() => stats.connections.single--);
      if (this.delivery.draining) this.settle(reservation);
      return;
    }
    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'DELETE') {
      throw new HttpRefusal(405, `${req.method} is not allowed here`, 'METHOD_NOT_ALLOWED', { allow: 'GET, POST, PUT, DELETE' });
    }
    const body = req.method === 'POST' ? await readPostBody(req, this.delivery.options.maxBodyBytes) : null;
    const reservation = await this.forOperation(presented, owner);
    if (reservation === null) {
      // Held by another node (its stream opened there): that node answers, as if the request had gone to it.
      const located = await this.directory?.locate(presented);
      if (!located || located.owner !== owner || located.node === this.directory!.nodeId) throw notFound();
      const answer = await this.directory!.forward(located.node, {
        method: req.method,
        url: req.url ?? '/',
        headers: forwardedHeaders(req),
        body,
      }).catch((error: Error) => {
        throw new HttpRefusal(
          503,
          `The Vigil node holding this event stream does not answer (${error.message}); reconnect the stream`,
          'UNAVAILABLE',
        );
      });
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
      return;
    }
    const status = await this.operate(reservation, { method: req.method, url, request, body, viewer, serverContext: { req, res } });
    if (status !== null) sendEmpty(res, status);
  }

  /** Answers a request another node forwarded here, exactly as this node answers its own. */
  readonly serveForwarded = async (forwarded: ForwardedRequest): Promise<ForwardedAnswer> => {
    try {
      const url = new URL(forwarded.url, 'http://vigil.local');
      const request = new Request(url, { method: forwarded.method, headers: forwarded.headers });
      const viewer = await this.delivery.options.authenticate(request);
      const owner = viewerKey(viewer);
      const token = forwarded.headers[TOKEN_HEADER_KEY] || url.searchParams.get(TOKEN_QUERY_KEY);
      const reservation = token ? this.live(token) : null;
      if (!reservation || !owner || reservation.owner !== owner || !reservation.connection.open) throw notFound();
      const status = await this.operate(reservation, { method: forwarded.method, url, request, body: forwarded.body, viewer, serverContext: {} });
      return { status: status ?? 200, headers: {}, body: '' };
    } catch (error) {
      if (!(error instanceof HttpRefusal)) this.delivery.options.logger.error({ err: error }, 'forwarded event stream request failed');
      const refusal = error instanceof HttpRefusal ? error : new HttpRefusal(500, 'Unexpected error', 'INTERNAL_SERVER_ERROR');
      return {
        status: refusal.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...refusal.headers },
        body: JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }),
      };
    }
  };

  /** A reservation made on this node whose stream opened on another: forgotten here, its operations go there. */
  readonly claimedElsewhere = (token: string): void => {
    const reservation = this.reservations.get(token);
    if (reservation && !reservation.connection.open) this.forget(reservation, false);
  };

  /** The reservation whose event stream opens here: one made here, or, on shared reservations, one made on another node. */
  private async forStream(token: string, owner: string): Promise<Reservation> {
    let reservation = this.live(token);
    // Another viewer's reservation is answered exactly like an unknown one: it does not exist for them.
    if (reservation && reservation.owner !== owner) throw notFound();
    if (reservation?.connection.open) throw new HttpRefusal(409, 'The event stream of this reservation is already open', 'CONFLICT');
    if (this.directory) {
      const claimed = await this.directory.claim(token, owner);
      if (claimed === 'unknown') throw notFound();
      if (claimed === 'open') throw new HttpRefusal(409, 'The event stream of this reservation is already open', 'CONFLICT');
      if (claimed === 'used') {
        throw new HttpRefusal(
          409,
          'Operations were posted to this reservation before its event stream opened: open the stream first, then post them',
          'CONFLICT',
        );
      }
      reservation = this.live(token) ?? this.adopt(token, owner);
      if (reservation.connection.open) throw new HttpRefusal(409, 'The event stream of this reservation is already open', 'CONFLICT');
    }
    if (!reservation) throw notFound();
    return reservation;
  }

  /** The reservation an operation goes to on this node, or null when another node may hold it. */
  private async forOperation(token: string, owner: string): Promise<Reservation | null> {
    const reservation = this.live(token);
    if (!reservation) {
      if (this.directory) return null;
      throw notFound();
    }
    if (reservation.owner !== owner) throw notFound();
    // Posted before the stream opened: the operation waits here, unless the stream has just opened on another node.
    if (this.directory && !reservation.connection.open && !(await this.directory.use(token))) {
      this.forget(reservation, false);
      return null;
    }
    return reservation;
  }

  /** Runs an operation (or, for DELETE, stops one) on `reservation`; the status to answer, or null when already answered. */
  private async operate(reservation: Reservation, operation: SingleOperation): Promise<number | null> {
    const { method, url, request, body, viewer, serverContext } = operation;
    if (method === 'DELETE') {
      const operationId = url.searchParams.get('operationId');
      if (!operationId) throw new HttpRefusal(400, 'Name the operation to stop with ?operationId=', 'BAD_REQUEST');
      const subscription = reservation.operations.get(operationId);
      reservation.operations.delete(operationId);
      if (subscription) {
        subscription.stop();
        reservation.connection.push(singleCompleteFrame(operationId));
      }
      this.settle(reservation);
      return 200;
    }
    const params = graphqlParams(method, url, body);
    const operationId = params.extensions?.operationId;
    if (typeof operationId !== 'string' || operationId === '')
      throw new HttpRefusal(400, 'Name the operation with extensions.operationId', 'BAD_REQUEST');
    if (reservation.operations.has(operationId)) throw new HttpRefusal(409, `Operation ${operationId} already runs on this stream`, 'CONFLICT');
    reservation.operations.set(operationId, null);
    reservation.used = true;
    const outcome = await this.delivery.run(request, params, viewer, serverContext);
    const connection = reservation.connection;
    const prefix = singlePayloadPrefix(operationId);
    const framing: Framing = {
      next: (payload) => {
        connection.push(prefix);
        connection.push(payload.singlePayload);
        connection.push(singlePayloadSuffix);
      },
      complete: () => {
        connection.push(singleCompleteFrame(operationId));
        if (reservation.operations.get(operationId) !== undefined) reservation.operations.delete(operationId);
        this.settle(reservation);
      },
    };
    // Stopped (DELETE) or the stream went away while the operation was being set up.
    if (!reservation.operations.has(operationId) || this.reservations.get(reservation.token) !== reservation) {
      if (outcome.kind !== 'result') this.delivery.options.limits.release(outcome.viewer);
      return 204;
    }
    if (outcome.kind === 'result') {
      framing.next(this.delivery.resultPayload(outcome.result));
      framing.complete();
    } else {
      reservation.operations.set(operationId, this.delivery.follow(outcome, connection, framing, 'single'));
    }
    return 202;
  }

  /** Shutting down: every event stream ends once its operations have completed. */
  drain(): void {
    for (const reservation of [...this.reservations.values()]) this.settle(reservation);
  }

  private reserve(owner: string): string {
    return this.adopt(randomUUID(), owner).token;
  }

  /** Holds a reservation on this node: a new one, or one made on another node whose stream opens here. */
  private adopt(token: string, owner: string): Reservation {
    const timer = setTimeout(() => this.forget(reservation), this.delivery.options.reservationTimeoutMs);
    timer.unref();
    const expiresAt = Date.now() + this.delivery.options.reservationTimeoutMs;
    const reservation: Reservation = { token, owner, connection: this.delivery.connection(), expiresAt, timer, operations: new Map(), used: false };
    this.reservations.set(token, reservation);
    let owned = this.byOwner.get(owner);
    if (!owned) this.byOwner.set(owner, (owned = new Set()));
    owned.add(token);
    return reservation;
  }

  /** The reservation of `token` if it is usable now; one past its time is dropped on the spot. */
  private live(token: string): Reservation | null {
    const reservation = this.reservations.get(token);
    if (!reservation) return null;
    if (reservation.timer && Date.now() >= reservation.expiresAt) {
      this.forget(reservation);
      return null;
    }
    return reservation;
  }

  private heldBy(owner: string): number {
    let held = 0;
    for (const token of [...(this.byOwner.get(owner) ?? [])]) if (this.live(token)) held++;
    return held;
  }

  /**
   * Ends the event stream of a draining node once no operation runs on it. A stream that has not carried an operation
   * yet waits for its first (a client opens the stream, then posts): it completes at once, and then the stream ends.
   */
  private settle(reservation: Reservation): void {
    if (!this.delivery.draining || reservation.operations.size > 0 || !reservation.used) return;
    if (reservation.connection.open) reservation.connection.end();
    else if (this.reservations.get(reservation.token) === reservation && !reservation.timer) this.forget(reservation);
  }

  /**
   * Drops a reservation: its stream closed, or nobody connected in time (its operations end with it), or its stream
   * opened on another node (`everywhere` false: that node holds it now).
   */
  private forget(reservation: Reservation, everywhere = true): void {
    if (this.reservations.get(reservation.token) !== reservation) return;
    this.reservations.delete(reservation.token);
    if (everywhere) this.directory?.forget(reservation.token);
    if (reservation.timer) clearTimeout(reservation.timer);
    const owned = this.byOwner.get(reservation.owner);
    owned?.delete(reservation.token);
    if (owned?.size === 0) this.byOwner.delete(reservation.owner);
    const operations = [...reservation.operations.values()];
    reservation.operations.clear();
    for (const subscription of operations) subscription?.stop();
    reservation.connection.end();
  }
}
