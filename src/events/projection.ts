import type { AnyStoredEvent } from './envelope.ts';
import type { EventLog } from './log/log.ts';
import type { StreamPayloads } from './payloads.ts';

type ServerStatus = StreamPayloads['serverStatus'];

export interface ServerRecord {
  id: string;
  /** Latest reported (or hub-derived) status; null until the server reports one. */
  status: ServerStatus | null;
  /** The status before the hub marked the server UNREACHABLE, restored on its next report. */
  statusBeforeUnreachable: ServerStatus | null;
  statusChangedAt: Date | null;
  firstSeen: Date;
  /** When the hub last received anything from the server (hub clock). */
  lastSeen: Date;
}

/** One stream module's part of the current state: it folds the events it cares about, in log order. */
export interface StateSlice {
  apply(event: AnyStoredEvent): void;
}

/**
 * The stream modules' slices by name, each declared by its module (`src/modules/<stream>/state.ts`) by merging into
 * this interface; `src/modules/state.ts` makes a fresh set.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the stream modules' declaration merging
export interface StateSlices {}

/**
 * Current state, a projection of the log: applied in log order from every appended batch and rebuilt from the
 * log on start. Histories (telemetry samples, chat, incidents) are read from the log itself. The servers are the
 * core's own: every event is a sign of life, and the liveness monitor and the ingest recovery read them.
 */
export class StateProjection {
  /** Seq of the last applied event: the state is consistent with this log position. */
  seq = 0;
  /** Events per stream this node has applied, less what its retention removed (for metrics). */
  readonly applied = new Map<string, number>();
  readonly servers = new Map<string, ServerRecord>();
  private readonly folds: readonly StateSlice[];

  constructor(readonly slices: StateSlices) {
    this.folds = Object.values(slices);
  }

  static async rebuild(log: EventLog, slices: StateSlices, pageSize = 10_000): Promise<StateProjection> {
    const state = new StateProjection(slices);
    for (;;) {
      const { events } = await log.read({ afterSeq: state.seq, limit: pageSize });
      for (const event of events) state.apply(event);
      if (events.length < pageSize) return state;
    }
  }

  apply(event: AnyStoredEvent): void {
    if (event.seq <= this.seq) return;
    this.seq = event.seq;
    this.applied.set(event.stream, (this.applied.get(event.stream) ?? 0) + 1);
    const server = this.touchServer(event);
    if (event.stream === 'serverStatus') {
      if (event.payload.state === 'UNREACHABLE' && server.status?.state !== 'UNREACHABLE') server.statusBeforeUnreachable = server.status;
      if (event.payload.state !== server.status?.state) server.statusChangedAt = event.receivedAt;
      server.status = event.payload;
    }
    for (const slice of this.folds) slice.apply(event);
  }

  private touchServer(event: AnyStoredEvent): ServerRecord {
    let server = this.servers.get(event.serverId);
    if (!server) {
      server = {
        id: event.serverId,
        status: null,
        statusBeforeUnreachable: null,
        statusChangedAt: null,
        firstSeen: event.receivedAt,
        lastSeen: event.receivedAt,
      };
      this.servers.set(event.serverId, server);
    }
    if (isSignOfLife(event)) server.lastSeen = event.receivedAt;
    return server;
  }
}

/** Whether an event shows its server is alive: hub-made UNREACHABLE events and admins' ticket actions do not. */
export function isSignOfLife(event: AnyStoredEvent): boolean {
  if (event.stream === 'serverStatus') return event.payload.state !== 'UNREACHABLE';
  if (event.stream === 'tickets') return event.payload.kind === 'CREATED';
  return true;
}
