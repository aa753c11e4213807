import { GraphQLError } from 'graphql';

/** Error codes a client can branch on; every expected failure carries one in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOKEN_EXPIRED'
  | 'LIMIT_EXCEEDED'
  | 'SLOW_CONSUMER'
  | 'CURSOR_EXPIRED'
  | 'SHUTTING_DOWN';

export interface InputIssue {
  /** Dotted path of the offending input field, e.g. "input.cpuPercent". */
  path: string;
  message: string;
}

/** The one way Vigil reports an expected failure to a client. */
export function vigilError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badInput(issues: InputIssue[]): GraphQLError {
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return vigilError('BAD_USER_INPUT', `Invalid input: ${summary}`, { issues });
}
