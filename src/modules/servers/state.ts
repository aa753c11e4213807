import type { AnyStoredEvent } from '../../events/envelope.ts';
import type { StateSlice } from '../../events/projection.ts';
import type { ServerStatusPayload } from './payload.ts';

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

/**
 * Every server that has sent anything, by id: its last status and when it was last heard from. Every event of every
 * stream is a sign of life of its server (see isSignOfLife), so this slice looks at all of them.
 */
export class ServersState extends Map<string, ServerRecord> implements StateSlice {
  apply(event: AnyStoredEvent): void {
    let server = this.get(event.serverId);
    if (!server) {
      server = {
        id: event.serverId,
        status: null,
        statusBeforeUnreachable: null,
        statusChangedAt: null,
        firstSeen: event.receivedAt,
        lastSeen: event.receivedAt,
      };
      this.set(event.serverId, server);
    }
    if (isSignOfLife(event)) server.lastSeen = event.receivedAt;
    if (event.stream !== 'serverStatus') return;
    if (event.payload.state === 'UNREACHABLE' && server.status?.state !== 'UNREACHABLE') server.statusBeforeUnreachable = server.status;
    if (event.payload.state !== server.status?.state) server.statusChangedAt = event.receivedAt;
    server.status = event.payload;
  }
}

/** Whether an event shows its server is alive: hub-made UNREACHABLE events and admins' ticket actions do not. */
export function isSignOfLife(event: AnyStoredEvent): boolean {
  if (event.stream === 'serverStatus') return event.payload.state !== 'UNREACHABLE';
  if (event.stream === 'tickets') return event.payload.kind === 'CREATED';
  return true;
}

declare module '../../events/projection.ts' {
  interface StateSlices {
    servers: ServersState;
  }
}
