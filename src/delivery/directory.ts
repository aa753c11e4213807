/** A single-connection request another node holds the reservation of, as it travels to that node. */
export interface ForwardedRequest {
  method: string;
  /** Path and query, e.g. /graphql/stream?operationId=1. */
  url: string;
  /** Only what the protocol and authentication read: authorization, content-type, accept, the stream token. */
  headers: Record<string, string>;
  body: string | null;
}

/** The holder's answer to a forwarded request, sent back as it would have answered it itself. */
export interface ForwardedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ClaimOutcome =
  /** The event stream opens on this node; operations posted to other nodes are forwarded here. */
  | 'ok'
  /** No such reservation (or another viewer's). */
  | 'unknown'
  /** Its event stream is already open, here or on another node. */
  | 'open'
  /** Operations were posted before its event stream opened: they wait on the node that took them. */
  | 'used';

/**
 * Where single-connection reservations are known beyond this node. On one node there is nothing to share (`null`
 * in the delivery's options); on Redis every node finds every reservation, the stream opens on any node, and
 * operations posted to another node are forwarded to the one holding the stream.
 */
export interface ReservationDirectory {
  readonly nodeId: string;
  /** Records a reservation made here; it lapses after `ttlMs` unless its stream opens. */
  reserved(token: string, owner: string, ttlMs: number): Promise<void>;
  /** The event stream of `token` opens on this node. */
  claim(token: string, owner: string): Promise<ClaimOutcome>;
  /** An operation arrives for a reservation made here whose stream has not opened: false if another node claimed it. */
  use(token: string): Promise<boolean>;
  /** The node holding `token` and the viewer who reserved it, or null. */
  locate(token: string): Promise<{ owner: string; node: string } | null>;
  /** The reservation is gone (its stream closed, or it lapsed). */
  forget(token: string): void;
  /** Sends `request` to the node holding its reservation; rejects when that node does not answer in time. */
  forward(node: string, request: ForwardedRequest): Promise<ForwardedAnswer>;
  /** Serves requests other nodes forward here; `claimed` hears of reservations made here whose stream opened elsewhere. */
  serve(handler: (request: ForwardedRequest) => Promise<ForwardedAnswer>, claimed: (token: string) => void): void;
}
