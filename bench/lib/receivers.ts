import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LatencyHistogram } from './histogram.ts';
import type { FromReceiver, OpenCommand, ReceiverStats, ToReceiver } from './protocol.ts';

const receiverScript = join(dirname(fileURLToPath(import.meta.url)), 'receiver.ts');

/** Every receiver process still running, for Ctrl-C, the watchdog and process exit. */
export const liveReceivers = new Set<ChildProcess>();

/**
 * How many receiver processes hold `subscribers` connections: at most 5,000 each (file descriptors, one core each),
 * rounded up to a multiple of `multiple` (the nodes subscribers are split across: each receiver talks to one node).
 */
export function receiversFor(subscribers: number, override: number | null, multiple = 1): number {
  const count = Math.max(1, Math.min(subscribers, override ?? Math.ceil(subscribers / 5_000)));
  return Math.min(Math.max(subscribers, 1), Math.ceil(count / multiple) * multiple);
}

/** Every receiver's stats summed: the same fields, with histograms merged and the measured sequence numbers as a set. */
export type AggregateStats = Omit<ReceiverStats, 'phases' | 'seenMeasured'> & {
  phases: Record<string, { received: number; firstAt: number; lastAt: number; histogram: LatencyHistogram }>;
  seenMeasured: Set<number>;
};

interface Member {
  child: ChildProcess;
  pid: number;
  /** The server this receiver's subscribers connect to (set by open). */
  url: string | null;
  received: Record<string, number>;
  live: number;
  elu: number;
  waiters: Map<FromReceiver['type'], Array<(message: FromReceiver) => void>>;
  exit: string | null;
}

/**
 * Receiver processes holding the subscribers. Subscribers are split evenly; an event counts as done once every
 * receiver that still has live subscribers reported it done (each does once all its live subscribers received it).
 */
export class ReceiverPool {
  /** Called once per w/m sequence number received by every live subscriber (needs `completion` when opening). */
  onDone: ((seq: number) => void) | null = null;
  readonly doneSeqs = new Set<number>();
  private readonly partial = new Map<number, number>();
  fatal: string | null = null;

  private constructor(private readonly members: Member[]) {
    for (const member of members) {
      member.child.on('message', (message: FromReceiver) => this.handle(member, message));
    }
  }

  static async start(count: number, cwd: string, timeoutMs = 20_000): Promise<ReceiverPool> {
    const members: Member[] = [];
    const ready: Array<Promise<void>> = [];
    for (let i = 0; i < count; i++) {
      // Receivers inherit this process's CPU affinity (the generator's core when pinned).
      const child = fork(receiverScript, [], {
        cwd,
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        serialization: 'json',
      });
      liveReceivers.add(child);
      const member: Member = { child, pid: child.pid ?? -1, url: null, received: {}, live: 0, elu: 0, waiters: new Map(), exit: null };
      child.once('exit', (code, signal) => {
        member.exit = signal ? `signal ${signal}` : `code ${code}`;
        liveReceivers.delete(child);
        for (const list of member.waiters.values()) for (const waiter of list) waiter({ type: 'fatal', message: `receiver exited (${member.exit})` });
        member.waiters.clear();
      });
      members.push(member);
      ready.push(waitFor(member, 'ready', timeoutMs).then(() => undefined));
    }
    const pool = new ReceiverPool(members);
    try {
      await Promise.all(ready);
    } catch (error) {
      pool.kill();
      throw error;
    }
    return pool;
  }

  get pids(): number[] {
    return this.members.map((m) => m.pid);
  }

  /** Received so far in `phase`, from the receivers' last ticks (every 250 ms). */
  received(phase: string): number {
    return this.members.reduce((sum, m) => sum + (m.received[phase] ?? 0), 0);
  }

  live(): number {
    return this.members.reduce((sum, m) => sum + m.live, 0);
  }

  maxElu(): number {
    return Math.max(0, ...this.members.map((m) => m.elu));
  }

  /**
   * Opens `count` subscribers split over the receivers, receiver i connecting to `urls[i % urls.length]` (so with a
   * multiple of urls.length receivers, each URL gets an equal share); resolves once every receiver finished its ramp.
   */
  async open(spec: Omit<OpenCommand, 'type' | 'first' | 'count' | 'url'> & { count: number; urls: string[] }, timeoutMs: number) {
    const n = this.members.length;
    const results = await Promise.all(
      this.members.map((member, i) => {
        const first = Math.floor((spec.count * i) / n);
        const count = Math.floor((spec.count * (i + 1)) / n) - first;
        const { count: _total, urls, ...rest } = spec;
        member.url = urls[i % urls.length]!;
        this.send(member, { ...rest, url: member.url, type: 'open', first, count });
        return waitFor(member, 'opened', timeoutMs);
      }),
    );
    let connected = 0;
    let failed = 0;
    let firstFailure: string | null = null;
    let rampMs = 0;
    for (const result of results) {
      if (result.type !== 'opened') throw new Error(`receiver failed while opening: ${result.type === 'fatal' ? result.message : result.type}`);
      connected += result.connected;
      failed += result.failed;
      firstFailure ??= result.firstFailure;
      rampMs = Math.max(rampMs, result.rampMs);
    }
    for (const [i, member] of this.members.entries()) member.live = (results[i] as { connected: number }).connected;
    return { connected, failed, firstFailure, rampMs };
  }

  async stats(timeoutMs = 20_000): Promise<AggregateStats> {
    return (await this.statsByUrl(timeoutMs)).all;
  }

  /** Every receiver's stats summed, and summed per server URL (in the order `urls` was given to open). */
  async statsByUrl(timeoutMs = 20_000): Promise<{ all: AggregateStats; byUrl: Array<{ url: string; stats: AggregateStats }> }> {
    const all = await Promise.all(
      this.members.map((member) => {
        this.send(member, { type: 'stats' });
        return waitFor(member, 'stats', timeoutMs);
      }),
    );
    const urls = [...new Set(this.members.map((m) => m.url ?? ''))];
    return {
      all: aggregate(all),
      byUrl: urls.map((url) => ({ url, stats: aggregate(all.filter((_, i) => (this.members[i]!.url ?? '') === url)) })),
    };
  }

  /** Closes every subscriber and lets the receivers exit (killed after `timeoutMs`). */
  async close(timeoutMs = 5_000): Promise<void> {
    await Promise.all(
      this.members.map(async (member) => {
        if (member.exit) return;
        this.send(member, { type: 'close' });
        await waitFor(member, 'closed', timeoutMs).catch(() => undefined);
        const timer = setTimeout(() => member.child.kill('SIGKILL'), timeoutMs);
        if (!member.exit) await new Promise((resolve) => member.child.once('exit', resolve));
        clearTimeout(timer);
      }),
    );
  }

  kill(): void {
    for (const member of this.members) if (!member.exit) member.child.kill('SIGKILL');
  }

  private send(member: Member, message: ToReceiver): void {
    if (member.exit || !member.child.connected) throw new Error(`receiver ${member.pid} is gone (${member.exit ?? 'disconnected'})`);
    member.child.send(message);
  }

  private requiredReporters(): number {
    return this.members.filter((m) => m.live > 0).length;
  }

  private handle(member: Member, message: FromReceiver): void {
    if (message.type === 'tick') {
      member.received = message.received;
      member.elu = message.elu;
      const before = member.live;
      member.live = message.live;
      if (before > 0 && message.live === 0) this.sweep();
      return;
    }
    if (message.type === 'done') {
      const required = this.requiredReporters();
      for (const seq of message.seqs) {
        const count = (this.partial.get(seq) ?? 0) + 1;
        if (count >= required) this.complete(seq);
        else this.partial.set(seq, count);
      }
      return;
    }
    if (message.type === 'fatal') {
      this.fatal ??= message.message;
      for (const list of member.waiters.values()) for (const waiter of list.splice(0)) waiter(message);
      return;
    }
    const list = member.waiters.get(message.type);
    const waiter = list?.shift();
    if (waiter) waiter(message);
  }

  private sweep(): void {
    const required = this.requiredReporters();
    for (const [seq, count] of this.partial) if (count >= required) this.complete(seq);
  }

  private complete(seq: number): void {
    this.partial.delete(seq);
    if (this.doneSeqs.has(seq)) return;
    this.doneSeqs.add(seq);
    this.onDone?.(seq);
  }
}

function waitFor(member: Member, type: FromReceiver['type'], timeoutMs: number): Promise<FromReceiver> {
  return new Promise((resolve, reject) => {
    if (member.exit) return reject(new Error(`receiver ${member.pid} exited (${member.exit})`));
    const timer = setTimeout(() => {
      const list = member.waiters.get(type);
      const at = list?.indexOf(deliver) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
      reject(new Error(`receiver ${member.pid} sent no ${type} within ${timeoutMs} ms`));
    }, timeoutMs);
    const deliver = (message: FromReceiver) => {
      clearTimeout(timer);
      if (message.type === 'fatal' && type !== 'fatal') reject(new Error(message.message));
      else resolve(message);
    };
    const list = member.waiters.get(type) ?? [];
    list.push(deliver);
    member.waiters.set(type, list);
  });
}

/** Receivers' stats summed: counts added, histograms merged, first/last receipt widened. */
function aggregate(all: FromReceiver[]): AggregateStats {
  const out: AggregateStats = {
    requested: 0,
    connected: 0,
    failed: 0,
    firstFailure: null,
    ended: 0,
    endReasons: {},
    duplicates: 0,
    reordered: 0,
    phases: {},
    seenMeasured: new Set(),
    openStartedAt: Number.POSITIVE_INFINITY,
    rampMs: 0,
    bytes: 0,
  };
  for (const message of all) {
    if (message.type !== 'stats') throw new Error(`receiver gave no stats: ${message.type === 'fatal' ? message.message : message.type}`);
    const s: ReceiverStats = message.stats;
    out.requested += s.requested;
    out.connected += s.connected;
    out.failed += s.failed;
    out.firstFailure ??= s.firstFailure;
    out.ended += s.ended;
    for (const [reason, count] of Object.entries(s.endReasons)) out.endReasons[reason] = (out.endReasons[reason] ?? 0) + count;
    out.duplicates += s.duplicates;
    out.reordered += s.reordered;
    for (const [phase, p] of Object.entries(s.phases)) {
      const acc = (out.phases[phase] ??= { received: 0, firstAt: 0, lastAt: 0, histogram: new LatencyHistogram() });
      acc.received += p.received;
      if (p.firstAt && (!acc.firstAt || p.firstAt < acc.firstAt)) acc.firstAt = p.firstAt;
      if (p.lastAt > acc.lastAt) acc.lastAt = p.lastAt;
      acc.histogram.merge(LatencyHistogram.fromJSON(p.histogram));
    }
    for (const seq of s.seenMeasured) out.seenMeasured.add(seq);
    out.openStartedAt = Math.min(out.openStartedAt, s.openStartedAt);
    out.rampMs = Math.max(out.rampMs, s.rampMs);
    out.bytes += s.bytes;
  }
  return out;
}
