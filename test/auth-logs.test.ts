import { Writable } from 'node:stream';
import { print } from 'graphql';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/server/logger.ts';
import { graphql } from './gql/index.ts';
import { type SseMessage, SseReader } from './kit/sse-reader.ts';
import { waitFor } from './kit/stream.ts';
import { serveVigil } from './kit/vigil.ts';

const AuthLogsServers = graphql(`
  query AuthLogsServers { servers { cursor } }
`);
const AuthLogsReport = graphql(`
  mutation AuthLogsReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }
`);
const AuthLogsFeed = graphql(`
  subscription AuthLogsFeed { serverStatus { ... on ServerStatusEvent { id } } }
`);
const AuthLogsEvents = graphql(`
  query AuthLogsEvents($after: Cursor) { events(after: $after) { head } }
`);
const AuthLogsRevoke = graphql(`
  mutation AuthLogsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }
`);

/** Reads an event stream until a message satisfies `done`, then disconnects; returns everything received, as text. */
async function readUntil(body: ReadableStream<Uint8Array>, done: (message: SseMessage) => boolean, timeoutMs = 5_000): Promise<string> {
  const reader = new SseReader(body);
  const received: SseMessage[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!received.some(done)) received.push(await reader.next(deadline - Date.now()));
  await reader.close();
  return JSON.stringify(received);
}

/** Every line Vigil logs, kept in memory. */
function memoryLog(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('secrets in logs and errors', () => {
  it('should never write a token to the log or into an error message, whether it worked or not', async () => {
    const log = memoryLog();
    const vigil = await serveVigil({ logLevel: 'trace' }, { logger: createLogger('trace', log.stream) });
    const admin = await vigil.adminToken(['ADMIN'], { sub: 'alice' });
    const support = await vigil.adminToken(['SUPPORT'], { sub: 'sam' });
    const producer = await vigil.producerToken('eu-1');
    const revoked = await vigil.app.services.producers.issue('eu-2', 'to revoke');
    await vigil.ok(AuthLogsRevoke, { id: revoked.id }, { as: admin });
    const forged = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setAudience('vigil')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    const unknownProducer = `vgp_${'Z'.repeat(43)}`;
    const secrets = [admin, support, producer, revoked.token, forged, unknownProducer];
    const seen: string[] = [];

    const post = async (path: string, body: string, token: string | null) => {
      const response = await fetch(`${vigil.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      seen.push(await response.text());
    };
    const query = (token: string | null, document = AuthLogsServers as unknown, variables: unknown = {}) =>
      post('/graphql', JSON.stringify({ query: print(document as never), variables }), token);

    // Header credentials: good, forged, revoked, unknown, for the wrong operation, and with broken requests.
    await query(admin);
    await query(support);
    await query(forged);
    await query(unknownProducer);
    await query(producer);
    await query(revoked.token, AuthLogsReport, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 1 } });
    await query(producer, AuthLogsReport, { input: { serverId: 'eu-9', state: 'ONLINE', playerCount: 1 } });
    await query(producer, AuthLogsReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: -1 } });
    await post('/graphql', '{"query": "{ servers { cursor } ', admin);
    await post('/graphql', JSON.stringify({ query: 'query { servers { nope } }' }), admin);
    await post(
      '/graphql',
      JSON.stringify({ query: `{ __schema { types { fields { type { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } } } }` }),
      support,
    );
    const malformed = await fetch(`${vigil.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Token ${admin}`, 'content-type': 'application/json' },
      body: '{"query":"{ servers { cursor } }"}',
    });
    seen.push(await malformed.text());
    // A secret pasted where an id or a cursor belongs is echoed by "no such id" and coercion errors.
    await query(admin, AuthLogsRevoke, { id: producer });
    await query(admin, AuthLogsEvents, { after: support });
    await post('/graphql', JSON.stringify({ query: `{ events(after: "${producer}") { head } }` }), admin);

    // Query-string credentials on GET event streams, good and bad, in both modes; and on a POST, where they do not count.
    for (const token of [support, forged, revoked.token, unknownProducer]) {
      const url = new URL(`${vigil.url}/graphql`);
      url.searchParams.set('query', print(AuthLogsFeed));
      url.searchParams.set('access_token', token);
      const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
      if (token === support) {
        await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the GET stream');
        await vigil.ok(AuthLogsReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 2 } });
        seen.push(await readUntil(response.body!, (message) => message.event === 'next'));
      } else {
        seen.push(await readUntil(response.body!, (message) => message.event === 'complete'));
      }
    }
    await post(`/graphql?access_token=${admin}`, JSON.stringify({ query: print(AuthLogsServers) }), null);

    const reservationResponse = await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization: `Bearer ${support}` } });
    const reservation = await reservationResponse.text();
    secrets.push(reservation);
    for (const token of [forged, admin, support]) {
      const response = await fetch(`${vigil.url}/graphql/stream?token=${reservation}&access_token=${token}`, {
        headers: { accept: 'text/event-stream' },
      });
      if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
        const expiring = await vigil.adminToken(['SUPPORT'], { sub: 'sam', ttl: '1s' });
        secrets.push(expiring);
        const operation = await fetch(`${vigil.url}/graphql/stream?token=${reservation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${expiring}` },
          body: JSON.stringify({ query: print(AuthLogsFeed), extensions: { operationId: 'op-1' } }),
        });
        seen.push(await operation.text());
        // The stream of a token that expires while it is open ends with TOKEN_EXPIRED.
        seen.push(await readUntil(response.body!, (message) => message.data.includes('TOKEN_EXPIRED'), 4_000));
      } else {
        seen.push(await response.text());
      }
    }
    await post(`/graphql/stream?token=${reservation}`, 'not json', support);
    // A body that is not JSON is quoted by the parser's error: the tokens in it must not come back.
    await post('/graphql', `{"query": "{ servers { cursor } }", "variables": { "id": ${producer} }`, admin);
    await post('/graphql', `${admin}`, support);
    await post(`/graphql/stream?token=${reservation}&access_token=${admin}`, JSON.stringify({ query: '{ servers {' }), forged);
    await fetch(`${vigil.url}/graphql/stream?token=${reservation}&operationId=op-1`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${unknownProducer}` },
    }).then(async (r) => seen.push(await r.text()));
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'every stream to end');

    expect(seen.length).toBeGreaterThan(20);
    expect(log.lines.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(seen.filter((text) => text.includes(secret))).toEqual([]);
      expect(log.lines.filter((line) => line.includes(secret))).toEqual([]);
    }
  });
});

describe('the logger', () => {
  it('should redact credentials however they reach a log line', async () => {
    const log = memoryLog();
    const logger = createLogger('info', log.stream);
    const vigil = await serveVigil();
    const jwt = await vigil.adminToken(['ADMIN']);
    const producer = await vigil.producerToken('eu-1');
    const reservation = '0b8f6c2e-6a41-4d0f-9a53-3c4f0b0f4d1e';

    logger.info(
      { req: { url: `/graphql/stream?token=${reservation}&access_token=${jwt}`, headers: { authorization: `Bearer ${producer}` } } },
      'request',
    );
    logger.info({ headers: { authorization: `Bearer ${jwt}` } }, `GET /graphql?access_token=${jwt}`);
    logger.error({ err: new Error(`could not look up ${producer}`) }, 'lookup failed');
    logger.warn(`presented Authorization: bearer ${jwt} for ${producer}`);
    logger.info({ nested: { deeper: [{ value: jwt }] } }, 'nested');
    await new Promise((resolve) => setImmediate(resolve));

    expect(log.lines).toHaveLength(5);
    for (const secret of [jwt, producer, reservation, jwt.split('.')[2]!, producer.slice(4)])
      expect(log.lines.filter((line) => line.includes(secret))).toEqual([]);
    expect(log.lines.join('\n')).toContain('[redacted]');
    expect(JSON.parse(log.lines[2]!)).toMatchObject({ msg: 'lookup failed', err: { message: 'could not look up vgp_[redacted]' } });
  });
});
