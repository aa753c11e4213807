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

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  url: string;
  /** A fresh temp folder for the server's data; removed by stop(). */
  dataDir: string;
  /** The last lines the server wrote to stdout/stderr. */
  logTail(): string[];
  logLines(): number;
  exited(): boolean;
  /** Resolves with the next output line matching `pattern` (rejects after `timeoutMs` or if the server exits). */
  nextLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`; removes the temp folder. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Synchronous last resort for exit handlers. */
  killNow(): void;
}

/** Every server child still running, so Ctrl-C, the watchdog and process exit can kill them. */
export const liveServers = new Set<ServerProcess>();

export interface SpawnServerOptions {
  name: string;
  cwd: string;
  /** The entry module, run as `node [nodeArgs] --import tsx [preloads] <script>`. */
  script: string;
  /** Absolute paths or file URLs imported after tsx (e.g. the GC preload). */
  preloads?: string[];
  nodeArgs?: string[];
  /** Built from the port and the data folder. */
  env: (port: number, dataDir: string) => Record<string, string>;
  /** `taskset -c <cpus>` for the child, or null. */
  pinCpus: string | null;
  readyTimeoutMs: number;
}

/**
 * Starts a Node server as a child process on a free port of 127.0.0.1 and polls `POST /graphql { __typename }` until
 * it answers. No VIGIL_* variable of the caller is passed on; NODE_ENV is production. With pinning, the child is
 * started through `taskset`, which execs node: the pid is the server's own.
 */
export async function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), `vigil-bench-${options.name}-`));
  const url = `http://${benchHost}:${port}`;
  const nodeArgv = [...(options.nodeArgs ?? []), '--import', 'tsx', ...(options.preloads ?? []).flatMap((p) => ['--import', p]), options.script];
  const [command, argv] = options.pinCpus ? ['taskset', ['-c', options.pinCpus, process.execPath, ...nodeArgv]] : [process.execPath, nodeArgv];
  const child: ChildProcess = spawn(command as string, argv as string[], {
    cwd: options.cwd,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_') && !name.startsWith('BENCH_'))),
      NODE_ENV: 'production',
      ...options.env(port, dataDir),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let lines = 0;
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.trim()) continue;
      lines++;
      tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (tail.length > 20) tail.shift();
      for (const waiter of waiters) {
        if (waiter.pattern.test(line)) {
          waiters.delete(waiter);
          waiter.resolve(line);
        }
      }
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
  child.once('error', (error) => {
    exitInfo ??= `spawn error: ${error.message}`;
  });

  let stopped = false;
  const cleanDir = () => rmSync(dataDir, { recursive: true, force: true });
  const server: ServerProcess = {
    name: options.name,
    pid: child.pid ?? -1,
    port,
    url,
    dataDir,
    logTail: () => [...tail],
    logLines: () => lines,
    exited: () => exitInfo !== null,
    nextLine: (pattern, timeoutMs) =>
      new Promise<string>((resolve, reject) => {
        const waiter = {
          pattern,
          resolve: (line: string) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${options.name} printed no line matching ${pattern} within ${timeoutMs} ms${exitInfo ? ` (exited: ${exitInfo})` : ''}`));
        }, timeoutMs);
        waiters.add(waiter);
      }),
    stop: async (graceMs = 5_000) => {
      if (stopped) return;
      stopped = true;
      if (exitInfo === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exitedPromise;
        clearTimeout(timer);
      }
      cleanDir();
      liveServers.delete(server);
    },
    killNow: () => {
      if (exitInfo === null) child.kill('SIGKILL');
      try {
        cleanDir();
      } catch {
        // best effort while exiting
      }
    },
  };
  liveServers.add(server);

  const deadline = Date.now() + options.readyTimeoutMs;
  for (;;) {
    if (exitInfo !== null) {
      await server.stop();
      throw new Error(`${options.name} exited during start-up (${exitInfo}):\n${tail.join('\n')}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} did not answer on ${url}/graphql within ${options.readyTimeoutMs} ms:\n${tail.join('\n')}`);
    }
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(1_000),
      });
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}
