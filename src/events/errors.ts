/** The codes of the event core's expected failures; the GraphQL edge sends them as `extensions.code`. */
export type EventErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT' | 'SLOW_CONSUMER' | 'UNAVAILABLE' | 'RATE_LIMITED';

/**
 * An expected failure of the event core (refused ingest, a reader ended for falling behind): a code clients branch
 * on, a message, and details such as `issues` or `limit`. The core knows nothing of GraphQL; the edge maps these to
 * GraphQL errors in one place (src/errors.ts).
 */
export class EventError extends Error {
  override name = 'EventError';
  /** What a client reads: the code and the details, as the GraphQL error's extensions. */
  readonly extensions: { code: EventErrorCode } & Record<string, unknown>;

  constructor(
    readonly code: EventErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.extensions = { code, ...details };
  }
}

/** A field of refused input and what is wrong with it. */
export interface InputIssue {
  /** Dotted path of the offending input field, e.g. "input.cpuPercent". */
  path: string;
  message: string;
}

export function badInputError(issues: InputIssue[], details: Record<string, unknown> = {}): EventError {
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return new EventError('BAD_USER_INPUT', `Invalid input: ${summary}`, { issues, ...details });
}
