import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeExit, freePort, inheritedEnv, spawnChild, tsxArgs } from '../../test/kit/spawn.ts';

export const benchHost = '127.0.0.1';

/** A free TCP port on 127.0.0.1, found by binding port 0 and releasing it. */
export const findFreePort = (): Promise<number> => freePort(benchHost);

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
  const tail: string[] = [];
  let lines = 0;
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  let partial = '';
  const collect = (chunk: string) => {
    const text = partial + chunk;
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
  const child = spawnChild(process.execPath, tsxArgs(options.script, options), {
    cwd: options.cwd,
    env: { ...inheritedEnv('VIGIL_', 'BENCH_'), NODE_ENV: 'production', ...options.env(port, dataDir) },
    pinCpus: options.pinCpus,
    onOutput: collect,
  });
  const exitInfo = () => {
    const exit = child.ended();
    return exit && describeExit(exit);
  };

  let stopped = false;
  const cleanDir = () => rmSync(dataDir, { recursive: true, force: true });
  const server: ServerProcess = {
    name: options.name,
    pid: child.pid,
    port,
    url,
    dataDir,
    logTail: () => [...tail],
    logLines: () => lines,
    exited: () => child.ended() !== null,
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
          reject(
            new Error(`${options.name} printed no line matching ${pattern} within ${timeoutMs} ms${child.ended() ? ` (exited: ${exitInfo()})` : ''}`),
          );
        }, timeoutMs);
        waiters.add(waiter);
      }),
    stop: async (graceMs = 5_000) => {
      if (stopped) return;
      stopped = true;
      await child.stop(graceMs);
      cleanDir();
      liveServers.delete(server);
    },
    killNow: () => {
      child.killNow();
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
    if (child.ended()) {
      await server.stop();
      throw new Error(`${options.name} exited during start-up (${exitInfo()}):\n${tail.join('\n')}`);
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
