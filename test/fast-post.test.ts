import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regularMediaType } from '../src/server/fast-post.ts';
import { graphql } from './gql/index.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

const FastChat = graphql(`
  mutation FastPathChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor type serverId payload { text kind } } }
`);

const FastBatch = graphql(`
  mutation FastPathBatch($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type } }
`);

const chat = (serverId: string, extra: Record<string, unknown> = {}) => ({
  serverId,
  channel: 'global',
  playerId: 'p1',
  playerName: 'Ana',
  text: 'hi',
  ...extra,
});

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** Ids, cursors and times differ between two stores of the same event: compare everything else. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, ['id', 'cursor', 'receivedAt', 'occurredAt'].includes(key) ? typeof item : normalized(item)]),
    );
  }
  return value;
}

describe('mutations posted as JSON, below yoga (real sockets)', () => {
  let vigil: ServedVigil;
  let producer: string;

  beforeAll(async () => {
    vigil = await serveVigil();
    producer = await vigil.producerToken('eu-1');
  });
  afterAll(() => vigil.close());

  /** The same request over a socket (the listener, so the fast path where it applies) and through yoga.fetch. */
  async function both(body: string, headers: Record<string, string>): Promise<{ socket: Answer; yoga: Answer }> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
    const answer = async (response: Response): Promise<Answer> => {
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: compared as text
      }
      return { status: response.status, contentType: response.headers.get('content-type'), body: normalized(parsed) };
    };
    const socket = await answer(await fetch(`${vigil.url}/graphql`, init));
    const yoga = await answer(await vigil.app.yoga.fetch('http://vigil.test/graphql', init));
    return { socket, yoga };
  }

  const accepts = ['application/graphql-response+json, application/json', 'application/json', 'application/graphql-response+json', '*/*', ''];

  it.each(accepts)('should answer a stored mutation exactly as yoga does (Accept: %j), without yoga', async (accept) => {
    const before = vigil.app.fastPost.counts.served;
    // A member GraphQL over HTTP does not define is ignored, as yoga's parser (useStrictRequestParsing) ignores it.
    const body = JSON.stringify({ query: print(FastChat), variables: { input: chat('eu-1') }, extra: 1 });
    const { socket, yoga } = await both(body, { authorization: `Bearer ${producer}`, ...(accept ? { accept } : {}) });
    expect(socket).toEqual(yoga);
    expect(socket.status).toBe(200);
    expect(vigil.app.fastPost.counts.served).toBe(before + 1);
  });

  const refusedByExecution: Array<[string, () => unknown, string]> = [
    ['a variable of the wrong type', () => ({ query: print(FastChat), variables: { input: chat('eu-1', { channel: 7 }) } }), 'BAD_USER_INPUT'],
    ['an unknown input field', () => ({ query: print(FastChat), variables: { input: chat('eu-1', { colour: 'red' }) } }), 'BAD_USER_INPUT'],
    ['a rule of the input (blank text)', () => ({ query: print(FastChat), variables: { input: chat('eu-1', { text: '  ' }) } }), 'BAD_USER_INPUT'],
    ['another server than the token', () => ({ query: print(FastChat), variables: { input: chat('us-1') } }), 'FORBIDDEN'],
    [
      'a batch with one bad element',
      () => ({ query: print(FastBatch), variables: { events: [{ chat: chat('eu-1') }, { chat: chat('eu-1', { kind: 'WHISPER' }) }] } }),
      'BAD_USER_INPUT',
    ],
  ];

  it.each(refusedByExecution)('should refuse %s with the same status, code and body as yoga', async (_, request, code) => {
    for (const accept of accepts.slice(0, 3)) {
      const head = await vigil.app.services.log.head();
      const { socket, yoga } = await both(JSON.stringify(request()), { authorization: `Bearer ${producer}`, accept });
      expect(socket).toEqual(yoga);
      expect((socket.body as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(code);
      // Nothing partial is stored by either.
      expect(await vigil.app.services.log.head()).toBe(head);
    }
  });

  const handedToYoga: Array<[string, () => string, () => Record<string, string>]> = [
    ['a query', () => JSON.stringify({ query: '{ __typename }' }), () => ({ authorization: `Bearer ${producer}` })],
    ['a document that does not parse', () => JSON.stringify({ query: 'mutation {' }), () => ({ authorization: `Bearer ${producer}` })],
    ['a field that does not exist', () => JSON.stringify({ query: 'mutation { nope }' }), () => ({ authorization: `Bearer ${producer}` })],
    ['a body that is not JSON', () => '{"query": ', () => ({ authorization: `Bearer ${producer}` })],
    [
      'an unknown token',
      () => JSON.stringify({ query: print(FastChat), variables: { input: chat('eu-1') } }),
      () => ({ authorization: 'Bearer vgp_nope' }),
    ],
  ];

  it.each(handedToYoga)('should hand %s to yoga before anything runs, with yoga own answer', async (_, body, headers) => {
    const before = { ...vigil.app.fastPost.counts };
    const head = await vigil.app.services.log.head();
    const { socket, yoga } = await both(body(), { accept: 'application/graphql-response+json', ...headers() });
    expect(socket).toEqual(yoga);
    expect(socket.status).not.toBe(500);
    expect(vigil.app.fastPost.counts).toEqual({ served: before.served, handedToYoga: before.handedToYoga + 1 });
    expect(await vigil.app.services.log.head()).toBe(head);
  });

  it('should remember a validated document by its text yet pick its operation per request, and never remember an invalid one', async () => {
    const both2 = `${print(FastChat)}\nquery FastPathHead { hubStats { head } }`;
    const headers = { authorization: `Bearer ${producer}`, accept: 'application/json' };
    const served = () => vigil.app.fastPost.counts.served;
    const handed = () => vigil.app.fastPost.counts.handedToYoga;
    for (let round = 0; round < 2; round++) {
      const [s0, h0] = [served(), handed()];
      const mutation = await both(JSON.stringify({ query: both2, operationName: 'FastPathChat', variables: { input: chat('eu-1') } }), headers);
      expect(mutation.socket).toEqual(mutation.yoga);
      expect(mutation.socket.status).toBe(200);
      expect([served(), handed()]).toEqual([s0 + 1, h0]);
      // The same text, its query picked: yoga's, as any query (a producer may not read hubStats: yoga says so).
      const query = await both(JSON.stringify({ query: both2, operationName: 'FastPathHead' }), headers);
      expect(query.socket).toEqual(query.yoga);
      expect([served(), handed()]).toEqual([s0 + 1, h0 + 1]);
      const invalid = await both(JSON.stringify({ query: 'mutation { nope }' }), headers);
      expect(invalid.socket).toEqual(invalid.yoga);
      expect([served(), handed()]).toEqual([s0 + 1, h0 + 2]);
    }
  });

  it('should leave a request without credentials, from a browser (Origin) or for a stream entirely to yoga', async () => {
    const before = { ...vigil.app.fastPost.counts };
    const body = JSON.stringify({ query: print(FastChat), variables: { input: chat('eu-1') } });
    const anonymous = await both(body, { accept: 'application/json' });
    expect(anonymous.socket).toEqual(anonymous.yoga);
    const browser = await both(body, { authorization: `Bearer ${producer}`, origin: 'http://example.test' });
    expect(browser.socket).toEqual(browser.yoga);
    expect(browser.socket.status).toBe(200);
    expect(vigil.app.fastPost.counts).toEqual(before);
  });
});

describe('the media type of a fast answer', () => {
  it('should pick what yoga picks for each Accept header, or leave it to yoga', () => {
    expect(regularMediaType(undefined)).toBe('application/json');
    expect(regularMediaType('*/*')).toBe('application/json');
    expect(regularMediaType('application/graphql-response+json, application/json')).toBe('application/graphql-response+json');
    expect(regularMediaType('application/json, application/graphql-response+json')).toBe('application/json');
    expect(regularMediaType('application/json; charset=utf-8')).toBe('application/json');
    expect(regularMediaType('application/json; charset=latin1, application/graphql-response+json')).toBe('application/graphql-response+json');
    expect(regularMediaType('text/event-stream')).toBeNull();
    expect(regularMediaType('multipart/mixed, application/json')).toBeNull();
    expect(regularMediaType('text/html')).toBeNull();
  });
});
