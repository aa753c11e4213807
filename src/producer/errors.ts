/** Why an event will not be stored; the hub's own codes where the hub refused it. */
export type ProducerErrorCode =
  /** The hub refused the event's content; `issues` name the fields. Not retried. */
  | 'BAD_USER_INPUT'
  /** The event's dedupKey was already used, within the hub's dedup window, for a different event. Not retried. */
  | 'CONFLICT'
  /** The event alone is larger than the hub accepts in one request. Not retried. */
  | 'PAYLOAD_TOO_LARGE'
  /** The token is unknown. */
  | 'UNAUTHENTICATED'
  | 'TOKEN_EXPIRED'
  /** The token was revoked. */
  | 'TOKEN_REVOKED'
  /** The token belongs to another server than the producer's `serverId`. */
  | 'FORBIDDEN'
  /** The producer already holds `maxQueuedEvents`; the event was not queued. */
  | 'QUEUE_FULL'
  /** The producer was closed before the event was acknowledged. */
  | 'CLOSED'
  /** The hub could not be reached (or failed) `retry.maxAttempts` times in a row. */
  | 'UNAVAILABLE';

/** One wrong field, with its path relative to the input given to the producer method (e.g. "text", "updates.0.heading"). */
export interface ProducerIssue {
  path: string;
  message: string;
}

/** The event families a producer reports, named as its methods (and as the members of `IngestEvent`). */
export type EventFamily = 'serverStatus' | 'telemetry' | 'mapEntities' | 'chat' | 'playerActivity' | 'securityIncident' | 'openTicket';

/** The typed reason a producer method's promise rejects. */
export class ProducerError extends Error {
  override name = 'ProducerError';
  readonly code: ProducerErrorCode;
  /** The method the event was given to. */
  readonly family: EventFamily | null;
  /** The event's dedupKey. */
  readonly dedupKey: string | null;
  /** The fields at fault, for BAD_USER_INPUT; empty otherwise. */
  readonly issues: readonly ProducerIssue[];

  constructor(
    code: ProducerErrorCode,
    message: string,
    details: { family?: EventFamily | null; dedupKey?: string | null; issues?: readonly ProducerIssue[] } = {},
  ) {
    super(message);
    this.code = code;
    this.family = details.family ?? null;
    this.dedupKey = details.dedupKey ?? null;
    this.issues = details.issues ?? [];
  }

  /** The first field at fault ("" for the event as a whole), or null when the error is not about a field. */
  get field(): string | null {
    return this.issues[0]?.path ?? null;
  }
}
