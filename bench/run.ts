// npm run bench -- [options]: the benchmark suite of issue 10. Vigil, a naive yoga/Pothos server and a raw node:http
// SSE server, driven by the same generator in one run, interleaved; see bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { monoMs } from './lib/clock.ts';
import { machineCpuMicros } from './lib/proc.ts';
import { summarizeProfile } from './lib/profile.ts';
import type { ClientMix } from './lib/protocol.ts';
import { liveReceivers } from './lib/receivers.ts';
import { liveRedis, redisServerBinary } from './lib/redis-process.ts';
import { type CellOptions, cellBudgetMs, customFanout, runners, type ScenarioDef, scenarioDefs } from './lib/scenarios.ts';
import { liveServers } from './lib/server-process.ts';
import {
  type CellRecord,
  cautions,
  checkTargets,
  type SuiteResult,
  scenarioTable,
  suiteFormat,
  summarizeScenarios,
  targetsTable,
} from './lib/summary.ts';
import { assertVigilRoot, benchRoot, checkoutState, isVigil, type ServerName, serverNames } from './lib/targets.ts';

function positive(name: string, max: number, integer = true) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
      throw new InvalidArgumentError(`${name} must be a positive ${integer ? 'integer' : 'number'}.`);
    if (value > max) throw new InvalidArgumentError(`${name} must be at most ${max}.`);
    return value;
  };
}

function list<T extends string>(name: string, allowed: readonly T[], aliases: Record<string, T> = {}) {
  return (raw: string): T[] => {
    const out: T[] = [];
    for (const part of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const value = (aliases[part] ?? part) as T;
      if (!allowed.includes(value))
        throw new InvalidArgumentError(`${name}: unknown "${part}" (choose from ${[...allowed, ...Object.keys(aliases)].join(', ')}).`);
      if (!out.includes(value)) out.push(value);
    }
    if (out.length === 0) throw new InvalidArgumentError(`${name} needs at least one value.`);
    return out;
  };
}

const scenarioIds = scenarioDefs.map((d) => d.id);
const letters = Object.fromEntries(scenarioDefs.map((d) => [d.letter, d.id]));
const canPin = cpus().length >= 2 && existsSync('/usr/bin/taskset');

const program = new Command('bench')
  .description('Vigil against a naive yoga/Pothos server and a raw node:http SSE server: fan-out, saturation, idle memory, ingest, replay.')
  .option(
    '--scenario <list>',
    `scenarios to run, by id or letter: ${scenarioDefs.map((d) => `${d.letter}=${d.id}`).join(', ')}`,
    list('--scenario', scenarioIds, letters),
  )
  .option(
    '--servers <list>',
    'servers to compare (ingest and replay run on Vigil only); default vigil,naive,raw, with --engine redis vigil,vigil-redis',
    list('--servers', serverNames),
  )
  .addOption(
    new Option(
      '--engine <engine>',
      "redis: also run Vigil on the bench's own redis-server (server vigil-redis), beside the SQLite node (vigil) in the same run",
    )
      .choices(['sqlite', 'redis'])
      .default('sqlite'),
  )
  .option(
    '--nodes <n>',
    'Vigil nodes on that Redis (>1 only with --engine redis): subscribers split evenly, ingest through node 1',
    positive('--nodes', 8),
    1,
  )
  .option('--repeats <n>', 'repeats of each fan-out scenario (a-d), interleaved across servers', positive('--repeats', 20), 3)
  .option('--ingest-repeats <n>', 'repeats of ingest and replay (e, f)', positive('--ingest-repeats', 20), 1)
  .option('--vigil-root <dir>', 'the Vigil checkout to start (src/main.ts and node_modules there), e.g. a git worktree', benchRoot)
  .option(
    '--pin <server:generator[:redis]>',
    `CPU lists for taskset: server (every node), generator (receivers included) and redis-server (default: the server's), or "off"`,
    canPin ? '0:1' : 'off',
  )
  .addOption(
    new Option('--client <kind>', 'subscriber client: hand-written SSE reader, graphql-sse client, or every other one')
      .choices(['raw', 'sse', 'mixed'])
      .default('raw'),
  )
  .option('--batch <n>', 'subscribers opened per ramp-up step (per receiver process)', positive('--batch', 5_000), 100)
  .option('--receivers <n>', 'receiver processes holding the subscribers (default: one per 5,000)', positive('--receivers', 8))
  .option('--duration <s>', 'measured seconds of fan-out, saturation and each ingest phase (defaults: 10, 10, 8)', positive('--duration', 600))
  .option('--warmup <s>', 'warm-up seconds before measuring (default 2)', (raw) => (raw === '0' ? 0 : positive('--warmup', 60)(raw)))
  .option('--in-flight <k>', 'saturation: events outstanding (default 64)', positive('--in-flight', 1_000))
  .option('--replay-events <n>', 'replay: events stored before subscribing (default 200,000)', positive('--replay-events', 2_000_000))
  .option('--subscribers <n>', 'a custom open-loop fan-out instead of the scenarios (with --rate)', positive('--subscribers', 18_000))
  .option('--rate <n>', 'events/s of the custom fan-out (default 10)', positive('--rate', 10_000, false))
  .option(
    '--quiet <s>',
    'before each cell, wait up to <s> seconds for other processes to use under 25 % of a core (over 1 s)',
    (raw) => (raw === '0' ? 0 : positive('--quiet', 600)(raw)),
    0,
  )
  .option('--out <dir>', 'folder for the result JSON', join(benchRoot, 'bench', 'results'))
  .option(
    '--profile <dir>',
    'run Vigil under --cpu-prof into <dir> and summarize each measured window (slows Vigil down: keep such runs out of bench/results)',
  );

interface Options {
  scenario?: string[];
  servers?: ServerName[];
  engine: 'sqlite' | 'redis';
  nodes: number;
  repeats: number;
  ingestRepeats: number;
  vigilRoot: string;
  pin: string;
  client: ClientMix;
  batch: number;
  receivers?: number;
  duration?: number;
  warmup?: number;
  inFlight?: number;
  replayEvents?: number;
  subscribers?: number;
  rate?: number;
  quiet: number;
  out: string;
  profile?: string;
}

const t0 = monoMs();
const log = (message: string) => console.log(`[bench ${((monoMs() - t0) / 1_000).toFixed(1).padStart(6)} s] ${message}`);

function openFilesLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line ? Number(line.split(/\s{2,}/)[1]) : Number.NaN;
    return Number.isFinite(soft) ? soft : null;
  } catch {
    return null;
  }
}

/** Waits (at most `seconds`) for a second in which everything but this process used under 25 % of one core. */
async function waitForQuiet(seconds: number): Promise<number> {
  const until = monoMs() + seconds * 1_000;
  let other = Number.NaN;
  do {
    const a = { machine: machineCpuMicros().busy, own: process.cpuUsage(), at: monoMs() };
    await sleep(1_000);
    const own = process.cpuUsage(a.own);
    other = ((machineCpuMicros().busy - a.machine - own.user - own.system) / ((monoMs() - a.at) * 1_000)) * 100;
    if (other < 25) break;
  } while (monoMs() < until);
  return Math.round(other * 10) / 10;
}

function killEverything(): void {
  for (const server of liveServers) server.killNow();
  for (const redis of liveRedis) redis.killNow();
  for (const child of liveReceivers) child.kill('SIGKILL');
}

/** The scenarios --engine redis runs by default: those the Redis engine's targets are about. */
const redisScenarios = ['fanout-1k', 'saturate-1k', 'ingest', 'replay'];

function plan(options: Options): ScenarioDef[] {
  if (options.subscribers !== undefined || options.rate !== undefined) {
    if (options.scenario) throw new InvalidArgumentError('--subscribers/--rate define a custom fan-out; leave out --scenario.');
    return [customFanout(options.subscribers ?? 1_000, options.rate ?? 10, options.duration ?? 10, options.warmup ?? 2)];
  }
  const chosen = options.scenario ?? (options.engine === 'redis' ? redisScenarios : scenarioIds);
  return scenarioDefs
    .filter((d) => chosen.includes(d.id))
    .map((d) => ({
      ...d,
      durationS: d.durationS && options.duration ? options.duration : d.durationS,
      warmupS: d.warmupS && options.warmup !== undefined ? options.warmup : d.warmupS,
      inFlight: d.kind === 'saturate' && options.inFlight ? options.inFlight : d.inFlight,
      events: d.kind === 'replay' && options.replayEvents ? options.replayEvents : d.events,
    }));
}

async function main(): Promise<void> {
  const options = program.parse().opts<Options>();
  const redisEngine = options.engine === 'redis';
  if (options.nodes > 1 && !redisEngine)
    throw new InvalidArgumentError('--nodes above 1 needs --engine redis (nodes share their log through Redis).');
  const servers: ServerName[] = options.servers ?? (redisEngine ? ['vigil', 'vigil-redis'] : ['vigil', 'naive', 'raw']);
  if (servers.includes('vigil-redis') && !redisEngine) throw new InvalidArgumentError('--servers vigil-redis needs --engine redis.');
  if (redisEngine && !servers.includes('vigil-redis')) servers.push('vigil-redis');
  if (redisEngine && !existsSync(redisServerBinary))
    throw new InvalidArgumentError(`--engine redis starts ${redisServerBinary}, which is not installed (apt-get install redis-server).`);
  const defs = plan(options);
  const vigilRoot = resolve(options.vigilRoot);
  if (servers.some(isVigil)) assertVigilRoot(vigilRoot);
  const pin = options.pin === 'off' ? null : /^([\d,-]+):([\d,-]+)(?::([\d,-]+))?$/.exec(options.pin);
  if (options.pin !== 'off' && !pin) throw new InvalidArgumentError('--pin takes <server cpus>:<generator cpus>[:<redis cpus>], e.g. 0:1, or off');
  if (pin) execFileSync('taskset', ['-a', '-p', '-c', pin[2]!, String(process.pid)], { stdio: 'ignore' });
  const redisCpus = pin ? (pin[3] ?? pin[1]!) : null;
  const fdLimit = openFilesLimit();
  for (const def of defs) {
    if (fdLimit !== null && def.subscribers + 200 > fdLimit) {
      throw new InvalidArgumentError(
        `${def.id} needs ${def.subscribers} connections, but a process may open ${fdLimit} files here (the server holds one per subscriber).`,
      );
    }
  }

  const cells: Array<{ def: ScenarioDef; server: ServerName; repeat: number }> = [];
  for (const def of defs) {
    const repeats = def.vigilOnly ? options.ingestRepeats : options.repeats;
    // idle-5k reads one process's RSS: the Redis engine's nodes are left out of it.
    const cellServers = servers.filter(
      (s) => (!def.vigilOnly || isVigil(s) || (def.floor && s === 'raw')) && !(def.kind === 'idle' && s === 'vigil-redis'),
    );
    for (let repeat = 1; repeat <= repeats; repeat++) for (const server of cellServers) cells.push({ def, server, repeat });
  }
  if (cells.length === 0) throw new InvalidArgumentError('nothing to run (ingest and replay need vigil or vigil-redis in --servers)');

  const vigil = checkoutState(vigilRoot);
  const result: SuiteResult = {
    format: suiteFormat,
    date: new Date().toISOString(),
    complete: false,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    node: process.version,
    vigil: { root: vigilRoot === benchRoot ? '.' : vigilRoot, ...vigil },
    bench: { commit: checkoutState(benchRoot).commit },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadavgBefore: loadavg().map((l) => Math.round(l * 100) / 100),
      openFilesLimit: fdLimit,
      pin: pin ? { server: pin[1]!, generator: pin[2]!, ...(redisEngine ? { redis: redisCpus! } : {}) } : null,
    },
    options: {
      scenarios: defs,
      servers,
      repeats: options.repeats,
      ingestRepeats: options.ingestRepeats,
      client: options.client,
      batch: options.batch,
      receivers: options.receivers ?? null,
      engine: options.engine,
      nodes: options.nodes,
    },
    cells: [],
    wallMs: 0,
  };
  mkdirSync(options.out, { recursive: true });
  const stamp = result.date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const partial = defs.length < scenarioDefs.length || defs.some((d) => d.letter === '-');
  // A Redis engine run is named by its engine; its scenarios only when chosen with --scenario.
  const named = redisEngine ? options.scenario !== undefined : partial;
  const file = join(
    options.out,
    `${stamp}-suite${redisEngine ? `-redis${options.nodes}` : ''}${named ? `-${defs.map((d) => d.id).join('+')}` : ''}.json`,
  );
  const save = () => {
    result.wallMs = Math.round(monoMs() - t0);
    writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  };

  const totalBudget = cells.reduce((sum, c) => sum + cellBudgetMs(c.def), 60_000);
  const watchdog = setTimeout(() => {
    console.error(`watchdog: the run exceeded its budget of ${Math.round(totalBudget / 1_000)} s; killing the servers and receivers`);
    killEverything();
    save();
    process.exit(2);
  }, totalBudget);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: killing the servers and receivers; partial results in ${relative(process.cwd(), file)}`);
      killEverything();
      save();
      process.exit(130);
    });
  }
  process.on('exit', killEverything);

  log(
    `${cells.length} cells (${defs.map((d) => d.id).join(', ')}; servers ${servers.join(', ')}${redisEngine ? ` (vigil-redis: ${options.nodes} node(s) on the bench's redis-server)` : ''}; ${options.repeats} repeat(s), ingest/replay ${options.ingestRepeats}); ` +
      `Vigil from ${vigilRoot} at ${vigil.commit}${vigil.srcChanged ? ' with uncommitted changes in src/' : ''}; ` +
      (pin
        ? `server${redisEngine ? 's' : ''} pinned to CPU ${pin[1]}, generator to CPU ${pin[2]}${redisEngine ? `, redis-server to CPU ${redisCpus}` : ''} (taskset)`
        : 'not pinned') +
      `; open files limit ${fdLimit ?? 'unknown'}`,
  );
  const cellOptionsBase = {
    vigilRoot,
    serverCpus: pin ? pin[1]! : null,
    client: options.client,
    receivers: options.receivers ?? null,
    batch: options.batch,
    profileDir: options.profile ? resolve(options.profile) : null,
    nodes: options.nodes,
    redisCpus,
    // The SQLite node's cells get the same receivers as the nodes' (one per node at least): the same generator.
    receiverMultiple: redisEngine ? options.nodes : 1,
    perNode: redisEngine,
  };

  for (const [i, cell] of cells.entries()) {
    const name = `(${i + 1}/${cells.length}) ${cell.def.id} ${cell.server} #${cell.repeat}`;
    const otherBefore = options.quiet > 0 ? await waitForQuiet(options.quiet) : null;
    log(`${name}: ${cell.def.title}${otherBefore === null ? '' : ` (other processes: ${otherBefore} % of a core just before)`}`);
    const cellOptions: CellOptions = { ...cellOptionsBase, log: (message) => log(`  ${cell.server}: ${message}`) };
    const started = monoMs();
    const budget = cellBudgetMs(cell.def);
    let timer: NodeJS.Timeout | undefined;
    const record: CellRecord = {
      scenario: cell.def.id,
      kind: cell.def.kind,
      server: cell.server,
      repeat: cell.repeat,
      ok: false,
      startedAt: new Date().toISOString(),
      wallMs: 0,
      figures: {},
      details: {},
      ...(otherBefore === null ? {} : { otherCpuBeforePct: otherBefore }),
    };
    try {
      const output = await Promise.race([
        runners[cell.def.kind](cell.server, cell.def, cellOptions),
        new Promise<never>(
          (_, reject) => (timer = setTimeout(() => reject(new Error(`the cell exceeded its budget of ${Math.round(budget / 1_000)} s`)), budget)),
        ),
      ]);
      Object.assign(record, {
        ok: true,
        figures: output.figures,
        details: output.details,
        timeline: output.timeline,
        serverCommand: output.serverCommand,
        serverLog: output.serverLog,
      });
      if (cellOptions.profileDir && isVigil(cell.server)) {
        const profile = readdirSync(cellOptions.profileDir).find((f) => f.endsWith('.cpuprofile') && f.includes(`.${output.serverPid}.0.`));
        const window = output.details.windowMono as [number, number] | undefined;
        if (profile)
          record.profile = summarizeProfile(
            join(cellOptions.profileDir, profile),
            window ? window[0] * 1_000 : 0,
            window ? window[1] * 1_000 : Number.POSITIVE_INFINITY,
          );
      }
      const f = output.figures;
      const headline = Object.entries(f)
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      log(`${name}: ${headline}`);
      if (output.serverLog.lines) log(`  ${cell.server} logged ${output.serverLog.lines} lines; last: ${output.serverLog.tail.at(-1)}`);
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      log(`${name} FAILED: ${record.error}`);
      killEverything();
    } finally {
      clearTimeout(timer);
    }
    record.wallMs = Math.round(monoMs() - started);
    result.cells.push(record);
    save();
  }
  clearTimeout(watchdog);
  result.complete = true;
  save();

  const summaries = summarizeScenarios(result);
  console.log('');
  for (const summary of summaries) {
    console.log(
      `## ${summary.def.letter === '-' ? '' : `(${summary.def.letter}) `}${summary.def.id}: ${summary.def.title}\n\n${scenarioTable(summary, options.nodes)}\n`,
    );
    for (const failed of summary.failed) console.log(`failed: ${failed.server} #${failed.repeat}: ${failed.error}`);
  }
  const checks = checkTargets(summaries);
  if (checks.length) console.log(`## Targets (Vigil, medians)\n\n${targetsTable(checks)}\n`);
  for (const caution of cautions(result.cells)) console.log(`note: ${caution}`);
  for (const cell of result.cells)
    if (cell.profile)
      console.log(
        `Vigil profile ${cell.scenario} #${cell.repeat} (${cell.profile.busyMs} ms busy): ${cell.profile.byPackage.map((p) => `${p.name} ${p.selfPct} %`).join(', ')}\n  ${cell.profile.file}`,
      );
  console.log(
    `wrote ${relative(process.cwd(), file)} (run took ${(result.wallMs / 1_000).toFixed(0)} s); npm run bench:report regenerates bench/REPORT.md`,
  );
  process.exit(result.cells.every((c) => c.ok) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  killEverything();
  process.exit(1);
});
