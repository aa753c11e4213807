import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import type { YogaInitialContext } from 'graphql-yoga';
import { badInput } from './errors.ts';
import type { Vigil } from './vigil.ts';

/** Per-request context: the Vigil services plus yoga's request. */
export interface VigilContext extends YogaInitialContext {
  vigil: Vigil;
}

type IssuePath = ReadonlyArray<PropertyKey | { key: PropertyKey }>;

function dottedPath(path: IssuePath | undefined): string {
  return (path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.') || 'input';
}

export const builder = new SchemaBuilder<{
  Context: VigilContext;
  DefaultInputFieldRequiredness: true;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Cursor: { Input: string; Output: string };
  };
}>({
  plugins: [ValidationPlugin],
  defaultInputFieldRequiredness: true,
  defaultFieldNullability: false,
  validation: {
    validationError: (result) => badInput(result.issues.map((issue) => ({ path: dottedPath(issue.path), message: issue.message }))),
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

export type VigilTypes = typeof builder.$inferSchemaTypes;
