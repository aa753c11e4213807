import { cpus } from 'node:os';
import { monoMs } from './clock.ts';
import { machineCpuMicros, processCpuMicros, processRssKb } from './proc.ts';

export interface CpuSnapshot {
  at: number;
  /** Server process CPU (all threads), µs; with several nodes, their sum. */
  server: number;
  /** Each node's CPU, µs. */
  nodes: number[];
  /** The redis-server's CPU, µs (0 without one). */
  redis: number;
  /** This process plus the receiver processes, µs. */
  generator: number;
  /** Every CPU of the box, busy µs. */
  machine: number;
}

export interface TimelineRow {
  /** Seconds since the timeline started. */
  t: number;
  /** Requests sent so far, as the loop reports them. */
  sent: number;
  /** Deliveries (or acknowledged events) in this second. */
  delivered: number;
  serverCpuPct: number;
  /** Present when a redis-server is sampled. */
  redisCpuPct?: number;
  generatorCpuPct: number;
  otherCpuPct: number;
  receiverElu: number;
  serverRssMb: number;
}

function safeCpu(pid: number): number {
  try {
    return processCpuMicros(pid);
  } catch {
    return 0;
  }
}

/** CPU of the server (every node), its Redis, the generator (this process and its receivers) and the whole box, from /proc. */
export class Sampler {
  private timer: NodeJS.Timeout | null = null;
  readonly timeline: TimelineRow[] = [];
  private receiverBase = new Map<number, number>();
  private readonly serverPids: number[];

  constructor(
    serverPids: number | number[],
    private readonly receiverPids: () => number[],
    private readonly redisPid: number | null = null,
  ) {
    this.serverPids = Array.isArray(serverPids) ? serverPids : [serverPids];
  }

  snapshot(): CpuSnapshot {
    const own = process.cpuUsage();
    let generator = own.user + own.system;
    for (const pid of this.receiverPids()) {
      // A receiver that exited keeps its last reading.
      const now = safeCpu(pid);
      if (now > 0) this.receiverBase.set(pid, now);
      generator += this.receiverBase.get(pid) ?? 0;
    }
    const nodes = this.serverPids.map(safeCpu);
    return {
      at: monoMs(),
      server: nodes.reduce((a, b) => a + b, 0),
      nodes,
      redis: this.redisPid === null ? 0 : safeCpu(this.redisPid),
      generator,
      machine: machineCpuMicros().busy,
    };
  }

  /** One row a second until stop(): `progress` gives [sent, delivered so far], `elu` the busiest receiver's loop. */
  start(progress: () => [number, number], elu: () => number): void {
    const t0 = monoMs();
    let last = { ...this.snapshot(), delivered: progress()[1] };
    this.timer = setInterval(() => {
      const [sent, delivered] = progress();
      const now = { ...this.snapshot(), delivered };
      const wallUs = (now.at - last.at) * 1_000;
      const pct = (us: number) => Math.round((us / wallUs) * 1_000) / 10;
      const server = now.server - last.server;
      const generator = now.generator - last.generator;
      const redis = now.redis - last.redis;
      let rss = 0;
      for (const pid of this.serverPids) {
        try {
          rss += processRssKb(pid);
        } catch {
          // exited
        }
      }
      this.timeline.push({
        t: Math.round((now.at - t0) / 100) / 10,
        sent,
        delivered: now.delivered - last.delivered,
        serverCpuPct: pct(server),
        ...(this.redisPid === null ? {} : { redisCpuPct: pct(redis) }),
        generatorCpuPct: pct(generator),
        otherCpuPct: pct(now.machine - last.machine - server - redis - generator),
        receiverElu: Math.round(elu() * 1_000) / 1_000,
        serverRssMb: Math.round(rss / 102.4) / 10,
      });
      last = now;
    }, 1_000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** CPU use between two snapshots: per-process percent of one core, and µs (Redis counts apart from "other"). */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot) {
  const wallUs = Math.max(1, (b.at - a.at) * 1_000);
  const server = b.server - a.server;
  const redis = b.redis - a.redis;
  const generator = b.generator - a.generator;
  const other = b.machine - a.machine - server - redis - generator;
  return {
    wallMs: b.at - a.at,
    serverUs: server,
    nodeUs: b.nodes.map((n, i) => n - (a.nodes[i] ?? 0)),
    redisUs: redis,
    generatorUs: generator,
    serverPct: (server / wallUs) * 100,
    nodePct: b.nodes.map((n, i) => ((n - (a.nodes[i] ?? 0)) / wallUs) * 100),
    redisPct: (redis / wallUs) * 100,
    generatorPct: (generator / wallUs) * 100,
    otherPct: (other / wallUs) * 100,
    cores: cpus().length,
  };
}
