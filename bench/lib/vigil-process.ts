import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const benchHost = '127.0.0.1';

/** A free TCP port on 127.0.0.1, found by binding port 0 and releasing it. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, benchHost, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

export interface VigilProcess {
  pid: number;
  port: number;
  url: string;
  /** The last lines Vigil wrote to stdout/stderr (warn level and above). */
  logTail(): string[];
  /** How many lines Vigil logged in total. */
  logLines(): number;
  exited(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; removes the temp folder. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Synchronous last resort for process exit handlers. */
  killNow(): void;
}

export interface StartOptions {
  repoRoot: string;
  readyTimeoutMs: number;
  /** Extra node flags for the child, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Extra VIGIL_* settings on top of the bench's own (port, host, database, log level). */
  env?: Record<string, string>;
}

/** Starts Vigil as a child process (`node --import tsx src/main.ts`) on a free port with a fresh SQLite file. */
export async function startVigilProcess({ repoRoot, readyTimeoutMs, nodeArgs = [], env = {} }: StartOptions): Promise<VigilProcess> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const url = `http://${benchHost}:${port}`;
  // node itself, not the tsx wrapper binary, so the pid we sample is the process that serves.
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: {
      // The caller's own VIGIL_* settings (keys, limits) must not leak into the measured configuration.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_'))),
      ...env,
      NODE_ENV: 'production',
      VIGIL_PORT: String(port),
      VIGIL_HOST: benchHost,
      VIGIL_DATABASE_PATH: join(dataDir, 'vigil.db'),
      VIGIL_LOG_LEVEL: 'warn',
      VIGIL_GRAPHIQL: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let lines = 0;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines++;
      tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (tail.length > 20) tail.shift();
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let exitInfo: string | null = null;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    }),
  );

  let stopped = false;
  const cleanDir = () => rmSync(dataDir, { recursive: true, force: true });
  const killNow = () => {
    if (exitInfo === null) child.kill('SIGKILL');
    try {
      cleanDir();
    } catch {
      // best effort while exiting
    }
  };
  const stop = async (graceMs = 5_000) => {
    if (stopped) return;
    stopped = true;
    if (exitInfo === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exitedPromise;
      clearTimeout(timer);
    }
    cleanDir();
  };

  const vigil: VigilProcess = {
    pid: child.pid!,
    port,
    url,
    logTail: () => [...tail],
    logLines: () => lines,
    exited: () => exitInfo !== null,
    stop,
    killNow,
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exitInfo !== null) {
      await stop();
      throw new Error(`Vigil exited during start-up (${exitInfo}):\n${tail.join('\n')}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Vigil did not answer on ${url}/graphql within ${readyTimeoutMs} ms:\n${tail.join('\n')}`);
    }
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(1_000),
      });
      await response.arrayBuffer();
      if (response.ok) return vigil;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}
