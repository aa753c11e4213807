import { cpus } from 'node:os';
import { monoMs } from './clock.ts';
import { machineCpuMicros, processCpuMicros, processRssKb } from './proc.ts';

export interface CpuSnapshot {
  at: number;
  /** Server process CPU (all threads), µs. */
  server: number;
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

/** CPU of the server, of the generator (this process and its receivers) and of the whole box, from /proc. */
export class Sampler {
  private timer: NodeJS.Timeout | null = null;
  readonly timeline: TimelineRow[] = [];
  private receiverBase = new Map<number, number>();

  constructor(
    private readonly serverPid: number,
    private readonly receiverPids: () => number[],
  ) {}

  snapshot(): CpuSnapshot {
    const own = process.cpuUsage();
    let generator = own.user + own.system;
    for (const pid of this.receiverPids()) {
      // A receiver that exited keeps its last reading.
      const now = safeCpu(pid);
      if (now > 0) this.receiverBase.set(pid, now);
      generator += this.receiverBase.get(pid) ?? 0;
    }
    return { at: monoMs(), server: safeCpu(this.serverPid), generator, machine: machineCpuMicros().busy };
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
      let rss = 0;
      try {
        rss = processRssKb(this.serverPid);
      } catch {
        // exited
      }
      this.timeline.push({
        t: Math.round((now.at - t0) / 100) / 10,
        sent,
        delivered: now.delivered - last.delivered,
        serverCpuPct: pct(server),
        generatorCpuPct: pct(generator),
        otherCpuPct: pct(now.machine - last.machine - server - generator),
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

/** CPU use between two snapshots: per-process percent of one core, and µs. */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot) {
  const wallUs = Math.max(1, (b.at - a.at) * 1_000);
  const server = b.server - a.server;
  const generator = b.generator - a.generator;
  const other = b.machine - a.machine - server - generator;
  return {
    wallMs: (b.at - a.at),
    serverUs: server,
    generatorUs: generator,
    serverPct: (server / wallUs) * 100,
    generatorPct: (generator / wallUs) * 100,
    otherPct: (other / wallUs) * 100,
    cores: cpus().length,
  };
}
