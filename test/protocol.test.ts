import { GraphQLError, print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toClientError } from '../src/schema/errors.ts';
import { graphql } from './gql/index.ts';
import { expectNoErrors, type ServedVigil, serveVigil } from './kit/vigil.ts';

const ProtocolReportStatus = graphql(`
  mutation ProtocolReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);

const ProtocolFullPage = graphql(`
  query ProtocolFullPage {
    events(first: 1000) {
      endCursor
      hasMore
      head
      events {
        id cursor stream type serverId occurredAt receivedAt priority
        ... on ServerStatusEvent { status: payload { state playerCount maxPlayers health message } }
        ... on TelemetryEvent { sample: payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate } }
        ... on MapEntityEvent { entity: payload { mapId entityId kind action position { x y z } heading label } }
        ... on ChatEvent { message: payload { kind channel playerId playerName recipientId text } }
        ... on PlayerEvent { activity: payload { kind playerId playerName detail ipAddress email } }
        ... on TicketEvent { change: payload { kind ticketId subject body playerId category status previousStatus assignee response { id author body at } actor } }
        ... on SecurityEvent { incident: payload { kind playerId description confidence banDurationSeconds } }
      }
    }
  }
`);

const mutation = 'mutation { reportServerStatus(input: { serverId: "csrf-1", state: ONLINE, playerCount: 1 }) { id } }';

let vigil: ServedVigil;
let admin: string;
let producer: string;
beforeAll(async () => {
  vigil = await serveVigil();
  admin = `Bearer ${await vigil.adminToken()}`;
  producer = `Bearer ${await vigil.producerToken('csrf-1')}`;
});

async function reserve(authorization: string): Promise<string> {
  const response = await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization } });
  expect(response.status).toBe(201);
  return response.text();
}

async function errorsOf(response: Response): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>> {
  const text = await response.text();
  expect(text).not.toContain('originalError');
  return (JSON.parse(text) as { errors: Array<{ message: string; extensions?: Record<string, unknown> }> }).errors;
}

/** The ways a request reaches an operation: yoga, both SSE modes on both endpoints. */
const routes = [
  ['/graphql (yoga)', '/graphql', 'application/graphql-response+json', false],
  ['/graphql, distinct SSE', '/graphql', 'text/event-stream', false],
  ['/graphql/stream, distinct SSE', '/graphql/stream', 'text/event-stream', false],
  ['/graphql/stream, single connection operation', '/graphql/stream', 'application/json', true],
] as const;

async function routeHeaders(authorization: string, accept: string, single: boolean): Promise<Record<string, string>> {
  return { authorization, accept, ...(single ? { 'x-graphql-event-stream-token': await reserve(authorization) } : {}) };
}

describe('GET parameters', () => {
  const malformed = [
    ['variables', 'not JSON', '%7B', 'is not valid JSON'],
    ['variables', 'an array', '%5B1%5D', 'must be a JSON object'],
    ['variables', 'a number', '1', 'must be a JSON object'],
    ['extensions', 'not JSON', '%7B', 'is not valid JSON'],
    ['extensions', 'a string', '%22x%22', 'must be a JSON object'],
  ] as const;
  const cases = routes.flatMap(([route, path, accept, single]) =>
    malformed.map(([name, what, value, message]) => [name, what, route, path, accept, single, value, message] as const),
  );

  it.each(cases)('should answer %s that is %s with 400 BAD_REQUEST naming it on %s', async (name, _, __, path, accept, single, value, message) => {
    const headers = await routeHeaders(admin, accept, single);
    const response = await fetch(`${vigil.url}${path}?query=%7B__typename%7D&${name}=${value}`, { headers });
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors).toEqual([{ message: `The ${name} parameter ${message}`, extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('POST content types', () => {
  const refused: Array<[string, () => { body: BodyInit; headers: Record<string, string> }]> = [
    [
      'application/x-www-form-urlencoded',
      () => ({ body: `query=${encodeURIComponent(mutation)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    ],
    [
      'multipart/form-data',
      () => {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: mutation }));
        form.set('query', mutation);
        return { body: form, headers: {} };
      },
    ],
    ['text/plain', () => ({ body: JSON.stringify({ query: mutation }), headers: { 'content-type': 'text/plain' } })],
    ['application/graphql', () => ({ body: mutation, headers: { 'content-type': 'application/graphql' } })],
    ['no content type', () => ({ body: new Blob([JSON.stringify({ query: mutation })]), headers: {} })],
  ];
  const cases = routes.flatMap(([route, path, accept, single]) => refused.map(([type, make]) => [type, route, path, accept, single, make] as const));

  it.each(cases)('should refuse a %s body with 415 UNSUPPORTED_MEDIA_TYPE and store nothing on %s', async (_, __, path, accept, single, make) => {
    const head = await vigil.app.services.log.head();
    const { body, headers } = make();
    const response = await fetch(`${vigil.url}${path}`, {
      method: 'POST',
      body,
      headers: { ...(await routeHeaders(producer, accept, single)), ...headers },
    });
    expect(response.status).toBe(415);
    expect(await errorsOf(response)).toEqual([{ message: 'Send the operation as application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }]);
    expect(await vigil.app.services.log.head()).toBe(head);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'application/graphql-response+json'])(
    'should run an operation posted as %s',
    async (type) => {
      const head = await vigil.app.services.log.head();
      const response = await fetch(`${vigil.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, accept: 'application/graphql-response+json', authorization: producer },
        body: JSON.stringify({ query: print(ProtocolReportStatus), variables: { input: { serverId: 'csrf-1', state: 'ONLINE', playerCount: 2 } } }),
      });
      expect(response.status).toBe(200);
      expectNoErrors((await response.json()) as never);
      expect(await vigil.app.services.log.head()).toBe(head + 1);
    },
  );

  it('should answer a body that is not JSON with 400 and no parser internals', async () => {
    const response = await fetch(`${vigil.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{',
    });
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('operation limits', () => {
  const post = async (query: string, accept = 'application/graphql-response+json') =>
    fetch(`${vigil.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: admin },
      body: JSON.stringify({ query }),
    });

  it('should serve the documented largest page, 1,000 events with every envelope field and a payload per stream', async () => {
    for (let i = 0; i < 3; i++) await vigil.ok(ProtocolReportStatus, { input: { serverId: 'csrf-1', state: 'ONLINE', playerCount: i } });
    const page = await vigil.ok(ProtocolFullPage);
    expect(page.events.events.length).toBeGreaterThanOrEqual(3);
    expect(page.events.events[0]).toMatchObject({ stream: 'SERVER_STATUS', status: { state: 'ONLINE' } });
  });

  let chain = 'name';
  for (let i = 0; i < 12; i++) chain = `possibleTypes { interfaces { ${chain} } }`;

  it.each([
    ['lists nested in lists (introspection cycles)', `{ __type(name: "Event") { ${chain} } }`],
    ['the same cycle under __schema', `{ __schema { types { ${chain} } } }`],
    [
      'thirteen full pages of envelopes at once',
      `{ ${Array.from({ length: 13 }, (_, n) => `p${n}: events(first: 1000) { events { id cursor stream type serverId occurredAt receivedAt priority } }`).join(' ')} }`,
    ],
  ])('should refuse %s with COST_LIMIT_EXCEEDED', async (_, query) => {
    const response = await post(query);
    expect(response.status).toBe(400);
    const refusal = (await errorsOf(response)).find((error) => error.extensions?.code === 'COST_LIMIT_EXCEEDED');
    expect(refusal?.message).toMatch(/^Operation cost of (\d+|more than \d+) exceeds the limit of 100000/);
    expect(refusal?.extensions).toMatchObject({ limit: 100_000 });
  });

  it.each([
    ['depth', `{ __schema { types { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } } }`, /^Query depth limit of 30 exceeded/],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: events(first: 1) { head }`).join(' ')} }`, /^Aliases limit of 30 exceeded/],
    ['directives', `{ __typename ${'@include(if: true) '.repeat(31)} }`, /^Directives limit of 30 exceeded/],
    ['tokens', `{ ${'__typename '.repeat(4_001)} }`, /^Token limit of 4000 exceeded/],
  ])('should refuse an operation over the %s limit with GRAPHQL_VALIDATION_FAILED, not as a syntax error', async (_, query, message) => {
    const response = await post(query);
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should refuse a costly operation over SSE with COST_LIMIT_EXCEEDED in its one result', async () => {
    const query = `{ __type(name: "Event") { ${chain} } }`;
    const response = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: admin },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    expect(text).toContain('"code":"COST_LIMIT_EXCEEDED"');
    expect(text).not.toContain('Syntax Error');
    // The status yoga would have answered a plain request with means nothing inside a 200 event stream.
    expect(text).not.toContain('"http"');
  });
});

describe('error answers', () => {
  it('should carry no originalError or stack, even in development mode', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const internal = toClientError(new TypeError('Cannot read properties of undefined (reading "x")'));
      expect(internal.toJSON()).toEqual({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } });
      const parser = toClientError(
        new GraphQLError('POST body sent invalid JSON.', {
          extensions: { code: 'BAD_REQUEST', originalError: { name: 'SyntaxError', message: 'at position 1' } },
        }),
      );
      expect(parser.toJSON()).toEqual({ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } });
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
