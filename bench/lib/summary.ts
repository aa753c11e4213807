import type { ProfileSummary } from './profile.ts';
import type { TimelineRow } from './sampler.ts';
import type { ScenarioDef, ScenarioKind } from './scenarios.ts';
import type { ServerName } from './targets.ts';

export const suiteFormat = 'vigil-bench-suite/1';

/** One (scenario, server, repeat) run: a fresh server process, fresh receivers. */
export interface CellRecord {
  scenario: string;
  kind: ScenarioKind;
  server: ServerName;
  repeat: number;
  ok: boolean;
  error?: string;
  startedAt: string;
  wallMs: number;
  /** With --quiet: other processes' CPU (% of a core) in the second before the cell started. */
  otherCpuBeforePct?: number;
  figures: Record<string, number>;
  details: Record<string, unknown>;
  timeline?: TimelineRow[];
  serverCommand?: string;
  serverLog?: { lines: number; tail: string[] };
  profile?: ProfileSummary;
}

/** One `npm run bench` run, as written to bench/results/<date>-suite[-<scenarios>].json. */
export interface SuiteResult {
  format: typeof suiteFormat;
  date: string;
  /** False while the run is going (the file is rewritten after every cell) or when it was interrupted. */
  complete: boolean;
  command: string;
  node: string;
  vigil: { root: string; commit: string; srcChanged: boolean | null };
  bench: { commit: string };
  /** `redis`: where redis-server ran (absent in runs from before the Redis engine). */
  machine: {
    cpus: number;
    cpuModel: string;
    loadavgBefore: number[];
    openFilesLimit: number | null;
    pin: { server: string; generator: string; redis?: string } | null;
  };
  /** engine and nodes are absent in runs from before the Redis engine (sqlite, one node). */
  options: {
    scenarios: ScenarioDef[];
    servers: ServerName[];
    repeats: number;
    ingestRepeats: number;
    client: string;
    batch: number;
    receivers: number | null;
    engine?: 'sqlite' | 'redis';
    nodes?: number;
  };
  cells: CellRecord[];
  wallMs: number;
}

export interface FigureDef {
  /** A "#" stands for a node number: the row repeats for every node a server reported. */
  key: string;
  label: string;
  digits: number;
  /** For ratios: whether more is better (ratios are always vigil / other). */
  better: 'higher' | 'lower' | 'none';
}

const f = (key: string, label: string, digits: number, better: FigureDef['better']): FigureDef => ({ key, label, digits, better });

/** Rows only runs with --engine redis fill (a table leaves out rows no server reported). */
const clusterFigureDefs: FigureDef[] = [
  f('node#CpuUsPerDelivery', '  node # CPU µs/delivery to its subscribers', 2, 'lower'),
  f('node#CpuPct', '  node # CPU % of a core', 1, 'none'),
  f('redisCpuUsPerDelivery', '  redis-server CPU µs/delivery', 2, 'lower'),
  f('clusterCpuUsPerDelivery', '  nodes + redis-server CPU µs/delivery', 2, 'lower'),
  f('redisCpuPct', '  redis-server CPU % of a core', 1, 'none'),
  f('localP99Ms', 'latency p99 ms, subscribers on node 1 (publishing node)', 1, 'lower'),
  f('remoteP50Ms', 'cross-node latency p50 ms (subscribers on nodes 2+)', 1, 'lower'),
  f('remoteP99Ms', 'cross-node latency p99 ms (subscribers on nodes 2+)', 1, 'lower'),
];

/** The figures each scenario's tables show, in order. */
export const figureDefs: Record<ScenarioKind, FigureDef[]> = {
  fanout: [
    f('deliveriesPerS', 'deliveries/s', 0, 'higher'),
    f('p50Ms', 'latency p50 ms', 1, 'lower'),
    f('p99Ms', 'latency p99 ms', 1, 'lower'),
    f('maxMs', 'latency max ms', 1, 'lower'),
    f('lost', 'lost deliveries', 0, 'lower'),
    f('publishFailed', 'events not published', 0, 'lower'),
    f('cpuUsPerDelivery', 'server CPU µs/delivery', 2, 'lower'),
    ...clusterFigureDefs,
    f('serverCpuPct', 'server CPU % of a core', 1, 'lower'),
    f('ackP99Ms', 'publish ack p99 ms', 1, 'lower'),
    f('generatorCpuPct', 'generator CPU %', 1, 'none'),
    f('receiverEluMax', 'busiest receiver event loop', 2, 'none'),
    f('otherCpuPct', 'other processes CPU %', 1, 'none'),
  ],
  saturate: [
    f('deliveriesPerS', 'saturated deliveries/s', 0, 'higher'),
    f('eventsPerS', 'events/s (each to every subscriber)', 1, 'higher'),
    f('cpuUsPerDelivery', 'server CPU µs/delivery', 2, 'lower'),
    ...clusterFigureDefs,
    f('serverCpuPct', 'server CPU % of a core', 1, 'none'),
    f('p99Ms', 'latency p99 ms', 1, 'lower'),
    f('generatorCpuPct', 'generator CPU %', 1, 'none'),
    f('receiverEluMax', 'busiest receiver event loop', 2, 'none'),
    f('otherCpuPct', 'other processes CPU %', 1, 'none'),
  ],
  idle: [
    f('rssPerSubscriberKB', 'RSS per idle subscriber kB', 2, 'lower'),
    f('heapPerSubscriberKB', 'JS heap per idle subscriber kB', 2, 'lower'),
    f('rssBaselineMiB', 'RSS before subscribers MiB', 1, 'lower'),
    f('rssConnectedMiB', 'RSS with subscribers MiB', 1, 'lower'),
  ],
  ingest: [
    f('batchEventsPerS', '8 writers x batches of 100: acked events/s', 0, 'higher'),
    f('batchCpuUsPerEvent', '  server CPU µs/event', 2, 'lower'),
    f('batchRedisCpuUsPerEvent', '  redis-server CPU µs/event', 2, 'lower'),
    f('batchAckP50Ms', '  ack p50 ms', 1, 'lower'),
    f('batchAckP99Ms', '  ack p99 ms', 1, 'lower'),
    f('singleEventsPerS', '64 single-event writers: acked events/s', 0, 'higher'),
    f('singleCpuUsPerEvent', '  server CPU µs/event', 2, 'lower'),
    f('singleRedisCpuUsPerEvent', '  redis-server CPU µs/event', 2, 'lower'),
    f('singleAckP50Ms', '  ack p50 ms', 1, 'lower'),
    f('singleAckP99Ms', '  ack p99 ms', 1, 'lower'),
    f('open10kBatchAckP99Ms', '10k events/s open loop, batches of 100: ack p99 ms', 1, 'lower'),
    f('open10kBatchAchievedPerS', '  acked events/s', 0, 'higher'),
    f('open10kSingleAckP99Ms', '10k events/s open loop, single events: ack p99 ms', 1, 'lower'),
    f('open10kSingleAchievedPerS', '  acked events/s', 0, 'higher'),
  ],
  replay: [
    f('replayEventsPerS', 'replay events/s to one subscriber', 0, 'higher'),
    f('replayCpuUsPerEvent', 'server CPU µs/event', 2, 'lower'),
    f('replayRedisCpuUsPerEvent', 'redis-server CPU µs/event', 2, 'lower'),
    f('firstEventMs', 'subscribe to first event ms', 1, 'lower'),
    f('storeEventsPerS', 'storing: acked events/s (4 writers x 1,000)', 0, 'higher'),
  ],
};

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ScenarioSummary {
  def: ScenarioDef;
  servers: ServerName[];
  /** Successful cells per server. */
  runs: Partial<Record<ServerName, number>>;
  failed: CellRecord[];
  medians: Partial<Record<ServerName, Record<string, number>>>;
  /** Every repeat's value, for the spread. */
  values: Partial<Record<ServerName, Record<string, number[]>>>;
}

/** A cell's figures, with those that result files written before the figure existed can still give. */
function figuresOf(cell: CellRecord): Record<string, number> {
  const publish = cell.details.publish as { sent?: number; skipped?: number; stored?: number } | undefined;
  if (cell.kind === 'fanout' && cell.figures.publishFailed === undefined && publish?.sent !== undefined && publish.stored !== undefined) {
    return { ...cell.figures, publishFailed: publish.sent + (publish.skipped ?? 0) - publish.stored };
  }
  return cell.figures;
}

export function summarizeScenarios(result: SuiteResult): ScenarioSummary[] {
  return result.options.scenarios.flatMap((def) => {
    const cells = result.cells.filter((c) => c.scenario === def.id);
    if (cells.length === 0) return [];
    const servers = result.options.servers.filter((s) => cells.some((c) => c.server === s));
    const summary: ScenarioSummary = { def, servers, runs: {}, failed: cells.filter((c) => !c.ok), medians: {}, values: {} };
    for (const server of servers) {
      const ok = cells.filter((c) => c.server === server && c.ok);
      summary.runs[server] = ok.length;
      const keys = new Set(ok.flatMap((c) => Object.keys(figuresOf(c))));
      const values: Record<string, number[]> = {};
      const medians: Record<string, number> = {};
      for (const key of keys) {
        values[key] = ok.map((c) => figuresOf(c)[key] ?? Number.NaN);
        medians[key] = median(values[key]);
      }
      summary.values[server] = values;
      summary.medians[server] = medians;
    }
    return [summary];
  });
}

export interface TargetCheck {
  label: string;
  scenario: string;
  /** The server the target is about. */
  server: ServerName;
  value: number;
  /** How the value reads, e.g. "31.2x" or "2.4 µs". */
  shown: string;
  target: string;
  met: boolean | null;
}

interface TargetDef {
  label: string;
  scenario: string;
  /** The server the target is about (default vigil). */
  server?: ServerName;
  /** Servers it compares with: the target is left out of a run that measured the scenario without them. */
  against?: ServerName[];
  value: (m: (server: ServerName, key: string) => number, all: (server: ServerName, key: string) => number[]) => number;
  op: '>=' | '<=';
  threshold: number;
  format: (value: number) => string;
  target: string;
}

const num = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-';

/** The targets of issue 10, evaluated on the medians (ratios are ratios of medians of the same run). */
export const targetDefs: TargetDef[] = [
  {
    label: 'saturated deliveries/s at 1,000 subscribers vs naive',
    scenario: 'saturate-1k',
    against: ['naive'],
    value: (m) => m('vigil', 'deliveriesPerS') / m('naive', 'deliveriesPerS'),
    op: '>=',
    threshold: 25,
    format: (v) => `${num(v)}x naive`,
    target: '>= 25x naive',
  },
  {
    label: 'saturated deliveries/s at 1,000 subscribers vs raw',
    scenario: 'saturate-1k',
    against: ['raw'],
    value: (m) => m('vigil', 'deliveriesPerS') / m('raw', 'deliveriesPerS'),
    op: '>=',
    threshold: 0.75,
    format: (v) => `${num(v * 100, 0)} % of raw`,
    target: '>= 75 % of raw',
  },
  {
    label: 'server CPU per delivery (saturated, 1,000 subscribers)',
    scenario: 'saturate-1k',
    value: (m) => m('vigil', 'cpuUsPerDelivery'),
    op: '<=',
    threshold: 3,
    format: (v) => `${num(v, 2)} µs`,
    target: '<= 3 µs',
  },
  {
    label: 'server CPU per delivery vs raw (same run)',
    scenario: 'saturate-1k',
    against: ['raw'],
    value: (m) => m('vigil', 'cpuUsPerDelivery') / m('raw', 'cpuUsPerDelivery'),
    op: '<=',
    threshold: 1.5,
    format: (v) => `${num(v, 2)}x raw`,
    target: '<= 1.5x raw',
  },
  {
    label: 'latency p99 at 1,000 x 10/s',
    scenario: 'fanout-1k',
    value: (m) => m('vigil', 'p99Ms'),
    op: '<=',
    threshold: 50,
    format: (v) => `${num(v)} ms`,
    target: '<= 50 ms',
  },
  {
    label: 'latency p99 at 10,000 x 10/s',
    scenario: 'fanout-10k',
    value: (m) => m('vigil', 'p99Ms'),
    op: '<=',
    threshold: 150,
    format: (v) => `${num(v)} ms`,
    target: '<= 150 ms',
  },
  {
    label: 'deliveries lost or never published at 10,000 x 10/s (all repeats)',
    scenario: 'fanout-10k',
    value: (_m, all) => {
      const lost = all('vigil', 'lost');
      const failed = all('vigil', 'publishFailed');
      const connected = all('vigil', 'connected');
      return lost.reduce((sum, l, i) => sum + l + (failed[i] ?? Number.NaN) * (connected[i] ?? Number.NaN), 0);
    },
    op: '<=',
    threshold: 0,
    format: (v) => num(v, 0),
    target: 'none',
  },
  {
    label: 'RSS per idle subscriber at 5,000',
    scenario: 'idle-5k',
    value: (m) => m('vigil', 'rssPerSubscriberKB'),
    op: '<=',
    threshold: 20,
    format: (v) => `${num(v)} kB`,
    target: '<= 20 kB',
  },
  {
    label: 'durable acked ingest, 8 writers x batches of 100',
    scenario: 'ingest',
    value: (m) => m('vigil', 'batchEventsPerS'),
    op: '>=',
    threshold: 50_000,
    format: (v) => `${num(v, 0)} events/s`,
    target: '>= 50,000 events/s',
  },
  {
    label: 'acked ingest, 64 concurrent single-event writers',
    scenario: 'ingest',
    value: (m) => m('vigil', 'singleEventsPerS'),
    op: '>=',
    threshold: 10_000,
    format: (v) => `${num(v, 0)} events/s`,
    target: '>= 10,000 events/s',
  },
  {
    label: 'ack p99 at 10k events/s open loop (batches of 100)',
    scenario: 'ingest',
    value: (m) => m('vigil', 'open10kBatchAckP99Ms'),
    op: '<=',
    threshold: 50,
    format: (v) => `${num(v)} ms`,
    target: '<= 50 ms',
  },
  {
    label: 'ack p99 at 10k events/s open loop (single events)',
    scenario: 'ingest',
    value: (m) => m('vigil', 'open10kSingleAckP99Ms'),
    op: '<=',
    threshold: 50,
    format: (v) => `${num(v)} ms`,
    target: '<= 50 ms',
  },
  {
    label: 'replay to one subscriber (200,000 stored events)',
    scenario: 'replay',
    value: (m) => m('vigil', 'replayEventsPerS'),
    op: '>=',
    threshold: 100_000,
    format: (v) => `${num(v, 0)} events/s`,
    target: '>= 100,000 events/s',
  },
  {
    label: "Redis engine: busiest node's CPU per delivery vs the SQLite node (saturated, same run)",
    scenario: 'saturate-1k',
    server: 'vigil-redis',
    against: ['vigil'],
    value: (m) => maxNodeFigure((key) => m('vigil-redis', key), 'CpuUsPerDelivery') / m('vigil', 'cpuUsPerDelivery'),
    op: '<=',
    threshold: 1.25,
    format: (v) => `${num(v, 2)}x SQLite`,
    target: '<= 1.25x SQLite',
  },
  {
    label: 'Redis engine: acked ingest through node 1, 8 writers x batches of 100',
    scenario: 'ingest',
    server: 'vigil-redis',
    value: (m) => m('vigil-redis', 'batchEventsPerS'),
    op: '>=',
    threshold: 30_000,
    format: (v) => `${num(v, 0)} events/s`,
    target: '>= 30,000 events/s',
  },
  {
    label: 'Redis engine: cross-node latency p99 at 1,000 x 10/s',
    scenario: 'fanout-1k',
    server: 'vigil-redis',
    value: (m) => m('vigil-redis', 'remoteP99Ms'),
    op: '<=',
    threshold: 100,
    format: (v) => `${num(v)} ms`,
    target: '<= 100 ms',
  },
];

/** The highest of node1<suffix>, node2<suffix>, ... (NaN if a node is missing its figure, or there is none). */
function maxNodeFigure(get: (key: string) => number, suffix: string): number {
  const values: number[] = [];
  for (let n = 1; n <= 64; n++) {
    const value = get(`node${n}${suffix}`);
    if (value === undefined || Number.isNaN(value)) break;
    values.push(value);
  }
  return values.length ? Math.max(...values) : Number.NaN;
}

export function checkTargets(summaries: ScenarioSummary[]): TargetCheck[] {
  return targetDefs.flatMap((def) => {
    const summary = summaries.find((s) => s.def.id === def.scenario);
    // A scenario a run measured without the target's servers (e.g. --servers vigil, or --engine redis) leaves it out.
    if (!summary || ![def.server ?? 'vigil', ...(def.against ?? [])].every((server) => summary.servers.includes(server))) return [];
    const value = def.value(
      (server, key) => summary.medians[server]?.[key] ?? Number.NaN,
      (server, key) => summary.values[server]?.[key] ?? [Number.NaN],
    );
    const met = Number.isFinite(value) ? (def.op === '>=' ? value >= def.threshold : value <= def.threshold) : null;
    return [
      {
        label: def.label,
        scenario: def.scenario,
        server: def.server ?? 'vigil',
        value,
        shown: Number.isFinite(value) ? def.format(value) : 'not measured',
        target: def.target,
        met,
      },
    ];
  });
}

export function fmt(value: number | undefined, digits = 1): string {
  return value === undefined ? '-' : num(value, digits);
}

/** A GitHub-flavoured markdown table with right-aligned numeric columns. */
export function markdownTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function ratio(a: number | undefined, b: number | undefined, digits: number): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '-';
  return `${num(a / b, digits)}x`;
}

/** The figure rows a summary has values for, "#" rows repeated per node. */
function figureRows(summary: ScenarioSummary): FigureDef[] {
  const has = (key: string) => summary.servers.some((s) => summary.medians[s]?.[key] !== undefined);
  return figureDefs[summary.def.kind].flatMap((def) => {
    if (!def.key.includes('#')) return has(def.key) ? [def] : [];
    const rows: FigureDef[] = [];
    for (let n = 1; has(def.key.replace('#', String(n))); n++)
      rows.push({ ...def, key: def.key.replace('#', String(n)), label: def.label.replace('#', String(n)) });
    return rows;
  });
}

/**
 * One table per scenario: a row per figure, a column per server (median of the repeats), ratios Vigil/naive and
 * Vigil/raw, and with the Redis engine in the run redis/sqlite (vigil-redis / vigil).
 */
export function scenarioTable(summary: ScenarioSummary, nodes = 1): string {
  const servers = summary.servers;
  const withRatios = servers.includes('vigil') && servers.length > 1;
  const others = servers.filter((s) => s !== 'vigil' && s !== 'vigil-redis');
  const withRedis = servers.includes('vigil') && servers.includes('vigil-redis');
  const name = (s: ServerName) => (s === 'vigil-redis' ? `vigil-redis x${nodes} nodes` : s === 'vigil' && withRedis ? 'vigil (sqlite)' : s);
  const header = [
    'figure (median)',
    ...servers.map((s) => `${name(s)} (${summary.runs[s] ?? 0} run${summary.runs[s] === 1 ? '' : 's'})`),
    ...(withRatios ? others.map((o) => `vigil/${o}`) : []),
    ...(withRedis ? ['redis/sqlite'] : []),
  ];
  const rows = figureRows(summary).map((def) => [
    def.label,
    ...servers.map((s) => {
      const value = summary.medians[s]?.[def.key];
      const spread = summary.values[s]?.[def.key]?.filter((v) => Number.isFinite(v)) ?? [];
      const range = spread.length > 1 ? ` (${num(Math.min(...spread), def.digits)}-${num(Math.max(...spread), def.digits)})` : '';
      return value === undefined ? '-' : `${num(value, def.digits)}${range}`;
    }),
    ...(withRatios
      ? others.map((o) => (def.better === 'none' ? '' : ratio(summary.medians.vigil?.[def.key], summary.medians[o]?.[def.key], 2)))
      : []),
    // A node's CPU per delivery is set against the single SQLite node's (which is all of its server).
    ...(withRedis
      ? [
          def.better === 'none'
            ? ''
            : ratio(
                summary.medians['vigil-redis']?.[def.key],
                summary.medians.vigil?.[/^node\d+CpuUsPerDelivery$/.test(def.key) ? 'cpuUsPerDelivery' : def.key],
                2,
              ),
        ]
      : []),
  ]);
  return markdownTable(header, rows, [
    false,
    ...servers.map(() => true),
    ...(withRatios ? others.map(() => true) : []),
    ...(withRedis ? [true] : []),
  ]);
}

export function targetsTable(checks: TargetCheck[]): string {
  return markdownTable(
    ['target', 'Vigil', 'target', 'met'],
    checks.map((c) => [c.label, c.shown, c.target, c.met === null ? 'not measured' : c.met ? 'met' : 'MISSED']),
    [false, true, false, false],
  );
}

/** Cells whose figures say more about the box than the server: a saturated generator, or other processes busy. */
export function cautions(cells: CellRecord[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    if (!cell.ok) continue;
    const name = `${cell.scenario} ${cell.server} #${cell.repeat}`;
    const elu = Number(cell.figures.receiverEluMax ?? 0);
    const other = Number(cell.figures.otherCpuPct ?? 0);
    const generatorCpu = Number(cell.figures.generatorCpuPct ?? 0);
    if (elu > 0.9 && generatorCpu >= 50) {
      out.push(
        `${name}: a receiver's event loop was ${Math.round(elu * 100)} % busy (generator CPU ${generatorCpu} %): the generator, not the server, set the pace${cell.kind === 'saturate' ? ', so its deliveries/s is a floor of what the server can do' : ' and its latency includes time events waited in the generator'}.`,
      );
    } else if (elu > 0.9) {
      out.push(
        `${name}: a receiver's event loop was ${Math.round(elu * 100)} % busy in its busiest second while the generator averaged ${generatorCpu} % CPU: other processes may have held the generator's core, and latency may include time events waited there.`,
      );
    }
    if (other > 25) out.push(`${name}: other processes used ${other} % of a core meanwhile: throughput and latency are pessimistic.`);
  }
  return out;
}
