import { type ExecutionResult, getIntrospectionQuery, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { waitFor } from './kit/stream.ts';
import { serveVigil } from './kit/vigil.ts';

const WireStatusFeed = graphql(`
  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }
`);

const WireReportStatus = graphql(`
  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);

/** Reads an SSE body until `until` matches the text received so far. */
async function readUntil(body: ReadableStream<Uint8Array>, until: (text: string) => boolean, timeoutMs = 5_000): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (!until(text)) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`timed out; got so far: ${JSON.stringify(text)}`)), deadline - Date.now()),
        ),
      ]);
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  return text;
}

describe('GraphQL over SSE on the wire', () => {
  it.each(['text/event-stream', 'application/json, text/event-stream', 'application/graphql-response+json;q=1, text/event-stream;q=0.9'])(
    'should stream `next` events with the cursor as SSE id and end with `complete` in distinct connections mode (Accept: %s)',
    async (accept) => {
      const vigil = await serveVigil();
      const authorization = `Bearer ${await vigil.adminToken()}`;
      const response = await fetch(`${vigil.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, authorization },
        body: JSON.stringify({ query: print(WireStatusFeed) }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1);
      const { reportServerStatus } = await vigil.ok(WireReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });

      const body = response.body!;
      const first = await readUntil(body, (text) => text.includes('\n\n') && text.includes('event: next'));
      const [, id, data] = /id: (\S+)\nevent: next\ndata: (.*)\n\n/.exec(first) ?? [];
      expect(id).toBe(reportServerStatus.cursor);
      expect(JSON.parse(data!)).toEqual({
        data: { serverStatus: { id: reportServerStatus.id, serverId: 'eu-1', payload: { state: 'ONLINE' } } },
        extensions: { cursor: reportServerStatus.cursor },
      });

      vigil.app.services.hub.close();
      const rest = await readUntil(body, (text) => text.includes('event: complete'));
      expect(rest).toMatch(/event: complete\n/);
    },
  );

  it('should answer a malformed operation on the single connection endpoint with a GraphQL error, not a stack trace', async () => {
    const vigil = await serveVigil();
    const authorization = `Bearer ${await vigil.adminToken()}`;
    const reserve = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'PUT',
      headers: { 'x-graphql-event-stream-token': 'chosen-by-client', authorization },
    });
    expect(reserve.status).toBe(201);
    const token = await reserve.text();
    expect(token).not.toBe('chosen-by-client');
    expect(token).toMatch(/^[0-9a-f-]{36}$/);

    const stream = await fetch(`${vigil.url}/graphql/stream`, {
      headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token, authorization },
    });
    expect(stream.status).toBe(200);
    const post = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token, authorization },
      body: JSON.stringify({ query: 'subscription { serverStatus {', extensions: { operationId: 'op-1' } }),
    });
    expect(post.status).toBe(202);
    const text = await readUntil(stream.body!, (t) => t.includes('event: complete'));
    const next = /event: next\ndata: (.*)\n\n/.exec(text)?.[1];
    const message = JSON.parse(next!) as { id: string; payload: { errors: Array<{ message: string }> } };
    expect(message.id).toBe('op-1');
    expect(message.payload.errors[0]?.message).toMatch(/^Syntax Error/);
    expect(text).not.toContain('    at ');
  });

  const overLimit = [
    { limit: 'depth', message: /depth/i, query: `{ __schema { types { fields { type { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } } } }` },
    { limit: 'aliases', message: /aliases/i, query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: servers { cursor }`).join(' ')} }` },
    { limit: 'directives', message: /directives/i, query: `subscription { serverStatus { __typename ${'@include(if: true) '.repeat(40)} } }` },
    { limit: 'tokens', message: /token/i, query: `subscription { serverStatus { ${'__typename '.repeat(4_100)} } }` },
  ];
  it.each(
    overLimit.flatMap((operation) => [
      { ...operation, mode: 'distinct connections', singleConnection: false, path: '/graphql' },
      { ...operation, mode: 'distinct connections', singleConnection: false, path: '/graphql/stream' },
      { ...operation, mode: 'single connection', singleConnection: true, path: '/graphql/stream' },
    ]),
  )(
    'should refuse an operation over the $limit limit in $mode mode on $path with a GraphQL error, not a 500',
    async ({ query, message, singleConnection, path }) => {
      const vigil = await serveVigil();
      const client = vigil.sseClient({ singleConnection, url: `${vigil.url}${path}` });
      const results: ExecutionResult[] = [];
      await new Promise<void>((resolve, reject) => {
        client.subscribe({ query }, { next: (result) => void results.push(result as ExecutionResult), error: reject, complete: resolve });
      });
      expect(results).toHaveLength(1);
      expect(results[0]!.data ?? null).toBeNull();
      expect(results[0]!.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(results)).not.toContain('    at ');
      expect(vigil.app.services.hub.subscriberCount).toBe(0);
    },
  );

  it.each(['GET', 'POST', 'DELETE'])('should answer %s with an unknown reservation token with 404', async (method) => {
    const vigil = await serveVigil();
    const response = await fetch(`${vigil.url}/graphql/stream?operationId=x`, {
      method,
      headers: {
        authorization: `Bearer ${await vigil.adminToken()}`,
        'x-graphql-event-stream-token': 'never-issued',
        accept: method === 'GET' ? 'text/event-stream' : 'application/json',
        'content-type': 'application/json',
      },
      body: method === 'POST' ? JSON.stringify({ query: '{ servers { cursor } }', extensions: { operationId: 'x' } }) : undefined,
    });
    expect(response.status).toBe(404);
  });

  it('should refuse a body above the configured limit with 413', async () => {
    const vigil = await serveVigil({ maxBodyBytes: 2_048 });
    const response = await fetch(`${vigil.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ servers { cursor } } # ${'x'.repeat(4_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain('2048');
  });

  it('should allow introspection but refuse a too-deep operation with a GraphQL error', async () => {
    const vigil = await serveVigil();
    const deep = getIntrospectionQuery();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await vigil.adminToken()}` };
    const tooDeep = `{ __schema { types { fields { type { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } } } }`;
    const ok = await (await fetch(`${vigil.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: deep }) })).json();
    expect(ok).not.toHaveProperty('errors');
    const refused = (await (await fetch(`${vigil.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: tooDeep }) })).json()) as {
      errors: Array<{ message: string }>;
    };
    expect(refused.errors[0]?.message).toMatch(/depth/i);
  });
});
