import { setImmediate as yieldTurn, setTimeout as sleep } from 'node:timers/promises';
import { LatencyHistogram } from './histogram.ts';

export const reportStatusMutation = `mutation BenchReport($input: ServerStatusInput!) {
  reportServerStatus(input: $input) { cursor }
}`;

/** Wall clock in milliseconds with sub-millisecond precision; publisher and receivers share it (one process). */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

/** Phase tag, sequence number and publish time travel in the event's `message`: "m:42:1764000000123.456". */
export function encodeMessage(phase: Phase, seq: number, publishedAt: number): string {
  return `${phase}:${seq}:${publishedAt.toFixed(3)}`;
}

export function decodeMessage(message: string | null): { phase: Phase; seq: number; publishedAt: number } | null {
  if (!message) return null;
  const [phase, seq, at] = message.split(':');
  if ((phase !== 'w' && phase !== 'm') || seq === undefined || at === undefined) return null;
  return { phase, seq: Number(seq), publishedAt: Number(at) };
}

/** w = warm-up (not counted), m = measured window. */
export type Phase = 'w' | 'm';

export interface PublishStats {
  sent: number;
  acked: number;
  errors: number;
  /** Ticks skipped because `maxInFlight` mutations were still unanswered (the hub could not keep up with ingest). */
  skipped: number;
  firstError: string | null;
  ack: LatencyHistogram;
  /** Sequence numbers whose mutation was acknowledged. */
  ackedSeqs: Set<number>;
}

/** Reports `serverId` status at a fixed rate for `durationMs` through plain fetch POSTs to /graphql. */
export async function publishAtRate(options: {
  url: string;
  /** Producer token of `serverId`. */
  token: string;
  serverId: string;
  rate: number;
  durationMs: number;
  phase: Phase;
  firstSeq: number;
  maxInFlight: number;
  onTick?: (sent: number) => void;
}): Promise<PublishStats & { nextSeq: number; scheduleMs: number }> {
  const stats: PublishStats = { sent: 0, acked: 0, errors: 0, skipped: 0, firstError: null, ack: new LatencyHistogram(), ackedSeqs: new Set() };
  const interval = 1_000 / options.rate;
  const total = Math.round((options.durationMs / 1_000) * options.rate);
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  let seq = options.firstSeq;

  const publishOne = (n: number) => {
    const publishedAt = preciseNow();
    const body = JSON.stringify({
      query: reportStatusMutation,
      variables: { input: { serverId: options.serverId, state: 'ONLINE', playerCount: n % 1_000, maxPlayers: 1_000, message: encodeMessage(options.phase, n, publishedAt) } },
    });
    const job = fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${options.token}` },
      body,
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (response) => {
        const result = (await response.json()) as { errors?: Array<{ message: string }> };
        if (!response.ok || result.errors?.length) throw new Error(`HTTP ${response.status}: ${result.errors?.[0]?.message ?? 'no data'}`);
        stats.acked++;
        stats.ackedSeqs.add(n);
        stats.ack.record(preciseNow() - publishedAt);
      })
      .catch((error: unknown) => {
        stats.errors++;
        stats.firstError ??= error instanceof Error ? error.message : String(error);
      })
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };

  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    // Always yield, so a generator that falls behind still reads its sockets between publishes.
    await (wait > 1 ? sleep(wait) : yieldTurn());
    if (inFlight.size >= options.maxInFlight) {
      stats.skipped++;
      continue;
    }
    publishOne(seq++);
    stats.sent++;
    options.onTick?.(stats.sent);
  }
  const end = start + total * interval;
  if (end - performance.now() > 1) await sleep(end - performance.now());
  const scheduleMs = performance.now() - start;
  await Promise.all(inFlight);
  return { ...stats, nextSeq: seq, scheduleMs };
}
