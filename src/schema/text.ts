import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { schema } from './index.ts';

/** The SDL committed to schema/schema.graphql: what codegen and integrators read. */
export function printSchemaText(): string {
  return `${printSchemaWithDirectives(schema)}\n`;
}
