// npm run bench:report [-- --results <dir> --out <file>]: bench/results/*.json -> bench/REPORT.md (also printed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scenarioDefs } from './lib/scenarios.ts';
import {
  cautions,
  checkTargets,
  fmt,
  markdownTable,
  type ScenarioSummary,
  type SuiteResult,
  scenarioTable,
  suiteFormat,
  summarizeScenarios,
  targetsTable,
} from './lib/summary.ts';
import { benchRoot, checkoutState } from './lib/targets.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const args = parseArgs({ options: { results: { type: 'string' }, out: { type: 'string' } } }).values;
const resultsDir = args.results ? resolve(args.results) : join(benchDir, 'results');
const reportFile = args.out ? resolve(args.out) : join(benchDir, 'REPORT.md');
/** Links from the report to the result files. */
const resultsLink = relative(dirname(reportFile), resultsDir) || '.';

/** The single fan-out runs of bench/fanout.ts before the suite (format vigil-bench-fanout/1), kept as history. */
interface LegacyRun {
  format: 'vigil-bench-fanout/1';
  date: string;
  commit: string;
  srcChanged?: boolean | null;
  node: string;
  options: { subscribers: number; rate: number; durationS: number; client: string };
  subscribers: { requested: number; connected: number };
  deliveries: { perSecond: number; lost: number; lossPct: number };
  latencyMs: { p50: number; p99: number };
  server: { cpuUsPerDelivery: number; rssPerConnectionKb: number; cpuPctOfOneCore: number };
  generator: { eventLoopUtilization: number };
  machine: { otherCpuPctOfOneCore: number };
}

const suites: Array<{ file: string; result: SuiteResult }> = [];
const legacy: Array<{ file: string; result: LegacyRun }> = [];
if (existsSync(resultsDir)) {
  for (const name of readdirSync(resultsDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    try {
      const parsed = JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as { format?: string };
      if (parsed.format === suiteFormat) suites.push({ file: name, result: parsed as SuiteResult });
      else if (parsed.format === 'vigil-bench-fanout/1') legacy.push({ file: name, result: parsed as LegacyRun });
      else console.error(`skipping ${name}: unknown format ${String(parsed.format)}`);
    } catch (error) {
      console.error(`skipping ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
suites.sort((a, b) => a.result.date.localeCompare(b.result.date));
legacy.sort((a, b) => a.result.date.localeCompare(b.result.date));

const head = checkoutState(benchRoot).commit;
const commitOf = (r: SuiteResult) => `${r.vigil.commit}${r.vigil.srcChanged ? '+' : ''}${r.vigil.root === '.' ? '' : ` (${r.vigil.root})`}`;
const date = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, '');
const pinned = (r: SuiteResult) =>
  r.machine.pin ? `server on CPU ${r.machine.pin.server}, generator on CPU ${r.machine.pin.generator} (taskset)` : 'not pinned';
const profiled = (r: SuiteResult) => r.cells.some((c) => c.profile);
const redisRun = (r: SuiteResult) => r.options.engine === 'redis';

/** For each scenario of the issue: the newest finished SQLite-engine run that measured it (profiled runs and custom fan-outs aside). */
const latest: Array<{ summary: ScenarioSummary; file: string; result: SuiteResult }> = [];
for (const def of scenarioDefs) {
  for (const { file, result } of [...suites].reverse()) {
    if (!result.complete || profiled(result) || redisRun(result)) continue;
    const summary = summarizeScenarios(result).find((s) => s.def.id === def.id && Object.values(s.runs).some((n) => (n ?? 0) > 0));
    if (summary) {
      latest.push({ summary, file, result });
      break;
    }
  }
}

/** Whether Vigil's src/ at HEAD is what a run measured: same tree under src/ and no uncommitted changes then. */
function sameSourceAsHead(result: SuiteResult): boolean | null {
  if (result.vigil.srcChanged) return false;
  try {
    execFileSync('git', ['--no-optional-locks', 'diff', '--quiet', result.vigil.commit, 'HEAD', '--', 'src'], { cwd: benchRoot, stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status === 1 ? false : null;
  }
}

/** The Redis engine's section: the newest finished, unprofiled `--engine redis` run, all its scenarios from it. */
const redisLatest = [...suites].reverse().find(({ result }) => result.complete && !profiled(result) && redisRun(result)) ?? null;
const redisSummaries = redisLatest ? summarizeScenarios(redisLatest.result).filter((s) => scenarioDefs.some((d) => d.id === s.def.id)) : [];

const sections: string[] = [];
const stale = [
  ...new Set(
    [...latest.map((l) => l.result), ...(redisLatest ? [redisLatest.result] : [])].filter((r) => sameSourceAsHead(r) !== true).map(commitOf),
  ),
];
if (stale.length) {
  sections.push(
    `> **Not the head's figures.** Vigil's src/ at ${head} differs from what these runs measured (${stale.join(', ')}), or that could not be ` +
      'checked: run `npm run bench` on the head and `npm run bench:report` again.',
  );
}
if (latest.length || redisLatest) {
  const checks = [
    ...checkTargets(latest.map((l) => l.summary))
      .filter((check) => check.server !== 'vigil-redis')
      .map((check) => ({ ...check, from: latest.find((l) => l.summary.def.id === check.scenario)! })),
    ...(redisLatest
      ? checkTargets(redisSummaries)
          .filter((check) => check.server === 'vigil-redis')
          .map((check) => ({ ...check, from: redisLatest }))
      : []),
  ];
  const table = targetsTable(checks);
  const lines = table.split('\n');
  const runCol = checks.map(
    (c) => `${commitOf(c.from.result)}, [${c.scenario}${redisRun(c.from.result) ? ' (redis)' : ''}](${resultsLink}/${c.from.file})`,
  );
  const widened = markdownTable(
    ['target', 'Vigil', 'target', 'met', 'commit, run'],
    checks.map((c, i) => [c.label, c.shown, c.target, c.met === null ? 'not measured' : c.met ? 'met' : 'MISSED', runCol[i]!]),
    [false, true, false, false, false],
  );
  sections.push(
    `## Targets\n\nMedians of the newest run of each scenario; ratios are of medians measured in the same run.\n\n${lines.length ? widened : table}`,
  );
  for (const { summary, file, result } of latest) {
    const def = summary.def;
    const title = scenarioDefs.find((d) => d.id === def.id)?.title ?? def.title;
    const n = (value: number) => value.toLocaleString('en-US');
    const failed = [
      ...summary.failed.map((c) => `- ${c.server} #${c.repeat} failed: ${c.error}`),
      ...cautions(result.cells.filter((c) => c.scenario === def.id)).map((c) => `- ${c}`),
    ].join('\n');
    const params =
      def.kind === 'fanout'
        ? `${n(def.subscribers)} subscribers, ${n(def.rate)} events/s, ${def.warmupS} s warm-up, ${def.durationS} s measured`
        : def.kind === 'saturate'
          ? `${n(def.subscribers)} subscribers, ${def.inFlight} events in flight, ${def.warmupS} s warm-up, ${def.durationS} s measured`
          : def.kind === 'idle'
            ? `${n(def.subscribers)} subscribers`
            : def.kind === 'ingest'
              ? `${def.warmupS} s warm-up, ${def.durationS} s per phase`
              : `${n(def.events)} events`;
    sections.push(
      [
        `## (${def.letter}) ${def.id}: ${title}`,
        '',
        `${params}. Commit ${commitOf(result)}, ${date(result.date)} UTC, Node ${result.node}, ${pinned(result)}, client ${result.options.client}; ` +
          `[${file}](${resultsLink}/${file}).  `,
        `Produced by \`${result.command}\`; alone: \`npm run bench -- --scenario ${def.id}${def.vigilOnly ? (def.floor ? ' --servers vigil,raw' : ' --servers vigil') : ''}\`.`,
        '',
        scenarioTable(summary),
        ...(failed ? ['', failed] : []),
      ].join('\n'),
    );
  }
}
if (redisLatest) {
  const { file, result } = redisLatest;
  const nodes = result.options.nodes ?? 1;
  const pin = result.machine.pin;
  const redisChecks = checkTargets(redisSummaries).filter((c) => c.server === 'vigil-redis');
  sections.push(
    [
      `## Redis engine: ${nodes} node${nodes === 1 ? '' : 's'} on one redis-server, beside the SQLite node`,
      '',
      `\`vigil-redis\`: ${nodes} Vigil process${nodes === 1 ? '' : 'es'} with \`VIGIL_REDIS_URL\` on the bench's own redis-server (\`--appendonly yes --appendfsync always\`), ` +
        `subscribers split evenly across the nodes, every mutation through node 1; \`vigil (sqlite)\`: the single node on its SQLite file, in the same run, cells interleaved, the same receivers. ` +
        `Commit ${commitOf(result)}, ${date(result.date)} UTC, Node ${result.node}, ` +
        `${pin ? `nodes on CPU ${pin.server}, redis-server on CPU ${pin.redis ?? pin.server}, generator on CPU ${pin.generator} (taskset)` : 'not pinned'}, client ${result.options.client}; [${file}](${resultsLink}/${file}).  `,
      `Produced by \`${result.command}\`.`,
      '',
      redisChecks.length ? targetsTable(redisChecks) : '_No Redis engine target measured._',
      ...redisSummaries.flatMap((summary) => {
        const failed = [
          ...summary.failed.map((c) => `- ${c.server} #${c.repeat} failed: ${c.error}`),
          ...cautions(result.cells.filter((c) => c.scenario === summary.def.id)).map((c) => `- ${c}`),
        ].join('\n');
        return [
          '',
          `### (${summary.def.letter}) ${summary.def.id}: ${summary.def.title}`,
          '',
          scenarioTable(summary, nodes),
          ...(failed ? ['', failed] : []),
        ];
      }),
    ].join('\n'),
  );
} else if (latest.length) {
  sections.push('## Redis engine\n\n_No Redis engine run yet: `npm run bench -- --engine redis --nodes 2` writes one._');
}
if (!latest.length && !redisLatest) {
  sections.push('_No suite runs yet: `npm run bench` writes one._');
}

const historyRows = suites.map(({ file, result }) => {
  const s = summarizeScenarios(result);
  const m = (id: string, server: string, key: string) => s.find((x) => x.def.id === id)?.medians[server as 'vigil']?.[key];
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b ? `${fmt(a / b, 2)}x` : '-');
  return [
    date(result.date),
    commitOf(result),
    `${result.complete ? '' : 'partial: '}${redisRun(result) ? `redis x${result.options.nodes ?? 1}: ` : ''}${result.options.scenarios.map((d) => (d.letter === '-' ? d.id : d.letter)).join('')}${profiled(result) ? ' (profiled)' : ''}`,
    fmt(m('saturate-1k', 'vigil', 'deliveriesPerS'), 0),
    ratio(m('saturate-1k', 'vigil', 'deliveriesPerS'), m('saturate-1k', 'naive', 'deliveriesPerS')),
    ratio(m('saturate-1k', 'vigil', 'deliveriesPerS'), m('saturate-1k', 'raw', 'deliveriesPerS')),
    fmt(m('saturate-1k', 'vigil', 'cpuUsPerDelivery'), 2),
    fmt(m('fanout-1k', 'vigil', 'p99Ms'), 1),
    fmt(m('fanout-10k', 'vigil', 'p99Ms'), 1),
    fmt(m('fanout-10k', 'vigil', 'lost'), 0),
    fmt(m('idle-5k', 'vigil', 'rssPerSubscriberKB'), 1),
    fmt(m('ingest', 'vigil', 'batchEventsPerS'), 0),
    fmt(m('ingest', 'vigil', 'singleEventsPerS'), 0),
    fmt(m('replay', 'vigil', 'replayEventsPerS'), 0),
    `[json](${resultsLink}/${file})`,
  ];
});
const history = suites.length
  ? markdownTable(
      [
        'date (UTC)',
        'commit',
        'scenarios',
        'sat. deliveries/s',
        'vs naive',
        'vs raw',
        'CPU µs/delivery',
        'p99 1k ms',
        'p99 10k ms',
        'lost 10k',
        'RSS/idle sub kB',
        'ingest batches/s',
        'single writers/s',
        'replay/s',
        'file',
      ],
      historyRows,
      [false, false, false, true, true, true, true, true, true, true, true, true, true, true, false],
    )
  : '_none_';

const legacyTable = markdownTable(
  [
    'date (UTC)',
    'commit',
    'subscribers',
    'rate/s',
    'deliveries/s',
    'loss',
    'p50 ms',
    'p99 ms',
    'CPU µs/delivery',
    'RSS/connection KiB',
    'server CPU %',
    'generator loop busy',
    'other CPU %',
    'file',
  ],
  legacy.map(({ file, result: r }) => [
    date(r.date),
    `${r.commit}${r.srcChanged ? '+' : ''}`,
    String(r.subscribers.connected === r.subscribers.requested ? r.subscribers.requested : `${r.subscribers.connected}/${r.subscribers.requested}`),
    fmt(r.options.rate, 0),
    fmt(r.deliveries.perSecond, 0),
    `${r.deliveries.lost} (${fmt(r.deliveries.lossPct, 2)} %)`,
    fmt(r.latencyMs.p50, 2),
    fmt(r.latencyMs.p99, 2),
    fmt(r.server.cpuUsPerDelivery, 1),
    fmt(r.server.rssPerConnectionKb, 1),
    fmt(r.server.cpuPctOfOneCore, 0),
    `${fmt(r.generator.eventLoopUtilization * 100, 0)} %`,
    fmt(r.machine.otherCpuPctOfOneCore, 0),
    `[json](${resultsLink}/${file})`,
  ]),
  [false, false, true, true, true, true, true, true, true, true, true, true, true, false],
);

const report = `# Vigil benchmark report

Generated by \`npm run bench:report\` from the JSON files in \`bench/results/\` (one per \`npm run bench\` run); what each
figure means and how it is measured: [README.md](README.md). Each scenario below shows the newest finished run that
measured it, with the Vigil commit it ran (a "+" marks uncommitted changes in src/ at run time; the repository is at
${head} as this report is generated). Numbers are medians of the repeats, with the range in parentheses; "vigil/x" is
the ratio of medians. CPU "%" is percent of one core. Every server and the generator share one 2-core box with whatever
else runs there: read "other processes CPU %" before trusting a latency figure.

${sections.join('\n\n')}

## Run history

One row per \`npm run bench\` run (Vigil medians; scenarios by letter).

${history}

## Earlier single fan-out runs

\`bench/fanout.ts\`, before the suite: one \`serverStatus\` stream of Vigil only, mixed clients, not pinned.

${legacyTable}
`;

writeFileSync(reportFile, report);
console.log(report);
console.log(`wrote ${relative(process.cwd(), reportFile)} (${suites.length} suite run${suites.length === 1 ? '' : 's'}, ${legacy.length} earlier)`);
