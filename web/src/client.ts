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
  const sse = createSSEClient({
    url: new URL(streamPath, origin).href,
    singleConnection: true,
    retryAttempts: 0,
    // Keeps the connection across page changes, when one page's streams end just before the next page's begin.
    lazyCloseTimeout: 3_000,
    headers: () => ({ Authorization: authorization }),
  });
  const urql = new Client({
    url: new URL(graphqlPath, origin).href,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { Authorization: authorization } }),
    exchanges: [
      subscriptionExchange({
        forwardSubscription(request) {
          return {
            subscribe(sink) {
              let done = false;
              const dispose = sse.subscribe(
                { ...request, query: request.query ?? '' },
                {
                  next(result) {
                    if (done) return;
                    // urql merges a subscription's results, so a final error result would still carry the last
                    // event's data: it goes on as an error of its own.
                    if (result.errors?.length && result.data == null) {
                      done = true;
                      sink.error(new StreamEndedError(result.errors));
                      dispose();
                      return;
                    }
                    sink.next(result as ExecutionResult);
                  },
                  error(error) {
                    if (done) return;
                    done = true;
                    sink.error(error);
                  },
                  complete() {
                    if (done) return;
                    done = true;
                    sink.complete();
                  },
                },
              );
              return {
                unsubscribe() {
                  done = true;
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
