import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Stream } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { serveVigil } from './kit/vigil.ts';

const SimulatorStreamEvents = graphql(`
  query SimulatorStreamEvents($stream: Stream!) {
    events(stream: $stream, first: 500) { events { type serverId } }
  }
`);

const SimulatorFleetState = graphql(`
  query SimulatorFleetState {
    servers { servers { id state playerCount } }
    producerTokens { serverId label revokedAt }
  }
`);

const SimulatorTelemetry = graphql(`
  query SimulatorTelemetry($serverId: ID!) { telemetry(serverId: $serverId, last: 60) { samples { id } } }
`);

const SimulatorStatusFeed = graphql(`
  subscription SimulatorStatusFeed { serverStatus { ... on ServerStatusEvent { serverId payload { state } } } }
`);

const streams: Stream[] = ['SERVER_STATUS', 'TELEMETRY', 'MAP_ENTITIES', 'CHAT', 'TICKETS', 'PLAYERS', 'SECURITY'];

describe('simulator', () => {
  it('should run a fleet for 10 s through the SDK and feed every stream', { timeout: 90_000 }, async () => {
    const vigil = await serveVigil();
    const live = subscribe(vigil.sseClient(), SimulatorStatusFeed, {});
    const adminToken = await vigil.adminToken(['ADMIN']);
    const args = [
      '--url',
      `${vigil.url}/graphql`,
      '--admin-token',
      adminToken,
      '--servers',
      '3',
      '--players',
      '60',
      '--duration',
      '10s',
      '--seed',
      '42',
    ];
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exitCode = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/done in \d+ s: sent \d+ events in \d+ requests, retried \d+, failed 0/);

    const serverIds = ['eu-1', 'us-1', 'ap-1'];
    const received = Object.fromEntries(
      await Promise.all(streams.map(async (stream) => [stream, (await vigil.ok(SimulatorStreamEvents, { stream })).events.events] as const)),
    );
    for (const stream of streams) expect(received[stream]!.length, `${stream} received nothing`).toBeGreaterThan(0);

    const typesOf = (stream: Stream) => new Set(received[stream]!.map((event) => event.type));
    expect([...typesOf('SERVER_STATUS')]).toEqual(expect.arrayContaining(['SERVER_STARTING', 'SERVER_ONLINE', 'SERVER_STOPPED']));
    expect([...typesOf('MAP_ENTITIES')]).toEqual(expect.arrayContaining(['MAP_SPAWN', 'MAP_MOVE']));
    expect([...typesOf('CHAT')]).toEqual(expect.arrayContaining(['CHAT_JOIN', 'CHAT_MESSAGE']));
    expect([...typesOf('PLAYERS')]).toEqual(expect.arrayContaining(['PLAYER_JOIN', 'PLAYER_LEAVE']));
    expect([...typesOf('TICKETS')]).toEqual(['TICKET_CREATED']);
    expect(new Set(received.SERVER_STATUS!.map((event) => event.serverId))).toEqual(new Set(serverIds));
    for (const serverId of serverIds) {
      const { telemetry } = await vigil.ok(SimulatorTelemetry, { serverId });
      // One sample a second for ~10 s; generous for a busy machine.
      expect(telemetry.samples.length, serverId).toBeGreaterThanOrEqual(5);
    }

    // A graceful stop leaves the fleet STOPPED and revokes the tokens the simulator issued itself.
    const state = await vigil.ok(SimulatorFleetState);
    expect(state.servers.servers.map((server) => [server.id, server.state, server.playerCount])).toEqual(
      [...serverIds].sort().map((id) => [id, 'STOPPED', 0]),
    );
    expect(
      state.producerTokens
        .filter((token) => token.label === 'simulator')
        .map((token) => [token.serverId, token.revokedAt !== null])
        .sort(),
    ).toEqual([...serverIds].sort().map((id) => [id, true]));

    // A dashboard following the stream live saw the fleet come up.
    const liveStates = live.pending
      .map((result) => result.data?.serverStatus)
      .map((event) => (event && 'payload' in event ? event.payload.state : null));
    expect(liveStates).toContain('ONLINE');
    live.unsubscribe();
  });

  // A terminal's Ctrl-C signals the whole process group: the tsx wrapper relays it to the simulator, which gets it twice.
  it.each([{ signals: ['SIGINT'] as const }, { signals: ['SIGINT', 'SIGINT', 'SIGINT'] as const }, { signals: ['SIGTERM'] as const }])(
    'should stop every server and revoke every token on a process-group $signals',
    { timeout: 60_000 },
    async ({ signals }) => {
      const vigil = await serveVigil();
      const serverIds = ['eu-1', 'us-1', 'ap-1'];
      const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
      const args = ['scripts/simulate.ts', '--url', `${vigil.url}/graphql`, '--admin-token', await vigil.adminToken(['ADMIN'])];
      const child = spawn(process.execPath, [tsx, ...args, '--servers', '3', '--players', '30', '--seed', '7'], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      onTestFinished(() => {
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

      const deadline = Date.now() + 30_000;
      for (;;) {
        const { servers } = (await vigil.ok(SimulatorFleetState)).servers;
        if (servers.length === serverIds.length && servers.every((server) => server.state === 'ONLINE' && server.playerCount > 0)) break;
        if (Date.now() > deadline) expect.fail(`the fleet did not come ONLINE with players:\n${output}`);
        await sleep(200);
      }
      for (const signal of signals) {
        if (child.exitCode !== null) break;
        process.kill(-child.pid!, signal);
        await sleep(5);
      }
      if (signals.length > 1) await waitFor(() => output.includes('SIGINT: already stopping'), 5_000, 'the later signals to be ignored');

      expect(await exited, output).toBe(0);
      expect(output).toMatch(/done in \d+ s: sent \d+ events in \d+ requests, retried \d+, failed 0/);
      const state = await vigil.ok(SimulatorFleetState);
      expect(state.servers.servers.map((server) => [server.id, server.state, server.playerCount])).toEqual(
        [...serverIds].sort().map((id) => [id, 'STOPPED', 0]),
      );
      expect(state.producerTokens.map((token) => [token.serverId, token.revokedAt !== null]).sort()).toEqual(
        [...serverIds].sort().map((id) => [id, true]),
      );
    },
  );
});
