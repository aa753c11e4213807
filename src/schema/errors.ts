import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { EventError, type EventErrorCode, type InputIssue } from '../events/errors.ts';

export type { InputIssue };

/** Error codes a client can branch on; every expected failure carries one in `extensions.code`. */
export type ErrorCode = EventErrorCode | 'NOT_FOUND' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'LIMIT_EXCEEDED' | 'CURSOR_EXPIRED' | 'SHUTTING_DOWN';

/** The one way Vigil reports an expected failure to a client. */
export function vigilError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badInput(issues: InputIssue[]): GraphQLError {
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return vigilError('BAD_USER_INPUT', `Invalid input: ${summary}`, { issues });
}

/**
 * The one mapping from the event core's typed failures to what a client receives: an EventError (thrown by a
 * resolver, or ending a stream) becomes a GraphQL error with its code and details, keeping where it happened;
 * anything else unexpected is masked as yoga masks it.
 */
export function toClientError(error: unknown, message = 'Unexpected error.'): GraphQLError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof EventError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: original.extensions,
    });
  }
  // Never yoga's development mode: it would send the original error's message and stack.
  return withoutInternals(maskError(error, message, false) as GraphQLError);
}

/** The same error (nodes, source, positions, path, cause) with another message and/or other extensions. */
export function withErrorParts(
  error: GraphQLError,
  { message = error.message, extensions = error.extensions }: { message?: string; extensions?: Record<string, unknown> },
): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** The error without what only the server should see: yoga's request parsers put the JSON parser's error in `originalError`. */
function withoutInternals(error: GraphQLError): GraphQLError {
  const { originalError, stack, ...extensions } = error.extensions as Record<string, unknown>;
  if (originalError === undefined && stack === undefined) return error;
  return withErrorParts(error, { extensions });
}
