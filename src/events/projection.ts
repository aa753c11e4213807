import type { AnyStoredEvent, StoredEvent } from './envelope.ts';
import type { EventLog } from './log/log.ts';
import type { MapEntityPayload, ServerStatusPayload, TicketResponseData, TicketStatus } from './payloads.ts';

export interface ServerRecord {
  id: string;
  /** Latest reported (or hub-derived) status; null until the server reports one. */
  status: ServerStatusPayload | null;
  /** The status before the hub marked the server UNREACHABLE, restored on its next report. */
  statusBeforeUnreachable: ServerStatusPayload | null;
  statusChangedAt: Date | null;
  firstSeen: Date;
  /** When the hub last received anything from the server (hub clock). */
  lastSeen: Date;
}

export interface MapEntityRecord extends MapEntityPayload {
  serverId: string;
  updatedAt: Date;
}

export interface TicketRecord {
  id: string;
  serverId: string;
  subject: string;
  body: string;
  playerId: string | null;
  category: string | null;
  status: TicketStatus;
  assignee: string | null;
  responses: TicketResponseData[];
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Current state, a projection of the log: applied in log order from every appended batch and rebuilt from the
 * log on start. Histories (telemetry samples, chat, incidents) are read from the log itself.
 */
export class StateProjection {
  /** Seq of the last applied event: the state is consistent with this log position. */
  seq = 0;
  /** Events per stream this node has applied, less what its retention removed (for metrics). */
  readonly applied = new Map<string, number>();
  readonly servers = new Map<string, ServerRecord>();
  readonly maps = new Map<string, Map<string, MapEntityRecord>>();
  readonly tickets = new Map<string, TicketRecord>();

  static async rebuild(log: EventLog, pageSize = 10_000): Promise<StateProjection> {
    const state = new StateProjection();
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
    switch (event.stream) {
      case 'serverStatus': {
        if (event.payload.state === 'UNREACHABLE' && server.status?.state !== 'UNREACHABLE') server.statusBeforeUnreachable = server.status;
        if (event.payload.state !== server.status?.state) server.statusChangedAt = event.receivedAt;
        server.status = event.payload;
        break;
      }
      case 'mapEntities': {
        let entities = this.maps.get(event.payload.mapId);
        if (!entities) this.maps.set(event.payload.mapId, (entities = new Map()));
        applyMapEntity(entities, event);
        break;
      }
      case 'tickets': {
        const { payload } = event;
        if (payload.kind === 'CREATED') {
          this.tickets.set(payload.ticketId, {
            id: payload.ticketId,
            serverId: event.serverId,
            subject: payload.subject ?? '',
            body: payload.body ?? '',
            playerId: payload.playerId,
            category: payload.category,
            status: payload.status,
            assignee: payload.assignee,
            responses: [],
            createdAt: event.receivedAt,
            updatedAt: event.receivedAt,
          });
          break;
        }
        const ticket = this.tickets.get(payload.ticketId);
        if (!ticket) break;
        ticket.status = payload.status;
        ticket.assignee = payload.assignee;
        if (payload.response) ticket.responses.push(payload.response);
        ticket.updatedAt = event.receivedAt;
        break;
      }
      default:
        break;
    }
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

/** Folds one map event into that map's entities by id: a spawn or move sets the entity, a despawn removes it. */
export function applyMapEntity(entities: Map<string, MapEntityRecord>, event: StoredEvent<'mapEntities'>): void {
  const { payload } = event;
  if (payload.action === 'DESPAWN') {
    entities.delete(payload.entityId);
    return;
  }
  // An update that leaves out heading or label keeps the entity's earlier one (a MOVE rarely repeats its name).
  const earlier = entities.get(payload.entityId);
  entities.set(payload.entityId, {
    ...payload,
    heading: payload.heading ?? earlier?.heading ?? null,
    label: payload.label ?? earlier?.label ?? null,
    serverId: event.serverId,
    updatedAt: event.receivedAt,
  });
}
