import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Client, createClient } from 'graphql-sse';
import { afterAll } from 'vitest';
import { inheritedEnv, type ProcessExit, spawnChild, tsxArgs } from './spawn.ts';
import { expectNoErrors } from './vigil.ts';

const running = new Set<VigilProcess>();
afterAll(async () => {
  for (const vigil of [...running]) await vigil.stop();
});

/** A real Vigil in its own process, as `npm start` runs it, for tests that measure it or kill it. */
export interface VigilProcess {
  /** The pid of the node process that serves (node itself, not a tsx wrapper). */
  pid: number;
  /** http://127.0.0.1:<port>, without a path. */
  url: string;
  /** The ADMIN token printed on first start, or the one handed over from an earlier start on the same data folder. */
  adminToken: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Posts an operation to /graphql as `token` (default: the admin token). */
  request<R, V>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<ExecutionResult<R>>;
  /** Like request, but fails the test on any GraphQL error and returns data. */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R>;
  /** A graphql-sse client in distinct connections mode, signed in as `token` (default: the admin token). */
  sseClient(token?: string): Client<false>;
  /** Resident memory of the serving process in KiB (VmRSS), or its peak so far (VmHWM). */
  memoryKb(field?: 'VmRSS' | 'VmHWM'): number;
  /** The heap still used after full collections, in bytes; needs `heapProbe`. */
  heapAfterGc(): Promise<number>;
  /** Resolves when the process has ended. */
  readonly exited: Promise<ProcessExit>;
  /** Sends `signal` and resolves once the process has ended. */
  kill(signal: NodeJS.Signals): Promise<ProcessExit>;
  /** SIGTERM, then SIGKILL after 5 s; safe to call twice. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  databasePath: string;
  /** Extra VIGIL_* settings. */
  env?: Record<string, string>;
  /** On a restart no token is printed (the secret already exists): pass the first start's. */
  adminToken?: string;
  /** Extra node flags, e.g. a heap limit. */
  nodeArgs?: string[];
  /** Preload test/kit/heap-probe.ts so heapAfterGc() can measure retained memory. */
  heapProbe?: boolean;
}

async function waitForOutput(output: () => string, exited: () => boolean, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (exited()) throw new Error(`Vigil exited before printing ${pattern}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} in output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Starts `node --import tsx src/main.ts` on 127.0.0.1, a free port and `databasePath`; resolves once it listens. */
export async function spawnVigil({ databasePath, env = {}, adminToken, nodeArgs = [], heapProbe = false }: SpawnOptions): Promise<VigilProcess> {
  let output = '';
  const child = spawnChild(
    process.execPath,
    tsxArgs('src/main.ts', heapProbe ? { nodeArgs: [...nodeArgs, '--expose-gc'], preloads: ['./test/kit/heap-probe.ts'] } : { nodeArgs }),
    {
      env: {
        // The caller's own VIGIL_* settings must not leak into the configuration under test.
        ...inheritedEnv('VIGIL_'),
        VIGIL_LOG_LEVEL: 'info',
        ...env,
        VIGIL_PORT: '0',
        VIGIL_HOST: '127.0.0.1',
        VIGIL_DATABASE_PATH: databasePath,
        VIGIL_GRAPHIQL: 'false',
      },
      onOutput: (text) => (output += text),
    },
  );
  const stop = async () => {
    await child.stop();
    running.delete(vigil);
  };

  const vigil: VigilProcess = {
    pid: child.pid,
    url: '',
    adminToken: adminToken ?? '',
    output: () => output,
    exited: child.exited,
    kill: child.kill,
    stop,
    async request(document, variables, token = vigil.adminToken) {
      const response = await fetch(`${vigil.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return (await response.json()) as ExecutionResult<never>;
    },
    async ok(document, variables, token) {
      const result = await vigil.request(document, variables, token);
      expectNoErrors(result, document);
      return result.data;
    },
    sseClient(token = vigil.adminToken) {
      return createClient({ url: `${vigil.url}/graphql`, singleConnection: false, retryAttempts: 0, headers: { authorization: `Bearer ${token}` } });
    },
    memoryKb(field = 'VmRSS') {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (!match) throw new Error(`no ${field} in /proc/${child.pid}/status`);
      return Number(match[1]);
    },
    async heapAfterGc() {
      const probes = /heap-probe: (\d+) bytes/g;
      const seen = [...output.matchAll(probes)].length;
      child.signal('SIGUSR2');
      const deadline = Date.now() + 10_000;
      for (;;) {
        const reports = [...output.matchAll(probes)];
        if (reports.length > seen) return Number(reports.at(-1)![1]);
        if (child.ended() || Date.now() > deadline) throw new Error(`no heap-probe report (spawned with heapProbe?):\n${output.slice(-2_000)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
  running.add(vigil);

  const isEnded = () => child.ended() !== null;
  try {
    if (!adminToken) [, vigil.adminToken] = (await waitForOutput(() => output, isEnded, /Authorization: Bearer (\S+)/)) as [string, string];
    const [, url] = await waitForOutput(() => output, isEnded, /listening on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
    vigil.url = url!;
  } catch (error) {
    await stop();
    throw error;
  }
  return vigil;
}
