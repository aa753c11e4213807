import { Redis } from 'ioredis';

/**
 * Every key of one Vigil deployment shares the hash tag `{vigil:<prefix>}`: one slot, so each script is legal on
 * Redis Cluster too, and several deployments can share one Redis under different prefixes.
 */
export function keyTag(prefix: string): string {
  return `{vigil:${prefix}}`;
}

export interface RedisOptions {
  url: string;
  /** Shown in CLIENT LIST, e.g. "vigil:<node>:shared". */
  name: string;
  /** A command that gets no answer in this long fails instead of hanging. */
  commandTimeoutMs: number;
}

/**
 * A connection for shared state: no offline queue (a command while Redis is away fails at once, it is not held),
 * one retry, reconnecting with a capped backoff for as long as the node runs.
 */
export function connectRedis({ url, name, commandTimeoutMs }: RedisOptions): Redis {
  return new Redis(url, {
    connectionName: name,
    commandTimeout: commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 1_000),
  });
}

/** Where a Redis URL points, without its credentials (for messages and logs). */
export function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 6379}`;
  } catch {
    return 'Redis';
  }
}
