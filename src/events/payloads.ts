/** The typed payload each stream carries, stored as JSON in the log and exposed through the GraphQL payload types. */

export const serverStates = ['STARTING', 'ONLINE', 'RESTARTING', 'STOPPED', 'UNREACHABLE'] as const;
export type ServerState = (typeof serverStates)[number];

export const serverHealths = ['HEALTHY', 'DEGRADED', 'CRITICAL'] as const;
export type ServerHealth = (typeof serverHealths)[number];

export interface ServerStatusPayload {
  state: ServerState;
  playerCount: number;
  maxPlayers: number | null;
  health: ServerHealth;
  message: string | null;
}

export interface TelemetryPayload {
  cpuPercent: number;
  memoryUsedMb: number;
  memoryTotalMb: number | null;
  networkInKbps: number;
  networkOutKbps: number;
  dbQueriesPerSecond: number | null;
  dbLatencyMs: number | null;
  tickRate: number | null;
}

export const entityKinds = ['PLAYER', 'CREATURE', 'NPC', 'EVENT', 'WAYPOINT'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const entityActions = ['SPAWN', 'MOVE', 'DESPAWN'] as const;
export type EntityAction = (typeof entityActions)[number];

export interface Position {
  x: number;
  y: number;
  z: number | null;
}

export interface MapEntityPayload {
  mapId: string;
  entityId: string;
  kind: EntityKind;
  action: EntityAction;
  position: Position;
  heading: number | null;
  label: string | null;
}

export const chatKinds = ['MESSAGE', 'WHISPER', 'JOIN', 'LEAVE'] as const;
export type ChatKind = (typeof chatKinds)[number];

export interface ChatPayload {
  kind: ChatKind;
  channel: string;
  playerId: string;
  playerName: string;
  /** The whisper's recipient; null for channel traffic. */
  recipientId: string | null;
  /** Message text; null for join/leave. */
  text: string | null;
}

export const ticketStatuses = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_PLAYER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketEventKinds = ['CREATED', 'STATUS_CHANGED', 'RESPONSE_ADDED', 'ASSIGNED'] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

export interface TicketResponseData {
  id: string;
  author: string;
  body: string;
  at: string;
}

export interface TicketPayload {
  kind: TicketEventKind;
  ticketId: string;
  /** Set on CREATED. */
  subject: string | null;
  body: string | null;
  playerId: string | null;
  category: string | null;
  /** Status after this event. */
  status: TicketStatus;
  previousStatus: TicketStatus | null;
  assignee: string | null;
  response: TicketResponseData | null;
  /** Who did it: the producing server for CREATED, the admin otherwise. */
  actor: string;
}

export const playerActivityKinds = ['JOIN', 'LEAVE', 'ACTIVITY'] as const;
export type PlayerActivityKind = (typeof playerActivityKinds)[number];

export interface PlayerActivityPayload {
  kind: PlayerActivityKind;
  playerId: string;
  playerName: string;
  /** Free-form description of the activity, e.g. "reached level 20". */
  detail: string | null;
  ipAddress: string | null;
  email: string | null;
}

export const incidentKinds = ['VIOLATION', 'BAN', 'BOT_DETECTED', 'HACK_DETECTED'] as const;
export type IncidentKind = (typeof incidentKinds)[number];

export interface SecurityIncidentPayload {
  kind: IncidentKind;
  playerId: string | null;
  description: string;
  /** How sure the detector is, 0..1. */
  confidence: number | null;
  /** Set on BAN: how long, in seconds; null for permanent. */
  banDurationSeconds: number | null;
}

export interface StreamPayloads {
  serverStatus: ServerStatusPayload;
  telemetry: TelemetryPayload;
  mapEntities: MapEntityPayload;
  chat: ChatPayload;
  tickets: TicketPayload;
  players: PlayerActivityPayload;
  security: SecurityIncidentPayload;
}
