import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

// No vitest here: the bench (bench/lib/) starts its servers with these too.

/** How a child process ended; `error` is set when it could not be started at all. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: string;
}

export function describeExit(exit: ProcessExit): string {
  return exit.error ? `spawn error: ${exit.error}` : exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

/** A server running as a child process, its output piped to the caller. */
export interface ChildServer {
  /** The server's own pid (taskset execs the command it pins); -1 if it could not be started. */
  pid: number;
  /** Resolves once the process has ended (or failed to start). */
  readonly exited: Promise<ProcessExit>;
  /** How the process ended, or null while it runs. */
  ended(): ProcessExit | null;
  /** Sends `signal` unless the process has ended, without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** Sends `signal` unless the process has ended; resolves once it has. */
  kill(signal: NodeJS.Signals): Promise<ProcessExit>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has ended. Safe to call twice. */
  stop(graceMs?: number): Promise<ProcessExit>;
  /** SIGKILL without waiting: the last resort of exit handlers. */
  killNow(): void;
}

export interface SpawnChildOptions {
  cwd?: string;
  /** The whole environment of the child (see `inheritedEnv`); the caller's own when absent. */
  env?: NodeJS.ProcessEnv;
  /** Runs the child through `taskset -c <pinCpus>`, or unpinned when null. */
  pinCpus?: string | null;
  /** Gets every chunk the child writes to stdout or stderr, decoded as UTF-8. */
  onOutput: (text: string) => void;
}

/** The caller's environment without the variables whose names start with one of `prefixes` (its own VIGIL_* say). */
export function inheritedEnv(...prefixes: string[]): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !prefixes.some((prefix) => name.startsWith(prefix))));
}

/** `node [nodeArgs] --import tsx [--import preload]... script`'s arguments, how Vigil and the bench's baselines run. */
export function tsxArgs(script: string, options: { nodeArgs?: string[]; preloads?: string[] } = {}): string[] {
  return [...(options.nodeArgs ?? []), '--import', 'tsx', ...(options.preloads ?? []).flatMap((preload) => ['--import', preload]), script];
}

/** Starts `command args` with stdout and stderr piped to `onOutput`. */
export function spawnChild(command: string, args: string[], options: SpawnChildOptions): ChildServer {
  const [file, argv] = options.pinCpus ? ['taskset', ['-c', options.pinCpus, command, ...args]] : [command, args];
  const child: ChildProcess = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => options.onOutput(chunk.toString('utf8'));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let ending: ProcessExit | null = null;
  let settle: (exit: ProcessExit) => void = () => {};
  const exited = new Promise<ProcessExit>((resolve) => (settle = resolve));
  const end = (exit: ProcessExit) => {
    ending ??= exit;
    settle(ending);
  };
  child.once('exit', (code, signal) => end({ code, signal }));
  child.once('error', (error) => end({ code: null, signal: null, error: error.message }));

  const signal = (name: NodeJS.Signals) => {
    if (!ending) child.kill(name);
  };
  const kill = async (name: NodeJS.Signals) => {
    signal(name);
    return exited;
  };
  let stopping: Promise<ProcessExit> | null = null;
  const stop = (graceMs = 5_000) =>
    (stopping ??= (async () => {
      if (ending) return ending;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(forced);
      return exit;
    })());
  return {
    pid: child.pid ?? -1,
    exited,
    ended: () => ending,
    signal,
    kill,
    stop,
    killNow: () => signal('SIGKILL'),
  };
}

/** A TCP port nobody listened on a moment ago on `host`: bound to port 0, then released. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}
