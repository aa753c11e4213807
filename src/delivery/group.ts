import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLFieldConfig,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { distinctNextFrame } from './frames.ts';

/**
 * What one event executes to, for every subscriber of a group: the result's JSON and frames built from it once. A
 * payload sent once (a replayed event, a last error) keeps its frames as text, written straight into the
 * connection's chunk; one `shared` by a group is encoded to bytes once and copied from there to every connection.
 */
export class EventPayload {
  private distinct: Buffer | string | null = null;
  private single: Buffer | string | null = null;

  constructor(
    /** The ExecutionResult as JSON. */
    readonly json: string,
    /** The event's cursor, or null for a ResyncRequired outcome. */
    readonly cursor: string | null,
    private readonly shared = false,
  ) {}

  /** The whole distinct-mode frame, cursor as SSE id. */
  get distinctFrame(): Buffer | string {
    return (this.distinct ??= this.shared ? Buffer.from(distinctNextFrame(this.json, this.cursor)) : distinctNextFrame(this.json, this.cursor));
  }

  /** The payload a single-connection frame splices between its operation's prefix and the suffix. */
  get singlePayload(): Buffer | string {
    return (this.single ??= this.shared ? Buffer.from(this.json) : this.json);
  }
}

export interface ExecutionPlan {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variableValues: Record<string, unknown>;
  /** A context of the group's role set: every member's results are the same with it. */
  contextValue: unknown;
}

type Executor = (rootValue: unknown, plan: ExecutionPlan) => ExecutionResult;

/** One compiled executor per (document, operation): graphql-jit where it compiles the operation, graphql-js otherwise. */
const executors = new WeakMap<DocumentNode, Map<string, Executor>>();

function executorFor(plan: ExecutionPlan): Executor {
  let byOperation = executors.get(plan.document);
  if (!byOperation) executors.set(plan.document, (byOperation = new Map()));
  const name = plan.operationName ?? '';
  let executor = byOperation.get(name);
  if (!executor) {
    const schema = deliverySchema(plan.schema);
    const compiled = compileQuery(schema, plan.document, plan.operationName ?? undefined);
    executor = isCompiledQuery(compiled)
      ? (rootValue, { contextValue, variableValues }) => (compiled as CompiledQuery).query(rootValue, contextValue, variableValues) as ExecutionResult
      : (rootValue, { document, operationName, contextValue, variableValues }) =>
          execute({ schema, document, operationName, rootValue, contextValue, variableValues }) as ExecutionResult;
    byOperation.set(name, executor);
  }
  return executor;
}

const deliverySchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/**
 * The schema a group executes its events with: the same types, but each subscription field resolves an event with
 * its own resolver, without the wrappers Pothos put around it (argument validation, scope checks). Those ran once,
 * when the subscription was accepted (`subscribe`, authorizeOnSubscribe), on the same arguments; run per event
 * they cost more than the event's execution. Every field below the root keeps all its wrappers: field-level roles
 * are still checked for every event. A subscription field's `resolve` therefore gets the arguments as coerced, not
 * as plugin-validation maps them: every one today returns the feed's item as it is (schema/feed-item.ts).
 */
export function deliverySchema(schema: GraphQLSchema): GraphQLSchema {
  let delivery = deliverySchemas.get(schema);
  if (delivery) return delivery;
  const subscription = schema.getSubscriptionType();
  if (!subscription) return schema;
  const config = subscription.toConfig();
  const fields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    const original = field.extensions?.pothosOriginalResolve;
    fields[name] = typeof original === 'function' ? { ...field, resolve: original as GraphQLFieldConfig<unknown, unknown>['resolve'] } : field;
  }
  const root = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  delivery = new GraphQLSchema({ ...schemaConfig, subscription: root, types: schemaConfig.types.filter((type) => type !== subscription) });
  deliverySchemas.set(schema, delivery);
  return delivery;
}

/**
 * The variable the root field's `after` argument names: it only says where a subscriber starts, never what an event
 * executes to, so subscribers that differ only in it share a group.
 */
function startVariable(document: DocumentNode, operationName: string | null): string | null {
  const root = operationOf(document, operationName)?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  const after = root?.kind === Kind.FIELD ? root.arguments?.find((argument) => argument.name.value === 'after') : undefined;
  return after?.value.kind === Kind.VARIABLE ? after.value.name.value : null;
}

function operationOf(document: DocumentNode, operationName: string | null): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (operationName == null || definition.name?.value === operationName),
  );
}

/**
 * The variables a group executes its events with: without the start variable where the operation allows that (it
 * is declared nullable), so that no event re-decodes a cursor that only said where the first member started.
 */
function executionVariables(plan: ExecutionPlan): Record<string, unknown> {
  const start = startVariable(plan.document, plan.operationName);
  if (start === null || !(start in plan.variableValues)) return plan.variableValues;
  const definition = operationOf(plan.document, plan.operationName)?.variableDefinitions?.find((variable) => variable.variable.name.value === start);
  if (!definition || definition.type.kind === Kind.NON_NULL_TYPE) return plan.variableValues;
  const { [start]: _start, ...rest } = plan.variableValues;
  return rest;
}

const documentIds = new WeakMap<DocumentNode, number>();
let documentCount = 0;

/** Subscribers whose results for one event are identical: same operation, same variables (but `after`), same role set. */
export function groupKey(document: DocumentNode, operationName: string | null, variables: Record<string, unknown>, roleSet: string): string {
  let documentId = documentIds.get(document);
  if (documentId === undefined) documentIds.set(document, (documentId = ++documentCount));
  const start = startVariable(document, operationName);
  const shared = start && start in variables ? { ...variables, [start]: undefined } : variables;
  return `${documentId}\u0000${operationName ?? ''}\u0000${JSON.stringify(shared)}\u0000${roleSet}`;
}

/**
 * Subscribers of one (operation, variables, role set): each event is executed and serialized once for all of them,
 * however many there are and whichever SSE mode each uses.
 */
export class DeliveryGroup {
  members = 0;
  private readonly execute: Executor;
  private lastItem: object | null = null;
  private lastPayload: EventPayload | null = null;
  /** Payloads of recent live events, for members that take an event after the group has moved on. */
  private readonly recent = new WeakMap<object, EventPayload>();

  constructor(
    readonly key: string,
    private readonly plan: ExecutionPlan,
    /** Applied to a result that carries errors (masking, redaction) before it is sent. */
    private readonly finishErrors: (result: ExecutionResult) => ExecutionResult,
  ) {
    this.execute = executorFor(plan);
  }

  /**
   * The payload of `item` (an event, or a ResyncRequired outcome). `shared` items (live events, the same object for
   * every subscriber) are cached; replayed ones are read per subscriber and are not.
   */
  payload(item: object, cursor: string | null, shared: boolean): EventPayload {
    if (item === this.lastItem) return this.lastPayload!;
    if (shared) {
      const cached = this.recent.get(item);
      if (cached) return cached;
    }
    let result = this.execute(item, this.plan);
    if (result.errors?.length) result = this.finishErrors(result);
    // Every message names its event's position, so any client can resume from it whatever fields it selected.
    const payload = new EventPayload(withCursor(result, cursor), cursor, shared);
    if (shared) {
      this.lastItem = item;
      this.lastPayload = payload;
      this.recent.set(item, payload);
    }
    return payload;
  }
}

/** The result as JSON, with the event's cursor as its last member, `extensions.cursor` (spliced in: no copy of the result). */
function withCursor(result: ExecutionResult, cursor: string | null): string {
  if (cursor === null) return JSON.stringify(result);
  if (result.extensions !== undefined) return JSON.stringify({ ...result, extensions: { ...result.extensions, cursor } });
  const json = JSON.stringify(result);
  return `${json.slice(0, -1)},"extensions":{"cursor":${JSON.stringify(cursor)}}}`;
}

/** The groups of live subscribers, created on first use and dropped when their last member leaves. */
export class GroupRegistry {
  private readonly groups = new Map<string, DeliveryGroup>();

  constructor(private readonly finishErrors: (result: ExecutionResult) => ExecutionResult) {}

  get size(): number {
    return this.groups.size;
  }

  join(key: string, plan: ExecutionPlan): DeliveryGroup {
    let group = this.groups.get(key);
    if (!group) {
      group = new DeliveryGroup(key, { ...plan, variableValues: executionVariables(plan) }, this.finishErrors);
      this.groups.set(key, group);
    }
    group.members++;
    return group;
  }

  leave(group: DeliveryGroup): void {
    if (--group.members === 0 && this.groups.get(group.key) === group) this.groups.delete(group.key);
  }
}
