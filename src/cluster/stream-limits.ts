import type { Redis } from 'ioredis';
import type { StreamCounter } from '../auth/plugin.ts';

/**
 * Open streams per viewer, counted across every node: each stream is a member of `{tag}:streams:<viewer>`, scored by
 * the expiry of its lease, which its node renews while the stream is open. A node that dies takes its streams with
 * it once their leases run out.
 */
export class RedisStreamCounter implements StreamCounter {
  /** This node's members per viewer key. */
  private readonly held = new Map<string, string[]>();
  private next = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly tag: string,
    private readonly nodeId: string,
    private readonly leaseMs = 15_000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.renew().catch(this.onError), Math.floor(this.leaseMs / 3));
    this.timer.unref();
  }

  async tryAcquire(key: string, max: number): Promise<boolean> {
    const member = `${this.nodeId}:${++this.next}`;
    const now = Date.now();
    const acquired = await this.redis.eval(
      `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
       if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
       redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
       redis.call('PEXPIRE', KEYS[1], ARGV[5])
       return 1`,
      1,
      this.keyOf(key),
      String(now),
      String(max),
      String(now + this.leaseMs),
      member,
      String(2 * this.leaseMs),
    );
    if (acquired !== 1) return false;
    let members = this.held.get(key);
    if (!members) this.held.set(key, (members = []));
    members.push(member);
    return true;
  }

  release(key: string): void {
    const members = this.held.get(key);
    const member = members?.pop();
    if (members?.length === 0) this.held.delete(key);
    if (member) this.redis.zrem(this.keyOf(key), member).catch(this.onError);
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const expiry = Date.now() + this.leaseMs;
    const pipeline = this.redis.pipeline();
    for (const [key, members] of this.held) {
      pipeline.zadd(this.keyOf(key), 'XX', ...members.flatMap((member) => [expiry, member]));
      pipeline.pexpire(this.keyOf(key), 2 * this.leaseMs);
    }
    await pipeline.exec();
  }

  private keyOf(key: string): string {
    return `${this.tag}:streams:${key}`;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const pipeline = this.redis.pipeline();
    for (const [key, members] of this.held) pipeline.zrem(this.keyOf(key), ...members);
    this.held.clear();
    await pipeline.exec().catch(() => undefined);
  }
}
