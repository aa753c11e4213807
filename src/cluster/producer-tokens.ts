import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  hashToken,
  type IssuedProducerToken,
  looksLikeProducerToken,
  newProducerSecret,
  type ProducerTokenRecord,
  type ProducerTokens,
} from '../auth/producer-tokens.ts';

interface StoredToken {
  id: string;
  serverId: string;
  label: string | null;
  createdAt: number;
  revokedAt: number | null;
}

function toRecord(stored: StoredToken): ProducerTokenRecord {
  return {
    id: stored.id,
    serverId: stored.serverId,
    label: stored.label,
    createdAt: new Date(stored.createdAt),
    revokedAt: stored.revokedAt === null ? null : new Date(stored.revokedAt),
  };
}

/** Revokes once: the first revocation's time stays. */
const revokeScript = `
  local text = redis.call('HGET', KEYS[1], ARGV[1])
  if not text then return false end
  local token = cjson.decode(text)
  if token.revokedAt == cjson.null or token.revokedAt == nil then
    token.revokedAt = tonumber(ARGV[2])
    text = cjson.encode(token)
    redis.call('HSET', KEYS[1], ARGV[1], text)
  end
  return text`;

/**
 * Producer tokens shared by every node: `{tag}:producer-tokens` maps id -> record, `{tag}:producer-token-hashes`
 * sha256(secret) -> id. A node remembers a lookup for `cacheMs` (every ingest request looks its token up), so a
 * token revoked on one node is refused by every other within that time; the revoking node refuses it at once.
 * Concurrent requests with one token share one lookup (64 writers would otherwise ask Redis 64 times each time the
 * record goes stale).
 */
export class RedisProducerTokens implements ProducerTokens {
  private readonly cache = new Map<string, { record: ProducerTokenRecord; until: number }>();
  /** Lookups on their way to Redis, by token hash. */
  private readonly pending = new Map<string, Promise<ProducerTokenRecord | null>>();
  /** Bumped by every revocation here: a lookup that began before one neither is shared after it nor remembered. */
  private revocations = 0;

  constructor(
    private readonly redis: Redis,
    private readonly tag: string,
    private readonly cacheMs = 500,
  ) {}

  private get records(): string {
    return `${this.tag}:producer-tokens`;
  }

  private get hashes(): string {
    return `${this.tag}:producer-token-hashes`;
  }

  async issue(serverId: string, label: string | null = null): Promise<IssuedProducerToken> {
    const token = newProducerSecret();
    const stored: StoredToken = { id: randomUUID(), serverId, label, createdAt: Date.now(), revokedAt: null };
    await this.redis.multi().hset(this.records, stored.id, JSON.stringify(stored)).hset(this.hashes, hashToken(token), stored.id).exec();
    return { ...toRecord(stored), token };
  }

  async revoke(id: string): Promise<ProducerTokenRecord | null> {
    const text = (await this.redis.eval(revokeScript, 1, this.records, id, String(Date.now()))) as string | null;
    this.revocations++;
    this.pending.clear();
    for (const [hash, cached] of this.cache) if (cached.record.id === id) this.cache.delete(hash);
    return text ? toRecord(JSON.parse(text) as StoredToken) : null;
  }

  async lookup(token: string): Promise<ProducerTokenRecord | null> {
    if (!looksLikeProducerToken(token)) return null;
    const hash = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.record;
    let lookup = this.pending.get(hash);
    if (!lookup) {
      lookup = this.fetch(hash, now);
      this.pending.set(hash, lookup);
      const done = () => {
        if (this.pending.get(hash) === lookup) this.pending.delete(hash);
      };
      lookup.then(done, done);
    }
    return lookup;
  }

  private async fetch(hash: string, now: number): Promise<ProducerTokenRecord | null> {
    const revocations = this.revocations;
    let record: ProducerTokenRecord | null;
    try {
      const id = await this.redis.hget(this.hashes, hash);
      record = id ? await this.get(id) : null;
    } catch (error) {
      throw new Error(`Redis does not answer: ${(error as Error).message}`, { cause: error });
    }
    if (record && revocations === this.revocations) {
      // Bounded: an entry per token in use, dropped when stale.
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, { record, until: now + this.cacheMs });
    }
    return record;
  }

  async get(id: string): Promise<ProducerTokenRecord | null> {
    const text = await this.redis.hget(this.records, id);
    return text ? toRecord(JSON.parse(text) as StoredToken) : null;
  }

  async list(serverId?: string): Promise<ProducerTokenRecord[]> {
    const all = Object.values(await this.redis.hgetall(this.records)).map((text) => JSON.parse(text) as StoredToken);
    return all
      .filter((token) => serverId === undefined || token.serverId === serverId)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map(toRecord);
  }

  close(): void {
    this.cache.clear();
    this.pending.clear();
  }
}
