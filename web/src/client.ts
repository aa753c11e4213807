import { Client, type ExecutionResult, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSSEClient } from 'graphql-sse';
import { StreamEndedError } from './live/urqlFeed.ts';

export const graphqlPath = '/graphql';
export const streamPath = '/graphql/stream';

export interface VigilClient {
  urql: Client;
  dispose(): void;
}

/**
 * One urql client per signed-in token: queries and mutations over fetch, subscriptions multiplexed on one
 * graphql-sse connection (browsers allow ~6 HTTP/1.1 connections per origin). graphql-sse does not retry: each
 * page's follower reconnects on its own schedule and resumes from its own last cursor.
 */
export function createVigilClient(token: string, origin: string = location.origin): VigilClient {
  const authorization = `Bearer ${token}`;
  /**
   * Subscriptions waiting for the server to accept their operation, by a marker in their request's extensions:
   * graphql-sse reports no acceptance of its own, and a page should say "live" only once the server has said yes.
   */
  const awaitingAcceptance = new Map<string, () => void>();
  let markers = 0;
  const sse = createSSEClient({
    url: new URL(streamPath, origin).href,
    singleConnection: true,
    retryAttempts: 0,
    // Keeps the connection across page changes, when one page's streams end just before the next page's begin.
    lazyCloseTimeout: 3_000,
    headers: () => ({ Authorization: authorization }),
    async fetchFn(input: RequestInfo | URL, init?: RequestInit) {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && response.status === 202 && typeof init.body === 'string') {
        const marker = (JSON.parse(init.body) as { extensions?: { acceptance?: unknown } }).extensions?.acceptance;
        if (typeof marker === 'string') awaitingAcceptance.get(marker)?.();
      }
      return response;
    },
  });
  const urql = new Client({
    url: new URL(graphqlPath, origin).href,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { Authorization: authorization } }),
    exchanges: [
      subscriptionExchange({
        forwardSubscription(request, operation) {
          return {
            subscribe(sink) {
              let done = false;
              const onAccepted = operation.context.onAccepted as (() => void) | undefined;
              const marker = onAccepted ? String(++markers) : null;
              if (marker) {
                awaitingAcceptance.set(marker, () => {
                  awaitingAcceptance.delete(marker);
                  if (!done) onAccepted!();
                });
              }
              const finish = () => {
                done = true;
                if (marker) awaitingAcceptance.delete(marker);
              };
              const dispose = sse.subscribe(
                { ...request, query: request.query ?? '', extensions: marker ? { ...request.extensions, acceptance: marker } : request.extensions },
                {
                  next(result) {
                    if (done) return;
                    // urql merges a subscription's results, so a final error result would still carry the last
                    // event's data: it goes on as an error of its own.
                    if (result.errors?.length && result.data == null) {
                      finish();
                      sink.error(new StreamEndedError(result.errors));
                      dispose();
                      return;
                    }
                    sink.next(result as ExecutionResult);
                  },
                  error(error) {
                    if (done) return;
                    finish();
                    sink.error(error);
                  },
                  complete() {
                    if (done) return;
                    finish();
                    sink.complete();
                  },
                },
              );
              return {
                unsubscribe() {
                  finish();
                  dispose();
                },
              };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });
  return { urql, dispose: () => sse.dispose() };
}
