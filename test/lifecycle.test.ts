import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, unknownSettings } from '../src/server/config.ts';
import { graphql } from './gql/index.ts';
import { subscribe } from './kit/stream.ts';
import { serveVigil, startVigil, tempDir } from './kit/vigil.ts';

const LifecycleReport = graphql(`
  mutation LifecycleReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);

const LifecycleState = graphql(`
  query LifecycleState {
    servers { cursor servers { id state playerCount } }
    events(first: 100) { events { id cursor } }
  }
`);

const LifecycleFeed = graphql(`
  subscription LifecycleFeed { serverStatus { ... on ServerStatusEvent { id } } }
`);

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(tsx, ['src/main.ts'], { env: { ...process.env, VIGIL_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(output: () => string, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no ${pattern} in output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('lifecycle', () => {
  it('should keep state and history across a restart on the same SQLite file', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await startVigil({ databasePath });
    await first.ok(LifecycleReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 12 } });
    await first.ok(LifecycleReport, { input: { serverId: 'us-1', state: 'RESTARTING', playerCount: 0 } });
    const before = await first.ok(LifecycleState);
    await first.close();

    const second = await startVigil({ databasePath });
    const after = await second.ok(LifecycleState);
    expect(after).toEqual(before);
    expect(after.servers.servers.map((s) => [s.id, s.state, s.playerCount])).toEqual([
      ['eu-1', 'ONLINE', 12],
      ['us-1', 'RESTARTING', 0],
    ]);
  });

  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should complete at once a subscription that arrives while shutting down (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      vigil.app.drain();
      const feed = subscribe(vigil.sseClient({ singleConnection }), LifecycleFeed, {});
      await feed.done;
      expect(feed.pending).toEqual([]);
      expect(vigil.app.services.hub.subscriberCount).toBe(0);
    },
  );

  it.each([
    { setting: 'VIGIL_PORT', value: 'not-a-port', says: /VIGIL_PORT.*number/ },
    { setting: 'VIGIL_RETENTION_INTERVAL', value: '30d', says: /VIGIL_RETENTION_INTERVAL.*at most 24d/ },
    {
      setting: 'VIGIL_ADMIN_PUBLIC_KEY_FILE',
      value: '/nonexistent/admin.pem',
      says: /VIGIL_ADMIN_PUBLIC_KEY_FILE: cannot read \/nonexistent\/admin\.pem \(ENOENT\)/,
    },
    { setting: 'VIGIL_ADMIN_JWKS_FILE', value: 'not json', says: /VIGIL_ADMIN_JWKS_FILE: .*jwks\.json holds no usable key/ },
    { setting: 'the generated secret file', value: 'abc', says: /admin-jwt-secret is shorter than 32 bytes/ },
  ])('should stop with a message naming a bad setting, and no stack trace: $setting', async ({ setting, value, says }) => {
    const dir = tempDir();
    const env: Record<string, string> = { VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1', VIGIL_DATABASE_PATH: join(dir, 'vigil.db') };
    if (setting === 'VIGIL_ADMIN_JWKS_FILE') {
      env[setting] = join(dir, 'jwks.json');
      writeFileSync(env[setting]!, value);
    } else if (setting === 'the generated secret file') {
      writeFileSync(join(dir, 'admin-jwt-secret'), value);
    } else {
      env[setting] = value;
    }
    const run = startProcess(env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(says);
    expect(run.output()).not.toMatch(/^\s+at /m);
  });

  it('should stop with a clear message when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const run = startProcess({ VIGIL_PORT: String(port), VIGIL_HOST: '127.0.0.1', VIGIL_DATABASE_PATH: join(tempDir(), 'vigil.db') });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Vigil cannot listen on 127.0.0.1:${port}: the port is in use (set VIGIL_PORT)`);
      expect(run.output()).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
  });

  it('should read settings with surrounding blanks as written, and say what a flag accepts', () => {
    expect(loadConfig({}, { VIGIL_PORT: ' ', VIGIL_HEARTBEAT_INTERVAL: ' 5s ' })).toMatchObject({ port: 4000, heartbeatInterval: 5_000 });
    expect(() => loadConfig({}, { VIGIL_GRAPHIQL: 'yes' })).toThrow(/VIGIL_GRAPHIQL \(graphiql\): must be true, false, 1 or 0/);
    expect(unknownSettings({ VIGIL_PORT: '1', VIGIL_PROT: '2', VIGIL_PRODUCER_TOKEN: 'x', PATH: '/bin' })).toEqual([
      'VIGIL_PROT',
      'VIGIL_PRODUCER_TOKEN',
    ]);
  });

  it('should print a ready ADMIN token on first start, and on SIGTERM complete open streams, close the log and exit 0', async () => {
    const run = startProcess({ VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1', VIGIL_DATABASE_PATH: join(tempDir(), 'vigil.db') });
    const [, token] = await waitForOutput(run.output, /Authorization: Bearer (\S+)/);
    const [, url] = await waitForOutput(run.output, /listening on (http:\/\/\S+\/graphql)/);
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(LifecycleFeed) }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    // The stream is live once its first bytes (a keep-alive comment) arrive.
    await reader.read();
    run.child.kill('SIGTERM');
    let body = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) body += new TextDecoder().decode(chunk.value);
    expect(body).toContain('event: complete');
    expect(body).not.toContain('errors');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopped');
  });

  it('should on SIGINT complete the operations of a single-connection event stream, end that stream and exit 0', async () => {
    const run = startProcess({ VIGIL_PORT: '0', VIGIL_HOST: '127.0.0.1', VIGIL_DATABASE_PATH: join(tempDir(), 'vigil.db') });
    const [, token] = await waitForOutput(run.output, /Authorization: Bearer (\S+)/);
    const [, url] = await waitForOutput(run.output, /listening on (http:\/\/\S+\/graphql)/);
    const authorization = `Bearer ${token}`;
    const reservation = await (await fetch(`${url}/stream`, { method: 'PUT', headers: { authorization } })).text();
    const headers = { authorization, 'x-graphql-event-stream-token': reservation };
    const stream = await fetch(`${url}/stream`, { headers: { ...headers, accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    for (const operationId of ['op-1', 'op-2']) {
      const accepted = await fetch(`${url}/stream`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(LifecycleFeed), extensions: { operationId } }),
      });
      expect(accepted.status).toBe(202);
    }
    run.child.kill('SIGINT');
    // The body ends cleanly (a forced close after 5 s would make this read throw "terminated").
    let body = '';
    const reader = stream.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) body += new TextDecoder().decode(chunk.value);
    expect(body).toContain('event: complete\ndata: {"id":"op-1"}');
    expect(body).toContain('event: complete\ndata: {"id":"op-2"}');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopped');
  });
});
