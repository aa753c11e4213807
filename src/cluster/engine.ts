import type { Logger } from 'pino';
import { AdminTokenKeys } from '../auth/admin-tokens.ts';
import { LocalStreamCounter, type StreamCounter } from '../auth/plugin.ts';
import { type ProducerTokens, SqliteProducerTokens } from '../auth/producer-tokens.ts';
import type { ReservationDirectory } from '../delivery/directory.ts';
import type { EventLog } from '../events/log/log.ts';
import { SqliteEventLog } from '../events/log/sqlite.ts';
import type { VigilConfig } from '../server/config.ts';
import type { NodeRegistry } from './nodes.ts';

/** Where this node keeps what must outlive it or be shared: the log, producer tokens, stream counts, duties. */
export interface Engine {
  kind: 'sqlite' | 'redis';
  log: EventLog;
  producers: ProducerTokens;
  streams: StreamCounter;
  adminKeys: AdminTokenKeys;
  /** This node among the others on the same Redis; null on the embedded engine (one node). */
  nodes: NodeRegistry | null;
  /** Single-connection reservations every node can find; null on the embedded engine. */
  directory: ReservationDirectory | null;
  /** True when this node should run a single-runner duty (the liveness monitor) now; `leaseMs` bounds a handover. */
  holdDuty(duty: string, leaseMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The one place that picks the engine: Redis when VIGIL_REDIS_URL is set, the embedded SQLite file otherwise. */
export async function openEngine(config: VigilConfig, logger: Logger): Promise<Engine> {
  if (!config.redisUrl) return openSqliteEngine(config);
  // Loaded only when asked for: the embedded default never loads ioredis.
  const { openRedisEngine } = await import('./redis-engine.ts');
  return openRedisEngine(config, config.redisUrl, logger);
}

async function openSqliteEngine(config: VigilConfig): Promise<Engine> {
  const adminKeys = await AdminTokenKeys.load(config);
  const log = new SqliteEventLog(config.databasePath, config.dedupWindow);
  const producers = new SqliteProducerTokens(config.databasePath);
  return {
    kind: 'sqlite',
    log,
    producers,
    streams: new LocalStreamCounter(),
    adminKeys,
    nodes: null,
    directory: null,
    holdDuty: async () => true,
    async close() {
      producers.close();
      await log.close();
    },
  };
}

/** Just the producer tokens of the configured engine, for the command line (`npm run vigil -- token …`). */
export async function openProducerTokens(config: VigilConfig): Promise<{ producers: ProducerTokens; close(): Promise<void> }> {
  if (!config.redisUrl) {
    const producers = new SqliteProducerTokens(config.databasePath);
    return { producers, close: async () => producers.close() };
  }
  const { connectRedis, keyTag } = await import('./redis.ts');
  const { RedisProducerTokens } = await import('./producer-tokens.ts');
  const redis = connectRedis({ url: config.redisUrl, name: 'vigil:cli', commandTimeoutMs: config.redisTimeout });
  redis.on('error', () => undefined);
  await redis.connect();
  return { producers: new RedisProducerTokens(redis, keyTag(config.redisPrefix)), close: async () => void (await redis.quit()) };
}
