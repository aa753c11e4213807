import { setTimeout as sleep } from 'node:timers/promises';
import { monoMs } from './clock.ts';
import { LatencyHistogram } from './histogram.ts';
import type { ReceiverPool } from './receivers.ts';

/** Sends request number `n`; resolves with an error message, or null when it was acknowledged. Never rejects. */
export type Send = (n: number) => Promise<string | null>;

export interface LoopStats {
  sent: number;
  acked: number;
  errors: number;
  firstError: string | null;
  /** Request number -> acknowledged. */
  ackedSeqs: Set<number>;
  /** Acknowledgement latency in ms. */
  ack: LatencyHistogram;
  /** monoMs of the first request and of the last acknowledgement. */
  startedAt: number;
  endedAt: number;
}

function newStats(): LoopStats {
  return { sent: 0, acked: 0, errors: 0, firstError: null, ackedSeqs: new Set(), ack: new LatencyHistogram(), startedAt: monoMs(), endedAt: 0 };
}

/**
 * Open loop: request i is due at start + i / rate, whatever happened to the earlier ones; the requests due by now are
 * sent on each timer tick (at most one millisecond apart, so 10,000/s goes out in bursts of about ten). Acknowledgement
 * latency counts from the due time, so a generator or a server that falls behind cannot hide it. A request due while
 * `maxInFlight` are unanswered is skipped and counted.
 */
export async function openLoop(options: {
  rate: number;
  durationMs: number;
  firstSeq: number;
  maxInFlight: number;
  send: Send;
  onSent?: (sent: number) => void;
}) {
  const stats = newStats();
  const interval = 1_000 / options.rate;
  const total = Math.max(1, Math.round((options.durationMs / 1_000) * options.rate));
  const inFlight = new Set<Promise<void>>();
  let skipped = 0;
  let i = 0;
  const start = monoMs();
  stats.startedAt = start;
  const fire = (seq: number, dueAt: number) => {
    stats.sent++;
    const job = options.send(seq).then((error) => {
      const now = monoMs();
      if (error) {
        stats.errors++;
        stats.firstError ??= error;
      } else {
        stats.acked++;
        stats.ackedSeqs.add(seq);
        stats.ack.record(now - dueAt);
      }
      if (now > stats.endedAt) stats.endedAt = now;
      inFlight.delete(job);
    });
    inFlight.add(job);
  };
  while (i < total) {
    const due = Math.min(total, Math.floor((monoMs() - start) / interval) + 1);
    for (; i < due; i++) {
      if (inFlight.size >= options.maxInFlight) skipped++;
      else fire(options.firstSeq + i, start + i * interval);
    }
    options.onSent?.(stats.sent);
    if (i >= total) break;
    await sleep(Math.max(1, start + i * interval - monoMs()));
  }
  const end = start + total * interval;
  if (end - monoMs() > 1) await sleep(end - monoMs());
  const scheduleMs = monoMs() - start;
  await Promise.all(inFlight);
  return { ...stats, skipped, scheduleMs, nextSeq: options.firstSeq + total };
}

/**
 * Closed loop over fan-out: keeps `inFlight` events outstanding, an event being outstanding from its publish until
 * every live subscriber received it (ReceiverPool completions); each completion publishes the next event until
 * `durationMs` is over, then the loop waits for the outstanding ones (at most `drainMs`). No completion for `stallMs`
 * ends the loop as stalled.
 */
export async function closedLoop(options: {
  inFlight: number;
  durationMs: number;
  drainMs: number;
  stallMs: number;
  firstSeq: number;
  pool: ReceiverPool;
  send: Send;
}) {
  const stats = newStats();
  let seq = options.firstSeq;
  /** Published and not yet received by every live subscriber (nor given up on after a publish error). */
  const outstandingSeqs = new Set<number>();
  let completed = 0;
  let stalled = false;
  let lastProgress = monoMs();
  const start = monoMs();
  stats.startedAt = start;
  const stopAt = start + options.durationMs;
  let publishEndAt = 0;
  await new Promise<void>((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watch);
      options.pool.onDone = null;
      resolve();
    };
    const publishNext = () => {
      if (monoMs() >= stopAt) {
        publishEndAt ||= monoMs();
        if (outstandingSeqs.size === 0) finish();
        return;
      }
      const n = seq++;
      outstandingSeqs.add(n);
      stats.sent++;
      const sentAt = monoMs();
      void options.send(n).then((error) => {
        const now = monoMs();
        if (error) {
          stats.errors++;
          stats.firstError ??= error;
          // This event may never complete: count it out and keep K outstanding.
          if (outstandingSeqs.delete(n)) publishNext();
        } else {
          stats.acked++;
          stats.ackedSeqs.add(n);
          stats.ack.record(now - sentAt);
        }
      });
    };
    options.pool.onDone = (done) => {
      if (!outstandingSeqs.delete(done)) return;
      completed++;
      lastProgress = monoMs();
      stats.endedAt = lastProgress;
      if (!finished) publishNext();
    };
    const watch = setInterval(() => {
      const now = monoMs();
      if (now - lastProgress > options.stallMs || stats.errors > 1_000) {
        stalled = true;
        finish();
      } else if (now > stopAt + options.drainMs) finish();
    }, 100);
    for (let k = 0; k < options.inFlight; k++) publishNext();
  });
  return { ...stats, completed, stalled, outstanding: outstandingSeqs.size, publishEndAt: publishEndAt || monoMs(), nextSeq: seq };
}

/**
 * Closed-loop writers: `writers` concurrent loops, each sending its next request as soon as the previous one was
 * acknowledged, until `durationMs` is over (the requests still out then are awaited and counted).
 */
export async function closedWriters(options: { writers: number; durationMs: number; firstSeq: number; send: Send }) {
  const stats = newStats();
  let seq = options.firstSeq;
  const start = monoMs();
  stats.startedAt = start;
  const stopAt = start + options.durationMs;
  const writer = async () => {
    while (monoMs() < stopAt) {
      const n = seq++;
      const sentAt = monoMs();
      stats.sent++;
      const error = await options.send(n);
      const now = monoMs();
      if (error) {
        stats.errors++;
        stats.firstError ??= error;
        // A refused request answers fast: do not spin on it.
        await sleep(10);
      } else {
        stats.acked++;
        stats.ackedSeqs.add(n);
        stats.ack.record(now - sentAt);
      }
      if (now > stats.endedAt) stats.endedAt = now;
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  return { ...stats, nextSeq: seq };
}
