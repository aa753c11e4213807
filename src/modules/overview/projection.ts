import { type AnyStoredEvent, type Priority, priorities } from '../../events/envelope.ts';
import type { LiveValue } from '../../events/live-value.ts';
import type { EventLog } from '../../events/log/log.ts';
import type { StateProjection } from '../../events/projection.ts';
import type { ServerState } from '../servers/payload.ts';
import type { ServerRecord } from '../servers/state.ts';
import { type TicketStatus, ticketStatuses } from '../tickets/payload.ts';

export interface PlayersOnlineSample {
  at: Date;
  players: number;
}

/** The hub at a glance, computed once per change and shared by every reader. */
export interface Overview {
  at: Date;
  /** The log position the figures are consistent with. */
  seq: number;
  serversOnline: number;
  serversTotal: number;
  /** Players on servers that are up (not STOPPED or UNREACHABLE). */
  playersOnline: number;
  /** One sample per interval over the last 24 hours (the longest chart range), oldest first, ending with the current figure. */
  playersOnlineHistory: PlayersOnlineSample[];
  /** UNREACHABLE servers and servers reporting DEGRADED or CRITICAL health, worst first. */
  serversNeedingAttention: ServerRecord[];
  /** Tickets not yet RESOLVED or CLOSED, by status. */
  openTickets: Array<{ status: TicketStatus; count: number }>;
  /** Security incidents received in the last hour, by priority. */
  incidentsLastHour: Array<{ priority: Priority; count: number }>;
  /** Events appended per second, over the last rate window. */
  eventsPerSecond: number;
  /** Messages delivered to subscribers per second, over the last rate window. */
  deliveriesPerSecond: number;
}

export interface OverviewOptions {
  /** Least time between two computations, in milliseconds. */
  throttleMs?: number;
  /** How often players online are sampled for the history, in milliseconds. */
  sampleMs?: number;
  /** How long the history reaches back, in milliseconds. */
  historyMs?: number;
  /** How often the rates are measured, in milliseconds. */
  rateTickMs?: number;
}

const hourMs = 3_600_000;
/** Status reports read at start to rebuild the players-online history: a day of 5 servers reporting every 10 s. */
const historySeedReports = 50_000;
/** Rates are averaged over this many ticks. */
const rateTicks = 5;
const openStatuses = ticketStatuses.filter((status) => status !== 'RESOLVED' && status !== 'CLOSED');

/**
 * Players online every `stepMs` from `since` (or the first report, when later) until before `until`, replayed from
 * status reports oldest first, the samples ending one step before `until`: what the live sampler would have recorded.
 * A server counts from its first report in `reports`.
 */
export function playersOnlineSamples(reports: readonly AnyStoredEvent[], since: number, stepMs: number, until: number): PlayersOnlineSample[] {
  const first = reports[0]?.receivedAt.getTime();
  if (first === undefined) return [];
  const latest = new Map<string, number>();
  const samples: PlayersOnlineSample[] = [];
  let next = 0;
  let players = 0;
  for (let at = until - Math.floor((until - Math.max(since, first)) / stepMs) * stepMs; at < until; at += stepMs) {
    for (; next < reports.length && reports[next]!.receivedAt.getTime() <= at; next++) {
      const report = reports[next]!;
      if (report.stream !== 'serverStatus') continue;
      const up = isUpState(report.payload.state);
      players += (up ? report.payload.playerCount : 0) - (latest.get(report.serverId) ?? 0);
      latest.set(report.serverId, up ? report.payload.playerCount : 0);
    }
    samples.push({ at: new Date(at), players });
  }
  return samples;
}

function attentionRank(server: ServerRecord): number {
  if (server.status?.state === 'UNREACHABLE') return 0;
  if (server.status?.health === 'CRITICAL') return 1;
  if (server.status?.health === 'DEGRADED') return 2;
  return -1;
}

/** A server in this state counts its players online. */
function isUpState(state: ServerState): boolean {
  return state !== 'STOPPED' && state !== 'UNREACHABLE';
}

function isUp(server: ServerRecord): boolean {
  return server.status !== null && isUpState(server.status.state);
}

/**
 * The overview of the state projection plus counters fed by the log's append listener. It recomputes at most once
 * per `throttleMs`, and only when something it shows changed, so any number of readers cost one computation.
 */
export class OverviewProjection implements LiveValue<Overview> {
  /** Counts messages delivered so far (the delivery's stats); set once the delivery exists. */
  countDeliveries: () => number = () => 0;
  private readonly throttleMs: number;
  private readonly sampleMs: number;
  private readonly historyMs: number;
  private readonly historyLength: number;
  private readonly listeners = new Set<(value: Overview) => void>();
  private history: PlayersOnlineSample[] = [];
  /** receivedAt (ms) and priority of security events of the last hour, oldest first. */
  private incidents: Array<{ at: number; priority: Priority }> = [];
  private appended = 0;
  /** (performance.now(), appended, delivered) per rate tick, oldest first. */
  private readonly rateSamples: Array<{ at: number; appended: number; delivered: number }> = [];
  private rates = { eventsPerSecond: 0, deliveriesPerSecond: 0 };
  private value: Overview;
  private computedAt = 0;
  private pending: NodeJS.Timeout | null = null;
  private readonly timers: NodeJS.Timeout[];

  constructor(
    private readonly state: StateProjection,
    options: OverviewOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 500;
    this.sampleMs = options.sampleMs ?? 30_000;
    this.historyMs = options.historyMs ?? 24 * hourMs;
    this.historyLength = Math.ceil(this.historyMs / this.sampleMs);
    this.value = this.compute();
    this.rateSamples.push({ at: performance.now(), appended: 0, delivered: 0 });
    this.timers = [setInterval(() => this.sample(), this.sampleMs), setInterval(() => this.measureRates(), options.rateTickMs ?? 1_000)];
    for (const timer of this.timers) timer.unref();
  }

  /**
   * Reads the security incidents of the last hour and the newest status reports from the log, so a restart neither
   * zeroes the incidents tile nor empties the players-online chart.
   */
  async load(log: EventLog): Promise<void> {
    const now = Date.now();
    const { events: reports } = await log.read({ streams: ['serverStatus'], limit: historySeedReports, from: 'newest' });
    const seeded = playersOnlineSamples(reports, now - this.historyMs, this.sampleMs, now);
    this.history = [...seeded, ...this.history].slice(-this.historyLength);
    const since = now - hourMs;
    const { events } = await log.read({ streams: ['security'], limit: 10_000, from: 'newest' });
    const loaded = events
      .filter((event) => event.receivedAt.getTime() >= since)
      .map((event) => ({ at: event.receivedAt.getTime(), priority: event.priority }));
    this.incidents = [...loaded, ...this.incidents.filter((incident) => incident.at > (loaded.at(-1)?.at ?? 0))];
    this.changed();
  }

  /** The log's append listener, registered after the state projection's. */
  readonly onAppend = (events: readonly AnyStoredEvent[]): void => {
    let changed = false;
    for (const event of events) {
      this.appended++;
      if (event.stream === 'security') this.incidents.push({ at: event.receivedAt.getTime(), priority: event.priority });
      if (event.stream === 'security' || event.stream === 'serverStatus' || event.stream === 'tickets') changed = true;
    }
    if (changed) this.changed();
  };

  current(): Overview {
    return this.value;
  }

  subscribe(listener: (value: Overview) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    for (const timer of this.timers) clearInterval(timer);
    if (this.pending) clearTimeout(this.pending);
    this.listeners.clear();
  }

  /** Something shown changed: recompute once the throttle allows, however many changes arrive until then. */
  private changed(): void {
    if (this.pending) return;
    const wait = Math.max(0, this.computedAt + this.throttleMs - performance.now());
    this.pending = setTimeout(() => {
      this.pending = null;
      this.value = this.compute();
      for (const listener of this.listeners) listener(this.value);
    }, wait);
    this.pending.unref();
  }

  private compute(): Overview {
    this.computedAt = performance.now();
    const now = Date.now();
    const servers = [...this.state.slices.servers.values()];
    const playersOnline = servers.reduce((sum, server) => sum + (isUp(server) ? (server.status?.playerCount ?? 0) : 0), 0);
    const tickets = new Map<TicketStatus, number>(openStatuses.map((status) => [status, 0]));
    for (const ticket of this.state.slices.tickets.values()) {
      if (tickets.has(ticket.status)) tickets.set(ticket.status, tickets.get(ticket.status)! + 1);
    }
    const since = now - hourMs;
    while (this.incidents.length > 0 && this.incidents[0]!.at < since) this.incidents.shift();
    const incidents = new Map<Priority, number>(priorities.map((priority) => [priority, 0]));
    for (const incident of this.incidents) incidents.set(incident.priority, incidents.get(incident.priority)! + 1);
    return {
      at: new Date(now),
      seq: this.state.seq,
      serversOnline: servers.filter((server) => server.status?.state === 'ONLINE').length,
      serversTotal: servers.length,
      playersOnline,
      playersOnlineHistory: [...this.history, { at: new Date(now), players: playersOnline }],
      serversNeedingAttention: servers
        .filter((server) => attentionRank(server) >= 0)
        .sort((a, b) => attentionRank(a) - attentionRank(b) || a.id.localeCompare(b.id)),
      openTickets: [...tickets].map(([status, count]) => ({ status, count })),
      incidentsLastHour: [...incidents].map(([priority, count]) => ({ priority, count })),
      ...this.rates,
    };
  }

  private sample(): void {
    this.history.push({ at: new Date(), players: this.value.playersOnline });
    if (this.history.length > this.historyLength) this.history.shift();
    this.changed();
  }

  private measureRates(): void {
    const now = { at: performance.now(), appended: this.appended, delivered: this.countDeliveries() };
    this.rateSamples.push(now);
    if (this.rateSamples.length > rateTicks + 1) this.rateSamples.shift();
    const first = this.rateSamples[0]!;
    const seconds = (now.at - first.at) / 1000;
    const rates =
      seconds > 0
        ? {
            eventsPerSecond: Math.round(((now.appended - first.appended) / seconds) * 10) / 10,
            deliveriesPerSecond: Math.round(((now.delivered - first.delivered) / seconds) * 10) / 10,
          }
        : this.rates;
    const expired = this.incidents.length > 0 && this.incidents[0]!.at < Date.now() - hourMs;
    if (rates.eventsPerSecond !== this.rates.eventsPerSecond || rates.deliveriesPerSecond !== this.rates.deliveriesPerSecond || expired) {
      this.rates = rates;
      this.changed();
    }
  }
}
