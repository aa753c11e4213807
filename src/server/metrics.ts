import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryStats } from '../delivery/stats.ts';
import { streamNames } from '../events/envelope.ts';
import type { FanoutHub } from '../events/hub.ts';
import type { IngestObserver } from '../events/ingest.ts';
import type { Services } from './services.ts';

const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics of one node (prom-client). Labels are bounded by construction: stream names, SSE modes, ingest
 * outcomes, error codes. Never a token, a URL, a server-chosen id or a viewer. On the hot path the delivery and the
 * hub only bump plain numbers; this registry reads them when scraped.
 */
export class VigilMetrics {
  readonly registry = new Registry();
  private readonly ingested: Counter<'stream' | 'outcome'>;
  private readonly refused: Counter<'stream' | 'code'>;
  private readonly ackSeconds: Histogram;
  private readonly publishToWrite: Histogram;
  /** Events removed by this node's retention, per stream (the SQLite engine derives what is retained from it). */
  private readonly removed = new Map<string, number>();

  constructor(services: Services, delivery: DeliveryStats) {
    const registry = this.registry;
    const { hub, state, log } = services;
    collectDefaultMetrics({ register: registry });
    new Gauge({
      name: 'vigil_connections_open',
      help: 'Open event streams (SSE responses) by mode.',
      labelNames: ['mode'],
      registers: [registry],
      collect() {
        this.set({ mode: 'distinct' }, delivery.connections.distinct);
        this.set({ mode: 'single' }, delivery.connections.single);
      },
    });
    new Gauge({
      name: 'vigil_subscriptions_open',
      help: 'Running subscriptions by stream and SSE mode.',
      labelNames: ['stream', 'mode'],
      registers: [registry],
      collect() {
        for (const [stream, counts] of delivery.subscriptions) {
          this.set({ stream, mode: 'distinct' }, counts.distinct);
          this.set({ stream, mode: 'single' }, counts.single);
        }
      },
    });
    new Counter({
      name: 'vigil_deliveries_total',
      help: 'Messages written to subscribers, by stream.',
      labelNames: ['stream'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [stream, { count }] of delivery.deliveries) this.inc({ stream }, count);
      },
    });
    const fromHub = (pick: (counters: { slowConsumers: number; conflated: number }) => number) =>
      function (this: Counter<'stream'>) {
        this.reset();
        for (const [stream, counters] of (hub as FanoutHub).counters) this.inc({ stream }, pick(counters));
      };
    new Counter({
      name: 'vigil_slow_consumers_total',
      help: 'Subscribers ended with SLOW_CONSUMER, by stream.',
      labelNames: ['stream'],
      registers: [registry],
      collect: fromHub((counters) => counters.slowConsumers),
    });
    new Counter({
      name: 'vigil_events_conflated_total',
      help: 'Events a slow telemetry or mapEntities subscriber skipped for a newer one of the same key, by stream.',
      labelNames: ['stream'],
      registers: [registry],
      collect: fromHub((counters) => counters.conflated),
    });
    new Gauge({
      name: 'vigil_subscriber_queue_depth_max',
      help: 'The most events any one subscriber holds queued right now.',
      registers: [registry],
      collect() {
        this.set(hub.maxQueueDepth());
      },
    });
    new Gauge({
      name: 'vigil_log_head',
      help: 'The last sequence number of the log this node has applied.',
      registers: [registry],
      collect() {
        this.set(state.seq);
      },
    });
    const removed = this.removed;
    new Gauge({
      name: 'vigil_events_retained',
      help: 'Events the log holds, by stream.',
      labelNames: ['stream'],
      registers: [registry],
      async collect() {
        const counts = log.retained ? await log.retained().catch(() => null) : null;
        for (const stream of streamNames) {
          this.set({ stream }, counts ? counts[stream] : (state.applied.get(stream) ?? 0) - (removed.get(stream) ?? 0));
        }
      },
    });
    new Gauge({
      name: 'vigil_nodes',
      help: 'Vigil nodes serving this log (1 on the embedded engine).',
      registers: [registry],
      collect() {
        this.set(services.nodes?.nodeCount ?? 1);
      },
    });
    this.ingested = new Counter({
      name: 'vigil_events_ingested_total',
      help: 'Events acknowledged, by stream and outcome (stored, or duplicate: a retry of a dedupKey already stored).',
      labelNames: ['stream', 'outcome'],
      registers: [registry],
    });
    this.refused = new Counter({
      name: 'vigil_events_refused_total',
      help: 'Events of refused ingest batches (nothing of a refused batch is stored), by stream and error code.',
      labelNames: ['stream', 'code'],
      registers: [registry],
    });
    this.ackSeconds = new Histogram({
      name: 'vigil_ingest_ack_seconds',
      help: 'From an ingest reaching the hub to its batch being durable and acknowledged.',
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.publishToWrite = new Histogram({
      name: 'vigil_publish_to_write_seconds',
      help: 'From a batch being durable to its fan-out written to the sockets with room (observed once per flush).',
      buckets: latencyBuckets,
      registers: [registry],
    });
    delivery.onFlushed = () => {
      const at = hub.lastScheduledAt;
      if (at === null) return;
      hub.lastScheduledAt = null;
      this.publishToWrite.observe((performance.now() - at) / 1000);
    };
  }

  /** Counts ingest outcomes: once per batch, by stream. */
  readonly ingest: IngestObserver = {
    stored: (outcomes, seconds) => {
      this.ackSeconds.observe(seconds);
      // One increment per label set of the batch: prom-client hashes the labels on every call.
      for (const [{ event, duplicate }, count] of tally(outcomes, ({ event, duplicate }) => `${event.stream} ${duplicate}`)) {
        this.ingested.inc({ stream: event.stream, outcome: duplicate ? 'duplicate' : 'stored' }, count);
      }
    },
    refused: (code, drafts) => {
      for (const [{ stream }, count] of tally(drafts, (draft) => draft.stream)) this.refused.inc({ stream, code }, count);
    },
  };

  /** This node's retention removed these events. */
  retentionRemoved(removed: Partial<Record<string, number>>): void {
    for (const [stream, count] of Object.entries(removed)) this.removed.set(stream, (this.removed.get(stream) ?? 0) + (count ?? 0));
  }

  /**
   * Serves GET /metrics to a caller with `Authorization: Bearer <VIGIL_METRICS_TOKEN>`; without a configured token
   * metrics are off (404), and a wrong or missing token gets 401.
   */
  async serve(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
    const answer = (status: number, body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const error = (status: number, code: string, message: string, headers?: Record<string, string>) =>
      answer(status, JSON.stringify({ errors: [{ message, extensions: { code } }] }), undefined, headers);
    if (!token) return error(404, 'NOT_FOUND', 'Metrics are off: set VIGIL_METRICS_TOKEN to serve them to a scraper that sends it as a bearer token');
    if (!bearerMatches(req.headers.authorization, token)) {
      return error(401, 'UNAUTHENTICATED', 'Send the metrics token as `Authorization: Bearer <VIGIL_METRICS_TOKEN>`', {
        'www-authenticate': 'Bearer',
      });
    }
    answer(200, await this.registry.metrics(), this.registry.contentType);
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The first item of each key and how many items share that key, in the order the keys first appear. */
function tally<T>(items: readonly T[], keyOf: (item: T) => string): Iterable<[T, number]> {
  const counts = new Map<string, [T, number]>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    if (entry) entry[1]++;
    else counts.set(key, [item, 1]);
  }
  return counts.values();
}
