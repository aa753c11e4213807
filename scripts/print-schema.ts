import { writeFileSync } from 'node:fs';
import { printSchemaText } from '../src/schema/text.ts';

const target = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(target, printSchemaText());
console.log(`wrote ${target.pathname}`);
