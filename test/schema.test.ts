import { readFileSync } from 'node:fs';
import { buildSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaText } from '../src/schema/text.ts';

describe('schema/schema.graphql', () => {
  const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');

  it('should match the Pothos schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(printSchemaText());
  });

  it('should be valid SDL on its own', () => {
    expect(validateSchema(buildSchema(committed))).toEqual([]);
  });
});
