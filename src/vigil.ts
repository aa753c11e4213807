import type { Logger } from 'pino';
import { AdminTokenKeys } from './auth/admin-tokens.ts';
import { ProducerTokenStore } from './auth/producer-tokens.ts';
import type { VigilConfig } from './config.ts';
import { FanoutHub } from './events/hub.ts';
import { IngestService } from './events/ingest.ts';
import { LivenessMonitor } from './events/liveness.ts';
import type { EventLog } from './events/log/log.ts';
import { StateProjection } from './events/projection.ts';
import { SqliteEventLog } from './events/log/sqlite.ts';

/** Everything a request handler needs: the log, current state, fan-out and the ingest path. */
export interface Vigil {
  config: VigilConfig;
  logger: Logger;
  log: EventLog;
  state: StateProjection;
  hub: FanoutHub;
  ingest: IngestService;
  liveness: LivenessMonitor;
  producers: ProducerTokenStore;
  adminKeys: AdminTokenKeys;
  close(): Promise<void>;
}

export async function openVigil(config: VigilConfig, logger: Logger): Promise<Vigil> {
  const adminKeys = await AdminTokenKeys.load(config);
  const log = new SqliteEventLog(config.databasePath, config.dedupWindow);
  const producers = new ProducerTokenStore(config.databasePath);
  const applyRetention = async () => {
    const removed = await log.trim(config.retention);
    if (Object.keys(removed).length > 0) logger.info({ removed }, 'retention removed old events');
  };
  // Trimmed before the state is rebuilt, so state is exactly the projection of the retained log.
  await applyRetention();
  const state = await StateProjection.rebuild(log);
  const hub = new FanoutHub({ maxEvents: config.subscriberQueueEvents, maxBytes: config.subscriberQueueBytes });
  // State first, so a client that receives an event and then queries sees it applied.
  log.onAppend((events) => {
    for (const event of events) state.apply(event);
  });
  log.onAppend((events) => hub.schedule(events));
  const ingest = new IngestService(log, state, config.maxBatchSize);
  const liveness = new LivenessMonitor(state, ingest, config.livenessInterval, (error) => logger.error({ err: error }, 'liveness check failed'));
  liveness.start();
  const retention = setInterval(() => applyRetention().catch((error: unknown) => logger.error({ err: error }, 'retention failed')), config.retentionInterval);
  retention.unref();
  logger.info({ databasePath: config.databasePath, epoch: log.epoch, head: state.seq, servers: state.servers.size }, 'event log opened');
  return {
    config,
    logger,
    log,
    state,
    hub,
    ingest,
    liveness,
    producers,
    adminKeys,
    async close() {
      clearInterval(retention);
      liveness.stop();
      hub.close();
      producers.close();
      await log.close();
    },
  };
}
