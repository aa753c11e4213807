import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { AdminTokenKeys } from '../auth/admin-tokens.ts';
import { RedisEventLog } from '../events/log/redis.ts';
import type { VigilConfig } from '../server/config.ts';
import type { Engine } from './engine.ts';
import { NodeRegistry } from './nodes.ts';
import { RedisProducerTokens } from './producer-tokens.ts';
import { connectRedis, keyTag, redisAddress } from './redis.ts';
import { RedisReservationDirectory } from './reservations.ts';
import { RedisStreamCounter } from './stream-limits.ts';

/** Several nodes on one Redis: the shared log, producer tokens, stream counts across nodes, leases for duties. */
export async function openRedisEngine(config: VigilConfig, url: string, logger: Logger): Promise<Engine> {
  const tag = keyTag(config.redisPrefix);
  const redis = connectRedis({ url, name: 'vigil:shared', commandTimeoutMs: config.redisTimeout });
  // Failures surface where a command fails (as UNAVAILABLE); the connection reconnects on its own.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Vigil cannot reach Redis at ${redisAddress(url)} (VIGIL_REDIS_URL): ${(error as Error).message}`, { cause: error });
  }
  const nodes = new NodeRegistry(redis, tag, 5_000, (error) => logger.warn({ err: error }, 'could not renew this node in Redis'));
  const log = await RedisEventLog.open({
    url,
    prefix: config.redisPrefix,
    dedupWindowMs: config.dedupWindow,
    commandTimeoutMs: config.redisTimeout,
    onError: (error: unknown) =>
      logger.warn({ err: error }, 'Redis log: a connection failed or a listener threw (the tail resumes from the last event it delivered)'),
  });
  const durability = await log.durability();
  if (durability.appendonly === false || (durability.appendfsync !== null && durability.appendfsync !== 'always')) {
    logger.warn(
      { redis: redisAddress(url), appendonly: durability.appendonly, appendfsync: durability.appendfsync },
      'Redis runs without appendonly yes / appendfsync always: an acknowledged event can be lost if Redis stops; run it with --appendonly yes --appendfsync always',
    );
  }
  const shared = await sharedAdminSecret(redis, tag, config);
  const adminKeys = await AdminTokenKeys.load(config, shared);
  const streams = new RedisStreamCounter(redis, tag, nodes.id, 15_000, (error) =>
    logger.warn({ err: error }, 'could not renew stream leases in Redis'),
  );
  const subscriber = connectRedis({ url, name: `vigil:${nodes.id}:bus`, commandTimeoutMs: config.redisTimeout });
  subscriber.on('error', () => undefined);
  await subscriber.connect();
  const directory = new RedisReservationDirectory(redis, subscriber, tag, nodes.id, config.redisTimeout, 30_000, (error) =>
    logger.warn({ err: error }, 'single-connection reservations: a Redis call failed'),
  );
  await directory.start();
  await nodes.start();
  streams.start();
  logger.info({ redis: redisAddress(url), prefix: config.redisPrefix, node: nodes.id, nodes: nodes.nodeCount }, 'joined the Vigil nodes on Redis');
  return {
    kind: 'redis',
    log,
    producers: new RedisProducerTokens(redis, tag),
    streams,
    adminKeys,
    nodes,
    directory,
    holdDuty: (duty, leaseMs) => nodes.holdDuty(duty, leaseMs),
    async close() {
      await directory.stop();
      await streams.stop();
      await nodes.stop();
      await log.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * Nodes on one Redis must verify each other's admin tokens: without a configured key, the first node generates the
 * HS256 secret into Redis and every node reads it from there.
 */
async function sharedAdminSecret(
  redis: ReturnType<typeof connectRedis>,
  tag: string,
  config: VigilConfig,
): Promise<{ secret: string; generatedAt: string | null } | undefined> {
  if (config.adminJwtSecret || config.adminPublicKeyFile || config.adminJwksFile) return undefined;
  const key = `${tag}:admin-jwt-secret`;
  const created = await redis.set(key, randomBytes(32).toString('base64url'), 'NX');
  const secret = await redis.get(key);
  if (!secret) throw new Error(`Redis lost ${key} right after it was written`);
  return { secret, generatedAt: created === 'OK' ? `Redis (key ${key})` : null };
}
