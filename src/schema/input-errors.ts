import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** `at "events[3].chat.kind"` in graphql-js's variable coercion messages. */
const variablePath = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s;
const variableOnly = /^Variable "\$(\w+)"/;

function dotted(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function withInputCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code || error.path) return error;
  const located = variablePath.exec(error.message);
  const variable = located ?? variableOnly.exec(error.message);
  if (!variable) return error;
  const missing = /; Field "(\w+)" of required type/.exec(error.message)?.[1];
  const path = [located ? dotted(located[2]!) : variable[1]!, missing].filter(Boolean).join('.');
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', issues: [{ path, message: error.message }] },
  });
}

function annotate(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map(withInputCode) };
}

/**
 * Variables graphql-js refuses before any resolver runs (wrong type, unknown enum value, missing field, @oneOf
 * violations) get the same shape as Vigil's own input errors: code BAD_USER_INPUT and an `issues` path.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) setResult(annotate(result));
        },
      };
    },
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) setResult(annotate(result));
        },
      };
    },
  };
}
