import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { durableRedisArgs, pong, redisServerBinary } from '../../test/kit/redis-server.ts';
import { benchHost, findFreePort } from './server-process.ts';

export { redisServerBinary };

/** The bench's own redis-server for one cell: a fresh folder, a free port, every write fsynced to its AOF. */
export interface RedisProcess {
  pid: number;
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  dir: string;
  /** What ran, for the result file. */
  command: string;
  /** SIGTERM (Redis fsyncs its AOF and exits), SIGKILL after `graceMs`; removes the folder. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Synchronous last resort for exit handlers. */
  killNow(): void;
}

/** Every redis-server the bench started and has not stopped, so Ctrl-C, the watchdog and process exit can kill them. */
export const liveRedis = new Set<RedisProcess>();

/**
 * Starts redis-server with `--appendonly yes --appendfsync always --save "" --bind 127.0.0.1` in a fresh temp folder
 * on a free port (`taskset -c <pinCpus>` when given: taskset execs it, so the pid is Redis's own), and waits for PONG.
 * A port taken between the probe and the bind is retried on another one.
 */
export async function startRedis(options: { pinCpus: string | null; readyTimeoutMs?: number }): Promise<RedisProcess> {
  let lastFailure = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await findFreePort();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-redis-'));
    const args = durableRedisArgs(port, dir);
    const [command, argv] = options.pinCpus ? ['taskset', ['-c', options.pinCpus, redisServerBinary, ...args]] : [redisServerBinary, args];
    const child: ChildProcess = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let exitInfo: string | null = null;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        exitInfo = signal ? `signal ${signal}` : `code ${code}`;
        resolve();
      }),
    );
    child.once('error', (error) => (exitInfo ??= `spawn error: ${error.message}`));
    let stopped = false;
    const redis: RedisProcess = {
      pid: child.pid ?? -1,
      port,
      url: `redis://${benchHost}:${port}`,
      dir,
      command: `${redisServerBinary} ${args.map((a) => (a === '' ? '""' : a.startsWith(dir) ? '<tmp>' : a)).join(' ')}${options.pinCpus ? ` (taskset -c ${options.pinCpus})` : ''}`,
      stop: async (graceMs = 5_000) => {
        if (stopped) return;
        stopped = true;
        if (exitInfo === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timer);
        }
        rmSync(dir, { recursive: true, force: true });
        liveRedis.delete(redis);
      },
      killNow: () => {
        if (exitInfo === null) child.kill('SIGKILL');
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          // best effort while exiting
        }
      },
    };
    liveRedis.add(redis);
    const deadline = Date.now() + (options.readyTimeoutMs ?? 10_000);
    let ready = false;
    while (exitInfo === null && Date.now() < deadline && !(ready = await pong(port, benchHost))) await sleep(50);
    if (ready) return redis;
    lastFailure = exitInfo ? `exited (${exitInfo})` : `did not answer PING within ${options.readyTimeoutMs ?? 10_000} ms`;
    await redis.stop();
    if (!/Address already in use/i.test(output)) throw new Error(`redis-server ${lastFailure}:\n${output.trim().split('\n').slice(-10).join('\n')}`);
  }
  throw new Error(`redis-server could not bind a free port in 3 attempts (last: ${lastFailure})`);
}
