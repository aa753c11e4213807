import type { LatencySummary } from './histogram.ts';
import type { ProfileSummary } from './profile.ts';
import type { ClientMix } from './subscribers.ts';

/** One benchmark run as written to bench/results/<date>-<subscribers>x<rate>.json. */
export interface BenchResult {
  format: 'vigil-bench-fanout/1';
  date: string;
  commit: string;
  /** src/ differed from `commit` when the run started (null: unknown). */
  srcChanged?: boolean | null;
  node: string;
  command: string;
  /** otherCpuPctOfOneCore: CPU used by every other process on the box during the measured window. */
  machine: { cpus: number; cpuModel: string; loadavgBefore: number[]; otherCpuPctOfOneCore: number; clockTicks: number };
  options: { subscribers: number; rate: number; durationS: number; warmupS: number; client: ClientMix; batch: number; serverId: string; viewerRole: string };
  subscribers: { requested: number; connected: number; sse: number; raw: number; failed: number; endedEarly: number; endReasons: Record<string, number>; rampMs: number };
  /** stored: events acknowledged or seen by a subscriber (a mutation that timed out here may still have been stored). */
  publish: { sent: number; acked: number; stored: number; errors: number; skipped: number; firstError: string | null; achievedRate: number; ackLatencyMs: LatencySummary };
  deliveries: {
    expected: number;
    received: number;
    lost: number;
    lossPct: number;
    duplicatesOrReordered: number;
    /** From the first measured publish to the last measured delivery (at least the publish schedule). */
    measuredSeconds: number;
    perSecond: number;
    drainMs: number;
  };
  latencyMs: LatencySummary & { byClient: Partial<Record<'sse' | 'raw', LatencySummary>> };
  server: {
    pid: number;
    cpuMs: number;
    cpuPctOfOneCore: number;
    cpuUsPerDelivery: number;
    rssIdleKb: number;
    rssConnectedKb: number;
    rssEndKb: number;
    /** VmHWM: the highest RSS the process reached (start-up and garbage included). */
    rssPeakKb: number;
    rssPerConnectionKb: number;
    logLines: number;
    logTail: string[];
  };
  generator: { cpuMs: number; cpuPctOfOneCore: number; eventLoopUtilization: number; cpuUsPerDelivery: number };
  /** One sample per second of the measured window and drain. */
  timeline: Array<{ t: number; published: number; delivered: number; serverCpuPct: number; generatorCpuPct: number; otherCpuPct: number; generatorElu: number; serverRssMb: number }>;
  /** Present when the run used --profile (the profiler's overhead inflates CPU and latency figures). */
  profile?: ProfileSummary;
  wallMs: { startup: number; total: number };
}

export function fmt(value: number, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A GitHub-flavoured markdown table with right-aligned numeric columns. */
export function markdownTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The short per-run summary printed at the end of `npm run bench`. */
export function runSummary(r: BenchResult): string {
  const rows: string[][] = [
    ['subscribers connected', `${r.subscribers.connected} / ${r.subscribers.requested} (sse ${r.subscribers.sse}, raw ${r.subscribers.raw})`],
    ['publish rate', `${fmt(r.publish.achievedRate)} events/s for ${r.options.durationS} s (sent ${r.publish.sent}, errors ${r.publish.errors}, skipped ${r.publish.skipped})`],
    ['deliveries/s', `${fmt(r.deliveries.perSecond, 0)} (over ${fmt(r.deliveries.measuredSeconds, 2)} s, first publish to last delivery)`],
    ['expected / received', `${r.deliveries.expected} / ${r.deliveries.received} (lost ${r.deliveries.lost} = ${fmt(r.deliveries.lossPct, 3)} %)`],
    ['latency p50 / p90 / p99 / max', `${fmt(r.latencyMs.p50, 2)} / ${fmt(r.latencyMs.p90, 2)} / ${fmt(r.latencyMs.p99, 2)} / ${fmt(r.latencyMs.max, 2)} ms`],
    ...(['sse', 'raw'] as const)
      .filter((k) => r.latencyMs.byClient[k])
      .map((k) => {
        const l = r.latencyMs.byClient[k]!;
        return [`  ${k} p50 / p99 (${l.samples} samples)`, `${fmt(l.p50, 2)} / ${fmt(l.p99, 2)} ms`];
      }),
    ['mutation ack p50 / p99', `${fmt(r.publish.ackLatencyMs.p50, 2)} / ${fmt(r.publish.ackLatencyMs.p99, 2)} ms`],
    ['server CPU', `${fmt(r.server.cpuUsPerDelivery, 2)} µs/delivery, ${fmt(r.server.cpuPctOfOneCore)} % of one core`],
    ['server RSS idle / connected / end / peak', `${fmt(r.server.rssIdleKb / 1024)} / ${fmt(r.server.rssConnectedKb / 1024)} / ${fmt(r.server.rssEndKb / 1024)} / ${fmt(r.server.rssPeakKb / 1024)} MiB`],
    ['RSS per connection', `${fmt(r.server.rssPerConnectionKb)} KiB`],
    ['generator CPU', `${fmt(r.generator.cpuUsPerDelivery, 2)} µs/delivery, ${fmt(r.generator.cpuPctOfOneCore)} % of one core, event loop ${fmt(r.generator.eventLoopUtilization * 100)} % busy`],
    ['other processes on the box', `${fmt(r.machine.otherCpuPctOfOneCore)} % of one core (${r.machine.cpus} cores, load ${r.machine.loadavgBefore[0]} before the run)`],
    ['subscribers ended early', `${r.subscribers.endedEarly}${r.subscribers.endedEarly ? ` ${JSON.stringify(r.subscribers.endReasons)}` : ''}`],
  ];
  return markdownTable(['figure', 'value'], rows, [false, false]);
}
