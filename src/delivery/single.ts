import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { viewerKey } from '../auth/viewer.ts';
import type { SseConnection } from './connection.ts';
import { singleCompleteFrame, singlePayloadPrefix, singlePayloadSuffix } from './frames.ts';
import { acceptedTypes, graphqlParams, HttpRefusal, readPostBody, sendEmpty } from './http.ts';
import type { HubDelivery } from './index.ts';
import type { Framing, Subscription } from './subscription.ts';

interface Reservation {
  token: string;
  owner: string;
  /** The event stream; frames of operations posted before it connects wait in it. */
  connection: SseConnection;
  /** Until the event stream connects, the reservation lapses at this time (ms since epoch), or by this timer. */
  expiresAt: number;
  timer: NodeJS.Timeout | null;
  /** Operation id -> its subscription (null while it is being set up, or for a one-result operation). */
  operations: Map<string, Subscription | null>;
  /** Whether an operation was ever posted: a stream that never carried one is not ended by a drain before its first. */
  used: boolean;
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

  constructor(private readonly delivery: HubDelivery) {}

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
      res.writeHead(201, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(token) });
      res.end(token);
      return;
    }
    if (!presented) throw notFound();
    // Another viewer's reservation is answered exactly like an unknown one: it does not exist for them.
    const reservation = this.live(presented);
    if (!reservation || !owner || reservation.owner !== owner) throw notFound();

    if (streaming && (req.method === 'GET' || req.method === 'POST')) {
      if (reservation.connection.open) throw new HttpRefusal(409, 'The event stream of this reservation is already open', 'CONFLICT');
      if (reservation.timer) clearTimeout(reservation.timer);
      reservation.timer = null;
      reservation.connection.onClose(() => this.forget(reservation));
      reservation.connection.attach(res);
      if (this.delivery.draining) this.settle(reservation);
      return;
    }
    if (req.method === 'DELETE') {
      const operationId = url.searchParams.get('operationId');
      if (!operationId) throw new HttpRefusal(400, 'Name the operation to stop with ?operationId=', 'BAD_REQUEST');
      const subscription = reservation.operations.get(operationId);
      reservation.operations.delete(operationId);
      if (subscription) {
        subscription.stop();
        reservation.connection.push(singleCompleteFrame(operationId));
      }
      this.settle(reservation);
      return sendEmpty(res, 200);
    }
    if (req.method !== 'POST' && req.method !== 'GET') throw new HttpRefusal(405, `${req.method} is not allowed here`, 'METHOD_NOT_ALLOWED', { allow: 'GET, POST, PUT, DELETE' });
    const body = req.method === 'POST' ? await readPostBody(req, this.delivery.options.maxBodyBytes) : null;
    const params = graphqlParams(req, url, body);
    const operationId = params.extensions?.operationId;
    if (typeof operationId !== 'string' || operationId === '') throw new HttpRefusal(400, 'Name the operation with extensions.operationId', 'BAD_REQUEST');
    if (reservation.operations.has(operationId)) throw new HttpRefusal(409, `Operation ${operationId} already runs on this stream`, 'CONFLICT');
    reservation.operations.set(operationId, null);
    reservation.used = true;
    const outcome = await this.delivery.run(request, params, viewer, req, res);
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
      if (outcome.kind === 'feed') this.delivery.options.limits.release(outcome.viewer);
      return sendEmpty(res, 204);
    }
    if (outcome.kind === 'result') {
      framing.next(this.delivery.resultPayload(outcome.result));
      framing.complete();
    } else {
      reservation.operations.set(operationId, this.delivery.follow(outcome, connection, framing));
    }
    sendEmpty(res, 202);
  }

  /** Shutting down: every event stream ends once its operations have completed. */
  drain(): void {
    for (const reservation of [...this.reservations.values()]) this.settle(reservation);
  }

  private reserve(owner: string): string {
    const token = randomUUID();
    const timer = setTimeout(() => this.forget(reservation), this.delivery.options.reservationTimeoutMs);
    timer.unref();
    const expiresAt = Date.now() + this.delivery.options.reservationTimeoutMs;
    const reservation: Reservation = { token, owner, connection: this.delivery.connection(), expiresAt, timer, operations: new Map(), used: false };
    this.reservations.set(token, reservation);
    let owned = this.byOwner.get(owner);
    if (!owned) this.byOwner.set(owner, (owned = new Set()));
    owned.add(token);
    return token;
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

  /** Drops a reservation: its stream closed, or nobody connected in time. Its operations end with it. */
  private forget(reservation: Reservation): void {
    if (this.reservations.get(reservation.token) !== reservation) return;
    this.reservations.delete(reservation.token);
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
