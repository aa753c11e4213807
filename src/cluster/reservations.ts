import type { Redis } from 'ioredis';
import type { ClaimOutcome, ForwardedAnswer, ForwardedRequest, ReservationDirectory } from '../delivery/directory.ts';

type Message =
  | { kind: 'request'; id: number; from: string; request: ForwardedRequest }
  | { kind: 'answer'; id: number; answer: ForwardedAnswer }
  | { kind: 'claimed'; token: string };

const claimScript = `
  local owner = redis.call('HGET', KEYS[1], 'owner')
  if not owner or owner ~= ARGV[1] then return 'unknown' end
  local node, open, used = unpack(redis.call('HMGET', KEYS[1], 'node', 'open', 'used'))
  if open == '1' then return 'open' end
  if used == '1' and node ~= ARGV[2] then return 'used' end
  redis.call('HSET', KEYS[1], 'node', ARGV[2], 'open', '1')
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 'ok:' .. node`;

const useScript = `
  local node, open = unpack(redis.call('HMGET', KEYS[1], 'node', 'open'))
  if node ~= ARGV[1] or open == '1' then return 0 end
  redis.call('HSET', KEYS[1], 'used', '1')
  return 1`;

const forgetScript = `
  if redis.call('HGET', KEYS[1], 'node') == ARGV[1] then redis.call('DEL', KEYS[1]) end
  return 1`;

/**
 * Single-connection reservations every node can find (`{tag}:reservation:<token>`: owner, node, open, used): the event
 * stream opens on whichever node the balancer picks, and operations posted to any other node travel there over
 * pub/sub (`{tag}:node:<id>`) and come back with that node's answer. A node renews the records of the streams it holds;
 * those of a node that died lapse with its lease.
 */
export class RedisReservationDirectory implements ReservationDirectory {
  private readonly held = new Set<string>();
  private readonly pending = new Map<number, { resolve: (answer: ForwardedAnswer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  private next = 0;
  private handler: ((request: ForwardedRequest) => Promise<ForwardedAnswer>) | null = null;
  private claimed: ((token: string) => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    /** A connection of its own, in subscriber mode. */
    private readonly subscriber: Redis,
    private readonly tag: string,
    readonly nodeId: string,
    private readonly timeoutMs: number,
    private readonly leaseMs = 30_000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    this.subscriber.on('message', (channel: string, text: string) => {
      if (channel === this.channel(this.nodeId)) this.receive(JSON.parse(text) as Message);
    });
    await this.subscriber.subscribe(this.channel(this.nodeId));
    this.timer = setInterval(() => this.renew().catch(this.onError), Math.floor(this.leaseMs / 3));
    this.timer.unref();
  }

  private channel(node: string): string {
    return `${this.tag}:node:${node}`;
  }

  private key(token: string): string {
    return `${this.tag}:reservation:${token}`;
  }

  async reserved(token: string, owner: string, ttlMs: number): Promise<void> {
    await this.redis
      .multi()
      .hset(this.key(token), 'owner', owner, 'node', this.nodeId, 'open', '0', 'used', '0')
      .pexpire(this.key(token), ttlMs)
      .exec();
  }

  async claim(token: string, owner: string): Promise<ClaimOutcome> {
    const outcome = (await this.redis.eval(claimScript, 1, this.key(token), owner, this.nodeId, String(this.leaseMs))) as string;
    if (!outcome.startsWith('ok:')) return outcome as ClaimOutcome;
    this.held.add(token);
    const previous = outcome.slice(3);
    if (previous && previous !== this.nodeId) await this.publish(previous, { kind: 'claimed', token });
    return 'ok';
  }

  async use(token: string): Promise<boolean> {
    return (await this.redis.eval(useScript, 1, this.key(token), this.nodeId)) === 1;
  }

  async locate(token: string): Promise<{ owner: string; node: string } | null> {
    const [owner, node] = await this.redis.hmget(this.key(token), 'owner', 'node');
    return owner && node ? { owner, node } : null;
  }

  forget(token: string): void {
    this.held.delete(token);
    this.redis.eval(forgetScript, 1, this.key(token), this.nodeId).catch(this.onError);
  }

  forward(node: string, request: ForwardedRequest): Promise<ForwardedAnswer> {
    const id = ++this.next;
    return new Promise<ForwardedAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer in ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.publish(node, { kind: 'request', id, from: this.nodeId, request })
        .then((receivers) => {
          if (receivers === 0) throw new Error('that node has left');
        })
        .catch((error: Error) => {
          clearTimeout(timer);
          this.pending.delete(id);
          reject(error);
        });
    });
  }

  serve(handler: (request: ForwardedRequest) => Promise<ForwardedAnswer>, claimed: (token: string) => void): void {
    this.handler = handler;
    this.claimed = claimed;
  }

  private receive(message: Message): void {
    if (message.kind === 'answer') {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      waiting.resolve(message.answer);
    } else if (message.kind === 'claimed') {
      this.claimed?.(message.token);
    } else if (this.handler) {
      const { id, from } = message;
      this.handler(message.request)
        .then((answer) => this.publish(from, { kind: 'answer', id, answer }))
        .catch(this.onError);
    }
  }

  private publish(node: string, message: Message): Promise<number> {
    return this.redis.publish(this.channel(node), JSON.stringify(message));
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const token of this.held) pipeline.pexpire(this.key(token), this.leaseMs);
    await pipeline.exec();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error('this node is shutting down'));
    }
    this.pending.clear();
    await this.subscriber.quit().catch(() => this.subscriber.disconnect());
  }
}
