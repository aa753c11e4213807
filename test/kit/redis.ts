import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { durableRedisArgs, pong, redisServerBinary } from './redis-server.ts';
import { freePort } from './spawn.ts';

/** A real redis-server of the test's own, persisting every write to its AOF before it answers. */
export interface TestRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Its data folder (the AOF lives here). */
  dir: string;
  /** Shuts it down cleanly (SIGTERM); resolves once it has exited. */
  stop(): Promise<void>;
  /** Kills it as a crash would (SIGKILL); resolves once it has exited. */
  kill9(): Promise<void>;
  /** Starts it again on the same port and folder, so it reloads its AOF; resolves once it answers PING. */
  restart(): Promise<void>;
  /** Suspends it (SIGSTOP): connections stay open and nothing answers, as with a hung server. */
  freeze(): void;
  /** Lets a frozen server go on (SIGCONT): it then runs what it was sent meanwhile. */
  thaw(): void;
}

const started = new Set<{ stop(): Promise<void>; dir: string }>();
afterAll(async () => {
  for (const redis of [...started]) {
    await redis.stop();
    rmSync(redis.dir, { recursive: true, force: true });
    started.delete(redis);
  }
});

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Spawns redis-server on `port`; resolves with it once it answers, or null if it exited first (port taken). */
async function launch(port: number, dir: string): Promise<{ child: ChildProcess; output: () => string } | null> {
  const child = spawn(redisServerBinary, durableRedisArgs(port, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) return null;
    // Its own log line first: a PONG alone could come from someone else's server holding the port.
    if (output.includes('Ready to accept connections') && (await pong(port))) return { child, output: () => output };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server on port ${port} did not answer PING within 10 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts a redis-server on a free port in a fresh temp folder; every one started is stopped after the file. */
export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-redis-'));
  let server: ChildProcess | null = null;
  let port = 0;
  for (let attempt = 0; !server; attempt++) {
    port = await freePort();
    const launched = await launch(port, dir);
    if (launched) server = launched.child;
    else if (attempt >= 5) throw new Error('redis-server would not start on any free port');
  }
  const end = async (signal: NodeJS.Signals) => {
    const child = server;
    if (!child) return;
    server = null;
    child.kill(signal);
    // Redis refuses a SIGTERM it cannot honour cleanly (an AOF rewrite under way, say): do not wait for ever.
    const forced = signal === 'SIGKILL' ? null : setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited(child);
    if (forced) clearTimeout(forced);
  };
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop: async () => {
      server?.kill('SIGCONT');
      await end('SIGTERM');
    },
    kill9: () => end('SIGKILL'),
    freeze: () => server?.kill('SIGSTOP'),
    thaw: () => server?.kill('SIGCONT'),
    async restart() {
      await redis.stop();
      // The port was ours a moment ago; a socket in TIME_WAIT may hold it briefly.
      for (let attempt = 0; !server; attempt++) {
        const launched = await launch(port, dir);
        if (launched) server = launched.child;
        else if (attempt >= 50) throw new Error(`redis-server would not start again on port ${port}`);
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  started.add({ stop: redis.stop, dir });
  return redis;
}
