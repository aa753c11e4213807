import type { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeText, monoMs } from './clock.ts';
import { LatencyHistogram, type LatencySummary } from './histogram.ts';
import { keepAliveAgent, postGraphql } from './http.ts';
import { closedLoop, closedWriters, openLoop, type Send } from './load.ts';
import { processRssKb } from './proc.ts';
import type { ClientMix } from './protocol.ts';
import { type AggregateStats, ReceiverPool, receiversFor } from './receivers.ts';
import { cpuBetween, Sampler, type TimelineRow } from './sampler.ts';
import {
  benchRoot,
  channel,
  chatInput,
  fanoutSubscription,
  ingestMutation,
  postChatBody,
  replaySubscription,
  type ServerName,
  startTarget,
  type Target,
} from './targets.ts';

export type ScenarioKind = 'fanout' | 'saturate' | 'idle' | 'ingest' | 'replay';

export interface ScenarioDef {
  id: string;
  /** The issue's letter (a-f), or "-" for a custom fan-out. */
  letter: string;
  kind: ScenarioKind;
  title: string;
  subscribers: number;
  /** fanout: events/s. */
  rate: number;
  /** saturate: events outstanding. */
  inFlight: number;
  warmupS: number;
  durationS: number;
  /** replay: events stored before the subscriber comes. */
  events: number;
  /** Vigil's alone (no baseline serves it), but for `floor`. */
  vigilOnly: boolean;
  /** The raw server runs it too, as the floor: the same requests answered by node:http with no auth, storage or GraphQL. */
  floor?: boolean;
}

const base = { subscribers: 0, rate: 0, inFlight: 0, warmupS: 0, durationS: 0, events: 0, vigilOnly: false };

/** The scenarios of issue 10, in run order. */
export const scenarioDefs: ScenarioDef[] = [
  {
    ...base,
    id: 'fanout-1k',
    letter: 'a',
    kind: 'fanout',
    title: '1,000 subscribers x 10 events/s (open loop)',
    subscribers: 1_000,
    rate: 10,
    warmupS: 2,
    durationS: 10,
  },
  {
    ...base,
    id: 'saturate-1k',
    letter: 'b',
    kind: 'saturate',
    title: 'saturation at 1,000 subscribers (closed loop)',
    subscribers: 1_000,
    inFlight: 64,
    warmupS: 2,
    durationS: 10,
  },
  {
    ...base,
    id: 'fanout-10k',
    letter: 'c',
    kind: 'fanout',
    title: '10,000 subscribers x 10 events/s (open loop)',
    subscribers: 10_000,
    rate: 10,
    warmupS: 2,
    durationS: 10,
  },
  { ...base, id: 'idle-5k', letter: 'd', kind: 'idle', title: '5,000 idle subscribers: RSS after a forced GC', subscribers: 5_000 },
  {
    ...base,
    id: 'ingest',
    letter: 'e',
    kind: 'ingest',
    title: 'durable ingest: batches of 100, single-event writers, 10k events/s open loop',
    warmupS: 2,
    durationS: 8,
    vigilOnly: true,
    floor: true,
  },
  {
    ...base,
    id: 'replay',
    letter: 'f',
    kind: 'replay',
    title: 'replay of 200,000 stored events to one subscriber',
    events: 200_000,
    vigilOnly: true,
  },
];

export function customFanout(subscribers: number, rate: number, durationS: number, warmupS: number): ScenarioDef {
  return {
    ...base,
    id: `fanout-${subscribers}x${rate}`,
    letter: '-',
    kind: 'fanout',
    title: `${subscribers} subscribers x ${rate} events/s (open loop)`,
    subscribers,
    rate,
    warmupS,
    durationS,
  };
}

/** What a cell's run may tune. */
export interface CellOptions {
  vigilRoot: string;
  /** taskset CPU list for the server, or null. */
  serverCpus: string | null;
  client: ClientMix;
  receivers: number | null;
  batch: number;
  profileDir: string | null;
  /** vigil-redis: nodes sharing the Redis. */
  nodes: number;
  /** vigil-redis: taskset CPU list for redis-server, or null. */
  redisCpus: string | null;
  /** Receiver processes come in multiples of this (the nodes), for every server of the run alike. */
  receiverMultiple: number;
  /** Per-node figures (CPU per delivery of each node's own subscribers) for every Vigil of the run. */
  perNode: boolean;
  log: (message: string) => void;
}

export interface CellOutput {
  figures: Record<string, number>;
  details: Record<string, unknown>;
  timeline?: TimelineRow[];
  serverCommand: string;
  serverPid: number;
  serverLog: { lines: number; tail: string[] };
}

/** Per-cell time budget in ms (the cell is abandoned, and its processes killed, past it). */
export function cellBudgetMs(def: ScenarioDef): number {
  const ramp = (def.subscribers / 1_000) * 15_000;
  switch (def.kind) {
    case 'fanout':
    case 'saturate':
      return 90_000 + ramp + (def.warmupS + def.durationS) * 1_000;
    case 'idle':
      return 90_000 + ramp;
    case 'ingest':
      return 120_000 + 5 * (def.warmupS + def.durationS) * 1_000;
    case 'replay':
      return 420_000;
  }
}

const round = (value: number, digits = 2) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);

function chatSender(target: Target, agent: Agent, phase: string): Send {
  return (n) =>
    postGraphql(agent, target.url, postChatBody(encodeText(phase, n, monoMs())), target.publishHeaders, 10_000).then(
      (a) => a.error ?? (a.body?.data?.postChatMessage ? null : 'no postChatMessage in the answer'),
    );
}

function ingestSender(target: Target, agent: Agent, size: number, phase: string): Send {
  return (n) => {
    const events = Array.from({ length: size }, (_, i) => ({ chat: chatInput(encodeText(phase, n * size + i, 0)) }));
    return postGraphql(agent, target.url, JSON.stringify({ query: ingestMutation, variables: { e: events } }), target.publishHeaders, 30_000).then(
      (a) => {
        if (a.error) return a.error;
        const stored = a.body?.data?.ingest;
        return Array.isArray(stored) && stored.length === size
          ? null
          : `ingest answered ${Array.isArray(stored) ? stored.length : 'no'} events for ${size}`;
      },
    );
  };
}

function latencyFigures(prefix: string, summary: LatencySummary): Record<string, number> {
  return { [`${prefix}p50Ms`]: summary.p50, [`${prefix}p90Ms`]: summary.p90, [`${prefix}p99Ms`]: summary.p99, [`${prefix}maxMs`]: summary.max };
}

interface Started {
  target: Target;
  pool: ReceiverPool | null;
  agent: Agent;
}

async function withTarget<T>(
  server: ServerName,
  def: ScenarioDef,
  options: CellOptions,
  gcProbe: boolean,
  body: (s: Started) => Promise<T>,
): Promise<T & { serverCommand: string; serverPid: number; serverLog: CellOutput['serverLog'] }> {
  const target = await startTarget(server, {
    vigilRoot: options.vigilRoot,
    pinCpus: options.serverCpus,
    gcProbe,
    profileDir: server === 'vigil' || server === 'vigil-redis' ? options.profileDir : null,
    tokenTtlS: cellBudgetMs(def) / 1_000 + 600,
    nodes: options.nodes,
    redisCpus: options.redisCpus,
  });
  const started: Started = { target, pool: null, agent: keepAliveAgent(128) };
  try {
    const out = await body(started);
    const many = target.nodes.length > 1;
    const serverLog = {
      lines: target.nodes.reduce((sum, n) => sum + n.logLines(), 0),
      tail: target.nodes.flatMap((n) => n.logTail().map((line) => (many ? `${n.name}: ${line}` : line))).slice(-20),
    };
    return { ...out, serverCommand: target.command, serverPid: target.server.pid, serverLog };
  } finally {
    started.agent.destroy();
    if (started.pool) await started.pool.close().catch(() => started.pool?.kill());
    await target.stop();
  }
}

/** Samples every node of the target, its redis-server if any, and the receivers. */
function samplerFor(target: Target, receiverPids: () => number[]): Sampler {
  return new Sampler(
    target.nodes.map((n) => n.pid),
    receiverPids,
    target.redis?.pid ?? null,
  );
}

/**
 * Per node: its CPU per delivery to its own subscribers (and its CPU % with several nodes); the redis-server's CPU;
 * with several nodes, the latency of subscribers on the nodes that did not take the publish (cross-node).
 */
function nodeFigures(
  target: Target,
  byUrl: Array<{ url: string; stats: AggregateStats }>,
  cpu: ReturnType<typeof cpuBetween>,
  phase: string,
  perNode: boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  const receivedOn = (url: string) => byUrl.find((b) => b.url === url)?.stats.phases[phase];
  let total = 0;
  for (const [i, node] of target.nodes.entries()) {
    const received = receivedOn(node.url)?.received ?? 0;
    total += received;
    if (perNode || target.nodes.length > 1) out[`node${i + 1}CpuUsPerDelivery`] = round(received ? (cpu.nodeUs[i] ?? 0) / received : Number.NaN);
    if (target.nodes.length > 1) out[`node${i + 1}CpuPct`] = round(cpu.nodePct[i] ?? Number.NaN, 1);
  }
  if (target.redis) {
    out.redisCpuUsPerDelivery = round(total ? cpu.redisUs / total : Number.NaN);
    out.clusterCpuUsPerDelivery = round(total ? (cpu.serverUs + cpu.redisUs) / total : Number.NaN);
    out.redisCpuPct = round(cpu.redisPct, 1);
  }
  if (target.nodes.length > 1) {
    const local = receivedOn(target.nodes[0]!.url)?.histogram.summary();
    const remote = new LatencyHistogram();
    for (const node of target.nodes.slice(1)) {
      const h = receivedOn(node.url)?.histogram;
      if (h) remote.merge(h);
    }
    const r = remote.summary();
    if (local) out.localP99Ms = local.p99;
    out.remoteP50Ms = r.p50;
    out.remoteP99Ms = r.p99;
  }
  return out;
}

async function openSubscribers(
  s: Started,
  def: ScenarioDef,
  options: CellOptions,
  count: number,
  query: string,
  variables: Record<string, unknown>,
  completion: boolean,
  urls = s.target.subscriberUrls,
) {
  s.pool = await ReceiverPool.start(receiversFor(count, options.receivers, options.receiverMultiple), benchRoot);
  const opened = await s.pool.open(
    {
      urls,
      query,
      variables,
      count,
      auth: s.target.subscriberAuth,
      batch: options.batch,
      batchTimeoutMs: 20_000,
      client: options.client,
      completion,
    },
    cellBudgetMs(def),
  );
  options.log(
    `${opened.connected} of ${count} subscribers connected in ${(opened.rampMs / 1_000).toFixed(1)} s across ${s.pool.pids.length} receiver process(es)${urls.length > 1 ? ` and ${urls.length} nodes` : ''}${opened.failed ? `, ${opened.failed} failed (first: ${opened.firstFailure})` : ''}`,
  );
  if (opened.connected === 0 || opened.failed > Math.max(10, count * 0.05))
    throw new Error(`${opened.failed} of ${count} subscribers failed to connect; first: ${opened.firstFailure}`);
  return opened;
}

/** (a), (c): open-loop fan-out at a fixed rate; latency, loss, deliveries/s, server CPU per delivery. */
export async function runFanout(server: ServerName, def: ScenarioDef, options: CellOptions): Promise<CellOutput> {
  return withTarget(server, def, options, false, async (s) => {
    const opened = await openSubscribers(s, def, options, def.subscribers, fanoutSubscription, { c: channel }, true);
    const pool = s.pool!;
    await sleep(1_000);
    const rssConnectedKb = s.target.nodes.reduce((sum, n) => sum + processRssKb(n.pid), 0);
    let seq = 0;
    if (def.warmupS > 0) {
      const warm = await openLoop({
        rate: def.rate,
        durationMs: def.warmupS * 1_000,
        firstSeq: seq,
        maxInFlight: 256,
        send: chatSender(s.target, s.agent, 'w'),
      });
      seq = warm.nextSeq;
      if (warm.acked === 0) throw new Error(`no warm-up event was accepted: ${warm.firstError}`);
    }
    options.log(`measuring ${def.rate} events/s for ${def.durationS} s`);
    const sampler = samplerFor(s.target, () => pool.pids);
    let sent = 0;
    sampler.start(
      () => [sent, pool.received('m')],
      () => pool.maxElu(),
    );
    const start = sampler.snapshot();
    const firstMeasured = seq;
    const measured = await openLoop({
      rate: def.rate,
      durationMs: def.durationS * 1_000,
      firstSeq: seq,
      maxInFlight: 256,
      send: chatSender(s.target, s.agent, 'm'),
      onSent: (n) => (sent = n),
    });
    const endPublish = sampler.snapshot();
    // Drain: until every acknowledged event reached every live subscriber, no progress for 3 s, or 10 s.
    const drainStarted = monoMs();
    let progress = { at: drainStarted, value: -1 };
    const doneMeasured = () => [...measured.ackedSeqs].filter((n) => pool.doneSeqs.has(n)).length;
    for (;;) {
      const done = doneMeasured();
      if (done >= measured.acked && measured.errors === 0) break;
      const value = done + pool.received('m');
      if (value !== progress.value) progress = { at: monoMs(), value };
      else if (monoMs() - progress.at > 3_000) break;
      if (monoMs() - drainStarted > 10_000) break;
      await sleep(20);
    }
    const drainMs = monoMs() - drainStarted;
    const end = sampler.snapshot();
    sampler.stop();
    const { all: stats, byUrl } = await pool.statsByUrl();
    const m = stats.phases.m ?? { received: 0, firstAt: 0, lastAt: 0, histogram: new LatencyHistogram() };
    const stored = new Set([...measured.ackedSeqs, ...[...stats.seenMeasured].filter((n) => n >= firstMeasured)]).size;
    const expected = stored * opened.connected;
    const lost = Math.max(0, expected - m.received);
    const seconds = Math.max(measured.scheduleMs, m.lastAt - measured.startedAt) / 1_000;
    const window = cpuBetween(start, endPublish);
    const all = cpuBetween(start, end);
    const latency = m.histogram.summary();
    const ack = measured.ack.summary();
    return {
      figures: {
        deliveriesPerS: round(m.received / seconds, 0),
        ...latencyFigures('', latency),
        lost,
        lossPct: round(expected ? (lost / expected) * 100 : 0, 4),
        // Events whose publish failed (error, timeout) or was skipped (256 unanswered) and that nobody received.
        publishFailed: measured.sent + measured.skipped - stored,
        expected,
        received: m.received,
        cpuUsPerDelivery: round(m.received ? all.serverUs / m.received : Number.NaN),
        ...nodeFigures(s.target, byUrl, all, 'm', options.perNode),
        serverCpuPct: round(window.serverPct, 1),
        generatorCpuPct: round(window.generatorPct, 1),
        otherCpuPct: round(window.otherPct, 1),
        ackP50Ms: ack.p50,
        ackP99Ms: ack.p99,
        rssConnectedMiB: round(rssConnectedKb / 1_024, 1),
        receiverEluMax: round(Math.max(0, ...sampler.timeline.map((r) => r.receiverElu)), 3),
        connected: opened.connected,
      },
      details: {
        subscribers: {
          requested: def.subscribers,
          connected: opened.connected,
          failed: opened.failed,
          firstFailure: opened.firstFailure,
          rampMs: Math.round(opened.rampMs),
          ended: stats.ended,
          endReasons: stats.endReasons,
        },
        publish: {
          sent: measured.sent,
          acked: measured.acked,
          errors: measured.errors,
          skipped: measured.skipped,
          firstError: measured.firstError,
          stored,
          achievedRate: round(measured.sent / (measured.scheduleMs / 1_000)),
        },
        latencyMs: latency,
        ackLatencyMs: ack,
        duplicates: stats.duplicates,
        reordered: stats.reordered,
        measuredSeconds: round(seconds),
        drainMs: Math.round(drainMs),
        receivers: pool.pids.length,
        generatorCpuUsPerDelivery: round(m.received ? all.generatorUs / m.received : Number.NaN),
        bytesReceived: stats.bytes,
        windowMono: [start.at, end.at],
      },
      timeline: sampler.timeline,
    };
  });
}

/** (b): closed loop, `inFlight` events outstanding at 1,000 subscribers: saturated deliveries/s, CPU per delivery. */
export async function runSaturate(server: ServerName, def: ScenarioDef, options: CellOptions): Promise<CellOutput> {
  return withTarget(server, def, options, false, async (s) => {
    const opened = await openSubscribers(s, def, options, def.subscribers, fanoutSubscription, { c: channel }, true);
    const pool = s.pool!;
    await sleep(500);
    const warm = await closedLoop({
      inFlight: def.inFlight,
      durationMs: def.warmupS * 1_000,
      drainMs: 10_000,
      stallMs: 10_000,
      firstSeq: 0,
      pool,
      send: chatSender(s.target, s.agent, 'w'),
    });
    if (warm.completed === 0)
      throw new Error(
        `no warm-up event reached every subscriber (${warm.stalled ? 'stalled' : 'ended'}; first error: ${warm.firstError ?? '-'}; ${pool.live()} subscribers live)`,
      );
    options.log(`measuring: ${def.inFlight} events in flight for ${def.durationS} s`);
    const sampler = samplerFor(s.target, () => pool.pids);
    let sent = 0;
    const timer = setInterval(() => (sent = pool.doneSeqs.size), 200);
    sampler.start(
      () => [sent, pool.received('m')],
      () => pool.maxElu(),
    );
    const start = sampler.snapshot();
    const measured = await closedLoop({
      inFlight: def.inFlight,
      durationMs: def.durationS * 1_000,
      drainMs: 10_000,
      stallMs: 10_000,
      firstSeq: warm.nextSeq,
      pool,
      send: chatSender(s.target, s.agent, 'm'),
    });
    const end = sampler.snapshot();
    sampler.stop();
    clearInterval(timer);
    const { all: stats, byUrl } = await pool.statsByUrl();
    const m = stats.phases.m ?? { received: 0, firstAt: 0, lastAt: 0, histogram: new LatencyHistogram() };
    const seconds = Math.max(1e-3, (m.lastAt || end.at) - measured.startedAt) / 1_000;
    const cpu = cpuBetween(start, end);
    const expected = measured.acked * opened.connected;
    const lost = Math.max(0, expected - m.received);
    const latency = m.histogram.summary();
    return {
      figures: {
        deliveriesPerS: round(m.received / seconds, 0),
        eventsPerS: round(measured.completed / seconds, 1),
        cpuUsPerDelivery: round(m.received ? cpu.serverUs / m.received : Number.NaN),
        ...nodeFigures(s.target, byUrl, cpu, 'm', options.perNode),
        serverCpuPct: round(cpu.serverPct, 1),
        generatorCpuPct: round(cpu.generatorPct, 1),
        otherCpuPct: round(cpu.otherPct, 1),
        generatorCpuUsPerDelivery: round(m.received ? cpu.generatorUs / m.received : Number.NaN),
        receiverEluMax: round(Math.max(0, ...sampler.timeline.map((r) => r.receiverElu)), 3),
        ...latencyFigures('', latency),
        lost,
        connected: opened.connected,
      },
      details: {
        inFlight: def.inFlight,
        subscribers: {
          requested: def.subscribers,
          connected: opened.connected,
          failed: opened.failed,
          rampMs: Math.round(opened.rampMs),
          ended: stats.ended,
          endReasons: stats.endReasons,
        },
        publish: {
          sent: measured.sent,
          acked: measured.acked,
          completed: measured.completed,
          errors: measured.errors,
          firstError: measured.firstError,
          stalled: measured.stalled,
          outstandingAtEnd: measured.outstanding,
        },
        warmup: { sent: warm.sent, completed: warm.completed },
        latencyMs: latency,
        ackLatencyMs: measured.ack.summary(),
        duplicates: stats.duplicates,
        reordered: stats.reordered,
        measuredSeconds: round(seconds),
        receivers: pool.pids.length,
        windowMono: [start.at, end.at],
      },
      timeline: sampler.timeline,
    };
  });
}

/** Forces full GCs in the server (SIGUSR2 to the preload) and returns the lowest RSS of `samples` readings. */
async function rssAfterGc(target: Target, samples = 3): Promise<{ rssKb: number; heapUsed: number }> {
  let rssKb = Number.POSITIVE_INFINITY;
  let heapUsed = Number.POSITIVE_INFINITY;
  for (let i = 0; i < samples; i++) {
    const line = target.server.nextLine(/^bench-gc: /, 15_000);
    process.kill(target.server.pid, 'SIGUSR2');
    const match = /heapUsed=(\d+)/.exec(await line);
    heapUsed = Math.min(heapUsed, Number(match?.[1] ?? Number.NaN));
    await sleep(300);
    rssKb = Math.min(rssKb, processRssKb(target.server.pid));
  }
  return { rssKb, heapUsed };
}

/** (d): RSS and heap per idle subscriber, after forced full collections, against a warmed-up baseline. */
export async function runIdle(server: ServerName, def: ScenarioDef, options: CellOptions): Promise<CellOutput> {
  return withTarget(server, def, options, true, async (s) => {
    // Warm the subscribe, publish and deliver paths (compiled code, caches) so the baseline holds them.
    const warmPool = await ReceiverPool.start(1, benchRoot);
    try {
      await warmPool.open(
        {
          urls: [s.target.url],
          query: fanoutSubscription,
          variables: { c: channel },
          count: 20,
          auth: s.target.subscriberAuth ? { ...s.target.subscriberAuth, subjectPrefix: 'bench-warm-' } : null,
          batch: 20,
          batchTimeoutMs: 20_000,
          client: options.client,
          completion: true,
        },
        60_000,
      );
      for (let n = 0; n < 3; n++) await chatSender(s.target, s.agent, 'w')(n);
      await sleep(500);
    } finally {
      await warmPool.close();
    }
    await sleep(1_000);
    const baseline = await rssAfterGc(s.target);
    const opened = await openSubscribers(s, def, options, def.subscribers, fanoutSubscription, { c: channel }, true);
    const pool = s.pool!;
    // One event to every subscriber proves they are live (and counts whatever a first delivery allocates).
    const error = await chatSender(s.target, s.agent, 'm')(0);
    const waitUntil = monoMs() + 20_000;
    while (!pool.doneSeqs.has(0) && monoMs() < waitUntil) await sleep(50);
    await sleep(1_000);
    const connected = await rssAfterGc(s.target);
    const live = pool.live();
    const perSubscriberBytes = ((connected.rssKb - baseline.rssKb) * 1_024) / opened.connected;
    return {
      figures: {
        rssPerSubscriberKB: round(perSubscriberBytes / 1_000, 2),
        heapPerSubscriberKB: round((connected.heapUsed - baseline.heapUsed) / opened.connected / 1_000, 2),
        rssBaselineMiB: round(baseline.rssKb / 1_024, 1),
        rssConnectedMiB: round(connected.rssKb / 1_024, 1),
        connected: opened.connected,
        live,
      },
      details: {
        subscribers: { requested: def.subscribers, connected: opened.connected, failed: opened.failed, rampMs: Math.round(opened.rampMs) },
        probeEvent: { error, reachedAll: pool.doneSeqs.has(0) },
        baseline,
        connectedSample: connected,
      },
    };
  });
}

/**
 * (e) Closed-loop batch and single-event writers, then ack latency at 10,000 events/s open loop: Vigil, and the raw
 * server as the floor (what node:http and the generator manage with nothing behind the requests).
 */
export async function runIngest(server: ServerName, def: ScenarioDef, options: CellOptions): Promise<CellOutput> {
  return withTarget(server, def, options, false, async (s) => {
    const sampler = samplerFor(s.target, () => []);
    let acked = 0;
    sampler.start(
      () => [0, acked],
      () => 0,
    );
    let seq = 0;
    const sizes = { batch: 100, single: 1 };
    const warm = await closedWriters({
      writers: 8,
      durationMs: def.warmupS * 1_000,
      firstSeq: seq,
      send: ingestSender(s.target, s.agent, sizes.batch, 'i'),
    });
    if (warm.acked === 0) throw new Error(`no warm-up batch was accepted: ${warm.firstError}`);
    seq = warm.nextSeq;
    const phases: Record<string, unknown> = {};
    const figures: Record<string, number> = {};

    const closed = async (name: 'batch' | 'single', writers: number) => {
      const size = sizes[name];
      options.log(`ingest: ${writers} writers, ${size === 1 ? 'single-event postChatMessage' : `ingest batches of ${size}`}, ${def.durationS} s`);
      const send = size === 1 ? chatSender(s.target, s.agent, 'i') : ingestSender(s.target, s.agent, size, 'i');
      const counted: Send = (n) => send(n).then((e) => (e ? e : ((acked += size), null)));
      const a = sampler.snapshot();
      const run = await closedWriters({ writers, durationMs: def.durationS * 1_000, firstSeq: seq, send: counted });
      const b = sampler.snapshot();
      seq = run.nextSeq;
      const events = run.acked * size;
      const seconds = Math.max(1e-3, (run.endedAt - run.startedAt) / 1_000);
      const cpu = cpuBetween(a, b);
      const ack = run.ack.summary();
      figures[`${name}EventsPerS`] = round(events / seconds, 0);
      figures[`${name}CpuUsPerEvent`] = round(events ? cpu.serverUs / events : Number.NaN);
      if (s.target.redis) figures[`${name}RedisCpuUsPerEvent`] = round(events ? cpu.redisUs / events : Number.NaN);
      figures[`${name}AckP50Ms`] = ack.p50;
      figures[`${name}AckP99Ms`] = ack.p99;
      figures[`${name}Errors`] = run.errors;
      phases[name] = {
        writers,
        eventsPerRequest: size,
        requests: run.sent,
        acked: run.acked,
        events,
        errors: run.errors,
        firstError: run.firstError,
        seconds: round(seconds),
        ackLatencyMs: ack,
        serverCpuPct: round(cpu.serverPct, 1),
        ...multiNode(s.target, cpu, events),
        generatorCpuPct: round(cpu.generatorPct, 1),
        otherCpuPct: round(cpu.otherPct, 1),
      };
    };
    await closed('batch', 8);
    await closed('single', 64);

    const open = async (name: 'open10kBatch' | 'open10kSingle', size: number) => {
      const rate = 10_000 / size;
      options.log(
        `ingest: 10,000 events/s open loop as ${size === 1 ? 'single-event postChatMessage' : `ingest batches of ${size}`} (${rate} requests/s), ${def.durationS} s`,
      );
      const send = size === 1 ? chatSender(s.target, s.agent, 'i') : ingestSender(s.target, s.agent, size, 'i');
      const counted: Send = (n) => send(n).then((e) => (e ? e : ((acked += size), null)));
      const a = sampler.snapshot();
      const run = await openLoop({ rate, durationMs: def.durationS * 1_000, firstSeq: seq, maxInFlight: size === 1 ? 2_000 : 200, send: counted });
      const b = sampler.snapshot();
      seq = run.nextSeq;
      const events = run.acked * size;
      const cpu = cpuBetween(a, b);
      const ack = run.ack.summary();
      figures[`${name}AckP50Ms`] = ack.p50;
      figures[`${name}AckP99Ms`] = ack.p99;
      figures[`${name}AchievedPerS`] = round(
        events / Math.max(1e-3, (Math.max(run.endedAt, run.startedAt + run.scheduleMs) - run.startedAt) / 1_000),
        0,
      );
      figures[`${name}Skipped`] = run.skipped;
      phases[name] = {
        eventsPerRequest: size,
        requestsPerS: rate,
        requests: run.sent,
        acked: run.acked,
        skipped: run.skipped,
        events,
        errors: run.errors,
        firstError: run.firstError,
        ackLatencyMs: ack,
        serverCpuPct: round(cpu.serverPct, 1),
        serverCpuUsPerEvent: round(events ? cpu.serverUs / events : Number.NaN),
        ...multiNode(s.target, cpu, events),
      };
    };
    await open('open10kBatch', 100);
    await open('open10kSingle', 1);
    sampler.stop();
    return { figures, details: { phases, warmup: { requests: warm.sent, acked: warm.acked } }, timeline: sampler.timeline };
  });
}

/** (f) Vigil only: store `events` through ingest batches, then time one subscriber replaying them from a cursor. */
export async function runReplay(server: ServerName, def: ScenarioDef, options: CellOptions): Promise<CellOutput> {
  return withTarget(server, def, options, false, async (s) => {
    const marker = await postGraphql(s.agent, s.target.url, postChatBody('s:0:0'), s.target.publishHeaders, 10_000);
    const cursor = (marker.body?.data?.postChatMessage as { cursor?: string } | undefined)?.cursor;
    if (!cursor) throw new Error(`could not store the start marker: ${marker.error}`);
    const batch = 1_000;
    const batches = Math.ceil(def.events / batch);
    options.log(`storing ${def.events} events in ${batches} ingest batches of ${batch} (4 writers)`);
    const storeStarted = monoMs();
    let next = 0;
    let storeError: string | null = null;
    const writer = async () => {
      while (next < batches && !storeError && monoMs() - storeStarted < 240_000) {
        const b = next++;
        const size = Math.min(batch, def.events - b * batch);
        const events = Array.from({ length: size }, (_, i) => ({ chat: chatInput(encodeText('r', b * batch + i, 0)) }));
        const answer = await postGraphql(
          s.agent,
          s.target.url,
          JSON.stringify({ query: ingestMutation, variables: { e: events } }),
          s.target.publishHeaders,
          60_000,
        );
        if (answer.error) storeError = answer.error;
      }
    };
    await Promise.all(Array.from({ length: 4 }, writer));
    const storeSeconds = (monoMs() - storeStarted) / 1_000;
    if (storeError) throw new Error(`storing failed: ${storeError}`);
    if (next < batches) throw new Error(`storing ${def.events} events took longer than 240 s (stored ${next * batch})`);
    options.log(`stored in ${storeSeconds.toFixed(1)} s (${Math.round(def.events / storeSeconds)} events/s); replaying after the start marker`);
    await sleep(1_000);
    const sampler = samplerFor(s.target, () => s.pool?.pids ?? []);
    const start = sampler.snapshot();
    // On several nodes the replaying subscriber is on the last one: any node serves any viewer from the shared log.
    await openSubscribers(s, def, options, 1, replaySubscription, { c: channel, a: cursor }, false, s.target.subscriberUrls.slice(-1));
    const pool = s.pool!;
    const limit = monoMs() + 180_000;
    let progress = { at: monoMs(), value: -1 };
    while (pool.received('r') < def.events && monoMs() < limit) {
      const value = pool.received('r');
      if (value !== progress.value) progress = { at: monoMs(), value };
      else if (monoMs() - progress.at > 10_000) break;
      await sleep(50);
    }
    // The ticks lag by up to 250 ms: wait for the last one, then read exact figures.
    await sleep(300);
    const end = sampler.snapshot();
    const stats = await pool.stats();
    const r = stats.phases.r ?? { received: 0, firstAt: 0, lastAt: 0 };
    const seconds = Math.max(1e-3, (r.lastAt - stats.openStartedAt) / 1_000);
    const cpu = cpuBetween(start, end);
    return {
      figures: {
        replayEventsPerS: round(r.received / seconds, 0),
        replayed: r.received,
        replaySeconds: round(seconds, 3),
        firstEventMs: round(r.firstAt - stats.openStartedAt, 1),
        replayCpuUsPerEvent: round(r.received ? cpu.serverUs / r.received : Number.NaN),
        ...(s.target.redis ? { replayRedisCpuUsPerEvent: round(r.received ? cpu.redisUs / r.received : Number.NaN) } : {}),
        storeEventsPerS: round(def.events / storeSeconds, 0),
      },
      details: {
        events: def.events,
        cursor,
        storeSeconds: round(storeSeconds),
        replayNode: s.target.nodes.length,
        ...multiNode(s.target, cpu, r.received),
        duplicates: stats.duplicates,
        reordered: stats.reordered,
        ended: stats.ended,
        endReasons: stats.endReasons,
        bytesReceived: stats.bytes,
      },
    };
  });
}

/** For the result file: each node's and Redis's CPU share of a phase, in µs per event and % of a core. */
function multiNode(target: Target, cpu: ReturnType<typeof cpuBetween>, events: number): Record<string, unknown> {
  if (!target.redis && target.nodes.length === 1) return {};
  return {
    nodeCpuUsPerEvent: cpu.nodeUs.map((us) => round(events ? us / events : Number.NaN)),
    nodeCpuPct: cpu.nodePct.map((pct) => round(pct, 1)),
    redisCpuUsPerEvent: round(events ? cpu.redisUs / events : Number.NaN),
    redisCpuPct: round(cpu.redisPct, 1),
  };
}

export const runners: Record<ScenarioKind, (server: ServerName, def: ScenarioDef, options: CellOptions) => Promise<CellOutput>> = {
  fanout: runFanout,
  saturate: runSaturate,
  idle: runIdle,
  ingest: runIngest,
  replay: runReplay,
};
