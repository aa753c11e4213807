import type { AnyVariables, Client, CombinedError, TypedDocumentNode } from '@urql/core';
import { onEnd, pipe, subscribe } from 'wonka';
import type { FeedFailure, FeedMessage, LiveFeed, Snapshot, StreamEvent } from './follower.ts';

/** A subscription's final error result, kept apart from urql's merged results (see client.ts). */
export class StreamEndedError extends Error {
  override name = 'StreamEndedError';
  constructor(readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Codes after which trying again with the same credentials and arguments cannot succeed. */
const fatalCodes = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'FORBIDDEN', 'BAD_USER_INPUT']);

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function fromErrors(errors: readonly ErrorLike[]): FeedFailure {
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : null));
  const code = codes.find((c) => c !== null) ?? null;
  return { message: errors.map((e) => e.message).join('; '), code, retryable: !codes.some((c) => c !== null && fatalCodes.has(c)) };
}

/** What a failed request or stream means for the follower: which error, and whether to try again. */
export function failureOf(error: CombinedError): FeedFailure {
  const network = error.networkError;
  if (network instanceof StreamEndedError) return fromErrors(network.errors);
  if (error.graphQLErrors.length > 0) return fromErrors(error.graphQLErrors);
  const status =
    (network as { response?: { status?: number } } | undefined)?.response?.status ?? (error.response as { status?: number } | undefined)?.status;
  if (status === 401) return { message: 'The server refused the token (401)', code: 'UNAUTHENTICATED', retryable: false };
  return { message: network?.message ?? error.message, code: null, retryable: true };
}

export interface UrqlFeedSpec<QData, QVars extends AnyVariables, SData, SVars extends AnyVariables, S, E extends StreamEvent> {
  query: TypedDocumentNode<QData, QVars>;
  variables: QVars;
  /** The state and cursor a query answer stands for. */
  snapshot: (data: QData) => Snapshot<S>;
  subscription: TypedDocumentNode<SData, SVars>;
  subscriptionVariables: (after: string) => SVars;
  /** The event (or ResyncRequired) one subscription result carries. */
  message: (data: SData) => FeedMessage<E> | null;
  apply: (state: S, events: readonly E[]) => S;
}

/** A LiveFeed over urql: the state query goes through fetch, the subscription through graphql-sse. */
export function urqlFeed<QData, QVars extends AnyVariables, SData, SVars extends AnyVariables, S, E extends StreamEvent>(
  client: Client,
  spec: UrqlFeedSpec<QData, QVars, SData, SVars, S, E>,
): LiveFeed<S, E> {
  return {
    async load() {
      const result = await client.query(spec.query, spec.variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error) throw failureOf(result.error);
      if (!result.data) throw { message: 'The server answered without data', code: null, retryable: true } satisfies FeedFailure;
      return spec.snapshot(result.data);
    },
    subscribe(after, sink) {
      let closed = false;
      const { unsubscribe } = pipe(
        // client.ts calls onAccepted once the server has accepted the operation (see createVigilClient).
        client.subscription(spec.subscription, spec.subscriptionVariables(after), {
          onAccepted: () => {
            if (!closed) sink.open();
          },
        }),
        onEnd(() => {
          if (!closed) sink.complete();
        }),
        subscribe((result) => {
          if (closed) return;
          if (result.error) {
            closed = true;
            sink.error(failureOf(result.error));
            return;
          }
          const message = result.data ? spec.message(result.data) : null;
          if (message) sink.next(message);
        }),
      );
      return () => {
        closed = true;
        unsubscribe();
      };
    },
    apply: spec.apply,
  };
}
