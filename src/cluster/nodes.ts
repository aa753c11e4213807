import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * This node among the others sharing one Redis: each holds a lease in `{tag}:nodes` (a sorted set scored by expiry)
 * that it renews every second, so a node that stops or dies drops out within the lease. Leases of single-runner
 * duties (the liveness monitor) work the same way.
 */
export class NodeRegistry {
  readonly id = randomBytes(6).toString('base64url');
  private count = 1;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly tag: string,
    private readonly leaseMs = 5_000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Nodes holding a live lease when this one last renewed its own (itself included). */
  get nodeCount(): number {
    return this.count;
  }

  async start(): Promise<void> {
    await this.renew();
    this.timer = setInterval(() => this.renew().catch(this.onError), Math.max(100, Math.floor(this.leaseMs / 5)));
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    const now = Date.now();
    const key = `${this.tag}:nodes`;
    const replies = await this.redis
      .multi()
      .zadd(key, now + this.leaseMs, this.id)
      .zremrangebyscore(key, '-inf', now)
      .zcard(key)
      .exec();
    const cardinality = replies?.[2]?.[1];
    if (typeof cardinality === 'number') this.count = Math.max(1, cardinality);
  }

  /**
   * Takes or keeps the lease of a duty only one node should run at a time; true while this node holds it. A holder
   * that stops renewing loses it after `leaseMs`.
   */
  async holdDuty(duty: string, leaseMs: number): Promise<boolean> {
    const held = await this.redis.eval(
      `local holder = redis.call('GET', KEYS[1])
       if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
       if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
       return 0`,
      1,
      `${this.tag}:duty:${duty}`,
      this.id,
      String(leaseMs),
    );
    return held === 1;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.zrem(`${this.tag}:nodes`, this.id).catch(() => undefined);
  }
}
