import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { print } from 'graphql';
import { decodeJwt, exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/server/config.ts';
import { graphql } from './gql/index.ts';
import { SseReader } from './kit/sse-reader.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil, startVigil, tempDir } from './kit/vigil.ts';

const AuthTokensReport = graphql(`
  mutation AuthTokensReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id serverId } }
`);
const AuthTokensIngest = graphql(`
  mutation AuthTokensIngest($events: [IngestEvent!]!) { ingest(events: $events) { id } }
`);
const AuthTokensHistory = graphql(`
  query AuthTokensHistory { events { events { id serverId } } }
`);
const AuthTokensIssue = graphql(`
  mutation AuthTokensIssue($serverId: ID!, $label: String) {
    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId label createdAt revokedAt } }
  }
`);
const AuthTokensRevoke = graphql(`
  mutation AuthTokensRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }
`);
const AuthTokensList = graphql(`
  query AuthTokensList($serverId: ID) { producerTokens(serverId: $serverId) { id serverId label createdAt revokedAt } }
`);
const AuthTokensWhoAmI = graphql(`
  query AuthTokensWhoAmI { hubStats { epoch } }
`);
const AuthTokensServers = graphql(`
  query AuthTokensServers { servers { cursor } }
`);
const AuthTokensStatusFeed = graphql(`
  subscription AuthTokensStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId } } }
`);
const AuthTokensTicketFeed = graphql(`
  subscription AuthTokensTicketFeed { tickets { ... on TicketEvent { id } } }
`);

const sseModes = [{ singleConnection: false }, { singleConnection: true }];
const tokenHeader = 'x-graphql-event-stream-token';

function codeOf(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

describe('producer tokens', () => {
  it('should refuse an event naming another server with FORBIDDEN', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(
      AuthTokensReport,
      { input: { serverId: 'us-1', state: 'ONLINE', playerCount: 1 } },
      { as: await vigil.producerToken('eu-1') },
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('eu-1');
    expect((await vigil.ok(AuthTokensHistory)).events.events).toEqual([]);
  });

  it('should refuse a mixed batch holding one foreign event with FORBIDDEN, storing nothing of it', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(
      AuthTokensIngest,
      {
        events: [
          { serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } },
          { chat: { serverId: 'eu-1', channel: 'global', playerId: 'p', playerName: 'P', text: 'hi' } },
          { securityIncident: { serverId: 'us-1', kind: 'VIOLATION', description: 'framed' } },
        ],
      },
      { as: await vigil.producerToken('eu-1') },
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect((await vigil.ok(AuthTokensHistory)).events.events).toEqual([]);
  });

  it('should let a token issued by an ADMIN ingest as its server, store only its hash and never list it', async () => {
    const vigil = await startVigil();
    const { issueProducerToken: issued } = await vigil.ok(
      AuthTokensIssue,
      { serverId: 'eu-7', label: 'rack 3' },
      { as: await vigil.adminToken(['ADMIN']) },
    );
    expect(issued.token).toMatch(/^vgp_[A-Za-z0-9_-]{43}$/);
    expect(issued.producerToken).toMatchObject({ serverId: 'eu-7', label: 'rack 3', revokedAt: null });

    const { reportServerStatus } = await vigil.ok(
      AuthTokensReport,
      { input: { serverId: 'eu-7', state: 'ONLINE', playerCount: 1 } },
      { as: issued.token },
    );
    expect(reportServerStatus.serverId).toBe('eu-7');
    expect(
      codeOf(await vigil.execute(AuthTokensReport, { input: { serverId: 'eu-8', state: 'ONLINE', playerCount: 1 } }, { as: issued.token })),
    ).toBe('FORBIDDEN');

    const listed = await vigil.execute(AuthTokensList, {});
    expect(listed.data?.producerTokens).toContainEqual(issued.producerToken);
    expect(JSON.stringify(listed)).not.toContain(issued.token);

    const db = new Database(vigil.app.services.config.databasePath, { readonly: true });
    const rows = JSON.stringify(db.prepare('SELECT * FROM producer_tokens').all());
    db.close();
    expect(rows).not.toContain(issued.token);
    expect(rows).not.toContain(issued.token.slice(4));
  });

  it('should stop a revoked token at once: its next ingest gets TOKEN_REVOKED', async () => {
    const vigil = await startVigil();
    const { issueProducerToken: issued } = await vigil.ok(AuthTokensIssue, { serverId: 'eu-1' }, { as: await vigil.adminToken(['ADMIN']) });
    await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } }, { as: issued.token });

    const { revokeProducerToken } = await vigil.ok(AuthTokensRevoke, { id: issued.producerToken.id });
    expect(revokeProducerToken.revokedAt).not.toBeNull();

    const refused = await vigil.execute(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 2 } }, { as: issued.token });
    expect(codeOf(refused)).toBe('TOKEN_REVOKED');
    expect((await vigil.ok(AuthTokensList, { serverId: 'eu-1' })).producerTokens.find((t) => t.id === issued.producerToken.id)?.revokedAt).toBe(
      revokeProducerToken.revokedAt,
    );
  });

  it('should answer an unknown producer token with UNAUTHENTICATED', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(
      AuthTokensReport,
      { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } },
      { as: `vgp_${'A'.repeat(43)}` },
    );
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });
});

/** Runs the token CLI against a data folder, as `npm run vigil -- …` does. */
async function cli(args: string[], databasePath: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_')));
  const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli.ts', ...args], {
    env: { ...env, VIGIL_DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

describe('the token CLI', () => {
  it('should issue a producer token that works at once on the running server', async () => {
    const vigil = await startVigil();
    const { code, stdout, stderr } = await cli(
      ['token', 'producer', '--server', 'eu-1', '--label', 'from the cli'],
      vigil.app.services.config.databasePath,
    );
    expect(code).toBe(0);
    const token = stdout.trim();
    expect(token).toMatch(/^vgp_/);
    expect(stderr).not.toContain(token);

    await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } }, { as: token });
    expect((await vigil.ok(AuthTokensList, { serverId: 'eu-1' })).producerTokens.map((t) => t.label)).toContain('from the cli');
  }, 20_000);

  it('should revoke a producer token by id', async () => {
    const vigil = await startVigil();
    const { issueProducerToken: issued } = await vigil.ok(AuthTokensIssue, { serverId: 'eu-1' }, { as: await vigil.adminToken(['ADMIN']) });
    const { code } = await cli(['token', 'revoke', issued.producerToken.id], vigil.app.services.config.databasePath);
    expect(code).toBe(0);
    const refused = await vigil.execute(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } }, { as: issued.token });
    expect(codeOf(refused)).toBe('TOKEN_REVOKED');
  }, 20_000);

  it('should refuse a token revoked from the command line at once, though this node has just accepted it', async () => {
    const vigil = await startVigil();
    const { issueProducerToken: issued } = await vigil.ok(AuthTokensIssue, { serverId: 'eu-1' }, { as: await vigil.adminToken(['ADMIN']) });
    const report = { input: { serverId: 'eu-1', state: 'ONLINE' as const, playerCount: 1 } };
    await vigil.ok(AuthTokensReport, report, { as: issued.token });
    await vigil.ok(AuthTokensReport, report, { as: issued.token });
    const { code } = await cli(['token', 'revoke', issued.producerToken.id], vigil.app.services.config.databasePath);
    expect(code).toBe(0);
    expect(codeOf(await vigil.execute(AuthTokensReport, report, { as: issued.token }))).toBe('TOKEN_REVOKED');
    // A token issued from the command line afterwards is taken at once too, and the revoked one stays refused.
    const { stdout } = await cli(['token', 'producer', '--server', 'eu-1'], vigil.app.services.config.databasePath);
    await vigil.ok(AuthTokensReport, report, { as: stdout.trim() });
    expect(codeOf(await vigil.execute(AuthTokensReport, report, { as: issued.token }))).toBe('TOKEN_REVOKED');
  }, 20_000);

  it('should mint an admin token with the secret generated into the data folder', async () => {
    const vigil = await startVigil();
    const databasePath = vigil.app.services.config.databasePath;
    expect(readFileSync(join(dirname(databasePath), 'admin-jwt-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    const before = Math.floor(Date.now() / 1000);
    const { code, stdout } = await cli(['token', 'admin', '--sub', 'alice', '--roles', 'ADMIN,SUPPORT', '--ttl', '8h'], databasePath);
    expect(code).toBe(0);
    const token = stdout.trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: 'alice', roles: ['ADMIN', 'SUPPORT'], aud: 'vigil' });
    expect(claims.exp! - before).toBeGreaterThanOrEqual(8 * 3600);
    expect(claims.exp! - before).toBeLessThanOrEqual(8 * 3600 + 60);
    await vigil.ok(AuthTokensWhoAmI, {}, { as: token });
  }, 20_000);

  it('should refuse an unknown role naming the known ones', async () => {
    const vigil = await startVigil();
    const { code, stdout, stderr } = await cli(['token', 'admin', '--sub', 'alice', '--roles', 'ROOT'], vigil.app.services.config.databasePath);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('ROOT');
    expect(stderr).toContain('ADMIN, OPERATOR, MODERATOR, SUPPORT');
  }, 20_000);
});

describe('admin tokens', () => {
  const secret = 'an-hs256-secret-of-at-least-thirty-two-bytes';
  const key = new TextEncoder().encode(secret);
  const sign = (claims: JWTPayload, { signWith = key, audience = 'vigil', expiresAt = '1h' as string | number | null } = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuedAt().setAudience(audience);
    if (expiresAt !== null) jwt.setExpirationTime(expiresAt);
    return jwt.sign(signWith);
  };
  const unsigned = (claims: JWTPayload) =>
    `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

  it('should admit a token signed with the configured secret', async () => {
    const vigil = await startVigil({ adminJwtSecret: secret });
    await vigil.ok(AuthTokensWhoAmI, {}, { as: await sign({ roles: ['ADMIN'] }) });
  });

  it.each([
    {
      problem: 'a bad signature',
      token: () => sign({ roles: ['ADMIN'] }, { signWith: new TextEncoder().encode('another-secret-another-secret-another') }),
    },
    { problem: 'a wrong audience', token: () => sign({ roles: ['ADMIN'] }, { audience: 'someone-else' }) },
    { problem: 'no known role', token: () => sign({ roles: ['ROOT'] }) },
    { problem: 'no roles at all', token: () => sign({}) },
    { problem: 'no expiry', token: () => sign({ roles: ['ADMIN'] }, { expiresAt: null }) },
    { problem: 'alg none', token: async () => unsigned({ sub: 'alice', aud: 'vigil', roles: ['ADMIN'], exp: Math.floor(Date.now() / 1000) + 3600 }) },
    {
      problem: 'an expired token with a bad signature',
      token: () =>
        sign(
          { roles: ['ADMIN'] },
          { signWith: new TextEncoder().encode('another-secret-another-secret-another'), expiresAt: Math.floor(Date.now() / 1000) - 60 },
        ),
    },
    { problem: 'garbage', token: async () => 'not-a-token' },
  ])('should answer $problem with UNAUTHENTICATED', async ({ token }) => {
    const vigil = await startVigil({ adminJwtSecret: secret });
    const result = await vigil.execute(AuthTokensServers, {}, { as: await token() });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('should answer an expired token with TOKEN_EXPIRED', async () => {
    const vigil = await startVigil({ adminJwtSecret: secret });
    const result = await vigil.execute(
      AuthTokensServers,
      {},
      { as: await sign({ roles: ['ADMIN'] }, { expiresAt: Math.floor(Date.now() / 1000) - 1 }) },
    );
    expect(codeOf(result)).toBe('TOKEN_EXPIRED');
  });

  it.each(['RS256', 'ES256'] as const)('should verify %s tokens with a configured public key file, and refuse HS256 ones', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const adminPublicKeyFile = join(tempDir(), 'admin.pem');
    writeFileSync(adminPublicKeyFile, await exportSPKI(publicKey));
    const vigil = await startVigil({ adminPublicKeyFile, adminPublicKeyAlgorithm: alg });

    const token = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg })
      .setSubject('alice')
      .setAudience('vigil')
      .setExpirationTime('1h')
      .sign(privateKey);
    await vigil.ok(AuthTokensWhoAmI, {}, { as: token });

    const other = await generateKeyPair(alg);
    const foreign = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg })
      .setSubject('mallory')
      .setAudience('vigil')
      .setExpirationTime('1h')
      .sign(other.privateKey);
    expect(codeOf(await vigil.execute(AuthTokensWhoAmI, {}, { as: foreign }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await vigil.execute(AuthTokensWhoAmI, {}, { as: await sign({ roles: ['ADMIN'] }) }))).toBe('UNAUTHENTICATED');
    await expect(vigil.adminToken()).rejects.toThrow(/private key/);
  });

  it('should verify tokens against a JWKS file', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const adminJwksFile = join(tempDir(), 'jwks.json');
    writeFileSync(adminJwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] }));
    const vigil = await startVigil({ adminJwksFile });
    const token = await new SignJWT({ roles: ['OPERATOR'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('ops')
      .setAudience('vigil')
      .setExpirationTime('1h')
      .sign(privateKey);
    await vigil.ok(AuthTokensServers, {}, { as: token });
    expect(codeOf(await vigil.execute(AuthTokensWhoAmI, {}, { as: token }))).toBe('FORBIDDEN');
  });

  it.each(['1s', '2500ms', '8h'])('should mint a token living at least its ttl of %s', async (ttl) => {
    const vigil = await startVigil();
    const before = Date.now();
    const { exp, iat } = decodeJwt(await vigil.adminToken(['ADMIN'], { ttl }));
    const ms = { '1s': 1_000, '2500ms': 2_500, '8h': 8 * 3_600_000 }[ttl]!;
    expect(exp! * 1000).toBeGreaterThanOrEqual(before + ms);
    expect(exp! * 1000).toBeLessThanOrEqual(Date.now() + ms + 1_000);
    expect(iat).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
  });

  it.each(sseModes)('should end a live stream within 1 s of its token expiring, with TOKEN_EXPIRED (%o)', async ({ singleConnection }) => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['SUPPORT'], { sub: 'short-lived', ttl: '1s' });
    const expiresAt = decodeJwt(token).exp! * 1000;
    const feed = subscribe(vigil.sseClient({ singleConnection, as: token }), AuthTokensStatusFeed);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the stream to go live');
    await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    expect((await feed.next()).data?.serverStatus).toMatchObject({ serverId: 'eu-1' });

    const ending = await feed.next(3_000);
    const endedAt = Date.now();
    expect(codeOf(ending)).toBe('TOKEN_EXPIRED');
    expect(ending.errors?.[0]?.message).not.toContain(token);
    expect(endedAt).toBeGreaterThanOrEqual(expiresAt - 50);
    expect(endedAt - expiresAt).toBeLessThan(1_000);
    await feed.done;
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 2_000, 'the expired stream to let go of the hub');

    // A new stream with the expired token is refused the same way.
    if (singleConnection) {
      const reserve = await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization: `Bearer ${token}` } });
      expect(reserve.status).toBe(401);
      expect(await reserve.json()).toMatchObject({ errors: [{ extensions: { code: 'TOKEN_EXPIRED' } }] });
    } else {
      expect(codeOf(await subscribe(vigil.sseClient({ as: token }), AuthTokensStatusFeed).next())).toBe('TOKEN_EXPIRED');
    }
  });
});

describe('single connection reservations', () => {
  async function reserve(vigil: ServedVigil, token: string | null, headers: Record<string, string> = {}) {
    return fetch(`${vigil.url}/graphql/stream`, {
      method: 'PUT',
      headers: { ...headers, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    });
  }

  function use(vigil: ServedVigil, method: 'GET' | 'POST' | 'DELETE', reservation: string, token: string, operationId = 'op-1') {
    return fetch(`${vigil.url}/graphql/stream${method === 'DELETE' ? `?operationId=${operationId}` : ''}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        [tokenHeader]: reservation,
        accept: method === 'GET' ? 'text/event-stream' : 'application/json',
        'content-type': 'application/json',
      },
      body: method === 'POST' ? JSON.stringify({ query: print(AuthTokensStatusFeed), extensions: { operationId } }) : undefined,
    });
  }

  it('should serve a reservation only to the viewer that made it', async () => {
    const vigil = await serveVigil();
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const bob = await vigil.adminToken(['ADMIN'], { sub: 'bob' });
    const response = await reserve(vigil, alice);
    expect(response.status).toBe(201);
    const reservation = await response.text();

    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const refused = await use(vigil, method, reservation, bob);
      expect({ method, status: refused.status }).toEqual({ method, status: 404 });
      expect(await refused.text()).not.toContain(bob);
    }
    const producer = await use(vigil, 'POST', reservation, await vigil.producerToken('eu-1'));
    expect(producer.status).toBe(404);

    const stream = await use(vigil, 'GET', reservation, alice);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await use(vigil, 'POST', reservation, bob)).status).toBe(404);
    expect((await use(vigil, 'POST', reservation, alice)).status).toBe(202);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'alice’s operation to go live');
    expect((await use(vigil, 'DELETE', reservation, bob)).status).toBe(404);
    expect(vigil.app.services.hub.subscriberCount).toBe(1);

    await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    const events = new SseReader(stream.body!);
    const message = await events.next();
    expect(message.event).toBe('next');
    expect(JSON.parse(message.data)).toMatchObject({ id: 'op-1', payload: { data: { serverStatus: { serverId: 'eu-1' } } } });

    expect((await use(vigil, 'DELETE', reservation, alice)).status).toBe(200);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'the operation to end');
    await events.close();
  });

  it('should answer every refusal in full, however they follow each other on one connection', async () => {
    const vigil = await serveVigil();
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const bodies: unknown[] = [];
    for (const request of [
      () => reserve(vigil, null),
      () => use(vigil, 'GET', 'never-issued', alice),
      () => reserve(vigil, null),
      () => use(vigil, 'POST', 'never-issued-either', alice),
    ]) {
      const response = await request();
      bodies.push({ status: response.status, body: await response.json() });
    }
    expect(bodies).toMatchObject([
      { status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } },
      { status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } },
      { status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } },
      { status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } },
    ]);
  });

  it('should issue reservation tokens itself, ignoring one the client chose', async () => {
    const vigil = await serveVigil();
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const response = await reserve(vigil, alice, { [tokenHeader]: 'chosen-by-client' });
    expect(response.status).toBe(201);
    expect(await response.text()).not.toBe('chosen-by-client');
    expect((await use(vigil, 'GET', 'chosen-by-client', alice)).status).toBe(404);
  });

  it('should refuse an anonymous reservation with 401 UNAUTHENTICATED', async () => {
    const vigil = await serveVigil();
    const response = await reserve(vigil, null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('should cap a viewer’s open reservations with 429, leaving other viewers alone', async () => {
    const vigil = await serveVigil();
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const reservations: string[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await reserve(vigil, alice);
      expect(response.status).toBe(201);
      reservations.push(await response.text());
    }
    const refused = await reserve(vigil, alice);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toMatchObject({ errors: [{ message: expect.stringContaining('10'), extensions: { code: 'LIMIT_EXCEEDED' } }] });
    expect((await reserve(vigil, await vigil.adminToken(['SUPPORT'], { sub: 'bob' }))).status).toBe(201);

    // Using one of them (and closing it) frees a place.
    const stream = await use(vigil, 'GET', reservations[0]!, alice);
    expect(stream.status).toBe(200);
    await stream.body!.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await reserve(vigil, alice)).status).toBe(201);
  });

  it('should take its reservation cap from VIGIL_MAX_RESERVATIONS_PER_VIEWER', async () => {
    expect(loadConfig({}, {}).maxReservationsPerViewer).toBe(10);
    expect(loadConfig({}, { VIGIL_RESERVATION_TIMEOUT: '5m' }).reservationTimeout).toBe(300_000);
    const vigil = await serveVigil({ maxReservationsPerViewer: 2 });
    const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    expect((await reserve(vigil, alice)).status).toBe(201);
    expect((await reserve(vigil, alice)).status).toBe(201);
    expect((await reserve(vigil, alice)).status).toBe(429);
  });

  describe('when a reservation gets no event stream', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('should expire it after 60 s and free its place', async () => {
      const vigil = await serveVigil();
      const alice = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
      const reservations: string[] = [];
      for (let i = 0; i < 10; i++) reservations.push(await (await reserve(vigil, alice)).text());
      // An operation posted to a reservation that never connects must not stay subscribed either.
      expect((await use(vigil, 'POST', reservations[0]!, alice)).status).toBe(202);
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the posted operation to subscribe');

      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 59_000);
      expect((await reserve(vigil, alice)).status).toBe(429);
      vi.setSystemTime(Date.now() + 2_000);

      expect((await use(vigil, 'GET', reservations[1]!, alice)).status).toBe(404);
      const fresh = await reserve(vigil, alice);
      expect(fresh.status).toBe(201);
      vi.useRealTimers();
      await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'the expired reservation’s operation to end');
    });
  });
});

describe('the per-viewer stream limit', () => {
  it('should default to 20 and be set by VIGIL_MAX_STREAMS_PER_VIEWER', () => {
    expect(loadConfig({}, {}).maxStreamsPerViewer).toBe(20);
    expect(loadConfig({}, { VIGIL_MAX_STREAMS_PER_VIEWER: '5' }).maxStreamsPerViewer).toBe(5);
  });

  it.each(sseModes)(
    'should refuse the stream above maxStreamsPerViewer with LIMIT_EXCEEDED and leave the others alone (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil({ maxStreamsPerViewer: 3 });
      const hub = vigil.app.services.hub;
      const token = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
      const client = vigil.sseClient({ singleConnection, as: token });
      const first = subscribe(client, AuthTokensStatusFeed);
      const second = subscribe(client, AuthTokensStatusFeed);
      const third = subscribe(client, AuthTokensTicketFeed);
      await waitFor(() => hub.subscriberCount === 3, 5_000, 'three streams');

      const fourth = subscribe(vigil.sseClient({ singleConnection, as: token }), AuthTokensStatusFeed);
      const refused = await fourth.next();
      expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
      expect(refused.errors?.[0]?.message).toMatch(/3/);
      await fourth.done;
      expect(hub.subscriberCount).toBe(3);

      // Another viewer has its own allowance.
      const bob = subscribe(vigil.sseClient({ singleConnection, as: await vigil.adminToken(['SUPPORT'], { sub: 'bob' }) }), AuthTokensStatusFeed);
      await waitFor(() => hub.subscriberCount === 4, 5_000, 'bob’s stream');

      await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
      for (const feed of [first, second, bob]) expect((await feed.next()).data?.serverStatus).toMatchObject({ serverId: 'eu-1' });
      expect(third.pending).toEqual([]);

      first.unsubscribe();
      await waitFor(() => hub.subscriberCount === 3, 5_000, 'the closed stream to be released');
      const replacement = subscribe(client, AuthTokensStatusFeed);
      await waitFor(() => hub.subscriberCount === 4, 5_000, 'the replacement stream');
      await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 1 } });
      expect((await replacement.next()).data?.serverStatus).toMatchObject({ serverId: 'eu-2' });
    },
  );

  it('should count the refused and the ended streams back, so a viewer can always reopen up to the limit', async () => {
    const vigil = await serveVigil({ maxStreamsPerViewer: 2 });
    const token = await vigil.adminToken(['OPERATOR'], { sub: 'ops' });
    // Refused by role: must not hold a place.
    for (let i = 0; i < 3; i++) expect(codeOf(await subscribe(vigil.sseClient({ as: token }), AuthTokensTicketFeed).next())).toBe('FORBIDDEN');
    const a = subscribe(vigil.sseClient({ as: token }), AuthTokensStatusFeed);
    const b = subscribe(vigil.sseClient({ as: token }), AuthTokensStatusFeed);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 2, 5_000, 'two streams');
    a.unsubscribe();
    b.unsubscribe();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'both to close');
    const c = subscribe(vigil.sseClient({ as: token }), AuthTokensStatusFeed);
    const d = subscribe(vigil.sseClient({ as: token }), AuthTokensStatusFeed);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 2, 5_000, 'two streams again');
    expect([c.pending, d.pending]).toEqual([[], []]);
  });
});

describe('anonymous requests', () => {
  it('should get UNAUTHENTICATED for queries, mutations and subscriptions', async () => {
    const vigil = await serveVigil();
    const refused = await vigil.execute(AuthTokensServers, {}, { as: null });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toBe('Sign in: send `Authorization: Bearer <token>` (an admin token or a producer token)');
    expect(codeOf(await vigil.execute(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } }, { as: null }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await vigil.postRaw(JSON.stringify({ query: '{ __schema { types { name } } }' }), { as: null }))).toBe('UNAUTHENTICATED');

    const distinct = subscribe(vigil.sseClient({ as: null }), AuthTokensStatusFeed);
    expect(codeOf(await distinct.next())).toBe('UNAUTHENTICATED');

    const single = subscribe(vigil.sseClient({ singleConnection: true, as: null }), AuthTokensStatusFeed);
    await expect(single.done).rejects.toBeTruthy();
    expect(vigil.app.services.hub.subscriberCount).toBe(0);
  });

  it('should refuse an anonymous operation before validating it, so it learns nothing of the schema', async () => {
    const vigil = await serveVigil();
    const invalid = await vigil.postRaw(JSON.stringify({ query: '{ hubStat { epoch } }' }), { as: null });
    expect(invalid.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(invalid)).not.toContain('hubStats');

    // The single connection endpoint also serves distinct connections: the same gate applies there.
    const response = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { serverStatu { __typename } }' }),
    });
    const events = new SseReader(response.body!);
    const message = await events.next();
    await events.close();
    expect(JSON.parse(message.data)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(message.data).not.toContain('serverStatus');
  });

  it('should serve the GraphiQL page to a browser without loading anything from a CDN', async () => {
    const vigil = await serveVigil();
    const response = await fetch(`${vigil.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<title>Vigil</title>');
    expect(page).not.toMatch(/<(script|link)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs/);
    expect(page).toContain('"shouldPersistHeaders":false');
  });
});

describe('the access_token query parameter', () => {
  it('should sign in a GET event stream in distinct connections mode', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['SUPPORT']);
    const url = new URL(`${vigil.url}/graphql`);
    url.searchParams.set('query', print(AuthTokensStatusFeed));
    url.searchParams.set('access_token', token);
    const stream = await fetch(url, { headers: { accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the GET stream');
    await vigil.ok(AuthTokensReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    const events = new SseReader(stream.body!);
    const message = await events.next();
    expect(message.event).toBe('next');
    expect(JSON.parse(message.data)).toMatchObject({ data: { serverStatus: { serverId: 'eu-1' } } });
    await events.close();
  });

  it('should sign in the GET event stream of a reservation', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['SUPPORT'], { sub: 'alice' });
    const reservation = await (await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization: `Bearer ${token}` } })).text();
    const stream = await fetch(`${vigil.url}/graphql/stream?token=${reservation}&access_token=${token}`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(stream.status).toBe(200);
    await stream.body!.cancel();
  });

  it('should not sign in anything but a GET event stream', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['ADMIN']);
    const post = await fetch(`${vigil.url}/graphql?access_token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(AuthTokensServers) }),
    });
    expect(codeOf((await post.json()) as never)).toBe('UNAUTHENTICATED');
    const get = await fetch(`${vigil.url}/graphql?query=${encodeURIComponent(print(AuthTokensServers))}&access_token=${token}`, {
      headers: { accept: 'application/json' },
    });
    expect(codeOf((await get.json()) as never)).toBe('UNAUTHENTICATED');
  });
});
