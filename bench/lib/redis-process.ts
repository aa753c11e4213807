import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { durableRedisArgs, pong, redisServerBinary } from '../../test/kit/redis-server.ts';
import { describeExit, spawnChild } from '../../test/kit/spawn.ts';
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
    let output = '';
    const child = spawnChild(redisServerBinary, args, {
      pinCpus: options.pinCpus,
      onOutput: (text) => (output = (output + text).slice(-4_000)),
    });
    let stopped = false;
    const redis: RedisProcess = {
      pid: child.pid,
      port,
      url: `redis://${benchHost}:${port}`,
      dir,
      command: `${redisServerBinary} ${args.map((a) => (a === '' ? '""' : a.startsWith(dir) ? '<tmp>' : a)).join(' ')}${options.pinCpus ? ` (taskset -c ${options.pinCpus})` : ''}`,
      stop: async (graceMs = 5_000) => {
        if (stopped) return;
        stopped = true;
        await child.stop(graceMs);
        rmSync(dir, { recursive: true, force: true });
        liveRedis.delete(redis);
      },
      killNow: () => {
        child.killNow();
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
    while (!child.ended() && Date.now() < deadline && !(ready = await pong(port, benchHost))) await sleep(50);
    if (ready) return redis;
    const exit = child.ended();
    lastFailure = exit ? `exited (${describeExit(exit)})` : `did not answer PING within ${options.readyTimeoutMs ?? 10_000} ms`;
    await redis.stop();
    if (!/Address already in use/i.test(output)) throw new Error(`redis-server ${lastFailure}:\n${output.trim().split('\n').slice(-10).join('\n')}`);
  }
  throw new Error(`redis-server could not bind a free port in 3 attempts (last: ${lastFailure})`);
}
