import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { benchJwtSecret, benchViewerRole, issueProducerToken, mintAdminToken } from './lib/auth.ts';
import { LatencyHistogram } from './lib/histogram.ts';
import { decodeMessage, preciseNow, publishAtRate } from './lib/publisher.ts';
import { type BenchResult, fmt, runSummary } from './lib/result.ts';
import { type ClientKind, type ClientMix, openRawSubscriber, openSseSubscriber, rampSubscribers, type Subscriber } from './lib/subscribers.ts';
import { summarizeProfile } from './lib/profile.ts';
import { clockTicks, machineCpuMicros, processCpuMicros, processRssKb } from './lib/proc.ts';
import { startVigilProcess, type VigilProcess } from './lib/vigil-process.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Each SSE connection costs one file descriptor on each side; the box caps a process at 20,000. */
const maxSubscribers = 9_000;
const graceMs = 30_000;
const serverId = 'bench-1';

function positive(name: string, max: number, integer = false) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) throw new InvalidArgumentError(`${name} must be a positive ${integer ? 'integer' : 'number'}.`);
    if (value > max) throw new InvalidArgumentError(`${name} must be at most ${max}.`);
    return value;
  };
}

const program = new Command('bench')
  .description('Fan-out benchmark: N subscribers on one serverStatus stream of a child Vigil, events published at a fixed rate.')
  .option('--subscribers <n>', `subscribers on the one stream (at most ${maxSubscribers})`, (raw) => {
    const value = Number(raw);
    if (Number.isInteger(value) && value > maxSubscribers) {
      throw new InvalidArgumentError(
        `${value} subscribers is above the limit of ${maxSubscribers}: this box caps open files at 20,000 per process and every SSE connection holds one in Vigil and one here. Run several generators against a Vigil on another machine to go further.`,
      );
    }
    return positive('--subscribers', maxSubscribers, true)(raw);
  }, 1_000)
  .option('--rate <n>', 'events published per second', positive('--rate', 5_000), 10)
  .option('--duration <s>', 'measured seconds', positive('--duration', 600), 20)
  .option('--warmup <s>', 'seconds of publishing before measuring', (raw) => (raw === '0' ? 0 : positive('--warmup', 60)(raw)), 3)
  .addOption(new Option('--client <kind>', 'graphql-sse client, raw SSE reader, or half of each').choices(['sse', 'raw', 'mixed']).default('mixed'))
  .option('--batch <n>', 'connections opened per ramp-up step', positive('--batch', 1_000, true), 100)
  .option('--out <dir>', 'folder for the result JSON', join(repoRoot, 'bench', 'results'))
  .option('--profile <dir>', 'run Vigil under --cpu-prof, write the .cpuprofile to <dir> and summarize the measured window (adds overhead)');

interface Options {
  subscribers: number;
  rate: number;
  duration: number;
  warmup: number;
  client: ClientMix;
  batch: number;
  out: string;
  profile?: string;
}

let vigil: VigilProcess | null = null;
const subscribers: Subscriber[] = [];
const closers: Array<() => void> = [];

function closeSubscribers(): void {
  for (const subscriber of subscribers) subscriber.close();
  while (closers.length) closers.pop()!();
}

async function shutdown(): Promise<void> {
  closeSubscribers();
  await vigil?.stop();
}

process.on('exit', () => vigil?.killNow());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping Vigil and exiting`);
    void shutdown().finally(() => process.exit(130));
  });
}

function log(message: string): void {
  console.log(`[bench ${((performance.now() - t0) / 1_000).toFixed(1).padStart(5)} s] ${message}`);
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Whether src/ differs from the commit (read-only: no index refresh is written). */
function sourceChanged(): boolean | null {
  try {
    execFileSync('git', ['--no-optional-locks', 'diff', '--quiet', 'HEAD', '--', 'src'], { cwd: repoRoot, stdio: 'ignore' });
    return false;
  } catch (error) {
    return (error as { status?: number }).status === 1 ? true : null;
  }
}

const t0 = performance.now();

async function run(options: Options): Promise<BenchResult> {
  const budgetMs = (options.warmup + options.duration) * 1_000 + graceMs;
  const deadline = Date.now() + budgetMs;
  const watchdog = setTimeout(() => {
    console.error(`watchdog: the run exceeded its budget of ${budgetMs / 1_000} s (warm-up + duration + ${graceMs / 1_000} s); aborting`);
    void shutdown().finally(() => process.exit(2));
  }, budgetMs);
  const loadavgBefore = loadavg();

  const commit = gitCommit();
  const srcChanged = sourceChanged();
  log(`starting Vigil (node --import tsx src/main.ts) from ${repoRoot} at ${commit}${srcChanged ? ' with uncommitted changes in src/' : ''}`);
  const profileDir = options.profile ? resolve(options.profile) : null;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const jwtSecret = benchJwtSecret();
  vigil = await startVigilProcess({
    repoRoot,
    readyTimeoutMs: 20_000,
    env: { VIGIL_ADMIN_JWT_SECRET: jwtSecret, VIGIL_ADMIN_JWT_AUDIENCE: 'vigil' },
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const pid = vigil.pid;
  const startupMs = performance.now() - t0;
  log(`Vigil pid ${pid} answers on ${vigil.url}/graphql after ${(startupMs / 1_000).toFixed(1)} s`);
  const tokenTtlS = budgetMs / 1_000 + 300;
  const producerToken = await issueProducerToken(vigil.url, await mintAdminToken(jwtSecret, 'bench-admin', ['ADMIN'], tokenTtlS), serverId);
  // One admin subject per subscriber, as separate dashboards would be (and per-viewer stream limits expect).
  const viewerTokens = await Promise.all(Array.from({ length: options.subscribers }, (_, i) => mintAdminToken(jwtSecret, `bench-viewer-${i}`, [benchViewerRole], tokenTtlS)));
  await sleep(1_000);
  const rssIdleKb = processRssKb(pid);

  const histograms: Record<ClientKind, LatencyHistogram> = { sse: new LatencyHistogram(), raw: new LatencyHistogram() };
  const lastSeq = new Float64Array(options.subscribers).fill(-1);
  let measuredReceived = 0;
  let lastReceiptAt = 0;
  // Events some subscriber saw: stored even if their mutation timed out on our side.
  const measuredSeen = new Set<number>();
  let outOfOrder = 0;
  const onEvent = (kind: ClientKind, index: number, message: string | null) => {
    const receivedAt = preciseNow();
    const decoded = decodeMessage(message);
    if (!decoded) return;
    if (decoded.seq <= lastSeq[index]!) outOfOrder++;
    else lastSeq[index] = decoded.seq;
    if (decoded.phase === 'm') {
      measuredReceived++;
      measuredSeen.add(decoded.seq);
      lastReceiptAt = performance.now();
      histograms[kind].record(receivedAt - decoded.publishedAt);
    }
  };

  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  closers.push(() => agent.destroy());
  const url = vigil.url;
  log(`opening ${options.subscribers} subscribers (${options.client}) in batches of ${options.batch}`);
  const ramp = await rampSubscribers({
    count: options.subscribers,
    batchSize: options.batch,
    batchTimeoutMs: 15_000,
    deadline,
    mix: options.client,
    open: (index, kind) => {
      const token = viewerTokens[index]!;
      const subscriber = kind === 'sse' ? openSseSubscriber(url, token, index, serverId, onEvent) : openRawSubscriber(url, token, agent, index, serverId, onEvent);
      subscribers.push(subscriber);
      return subscriber;
    },
  });
  const failedIndexes = new Set(ramp.failed.map((f) => f.index));
  const live = subscribers.filter((s) => !failedIndexes.has(s.index));
  const sseCount = live.filter((s) => s.kind === 'sse').length;
  log(`${ramp.connected} connected in ${(ramp.elapsedMs / 1_000).toFixed(1)} s (sse ${sseCount}, raw ${live.length - sseCount}), ${ramp.failed.length} failed`);
  await sleep(1_000);
  const rssConnectedKb = processRssKb(pid);

  let seq = 0;
  if (options.warmup > 0) {
    log(`warm-up: ${options.rate} events/s for ${options.warmup} s`);
    const warm = await publishAtRate({ url, token: producerToken, serverId, rate: options.rate, durationMs: options.warmup * 1_000, phase: 'w', firstSeq: seq, maxInFlight: 256 });
    seq = warm.nextSeq;
    if (warm.acked === 0) throw new Error(`no warm-up event was accepted: ${warm.firstError}`);
  }

  const endedBeforeMeasuring = live.filter((s) => s.endedEarly);
  if (live.length > 0 && endedBeforeMeasuring.length === live.length) {
    throw new Error(`Vigil ended every subscription before the measured window: ${endedBeforeMeasuring[0]!.endedEarly}`);
  }
  log(`measuring: ${options.rate} events/s for ${options.duration} s`);
  const timeline: BenchResult['timeline'] = [];
  let sentSoFar = 0;
  const monotonicUs = () => Number(process.hrtime.bigint() / 1_000n);
  const snapshot = () => ({ mono: monotonicUs(), at: performance.now(), server: processCpuMicros(pid), gen: process.cpuUsage(), machine: machineCpuMicros().busy, elu: performance.eventLoopUtilization() });
  let last = { ...snapshot(), delivered: 0 };
  const startMeasure = { ...last };
  const sampler = setInterval(() => {
    const now = { ...snapshot(), delivered: measuredReceived };
    const wallUs = (now.at - last.at) * 1_000;
    const genUs = now.gen.user + now.gen.system - last.gen.user - last.gen.system;
    timeline.push({
      t: Math.round((now.at - startMeasure.at) / 100) / 10,
      published: sentSoFar,
      delivered: now.delivered - last.delivered,
      serverCpuPct: Math.round(((now.server - last.server) / wallUs) * 1_000) / 10,
      generatorCpuPct: Math.round((genUs / wallUs) * 1_000) / 10,
      otherCpuPct: Math.round(((now.machine - last.machine - (now.server - last.server) - genUs) / wallUs) * 1_000) / 10,
      generatorElu: Math.round(performance.eventLoopUtilization(now.elu, last.elu).utilization * 1_000) / 1_000,
      serverRssMb: Math.round(processRssKb(pid) / 102.4) / 10,
    });
    last = now;
  }, 1_000);
  const measured = await publishAtRate({
    url,
    token: producerToken,
    serverId,
    rate: options.rate,
    durationMs: options.duration * 1_000,
    phase: 'm',
    firstSeq: seq,
    maxInFlight: 256,
    onTick: (sent) => (sentSoFar = sent),
  });
  const endPublish = snapshot();

  const storedEvents = () => new Set([...measured.ackedSeqs, ...measuredSeen]).size;
  const drainStarted = performance.now();
  const drainLimit = Math.min(10_000, Math.max(1_000, deadline - Date.now() - 8_000));
  let lastProgress = { at: drainStarted, received: measuredReceived };
  // After a publish timeout an event nobody has seen yet may still be on its way: then drain until progress stops.
  const complete = () => measured.errors === 0 && measuredReceived >= storedEvents() * live.length;
  while (!complete() && performance.now() - drainStarted < drainLimit) {
    await sleep(50);
    if (measuredReceived !== lastProgress.received) lastProgress = { at: performance.now(), received: measuredReceived };
    else if (performance.now() - lastProgress.at > 3_000) break;
  }
  const drainMs = performance.now() - drainStarted;
  const stored = storedEvents();
  const expected = stored * live.length;
  clearInterval(sampler);
  const endDrain = snapshot();
  const rssEndKb = processRssKb(pid);
  const rssPeakKb = processRssKb(pid, 'VmHWM');
  log(`received ${measuredReceived} of ${expected} expected deliveries (drain ${drainMs.toFixed(0)} ms); stopping`);

  const endReasons: Record<string, number> = {};
  for (const subscriber of live) if (subscriber.endedEarly) endReasons[subscriber.endedEarly] = (endReasons[subscriber.endedEarly] ?? 0) + 1;
  const logLines = vigil.logLines();
  const logTail = vigil.logTail();
  await shutdown();
  clearTimeout(watchdog);
  let profile: BenchResult['profile'];
  if (profileDir) {
    // Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main thread (tsx's loader runs in another).
    const name = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile') && f.includes(`.${pid}.0.`));
    const file = name ? join(profileDir, name) : null;
    if (file) profile = summarizeProfile(file, startMeasure.mono, endDrain.mono);
    else log(`no CPU profile was written to ${profileDir} (Vigil did not exit cleanly)`);
  }

  // Throughput over the time deliveries actually took: publish start to the last measured delivery.
  const deliverySeconds = Math.max(measured.scheduleMs, lastReceiptAt - startMeasure.at) / 1_000;
  const serverCpuUs = endDrain.server - startMeasure.server;
  const serverWindowCpuUs = endPublish.server - startMeasure.server;
  const genCpuUs = endDrain.gen.user + endDrain.gen.system - startMeasure.gen.user - startMeasure.gen.system;
  const genWindowCpuUs = endPublish.gen.user + endPublish.gen.system - startMeasure.gen.user - startMeasure.gen.system;
  const windowUs = (endPublish.at - startMeasure.at) * 1_000;
  const otherWindowCpuUs = endPublish.machine - startMeasure.machine - serverWindowCpuUs - genWindowCpuUs;
  const all = new LatencyHistogram().merge(histograms.sse).merge(histograms.raw);
  const byClient: BenchResult['latencyMs']['byClient'] = {};
  for (const kind of ['sse', 'raw'] as const) if (histograms[kind].count) byClient[kind] = histograms[kind].summary();
  const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
  const lost = Math.max(0, expected - measuredReceived);

  return {
    format: 'vigil-bench-fanout/1',
    date: new Date().toISOString(),
    commit,
    srcChanged,
    node: process.version,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadavgBefore: loadavgBefore.map((l) => round(l, 2)),
      otherCpuPctOfOneCore: round((otherWindowCpuUs / windowUs) * 100, 1),
      clockTicks,
    },
    options: {
      subscribers: options.subscribers,
      rate: options.rate,
      durationS: options.duration,
      warmupS: options.warmup,
      client: options.client,
      batch: options.batch,
      serverId,
      viewerRole: benchViewerRole,
    },
    subscribers: {
      requested: options.subscribers,
      connected: live.length,
      sse: sseCount,
      raw: live.length - sseCount,
      failed: ramp.failed.length,
      endedEarly: Object.values(endReasons).reduce((a, b) => a + b, 0),
      endReasons,
      rampMs: Math.round(ramp.elapsedMs),
    },
    publish: {
      sent: measured.sent,
      acked: measured.acked,
      stored,
      errors: measured.errors,
      skipped: measured.skipped,
      firstError: measured.firstError,
      achievedRate: round(measured.sent / (measured.scheduleMs / 1_000), 2),
      ackLatencyMs: measured.ack.summary(),
    },
    deliveries: {
      expected,
      received: measuredReceived,
      lost,
      lossPct: expected ? round((lost / expected) * 100, 4) : 0,
      duplicatesOrReordered: outOfOrder,
      measuredSeconds: round(deliverySeconds, 2),
      perSecond: round(measuredReceived / deliverySeconds, 1),
      drainMs: Math.round(drainMs),
    },
    latencyMs: { ...all.summary(), byClient },
    server: {
      pid,
      cpuMs: round(serverCpuUs / 1_000, 1),
      cpuPctOfOneCore: round((serverWindowCpuUs / windowUs) * 100, 1),
      cpuUsPerDelivery: round(measuredReceived ? serverCpuUs / measuredReceived : Number.NaN, 2),
      rssIdleKb,
      rssConnectedKb,
      rssEndKb,
      rssPeakKb,
      rssPerConnectionKb: round(live.length ? (rssConnectedKb - rssIdleKb) / live.length : Number.NaN, 2),
      logLines,
      logTail,
    },
    generator: {
      cpuMs: round(genCpuUs / 1_000, 1),
      cpuPctOfOneCore: round((genWindowCpuUs / windowUs) * 100, 1),
      eventLoopUtilization: round(performance.eventLoopUtilization(endPublish.elu, startMeasure.elu).utilization, 3),
      cpuUsPerDelivery: round(measuredReceived ? genCpuUs / measuredReceived : Number.NaN, 2),
    },
    timeline,
    ...(profile ? { profile } : {}),
    wallMs: { startup: Math.round(startupMs), total: Math.round(performance.now() - t0) },
  };
}

async function main(): Promise<void> {
  const options = program.parse().opts<Options>();
  const result = await run(options);
  mkdirSync(options.out, { recursive: true });
  const stamp = result.date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const file = join(options.out, `${stamp}-${options.subscribers}x${options.rate}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${runSummary(result)}\n`);
  if (result.profile) {
    const list = (shares: Array<{ name: string; selfPct: number }>) => shares.map((s) => `  ${s.selfPct.toFixed(1).padStart(5)} %  ${s.name}`).join('\n');
    console.log(`Vigil CPU profile, measured window (${result.profile.busyMs} ms busy), self time by package:\n${list(result.profile.byPackage)}\nby function:\n${list(result.profile.byFunction)}\n${result.profile.file}\n`);
  }
  if (result.server.logLines) console.log(`Vigil logged ${result.server.logLines} warn+ lines; last:\n${result.server.logTail.join('\n')}\n`);
  if (result.machine.otherCpuPctOfOneCore > 25) {
    console.log(`warning: other processes used ${fmt(result.machine.otherCpuPctOfOneCore)} % of a core during the window; latency and throughput are pessimistic`);
  }
  if (result.deliveries.lost || result.publish.errors) console.log(`warning: ${result.deliveries.lost} deliveries lost, ${result.publish.errors} publish errors (first: ${result.publish.firstError ?? '-'})`);
  console.log(`wrote ${relative(process.cwd(), file)} (run took ${(result.wallMs.total / 1_000).toFixed(1)} s)`);
  process.exit(0);
}

main().catch(async (error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (vigil && !vigil.exited()) {
    const tail = vigil.logTail();
    if (tail.length) console.error(`last Vigil output:\n${tail.join('\n')}`);
  }
  await shutdown().catch(() => undefined);
  process.exit(1);
});
