import type { ExecutionResult, GraphQLError } from 'graphql';
import { withErrorParts } from '../schema/errors.ts';

const credentialPatterns: Array<[RegExp, string]> = [
  // `?access_token=…` and the reservation `?token=…` in URLs.
  [/([?&](?:token|access_token)=)[^&\s"'\\]+/gi, '$1[redacted]'],
  // Not a `<placeholder>`, as in Vigil's own "send `Authorization: Bearer <token>`".
  [/(Bearer\s+)(?!<)[^\s"'\\,]+/gi, '$1[redacted]'],
  // Producer tokens and JWTs wherever they turn up, e.g. pasted into the wrong argument.
  [/\bvgp_[A-Za-z0-9_-]+/g, 'vgp_[redacted]'],
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted]'],
];

/** Removes credentials from free text: log lines, URLs, error messages. */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of credentialPatterns) redacted = redacted.replace(pattern, replacement);
  return redacted;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item)]));
  return value;
}

/** The error with credentials removed from its message and extensions; the same error when it holds none. */
export function redactError(error: GraphQLError): GraphQLError {
  const message = redactSecrets(error.message);
  const extensions = redactValue(error.extensions) as Record<string, unknown>;
  if (message === error.message && JSON.stringify(extensions) === JSON.stringify(error.extensions)) return error;
  return withErrorParts(error, { message, extensions });
}

/** The result with credentials removed from its error messages and extensions (an echoed argument, say); data is untouched. */
export function withoutSecrets<T extends ExecutionResult>(result: T): T {
  if (!result.errors?.length) return result;
  const errors = result.errors.map(redactError);
  return errors.every((error, index) => error === result.errors![index]) ? result : { ...result, errors };
}
