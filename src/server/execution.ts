import {
  type DocumentNode,
  type ExecutionArgs,
  execute,
  type GraphQLInputType,
  GraphQLScalarType,
  GraphQLSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
  type VariableDefinitionNode,
  valueFromAST,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Mutations run compiled by graphql-jit (once per document and operation), with their variables coerced by code
 * compiled once per input type.
 *
 * graphql-js coerces variables with one generic walk (`coerceInputValue`) that costs about 6 µs per ingested event
 * (a `@oneOf` element and its input object): a quarter of what a batch costs before it reaches the log. The compiled
 * coercer gives the same values for every input graphql-js accepts, and gives up on anything it would refuse (a
 * missing required field, an unknown field, a scalar that does not parse, ...): such a request then takes graphql-js's
 * own path, so every error keeps graphql-js's message and path. Its result reaches the executor through a copy of the
 * operation whose variables are declared with a pass-through scalar, known only to an execution copy of the schema,
 * so they are not walked again. That copy is what graphql-jit compiles: it calls the same resolvers (with every Pothos
 * wrapper: scope-auth, validation) and completes the result without graphql-js's per-field bookkeeping (an arguments
 * object, a path and a result object per field of each returned event), which made a sixth of the bytes a batch of
 * 100 allocated; its errors are GraphQLErrors with the resolver's message, path and extensions, as graphql-js's. An
 * operation graphql-jit does not compile runs on graphql-js. Queries (which may introspect the schema) and
 * subscriptions keep the plain path.
 *
 * yoga's default executor (@graphql-tools/executor, for @defer/@stream, which Vigil does not offer) would also
 * snapshot every request's variables again after coercing them.
 */
export function useFastExecution(): Plugin {
  const bySchema = new WeakMap<GraphQLSchema, FastMutations>();
  const fastExecute = (args: ExecutionArgs) => {
    let fast = bySchema.get(args.schema);
    if (!fast) {
      fast = new FastMutations(args.schema);
      bySchema.set(args.schema, fast);
    }
    return fast.execute(args);
  };
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(fastExecute);
    },
  };
}

/** What a compiled coercer answers when graphql-js would report an error: the request then takes graphql-js's path. */
const refused: unique symbol = Symbol('refused');
type Coerce = (value: unknown) => unknown;

/** The type of a variable whose value is already coerced: only in the execution copy of the schema. */
const precoerced = new GraphQLScalarType({
  name: 'VigilPrecoercedVariable',
  description: 'Internal: a variable value coerced before execution.',
  parseValue: (value) => value,
  serialize: (value) => value,
  parseLiteral: () => {
    throw new TypeError('A pre-coerced variable has no literal form');
  },
});

interface Plan {
  /** The operation with every variable declared as `VigilPrecoercedVariable` (and no defaults). */
  document: DocumentNode;
  coerce: (inputs: Record<string, unknown>) => Record<string, unknown> | null;
  /** `document` compiled by graphql-jit against the execution schema, on first use (null: it does not compile). */
  compiled?: CompiledQuery | null;
}

/** graphql-jit's compilation of an operation, or null where it does not compile it (graphql-js then runs it). */
function compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const query = compileQuery(schema, document, operationName);
    return isCompiledQuery(query) ? query : null;
  } catch {
    return null;
  }
}

export class FastMutations {
  private readonly executionSchema: GraphQLSchema;
  private readonly coercers = new Map<GraphQLInputType, Coerce>();
  /** Per parsed document (yoga caches parsed documents, so the same object comes back) and operation name. */
  private readonly plans = new WeakMap<DocumentNode, Map<string | null, Plan | null>>();

  constructor(private readonly schema: GraphQLSchema) {
    const config = schema.toConfig();
    this.executionSchema = new GraphQLSchema({ ...config, types: [...config.types, precoerced], assumeValid: true });
  }

  execute(args: ExecutionArgs): ReturnType<typeof execute> {
    const plan = this.planOf(args.document, args.operationName ?? null);
    const coerced = plan?.coerce(args.variableValues ?? {});
    if (!plan || !coerced) return execute(args);
    if (plan.compiled === undefined) plan.compiled = compiled(this.executionSchema, plan.document, args.operationName ?? undefined);
    if (plan.compiled) return plan.compiled.query(args.rootValue, args.contextValue, coerced) as ReturnType<typeof execute>;
    return execute({ ...args, schema: this.executionSchema, document: plan.document, variableValues: coerced });
  }

  /** The variables of `document`'s operation coerced as graphql-js would, or null where graphql-js should decide. */
  coerceVariables(document: DocumentNode, operationName: string | null, inputs: Record<string, unknown>): Record<string, unknown> | null {
    return this.planOf(document, operationName)?.coerce(inputs) ?? null;
  }

  private planOf(document: DocumentNode, operationName: string | null): Plan | null {
    let byName = this.plans.get(document);
    if (!byName) {
      byName = new Map();
      this.plans.set(document, byName);
    }
    let plan = byName.get(operationName);
    if (plan === undefined) {
      plan = this.buildPlan(document, operationName);
      byName.set(operationName, plan);
    }
    return plan;
  }

  private buildPlan(document: DocumentNode, operationName: string | null): Plan | null {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const operation =
      operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((op) => op.name?.value === operationName);
    if (operation?.operation !== 'mutation') return null;
    const variables = operation.variableDefinitions ?? [];
    if (variables.length === 0) return null;
    const compiled: { name: string; definition: VariableDefinitionNode; type: GraphQLInputType; coerce: Coerce }[] = [];
    for (const definition of variables) {
      const type = typeFromAST(this.schema, definition.type);
      if (!type || !isInputType(type)) return null;
      compiled.push({ name: definition.variable.name.value, definition, type, coerce: this.coercerOf(type) });
    }
    const rewritten: OperationDefinitionNode = {
      ...operation,
      variableDefinitions: variables.map((definition) => ({
        ...definition,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: precoerced.name } },
        defaultValue: undefined,
      })),
    };
    return {
      document: { ...document, definitions: document.definitions.map((definition) => (definition === operation ? rewritten : definition)) },
      coerce: (inputs) => {
        const out: Record<string, unknown> = {};
        for (const { name, definition, type, coerce } of compiled) {
          if (!Object.hasOwn(inputs, name)) {
            if (definition.defaultValue) {
              const value = valueFromAST(definition.defaultValue, type);
              if (value === undefined) return null;
              out[name] = value;
            } else if (isNonNullType(type)) return null;
            continue;
          }
          const value = coerce(inputs[name]);
          if (value === refused) return null;
          out[name] = value;
        }
        return out;
      },
    };
  }

  /** A coercer for `type`, compiled once per type (lazily inside, so recursive input types terminate). */
  coercerOf(type: GraphQLInputType): Coerce {
    let coerce = this.coercers.get(type);
    if (coerce) return coerce;
    let inner: Coerce | undefined;
    const build = (): Coerce => {
      if (isNonNullType(type)) {
        const of = this.coercerOf(type.ofType);
        return (value) => (value == null ? refused : of(value));
      }
      const named = getNullableType(type);
      const body = this.nonNullCoercer(named);
      return (value) => (value == null ? null : body(value));
    };
    coerce = (value) => {
      inner ??= build();
      return inner(value);
    };
    this.coercers.set(type, coerce);
    return coerce;
  }

  /** The coercion of a present, non-null value of a nullable `type`, as graphql-js's `coerceInputValueImpl` does it. */
  private nonNullCoercer(type: GraphQLInputType): Coerce {
    if (isListType(type)) {
      const item = this.coercerOf(type.ofType);
      return (value) => {
        if (Array.isArray(value)) {
          const out = new Array<unknown>(value.length);
          for (let i = 0; i < value.length; i++) {
            const coerced = item(value[i]);
            if (coerced === refused) return refused;
            out[i] = coerced;
          }
          return out;
        }
        // Other iterables never come from JSON: graphql-js decides.
        if (typeof value === 'object' && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') return refused;
        const coerced = item(value);
        return coerced === refused ? refused : [coerced];
      };
    }
    if (isInputObjectType(type)) {
      const definitions = type.getFields();
      let fields: { name: string; defaultValue: unknown; required: boolean; coerce: Coerce }[] | undefined;
      const oneOf = type.isOneOf;
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return refused;
        fields ??= Object.values(definitions).map((field) => ({
          name: field.name,
          defaultValue: field.defaultValue,
          required: isNonNullType(field.type),
          coerce: this.coercerOf(field.type),
        }));
        const input = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        let present = 0;
        let last: unknown;
        for (const field of fields) {
          const fieldValue = input[field.name];
          if (fieldValue === undefined) {
            if (field.defaultValue !== undefined) {
              out[field.name] = field.defaultValue;
              present++;
              last = field.defaultValue;
            } else if (field.required) return refused;
            continue;
          }
          const coerced = field.coerce(fieldValue);
          if (coerced === refused) return refused;
          out[field.name] = coerced;
          present++;
          last = coerced;
        }
        for (const name in input) if (Object.hasOwn(input, name) && !definitions[name]) return refused;
        if (oneOf && (present !== 1 || last === null)) return refused;
        return out;
      };
    }
    if (isScalarType(type) || isEnumType(type)) {
      return (value) => {
        try {
          const parsed: unknown = type.parseValue(value);
          return parsed === undefined ? refused : parsed;
        } catch {
          return refused;
        }
      };
    }
    return () => refused;
  }
}
