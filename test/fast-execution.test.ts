import {
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { FastMutations } from '../src/server/execution.ts';
import { graphql } from './gql/index.ts';
import { startVigil } from './kit/vigil.ts';

/** A value of a scalar that graphql-js accepts, and one it refuses. */
const scalarSamples: Record<string, { ok: unknown; bad: unknown }> = {
  ID: { ok: 'id-1', bad: true },
  String: { ok: 'text', bad: 12 },
  Int: { ok: 7, bad: 1.5 },
  Float: { ok: 2.5, bad: 'x' },
  Boolean: { ok: true, bad: 'yes' },
  DateTime: { ok: '2026-11-22T10:00:00.000Z', bad: 'yesterday' },
  Cursor: { ok: '1', bad: { at: 1 } },
};

/** A valid value of `type` built from the schema alone: required fields always, optional ones when `full`. */
function sample(type: GraphQLInputType, full: boolean, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, full, depth);
  if (isListType(type)) return [sample(type.ofType, full, depth + 1), sample(type.ofType, full, depth + 1)];
  if (isEnumType(type)) return type.getValues().at(-1)!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) return { [fields[0]!.name]: sample(fields[0]!.type, full, depth + 1) };
    const value: Record<string, unknown> = {};
    for (const field of fields) {
      if (isNonNullType(field.type) || (full && depth < 3)) value[field.name] = sample(field.type, full, depth + 1);
    }
    return value;
  }
  return scalarSamples[type.name]?.ok ?? 'x';
}

/** Inputs around a valid sample: the sample itself, and one change of each kind graphql-js refuses or accepts. */
function variantsOf(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const variants: unknown[] = [sample(type, false), sample(type, true), null, undefined];
  if (isListType(isNonNullType(type) ? type.ofType : type)) variants.push(sample(named, true), []);
  if (isInputObjectType(named)) {
    const base = sample(named, true) as Record<string, unknown>;
    variants.push('not an object', [base], { ...base, notAField: 1 });
    for (const field of Object.values(named.getFields())) {
      const { [field.name]: _dropped, ...without } = base;
      variants.push(without, { ...base, [field.name]: null });
      const fieldType = getNamedType(field.type);
      const bad = scalarSamples[fieldType.name]?.bad ?? (isEnumType(fieldType) ? 'NOT_A_VALUE' : 5);
      variants.push({ ...base, [field.name]: bad });
      if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) variants.push({ ...base, [field.name]: sample(fieldType, false) });
    }
    if (named.isOneOf) {
      const [first, second] = Object.values(named.getFields());
      variants.push({}, { [first!.name]: sample(first!.type, false), [second!.name]: sample(second!.type, false) });
      for (const field of Object.values(named.getFields())) variants.push({ [field.name]: sample(field.type, true) });
    }
  }
  return variants;
}

function inputTypes(): (GraphQLInputType & GraphQLNamedType)[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLInputType & GraphQLNamedType =>
      !type.name.startsWith('__') && (isInputObjectType(type) || isEnumType(type) || type.name in scalarSamples),
  );
}

describe('compiled variable coercion', () => {
  const fast = new FastMutations(schema);

  it('should give exactly what graphql-js gives for every input it accepts, and leave every input it refuses to graphql-js', () => {
    let accepted = 0;
    let refused = 0;
    for (const type of inputTypes()) {
      for (const wrapper of ['T!', 'T', '[T!]!', '[T]']) {
        const document = parse(`mutation M($v: ${wrapper.replace('T', type.name)}) { __typename }`);
        const operation = document.definitions[0] as OperationDefinitionNode;
        for (const value of variantsOf(schema.getType(type.name) as GraphQLInputType)) {
          const inputs = value === undefined ? {} : { v: value };
          const expected = getVariableValues(schema, operation.variableDefinitions!, inputs);
          const actual = fast.coerceVariables(document, null, inputs);
          const context = `${wrapper.replace('T', type.name)} = ${JSON.stringify(value)}`;
          if (expected.errors) {
            expect(actual, context).toBeNull();
            refused++;
          } else {
            expect(actual, context).toStrictEqual(expected.coerced);
            accepted++;
          }
        }
      }
    }
    // Both outcomes were exercised across the schema, not only one of them.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it('should apply variable defaults as graphql-js does and leave queries and subscriptions to graphql-js', () => {
    const withDefault = parse(`mutation M($kind: ChatKind = WHISPER, $v: String) { __typename }`);
    const operation = withDefault.definitions[0] as OperationDefinitionNode;
    expect(fast.coerceVariables(withDefault, null, {})).toStrictEqual(getVariableValues(schema, operation.variableDefinitions!, {}).coerced);
    expect(fast.coerceVariables(withDefault, 'Other', {})).toBeNull();
    expect(fast.coerceVariables(parse(`query Q($v: String) { __typename }`), null, { v: 'x' })).toBeNull();
  });
});

const PostChat = graphql(`
  mutation FastPostChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id type payload { text kind } } }
`);

describe('mutations on the compiled coercion (real Vigil)', () => {
  it('should store a valid event and answer an invalid one with graphql-js own error, storing nothing', async () => {
    const vigil = await startVigil();
    const input = { serverId: 'eu-1', channel: 'global', playerId: 'p1', playerName: 'Ana', text: 'hello' };
    const { postChatMessage } = await vigil.ok(PostChat, { input });
    expect(postChatMessage).toMatchObject({ type: 'CHAT_MESSAGE', payload: { text: 'hello', kind: 'MESSAGE' } });

    const refused = await vigil.execute(PostChat, { input: { ...input, channel: 7 } as never });
    expect(refused.errors?.[0]?.message).toBe(
      'Variable "$input" got invalid value 7 at "input.channel"; String cannot represent a non string value: 7',
    );
    const unknown = await vigil.execute(PostChat, { input: { ...input, colour: 'red' } as never });
    expect(unknown.errors?.[0]?.message).toMatch(/Field "colour" is not defined by type "ChatMessageInput"/);
    expect(await vigil.app.services.log.head()).toBe(1);
    await vigil.close();
  });
});
