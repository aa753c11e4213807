import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphiqlDefaultQuery } from '../src/server/graphiql.ts';
import { startVigil } from './kit/vigil.ts';

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

/** The options the page hands to GraphiQL, as the browser reads them. */
async function graphiqlOptionsServed(): Promise<Record<string, unknown>> {
  const vigil = await startVigil();
  const response = await vigil.app.yoga.fetch('http://vigil.test/graphql', { headers: { accept: 'text/html' } });
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const page = await response.text();
  const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(page)?.[1];
  expect(options, 'the renderYogaGraphiQL call of the page').toBeDefined();
  return JSON.parse(options!) as Record<string, unknown>;
}

describe('GraphiQL', () => {
  it("should open with Vigil's default query: how to sign in, then a subscription, a query and a mutation", async () => {
    const options = await graphiqlOptionsServed();
    expect(options.defaultQuery).toBe(graphiqlDefaultQuery);
    expect(graphiqlDefaultQuery).toMatch(/^# .*\n(#.*\n)*/);
    expect(graphiqlDefaultQuery).toContain('{"Authorization": "Bearer <token>"}');
    const document = parse(graphiqlDefaultQuery);
    expect(validate(schema, document)).toEqual([]);
    expect(document.definitions.map((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation)).toEqual([
      'subscription',
      'query',
      'mutation',
    ]);
  });

  it("should hand the page no query or tabs to run (only GraphiQL's own schema request goes out on open)", async () => {
    const options = await graphiqlOptionsServed();
    expect(options).not.toHaveProperty('query');
    expect(options).not.toHaveProperty('defaultTabs');
    expect(options).toMatchObject({ title: 'Vigil', shouldPersistHeaders: false, defaultEditorToolsVisibility: 'headers' });
  });
});
