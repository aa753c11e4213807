import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { GraphQLParams, YogaServerInstance } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.ts';
import type { FeedRequest } from '../events/feed.ts';
import type { LiveValueRequest } from '../events/live-value.ts';
import { HttpRefusal, isExecutionResult } from './http.ts';
import { type DeliverySlot, deliverySlot } from './plugin.ts';

/** An operation the delivery serves: a subscription the hub now follows (a feed or a live value), or one result to send and complete. */
export type OperationOutcome =
  | { kind: 'feed'; feed: FeedRequest; plan: Omit<ExecutionArgs, 'rootValue'>; viewer: Viewer }
  | { kind: 'value'; value: LiveValueRequest; plan: Omit<ExecutionArgs, 'rootValue'>; viewer: Viewer }
  | { kind: 'result'; result: ExecutionResult };

export interface OperationRequest {
  request: Request;
  params: GraphQLParams;
  viewer: Viewer;
  /** The node request and response, as yoga's server context has them. */
  serverContext: Record<string, unknown>;
}

/** Refusals of a viewer that may not open another stream, or null with the stream counted. */
export type AcquireStream = (viewer: Viewer) => Promise<GraphQLError | null>;

/**
 * Runs one operation through yoga's envelop: parse and validate (armor's limits), the context, the viewer rules and
 * scope-auth, masking and error codes. A subscription that is accepted comes back as its feed; everything else as
 * a result. `acquire` counts the stream against the viewer's limit before it subscribes.
 */
export async function runOperation(
  yoga: YogaServerInstance<Record<string, never>, Record<string, unknown>>,
  { request, params, viewer, serverContext }: OperationRequest,
  acquire: AcquireStream,
  release: (viewer: Viewer) => void,
): Promise<OperationOutcome> {
  const slot: DeliverySlot = { feed: null };
  const enveloped = yoga.getEnveloped({ ...serverContext, request, params, [deliverySlot]: slot } as never);
  let document: DocumentNode;
  try {
    document = enveloped.parse(params.query!);
    // Armor's limits (depth, aliases, cost, ...) throw from validation rather than returning errors.
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) return { kind: 'result', result: { data: null, errors } };
  } catch (error) {
    if (error instanceof GraphQLError) return { kind: 'result', result: { data: null, errors: [error] } };
    throw error;
  }
  const operation = getOperationAST(document, params.operationName);
  if (!operation) {
    return {
      kind: 'result',
      result: { data: null, errors: [new GraphQLError('Could not determine which operation to run: name one with operationName')] },
    };
  }
  if (operation.operation === 'mutation' && request.method === 'GET') {
    throw new HttpRefusal(405, 'Mutations cannot be sent with GET', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
  }
  const contextValue = await enveloped.contextFactory();
  const args = {
    schema: enveloped.schema,
    document,
    contextValue,
    variableValues: params.variables ?? null,
    operationName: params.operationName ?? null,
  };
  if (operation.operation !== 'subscription') {
    const result: unknown = await enveloped.execute(args);
    if (!isExecutionResult(result)) throw new GraphQLError('Incremental delivery is not supported over this transport');
    return { kind: 'result', result };
  }
  const refused = await acquire(viewer);
  if (refused) return { kind: 'result', result: { data: null, errors: [refused] } };
  let result: unknown;
  try {
    result = await enveloped.subscribe(args);
  } catch (error) {
    release(viewer);
    throw error;
  }
  if (slot.feed) return { kind: 'feed', feed: slot.feed, plan: args, viewer };
  if (slot.value) return { kind: 'value', value: slot.value, plan: args, viewer };
  release(viewer);
  if (!isExecutionResult(result)) throw new GraphQLError('A subscription must resolve to a Vigil feed');
  // graphql-sse only recognises a ready result by its `data` key.
  return { kind: 'result', result: 'data' in result ? result : { data: null, ...result } };
}
