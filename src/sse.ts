import { randomUUID } from 'node:crypto';
import { type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Logger } from 'pino';

export interface SingleConnectionOptions {
  /** Path of the graphql-sse single connection endpoint. */
  endpoint: string;
  logger: Logger;
  /** Who is asking, as a stable key (null when anonymous): a reservation serves only the viewer that made it. */
  identify: (request: Request) => Promise<string | null>;
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/**
 * GraphQL over SSE, single connection mode (the graphql-sse protocol), run through yoga's envelop so every plugin
 * (validation limits, context, masking) applies as on /graphql. Unlike @graphql-yoga/plugin-graphql-sse it answers
 * malformed operations with GraphQL errors instead of a 500 with a stack trace, issues reservation tokens itself,
 * and answers an unknown token with 404.
 */
export function useSingleConnectionSSE({ endpoint, logger, identify }: SingleConnectionOptions): Plugin<YogaInitialContext> {
  /** Reservation token -> the viewer that made it. */
  const reservations = new Map<string, string>();
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();
  let handler: (request: Request) => Promise<Response>;

  return {
    onYogaInit({ yoga }) {
      handler = createHandler(
        {
          async authenticate(request) {
            const owner = await identify(request.raw);
            if (request.method === 'PUT') {
              if (!owner) return [errorBody('Sign in to reserve an event stream', 'UNAUTHENTICATED'), { status: 401, statusText: 'Unauthorized', headers: jsonHeaders }];
              const token = randomUUID();
              reservations.set(token, owner);
              return token;
            }
            const url = new URL(request.url ?? '', 'http://localhost/');
            const token = request.headers.get(TOKEN_HEADER_KEY) || url.searchParams.get(TOKEN_QUERY_KEY);
            if (!token) return undefined;
            // Another viewer's reservation is answered exactly like an unknown one: it does not exist for them.
            if (reservations.get(token) !== owner || !owner) {
              return [errorBody('Unknown event stream token: reserve one with PUT first', 'NOT_FOUND'), { status: 404, statusText: 'Not Found', headers: jsonHeaders }];
            }
            return token;
          },
          async onSubscribe(request, params) {
            const raw = request.raw;
            const enveloped = yoga.getEnveloped({ ...serverContexts.get(raw), request: raw, params });
            let document;
            try {
              document = enveloped.parse(params.query);
            } catch (error) {
              // graphql-sse only recognises a ready result by its `data` key.
              if (error instanceof GraphQLError) return { data: null, errors: [error] };
              throw error;
            }
            const errors = enveloped.validate(enveloped.schema, document);
            if (errors.length > 0) return { data: null, errors };
            const contextValue = await enveloped.contextFactory();
            const args: ExecutionArgs = {
              schema: enveloped.schema,
              document,
              contextValue,
              variableValues: params.variables ?? null,
              operationName: params.operationName ?? null,
            };
            const operation = getOperationAST(document, params.operationName);
            return operation?.operation === 'subscription' ? enveloped.subscribe(args) : enveloped.execute(args);
          },
        },
        yoga.fetchAPI,
      ) as unknown as (request: Request) => Promise<Response>;
    },
    onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== endpoint) return;
      serverContexts.set(request, serverContext as Record<string, unknown>);
      return handler(request)
        .then(
          (response) => {
            // A reservation lives as long as its event stream: release the token when the stream's request ends.
            const token = request.headers.get(TOKEN_HEADER_KEY) ?? url.searchParams.get(TOKEN_QUERY_KEY);
            if (token && response.headers.get('content-type')?.startsWith('text/event-stream')) {
              request.signal.addEventListener('abort', () => reservations.delete(token), { once: true });
            }
            return response;
          },
          (error: unknown) => {
            logger.error({ err: error }, 'single-connection SSE request failed');
            return new Response(errorBody('Unexpected error', 'INTERNAL_SERVER_ERROR'), { status: 500, headers: jsonHeaders });
          },
        )
        .then(endResponse);
    },
  };
}
