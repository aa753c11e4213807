import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/server/logger.ts';
import type { IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, tempDir } from './kit/vigil.ts';

const OpsIngest = graphql(`
  mutation OpsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const OpsChat = graphql(`
  subscription OpsChat { chat { __typename ... on ChatEvent { id } } }
`);

const OpsStatus = graphql(`
  mutation OpsStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }
`);

const OpsIssue = graphql(`
  mutation OpsIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }
`);

const OpsRevoke = graphql(`
  mutation OpsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }
`);

const metricsToken = 'metrics-token-for-tests-0123456789';

function chat(text: string, dedupKey?: string): IngestEvent {
  return { chat: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Ayla', text, dedupKey } };
}

function memoryLog(): { lines: () => Array<Record<string, unknown> & { msg: string; level: number }>; raw: () => string; stream: Writable } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return {
    raw: () => text,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    stream,
  };
}

/** One sample of a Prometheus text exposition, e.g. value(text, 'vigil_deliveries_total', { stream: 'chat' }). */
function value(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{([^}]*)\}/.exec(line)?.[1] ?? '';
    const found = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, expected]) => found[key] === expected) && Object.keys(found).length === Object.keys(labels).length) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return null;
}

describe('operations: metrics', () => {
  it('should keep /metrics off without a token, refuse a wrong one, and serve Prometheus text to the right one', async () => {
    const off = await serveVigil();
    expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    const vigil = await serveVigil({ metricsToken });
    expect((await fetch(`${vigil.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${vigil.url}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token-at-all' } })).status).toBe(401);
    // An admin token is not the metrics token.
    expect((await fetch(`${vigil.url}/metrics`, { headers: { authorization: `Bearer ${await vigil.adminToken()}` } })).status).toBe(401);
    const response = await fetch(`${vigil.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(value(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(value(text, 'vigil_nodes')).toBe(1);
  });

  it('should count connections, subscriptions, ingest outcomes, deliveries and latencies, with bounded labels only', async () => {
    const vigil = await serveVigil({ metricsToken });
    const scrape = async () => (await fetch(`${vigil.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
    const distinct = subscribe(vigil.sseClient(), OpsChat);
    const single = subscribe(vigil.sseClient({ singleConnection: true }), OpsChat);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 2, 5_000, 'two subscriptions');
    await vigil.ok(OpsIngest, { events: [chat('one', 'k-1'), chat('two')] });
    await vigil.ok(OpsIngest, { events: [chat('one', 'k-1')] });
    const refused = await vigil.execute(OpsIngest, { events: [chat('not mine')] }, { as: await vigil.producerToken('us-9') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await distinct.take(2);
    await single.take(2);

    const text = await scrape();
    expect(value(text, 'vigil_connections_open', { mode: 'distinct' })).toBe(1);
    expect(value(text, 'vigil_connections_open', { mode: 'single' })).toBe(1);
    expect(value(text, 'vigil_subscriptions_open', { stream: 'chat', mode: 'distinct' })).toBe(1);
    expect(value(text, 'vigil_subscriptions_open', { stream: 'chat', mode: 'single' })).toBe(1);
    expect(value(text, 'vigil_events_ingested_total', { stream: 'chat', outcome: 'stored' })).toBe(2);
    expect(value(text, 'vigil_events_ingested_total', { stream: 'chat', outcome: 'duplicate' })).toBe(1);
    expect(value(text, 'vigil_events_refused_total', { stream: 'chat', code: 'FORBIDDEN' })).toBe(1);
    expect(value(text, 'vigil_deliveries_total', { stream: 'chat' })).toBe(4);
    expect(value(text, 'vigil_ingest_ack_seconds_count')).toBe(2);
    expect(value(text, 'vigil_publish_to_write_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'vigil_log_head')).toBe(2);
    expect(value(text, 'vigil_events_retained', { stream: 'chat' })).toBe(2);
    expect(value(text, 'vigil_slow_consumers_total', { stream: 'chat' })).toBe(0);
    expect(value(text, 'vigil_subscriber_queue_depth_max')).toBe(0);
    // No label carries a server id, a channel, a token or a viewer.
    for (const forbidden of ['eu-1', 'us-9', 'global', 'test-admin', 'Bearer', 'vgp_']) expect(text).not.toContain(forbidden);

    distinct.unsubscribe();
    single.unsubscribe();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'subscriptions ended');
    await waitFor(() => vigil.app.delivery.stats.connections.distinct === 0, 5_000, 'the distinct stream closed');
    const after = await scrape();
    expect(value(after, 'vigil_subscriptions_open', { stream: 'chat', mode: 'distinct' })).toBe(0);
    expect(value(after, 'vigil_connections_open', { mode: 'distinct' })).toBe(0);
  });
});

describe('operations: health', () => {
  it('should answer /livez and /readyz with JSON, 503 once draining, and 404 for paths that are neither API nor dashboard', async () => {
    const vigil = await serveVigil();
    const live = await fetch(`${vigil.url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await fetch(`${vigil.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', engine: 'sqlite', nodes: 1 });
    for (const path of ['/healthz', '/metrics/x', '/wp-admin', '/servers-old', '/api']) {
      const response = await fetch(`${vigil.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<html');
    }
    vigil.app.drain();
    const draining = await fetch(`${vigil.url}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ status: 'not ready', reason: expect.stringMatching(/draining/) });
    expect((await fetch(`${vigil.url}/livez`)).status).toBe(200);
  });
});

describe('operations: logs', () => {
  it('should log refused sign-ins, token issue and revocation, refused streams, UNREACHABLE and back, and retention runs, never a token', async () => {
    const log = memoryLog();
    const vigil = await serveVigil(
      { maxStreamsPerViewer: 1, livenessInterval: '1h', retentionInterval: '200ms', logLevel: 'info' },
      { logger: createLogger('info', log.stream) },
    );
    const admin = await vigil.adminToken(['ADMIN'], { sub: 'alice' });
    const forged = `${admin.slice(0, -4)}AAAA`;
    expect((await vigil.execute(OpsIngest, { events: [chat('x')] }, { as: forged })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await vigil.execute(OpsIngest, { events: [chat('x')] }, { as: 'vgp_not-a-real-token' })).errors).toBeDefined();
    const { issueProducerToken } = await vigil.ok(OpsIssue, { serverId: 'eu-5' }, { as: admin });
    await vigil.ok(OpsRevoke, { id: issueProducerToken.producerToken.id }, { as: admin });
    const first = subscribe(vigil.sseClient({ as: admin }), OpsChat);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the first stream');
    const second = subscribe(vigil.sseClient({ as: admin }), OpsChat);
    expect((await second.next()).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    first.unsubscribe();
    await vigil.ok(OpsStatus, { input: { serverId: 'eu-6', state: 'ONLINE', playerCount: 1 } });
    await vigil.app.services.liveness.check(Date.now() + 2 * 3_600_000);
    await vigil.ok(OpsStatus, { input: { serverId: 'eu-6', state: 'ONLINE', playerCount: 2 } });
    await vigil.app.services.liveness.check(Date.now() + 4 * 3_600_000);
    // Anything but a status report from a server marked UNREACHABLE brings its status back first.
    await vigil.ok(OpsIngest, { events: [{ chat: { serverId: 'eu-6', channel: 'global', playerId: 'p-1', playerName: 'Ayla', text: 'back' } }] });
    await waitFor(() => log.lines().some((line) => /^retention ran/.test(line.msg)), 5_000, 'a retention run');

    const messages = log.lines().map((line) => line.msg);
    expect(messages.filter((msg) => msg.startsWith('sign-in refused'))).toHaveLength(2);
    const refusal = log.lines().find((line) => line.msg.startsWith('sign-in refused'))!;
    expect(refusal).toMatchObject({ credential: 'admin token', reason: 'UNAUTHENTICATED' });
    expect(messages).toContain('producer token issued for eu-5');
    expect(messages).toContain('producer token of eu-5 revoked');
    expect(messages.filter((msg) => /^stream refused: alice/.test(msg))).toHaveLength(1);
    // Twice silent; back once by its own status report (that is the news itself), once by a chat line (the hub says so).
    expect(messages.filter((msg) => msg.startsWith('server eu-6'))).toEqual([
      'server eu-6 is UNREACHABLE',
      'server eu-6 is UNREACHABLE',
      'server eu-6 reports again',
    ]);
    for (const secret of [admin, forged, issueProducerToken.token, 'vgp_not-a-real-token']) expect(log.raw()).not.toContain(secret);
  });

  it('should log each request when the access log is on, without query strings or credentials', async () => {
    const log = memoryLog();
    const vigil = await serveVigil({ accessLog: true }, { logger: createLogger('info', log.stream) });
    const token = await vigil.adminToken();
    await fetch(`${vigil.url}/graphql?query=%7B__typename%7D&access_token=${token}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
    });
    await fetch(`${vigil.url}/livez`);
    await waitFor(() => log.lines().filter((line) => 'access' in line).length >= 2, 5_000, 'two access lines');
    const access = log.lines().flatMap((line) => ('access' in line ? [line.access as Record<string, unknown>] : []));
    expect(access).toEqual([
      expect.objectContaining({ method: 'GET', path: '/graphql', status: 200 }),
      expect.objectContaining({ method: 'GET', path: '/livez', status: 200 }),
    ]);
    expect(log.raw()).not.toContain(token);
    expect(log.raw()).not.toContain('__typename');
    const quiet = memoryLog();
    const off = await serveVigil({}, { logger: createLogger('info', quiet.stream) });
    await fetch(`${off.url}/livez`);
    expect(quiet.lines().filter((line) => 'access' in line)).toEqual([]);
  });

  it('should print the first start’s ADMIN token on stderr only, and a start line with the settings but no secret on stdout', async () => {
    const dir = tempDir();
    const secretish = 'metrics-token-that-must-not-be-logged';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_'))),
        VIGIL_PORT: '0',
        VIGIL_HOST: '127.0.0.1',
        VIGIL_DATABASE_PATH: join(dir, 'vigil.db'),
        VIGIL_METRICS_TOKEN: secretish,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      await waitFor(() => /listening on/.test(stdout), 20_000, 'Vigil listening');
      expect(stderr).toMatch(/One-off ADMIN token/);
      expect(stderr).toMatch(/Authorization: Bearer \S+/);
      expect(stdout).not.toMatch(/Bearer/);
      const start = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => /listening on/.test(String(line.msg)))!;
      expect(start).toMatchObject({ engine: 'sqlite', settings: { metricsToken: '[set]', adminJwtSecret: '[not set]', port: 0 } });
      expect(stdout).not.toContain(secretish);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(stdout).toMatch(/"msg":"stopped"/);
  });
});
