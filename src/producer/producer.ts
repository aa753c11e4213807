import { randomBytes } from 'node:crypto';
import { type EventFamily, ProducerError } from './errors.ts';
import type {
  ChatMessageInput,
  MapEntitiesInput,
  OpenTicketInput,
  PlayerActivityInput,
  SecurityIncidentInput,
  ServerStatusInput,
  Stream,
  TelemetryInput,
} from './gql/graphql.ts';
import { type ProducerOptions, type ProducerSettings, producerSettings } from './options.ts';
import { Outbox } from './outbox.ts';
import { classify } from './outcome.ts';
import { EventQueue, type ProducerStats } from './queue.ts';
import { IngestWire, type StoredEvent } from './wire.ts';

/** A method's input: the hub's ingest input without what the producer fills in itself. */
export type Report<Input> = Omit<Input, 'serverId' | 'occurredAt' | 'dedupKey'> & {
  /** When it happened by the game server's clock; defaults to the moment the method is called. */
  occurredAt?: Date | string;
  /** Idempotency key; by default the producer assigns `<instanceId>-<sequence>`. */
  dedupKey?: string;
};

export type ServerStatusReport = Report<ServerStatusInput>;
export type TelemetryReport = Report<TelemetryInput>;
export type MapEntitiesReport = Report<MapEntitiesInput>;
export type ChatReport = Report<ChatMessageInput>;
export type PlayerActivityReport = Report<PlayerActivityInput>;
export type SecurityIncidentReport = Report<SecurityIncidentInput>;
export type OpenTicketReport = Report<OpenTicketInput>;

const families = new Set<EventFamily>(['serverStatus', 'telemetry', 'mapEntities', 'chat', 'playerActivity', 'securityIncident', 'openTicket']);

/**
 * A game server's connection to the hub: typed methods per event family, batched into `ingest` requests, retried with
 * backoff, exactly once by dedupKey, optionally backed by an on-disk outbox. Create it with `createProducer`.
 */
export class Producer {
  readonly serverId: string;
  /** Prefix of the dedupKeys this instance assigns: random, so keys never repeat across restarts of the game server. */
  readonly instanceId: string = randomBytes(6).toString('base64url');
  private readonly settings: ProducerSettings;
  private readonly outbox: Outbox | null;
  private readonly queue: EventQueue;
  private sequence = 0;

  constructor(options: ProducerOptions) {
    this.settings = producerSettings(options);
    this.serverId = this.settings.serverId;
    const wire = new IngestWire(this.settings.url, this.settings.token, this.settings.requestTimeoutMs);
    this.outbox = this.settings.outbox ? new Outbox(this.settings.outbox, this.serverId) : null;
    this.queue = new EventQueue(
      this.settings,
      { send: async (batch) => classify(await wire.post(batch.map((pending) => pending.json)), batch), abort: () => wire.abort() },
      this.outbox,
    );
    for (const entry of this.outbox?.entries() ?? []) this.recover(entry.seq, entry.json);
  }

  /** Reports the server's state, player count and health. */
  serverStatus(report: ServerStatusReport): Promise<StoredEvent<'SERVER_STATUS'>> {
    return this.single('serverStatus', report);
  }

  /** Reports one metrics sample: CPU, memory, network, database. */
  telemetry(report: TelemetryReport): Promise<StoredEvent<'TELEMETRY'>> {
    return this.single('telemetry', report);
  }

  /** Reports entity updates on one map; resolves with one stored event per update, in order. */
  mapEntities(report: MapEntitiesReport): Promise<StoredEvent<'MAP_ENTITIES'>[]> {
    return this.exposed(this.enqueue('mapEntities', report, Math.max(1, report.updates?.length ?? 1)) as Promise<StoredEvent<'MAP_ENTITIES'>[]>);
  }

  /** Reports a chat message, a whisper, or a player joining or leaving a channel. */
  chat(report: ChatReport): Promise<StoredEvent<'CHAT'>> {
    return this.single('chat', report);
  }

  /** Reports a player joining, leaving, or doing something. */
  playerActivity(report: PlayerActivityReport): Promise<StoredEvent<'PLAYERS'>> {
    return this.single('playerActivity', report);
  }

  /** Reports a violation, a ban, a detected bot or a detected hack. */
  securityIncident(report: SecurityIncidentReport): Promise<StoredEvent<'SECURITY'>> {
    return this.single('securityIncident', report);
  }

  /** Opens a support ticket on behalf of a player; the stored event's id is the ticket's first event. */
  openTicket(report: OpenTicketReport): Promise<StoredEvent<'TICKETS'>> {
    return this.single('openTicket', report);
  }

  stats(): ProducerStats {
    return this.queue.stats();
  }

  /** Sends everything queued so far without waiting for the flush interval; resolves once each is stored or failed. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /**
   * Stops taking events, sends what is queued and resolves once all of it is stored or failed. With `timeoutMs`, gives
   * up after that long: what is left rejects with CLOSED (and stays in the outbox), and close rejects with CLOSED.
   */
  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.queue.closed) return;
    const abandoned = await this.queue.close(options.timeoutMs);
    this.outbox?.close();
    if (abandoned > 0) {
      throw new ProducerError(
        'CLOSED',
        `${abandoned} event(s) were not acknowledged within ${options.timeoutMs} ms${this.outbox ? '; they stay in the outbox' : ''}`,
      );
    }
  }

  /** The hub answers each method's events in its own stream, so the stored event is typed by the method. */
  private single<S extends Stream>(family: Exclude<EventFamily, 'mapEntities'>, report: Report<object>): Promise<StoredEvent<S>> {
    return this.exposed(this.enqueue(family, report, 1).then((events) => events[0] as StoredEvent<S>));
  }

  /** A caller may fire and forget: failures also reach onFailed and the counters, never an unhandled rejection. */
  private exposed<T>(promise: Promise<T>): Promise<T> {
    promise.catch(() => undefined);
    return promise;
  }

  private enqueue(family: EventFamily, report: Report<object>, weight: number): Promise<StoredEvent[]> {
    const refuse = (code: 'CLOSED' | 'QUEUE_FULL' | 'BAD_USER_INPUT', message: string) => {
      const error = new ProducerError(code, message, { family, dedupKey: report.dedupKey ?? null });
      this.queue.refuse(error, weight);
      return Promise.reject(error);
    };
    if (this.queue.closing) return refuse('CLOSED', `${family}: the producer is closed`);
    const { maxQueuedEvents } = this.settings;
    if (this.queue.queued + weight > maxQueuedEvents) {
      return refuse(
        'QUEUE_FULL',
        `${family}: the producer already holds ${this.queue.queued} events (maxQueuedEvents ${maxQueuedEvents}); the hub is slow or unreachable`,
      );
    }
    const dedupKey = report.dedupKey ?? `${this.instanceId}-${++this.sequence}`;
    const occurredAt = report.occurredAt instanceof Date ? report.occurredAt.toISOString() : (report.occurredAt ?? new Date().toISOString());
    let json: string;
    try {
      json = JSON.stringify({ [family]: { ...report, serverId: this.serverId, dedupKey, occurredAt } });
    } catch (error) {
      return refuse('BAD_USER_INPUT', `${family}: the event cannot be serialized: ${(error as Error).message}`);
    }
    return this.queue.push(family, dedupKey, json, weight, this.outbox?.add(json) ?? null);
  }

  private recover(seq: number, json: string): void {
    const element = JSON.parse(json) as Record<string, { dedupKey: string; updates?: unknown[] }>;
    const family = Object.keys(element)[0] as EventFamily;
    const input = element[family]!;
    if (!families.has(family)) throw new Error(`The outbox ${this.outbox!.path} holds an event of unknown kind "${family}"`);
    const weight = family === 'mapEntities' ? Math.max(1, input.updates?.length ?? 1) : 1;
    // Nobody holds these promises any more: their failures reach onFailed and the counters only.
    void this.queue.push(family, input.dedupKey, json, weight, seq).catch(() => undefined);
  }
}

/** A typed, batching, retrying producer for one game server: `createProducer({ url, token, serverId })`. */
export function createProducer(options: ProducerOptions): Producer {
  return new Producer(options);
}
