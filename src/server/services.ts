import type { Logger } from 'pino';
import type { AdminTokenKeys } from '../auth/admin-tokens.ts';
import type { StreamCounter } from '../auth/plugin.ts';
import type { ProducerTokens } from '../auth/producer-tokens.ts';
import { openEngine } from '../cluster/engine.ts';
import type { NodeRegistry } from '../cluster/nodes.ts';
import type { ReservationDirectory } from '../delivery/directory.ts';
import { FanoutHub } from '../events/hub.ts';
import { IngestService } from '../events/ingest.ts';
import type { EventLog } from '../events/log/log.ts';
import { StateProjection } from '../events/projection.ts';
import { TokenBuckets } from '../events/rate-limit.ts';
import { OverviewProjection } from '../modules/overview/projection.ts';
import { LivenessMonitor } from '../modules/servers/liveness.ts';
import { serverRecoveries } from '../modules/servers/recovery.ts';
import { emptySlices } from '../modules/state.ts';
import type { VigilConfig } from './config.ts';

/** Everything a request handler needs: the log, current state, fan-out and the ingest path. */
export interface Services {
  config: VigilConfig;
  logger: Logger;
  log: EventLog;
  state: StateProjection;
  /** The KPIs of the Overview page, recomputed (throttled) from the state and the appends. */
  overview: OverviewProjection;
  hub: FanoutHub;
  ingest: IngestService;
  liveness: LivenessMonitor;
  producers: ProducerTokens;
  adminKeys: AdminTokenKeys;
  /** Open streams per viewer: this node's own count, or every node's on Redis. */
  streams: StreamCounter;
  /** This node among the others on the same Redis; null on the embedded engine. */
  nodes: NodeRegistry | null;
  /** Single-connection reservations shared with the other nodes; null on the embedded engine. */
  directory: ReservationDirectory | null;
  /** Resolves once the state reflects every event acknowledged anywhere before the call (on Redis: by any node). */
  caughtUp(): Promise<void>;
  /** Told what each retention run on this node removed (metrics). */
  onRetention: ((removed: Partial<Record<string, number>>) => void) | null;
  close(): Promise<void>;
}

export async function openServices(config: VigilConfig, logger: Logger): Promise<Services> {
  const engine = await openEngine(config, logger);
  const { log, producers, adminKeys } = engine;
  const applyRetention = async () => {
    const started = performance.now();
    const removed = await log.trim(config.retention);
    services?.onRetention?.(removed);
    const total = Object.values(removed).reduce((sum, count) => sum + (count ?? 0), 0);
    logger.info(
      { removed, total, ms: Math.round(performance.now() - started) },
      total > 0 ? `retention removed ${total} old events` : 'retention ran: nothing to remove',
    );
  };
  let services: Services | undefined;
  // Trimmed before the state is rebuilt, so state is exactly the projection of the retained log.
  await applyRetention();
  const state = await StateProjection.rebuild(log, emptySlices());
  const hub = new FanoutHub({ maxEvents: config.subscriberQueueEvents, maxBytes: config.subscriberQueueBytes });
  // State first, so a client that receives an event and then queries sees it applied.
  log.onAppend((events) => {
    for (const event of events) state.apply(event);
  });
  const overview = new OverviewProjection(state);
  await overview.load(log);
  log.onAppend(overview.onAppend);
  log.onAppend((events) => hub.schedule(events));
  log.onAppend((events) => {
    for (const event of events) {
      if (event.stream !== 'serverStatus') continue;
      if (event.type === 'server.unreachable')
        logger.warn({ serverId: event.serverId, seq: event.seq, message: event.payload.message }, `server ${event.serverId} is UNREACHABLE`);
      else if (event.type === 'server.reachable') logger.info({ serverId: event.serverId, seq: event.seq }, `server ${event.serverId} reports again`);
    }
  });
  // Each node limits on its own: behind a balancer, a token's effective rate is the limit times the nodes it reaches.
  const ingest = new IngestService(
    log,
    (drafts) => serverRecoveries(state.slices.servers, drafts),
    config.maxBatchSize,
    config.producerRate && new TokenBuckets(config.producerRate),
  );
  // One node at a time watches for silent servers (a lease on Redis), with its state caught up: one UNREACHABLE each.
  const liveness = new LivenessMonitor(
    state.slices.servers,
    ingest,
    config.livenessInterval,
    (error) => logger.error({ err: error }, 'liveness check failed'),
    async (leaseMs) => (await engine.holdDuty('liveness', leaseMs)) && (await log.caughtUp(), true),
  );
  liveness.start();
  // Nodes sharing a log take turns: one trims it per interval.
  const retention = setInterval(
    () =>
      engine
        .holdDuty('retention', 2 * config.retentionInterval)
        .then((mine) => (mine ? applyRetention() : undefined))
        .catch((error: unknown) => logger.error({ err: error }, 'retention failed')),
    config.retentionInterval,
  );
  retention.unref();
  logger.info(
    {
      engine: engine.kind,
      ...(engine.kind === 'sqlite' ? { databasePath: config.databasePath } : { node: engine.nodes?.id }),
      epoch: log.epoch,
      head: state.seq,
      servers: state.slices.servers.size,
    },
    'event log opened',
  );
  services = {
    config,
    logger,
    log,
    state,
    overview,
    hub,
    ingest,
    liveness,
    producers,
    adminKeys,
    streams: engine.streams,
    nodes: engine.nodes,
    directory: engine.directory,
    caughtUp: async () => void (await log.caughtUp()),
    onRetention: null,
    async close() {
      clearInterval(retention);
      liveness.stop();
      overview.close();
      hub.close();
      await engine.close();
    },
  };
  return services;
}
