import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface OperationLimits {
  /** The most values (fields times the items of the lists holding them) an operation's answer may hold. */
  maxCost: number;
  /** The items a page argument given by a variable is counted as: the largest page any field serves. */
  maxPageSize: number;
  /** The items a list without a page argument (introspection, snapshots) is counted as. */
  assumedListSize: number;
}

export const defaultLimits: OperationLimits = { maxCost: 100_000, maxPageSize: 1_000, assumedListSize: 10 };

const pageArguments = new Set(['first', 'last']);

/** The page a field asks for: its literal `first`/`last`, the largest page for a variable, its default; null without one. */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, limits: OperationLimits): number | null {
  const given = node.arguments?.find((argument) => pageArguments.has(argument.name.value));
  if (given?.value.kind === Kind.INT) return Math.max(1, Number(given.value.value));
  if (given?.value.kind === Kind.VARIABLE) return limits.maxPageSize;
  const declared = field.args.find((argument) => pageArguments.has(argument.name));
  if (!declared) return null;
  return typeof declared.defaultValue === 'number' ? declared.defaultValue : limits.maxPageSize;
}

/**
 * The cost of an operation is the number of values its answer can hold: each field counts one, and a list multiplies
 * what it holds by its size. An event page is one indexed read, so a full page of 1,000 events costs what it returns;
 * nested lists (introspection cycles such as possibleTypes -> interfaces) multiply and are refused long before depth.
 * Fragments on different object types of an abstract field are alternatives: an item costs the dearest one.
 */
class OperationCost {
  private readonly fragments = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly limits: OperationLimits,
  ) {}

  /** `page`: the size of the lists directly in this selection, when it is a page (`events(first: 10) { events }`). */
  of(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, page: number | null = null): number {
    let common = 0;
    const byType = new Map<string, number>();
    const add = (typeName: string | undefined, cost: number) => {
      if (typeName === undefined || typeName === parent.name) common += cost;
      else byType.set(typeName, (byType.get(typeName) ?? 0) + cost);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) common += this.field(selection, parent, page);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? this.context.getSchema().getType(typeName) : parent;
        if (isCompositeType(type)) add(isObjectType(type) ? typeName : undefined, this.of(selection.selectionSet, type, page));
      } else {
        const fragment = this.context.getFragment(selection.name.value);
        const type = fragment && this.context.getSchema().getType(fragment.typeCondition.name.value);
        if (fragment && isCompositeType(type))
          add(isObjectType(type) ? type.name : undefined, this.fragment(selection.name.value, fragment.selectionSet, type));
      }
    }
    return common + Math.max(0, ...byType.values());
  }

  private fragment(name: string, selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
    const known = this.fragments.get(name);
    if (known !== undefined) return known;
    // A cycle is NoFragmentCyclesRule's to report.
    if (this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const cost = this.of(selectionSet, type);
    this.visiting.delete(name);
    this.fragments.set(name, cost);
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, page: number | null): number {
    const schema = this.context.getSchema();
    const name = node.name.value;
    const field =
      parent === schema.getQueryType() && name === '__schema'
        ? SchemaMetaFieldDef
        : parent === schema.getQueryType() && name === '__type'
          ? TypeMetaFieldDef
          : 'getFields' in parent
            ? parent.getFields()[name]
            : undefined;
    const type = field && getNamedType(field.type);
    if (!node.selectionSet || !field || !isCompositeType(type)) return 1;
    const size = pageSize(field as GraphQLField<unknown, unknown>, node, this.limits);
    if (!isListType(getNullableType(field.type))) return 1 + this.of(node.selectionSet, type, size);
    return 1 + (size ?? page ?? this.limits.assumedListSize) * this.of(node.selectionSet, type);
  }
}

function costLimitRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const cost = new OperationCost(context, limits).of(operation.selectionSet, root);
      if (cost <= limits.maxCost) return;
      // Lists in lists multiply beyond any useful number.
      const shown = cost > 1e9 ? 'more than 1000000000' : String(cost);
      context.reportError(
        new GraphQLError(`Operation cost of ${shown} exceeds the limit of ${limits.maxCost}: select fewer fields, or ask for smaller pages`, {
          nodes: [operation],
          extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Math.min(cost, 1e9), limit: limits.maxCost },
        }),
      );
    },
  });
}

/** Armor's refusals, as errors of their own kind: armor calls every one a "Syntax Error" and gives none a code. */
function refusedAs(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refusal = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
        // The token limit refuses while parsing, with no validation context to report to.
        if (!context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

/** Bounds on what one operation may ask for, on every transport: armor's depth, aliases, tokens, directives, and the cost. */
export function useOperationLimits(limits: OperationLimits = defaultLimits): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        EnvelopArmorPlugin({
          // Our own types nest shallowly; the bound matters for introspection, which GraphiQL's query reaches depth 21.
          maxDepth: { n: 30, ignoreIntrospection: false, ...refusedAs('GRAPHQL_VALIDATION_FAILED') },
          maxAliases: { n: 30, ...refusedAs('GRAPHQL_VALIDATION_FAILED') },
          maxTokens: { n: 4_000, ...refusedAs('GRAPHQL_VALIDATION_FAILED') },
          maxDirectives: { n: 30, ...refusedAs('GRAPHQL_VALIDATION_FAILED') },
          // Armor multiplies a whole selection by a literal `first` only, and lets `__schema` cost nothing.
          costLimit: { enabled: false },
          blockFieldSuggestion: { enabled: false },
        }),
      );
    },
    onValidate({ addValidationRule }) {
      addValidationRule(costLimitRule(limits));
    },
  };
}
