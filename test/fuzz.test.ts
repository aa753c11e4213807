import fc from 'fast-check';
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

/** A failure prints fast-check's seed and path; replay it with FUZZ_SEED=<seed> (and the path fast-check prints). */
const seed = Number(process.env.FUZZ_SEED ?? 12_012);

const FuzzReportStatus = graphql(`
  mutation FuzzReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);
const FuzzIngest = graphql(`
  mutation FuzzIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);
const FuzzEvents = graphql(`
  query FuzzEvents($stream: Stream, $after: Cursor, $first: Int) {
    events(stream: $stream, after: $after, first: $first) { endCursor head events { id stream ... on ChatEvent { payload { text } } } }
  }
`);
const FuzzStatusFeed = graphql(`
  subscription FuzzStatusFeed($serverId: ID, $after: Cursor) { serverStatus(serverId: $serverId, after: $after) { ... on ServerStatusEvent { id } ... on ResyncRequired { reason } } }
`);

const operations: Array<{ query: string; variables: Record<string, unknown> }> = [
  { query: print(FuzzReportStatus), variables: { input: { serverId: 'fuzz-1', state: 'ONLINE', playerCount: 3 } } },
  {
    query: print(FuzzIngest),
    variables: { events: [{ chat: { serverId: 'fuzz-1', channel: 'global', kind: 'MESSAGE', playerId: 'p1', playerName: 'P', text: 'hi' } }] },
  },
  { query: print(FuzzEvents), variables: { first: 10 } },
  { query: print(FuzzStatusFeed), variables: {} },
];

const tokenPattern = /\.\.\.|[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*"|[!$&()[\]{}:=@|,]/g;
const strangeTokens = [
  '{',
  '}',
  '(',
  ')',
  '$',
  '...',
  '@skip',
  'nope',
  '__typename',
  '99999999999999999999999',
  '-1',
  '1e400',
  '"\\u0000"',
  'null',
  'subscription',
  'fragment',
];

/** A valid Vigil operation with tokens dropped, duplicated, swapped or replaced. */
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...operations),
    fc.array(fc.tuple(fc.constantFrom('drop', 'duplicate', 'replace', 'insert'), fc.nat(), fc.constantFrom(...strangeTokens)), { maxLength: 4 }),
  )
  .map(([operation, edits]) => {
    const tokens = operation.query.match(tokenPattern) ?? [];
    for (const [edit, at, token] of edits) {
      const index = tokens.length ? at % tokens.length : 0;
      if (edit === 'drop') tokens.splice(index, 1);
      else if (edit === 'duplicate') tokens.splice(index, 0, tokens[index] ?? token);
      else if (edit === 'replace') tokens[index] = token;
      else tokens.splice(index, 0, token);
    }
    return { query: tokens.join(' '), variables: operation.variables };
  });

const wrongValue = fc.oneof(
  fc.constantFrom(2 ** 53 + 1, 1e308, -1e308, -2_147_483_649, 0.5, '', 'ONLINE', 'not-a-cursor', null, true, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Variables as given, with values swapped for wrong types, huge numbers and unknown fields. */
function mutatedVariables(variables: Record<string, unknown>): fc.Arbitrary<unknown> {
  const mutate = (value: unknown): fc.Arbitrary<unknown> => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      return fc
        .tuple(
          ...entries.map(([, item]) => fc.oneof({ weight: 3, arbitrary: mutate(item) }, { weight: 1, arbitrary: wrongValue })),
          fc.option(fc.tuple(fc.string({ maxLength: 8 }), wrongValue)),
        )
        .map((items) => {
          const extra = items[entries.length] as [string, unknown] | null;
          const result: Record<string, unknown> = Object.fromEntries(entries.map(([key], index) => [key, items[index]]));
          if (extra) result[extra[0]] = extra[1];
          return result;
        });
    }
    if (Array.isArray(value)) return fc.array(mutate(value[0]), { maxLength: 3 });
    return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: wrongValue });
  };
  return fc.oneof({ weight: 4, arbitrary: mutate(variables) }, { weight: 1, arbitrary: wrongValue });
}

const operation = fc
  .oneof({ weight: 1, arbitrary: fc.constantFrom(...operations) }, { weight: 3, arbitrary: mutatedDocument })
  .chain(({ query, variables }) =>
    fc.record({
      query: fc.oneof({ weight: 9, arbitrary: fc.constant<unknown>(query) }, { weight: 1, arbitrary: wrongValue }),
      variables: mutatedVariables(variables),
    }),
  );

const headerText = fc.stringMatching(/^[ -~]{0,40}$/);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/graphql-response+json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    '',
  ),
  headerText,
);
const accept = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/graphql-response+json',
    'text/event-stream',
    'application/json, text/event-stream',
    '*/*',
    'text/html',
    '',
  ),
  headerText,
);

/** Bodies: the operation as JSON, or cut short, wrapped in arrays, or noise. */
const body = (op: { query: unknown; variables: unknown }) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(JSON.stringify(op)) },
    { weight: 1, arbitrary: fc.nat().map((cut) => JSON.stringify(op).slice(0, cut % 200)) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify([op])) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null') },
  );

/** GET parameters: the operation's, with `variables`/`extensions` as JSON, broken JSON, or noise. */
const getParams = (op: { query: unknown; variables: unknown }) =>
  fc.record({
    query: fc.oneof(
      { weight: 6, arbitrary: fc.constant(typeof op.query === 'string' ? op.query : JSON.stringify(op.query)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    ),
    variables: fc.oneof(fc.constant(JSON.stringify(op.variables)), fc.constantFrom('{', '[1]', '"x"', '1', 'null', ''), fc.string({ maxLength: 20 })),
    extensions: fc.option(fc.oneof(fc.constantFrom('{', '[]', '{"operationId":1}', '{"persistedQuery":{}}'), fc.string({ maxLength: 20 })), {
      nil: undefined,
    }),
  });

const leaks = ['    at ', 'originalError', 'TypeError', 'ReferenceError', '/work/', 'node_modules', '.ts:', 'file://'];

let vigil: ServedVigil;
let admin: string;
let producer: string;
beforeAll(async () => {
  vigil = await serveVigil();
  admin = `Bearer ${await vigil.adminToken()}`;
  producer = `Bearer ${await vigil.producerToken('fuzz-1')}`;
});

const authorization = () =>
  fc.oneof(
    fc.constantFrom(admin, producer, 'Bearer ', 'Bearer vgp_nope', 'Bearer eyJ.eyJ.x', 'Basic Zm9vOmJhcg=='),
    headerText,
    fc.constant(undefined),
  );

interface Answer {
  status: number;
  type: string;
  text: string;
}

/** What a response says: its status and as much of its body as arrives before `until` (event streams stay open). */
async function answer(response: Response, until: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 100))): Promise<Answer> {
  const reader = response.body?.getReader();
  let text = '';
  if (reader) {
    const decoder = new TextDecoder();
    const stop = until.then(() => null);
    while (!text.includes('event: complete')) {
      const chunk = await Promise.race([reader.read(), stop]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    await reader.cancel().catch(() => undefined);
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

/** A refusal: a 4xx, or a JSON answer (or `next` event) carrying errors and no data. */
function refused({ status, text }: Answer): boolean {
  if (status >= 400) return true;
  const json = /^data: (\{.*\})$/m.exec(text)?.[1] ?? (text.startsWith('{') ? text : null);
  if (!json) return false;
  try {
    const result = JSON.parse(json) as { data?: unknown; errors?: unknown[] };
    return Boolean(result.errors?.length) && result.data == null;
  } catch {
    return false;
  }
}

function expectNoLeak(text: string, what: string): void {
  for (const leak of leaks) expect(text.includes(leak), `${what} leaks ${JSON.stringify(leak)}: ${text.slice(0, 500)}`).toBe(false);
}

async function check(send: () => Promise<Answer>): Promise<void> {
  const head = await vigil.app.services.log.head();
  const got = await send();
  expect(got.status, got.text.slice(0, 500)).toBeLessThan(500);
  // GraphiQL's page (GET /graphql accepting text/html) is a bundle of JavaScript, not an error answer.
  if (!got.type.startsWith('text/html')) expectNoLeak(got.text, 'the answer');
  if (refused(got)) expect(await vigil.app.services.log.head(), `refused but stored: ${got.text.slice(0, 500)}`).toBe(head);
}

function withHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

describe('fuzzing the GraphQL and SSE endpoints', () => {
  it('should never answer 5xx, leak internals, or store a refused request (GET and POST, both endpoints, distinct SSE)', async () => {
    const request = operation.chain((op) =>
      fc.record({
        path: fc.constantFrom('/graphql', '/graphql/stream'),
        method: fc.constantFrom('GET', 'POST'),
        contentType: fc.option(contentType, { nil: undefined }),
        accept: fc.option(accept, { nil: undefined }),
        authorization: authorization(),
        body: body(op),
        params: getParams(op),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) =>
        check(async () => {
          const headers = withHeaders({ 'content-type': r.contentType, accept: r.accept, authorization: r.authorization });
          const search = new URLSearchParams(Object.entries(r.params).filter((entry): entry is [string, string] => entry[1] !== undefined));
          const url = r.method === 'GET' ? `${vigil.url}${r.path}?${search}` : `${vigil.url}${r.path}`;
          const response = await fetch(url, { method: r.method, headers, body: r.method === 'POST' ? new TextEncoder().encode(r.body) : undefined });
          return answer(response);
        }),
      ),
      { seed, numRuns: 250, verbose: 1 },
    );
  }, 30_000);

  it('should never answer 5xx, leak internals, or store a refused operation in single connection mode', async () => {
    const request = operation.chain((op) =>
      fc.record({
        method: fc.constantFrom('GET', 'POST', 'DELETE'),
        contentType: fc.option(contentType, { nil: undefined }),
        accept: fc.option(accept, { nil: undefined }),
        authorization: fc.oneof({ weight: 4, arbitrary: fc.constant(admin) }, { weight: 1, arbitrary: authorization() }),
        operationId: fc.oneof(fc.constant<unknown>('op-1'), wrongValue),
        token: fc.oneof({ weight: 4, arbitrary: fc.constant('reserved') }, { weight: 1, arbitrary: headerText }),
        body: body(op),
        params: getParams(op),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const reservation = await (await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization: admin } })).text();
        const stream = await fetch(`${vigil.url}/graphql/stream`, {
          headers: { accept: 'text/event-stream', authorization: admin, 'x-graphql-event-stream-token': reservation },
        });
        let close!: () => void;
        const frames = answer(stream, new Promise<void>((resolve) => (close = resolve)));
        try {
          await check(async () => {
            const token = r.token === 'reserved' ? reservation : r.token;
            const headers = withHeaders({
              'content-type': r.contentType,
              accept: r.accept,
              authorization: r.authorization,
              'x-graphql-event-stream-token': token,
            });
            const parsed = (() => {
              try {
                return JSON.parse(r.body) as unknown;
              } catch {
                return null;
              }
            })();
            const posted =
              parsed && typeof parsed === 'object' && !Array.isArray(parsed)
                ? JSON.stringify({ ...parsed, extensions: { operationId: r.operationId } })
                : r.body;
            const search = new URLSearchParams(
              Object.entries({
                ...r.params,
                extensions: r.params.extensions ?? JSON.stringify({ operationId: r.operationId }),
                operationId: typeof r.operationId === 'string' ? r.operationId : JSON.stringify(r.operationId),
              }).filter((entry): entry is [string, string] => entry[1] !== undefined),
            );
            const url = r.method === 'POST' ? `${vigil.url}/graphql/stream` : `${vigil.url}/graphql/stream?${search}`;
            const response = await fetch(url, {
              method: r.method,
              headers,
              body: r.method === 'POST' ? new TextEncoder().encode(posted) : undefined,
            });
            return answer(response);
          });
          await new Promise((resolve) => setTimeout(resolve, 20));
          close();
          expectNoLeak((await frames).text, 'the event stream');
        } finally {
          close();
          await frames;
        }
      }),
      { seed, numRuns: 100, verbose: 1 },
    );
  }, 30_000);
});
