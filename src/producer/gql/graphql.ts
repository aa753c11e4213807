/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a chat event is: a channel message, a private whisper, or a player joining or leaving a channel. */
export type ChatKind =
  | 'JOIN'
  | 'LEAVE'
  | 'MESSAGE'
  | 'WHISPER';

/** A chat event reported by a game server. */
export type ChatMessageInput = {
  /** The chat channel, 1 to 64 characters. */
  channel: string;
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  kind?: ChatKind;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  /** The player who speaks, whispers, joins or leaves. */
  playerId: string | number;
  /** The player's display name. */
  playerName: string;
  /** Overrides the default priority of this event type. */
  priority?: Priority | null | undefined;
  /** Required for WHISPER, refused otherwise. */
  recipientId?: string | number | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
  /** Required and not blank for MESSAGE and WHISPER (at most 2000 characters), refused for JOIN and LEAVE. */
  text?: string | null | undefined;
};

/** What happened to an entity: it appeared, moved, or left the map. */
export type EntityAction =
  | 'DESPAWN'
  | 'MOVE'
  | 'SPAWN';

/** What an entity on a map is: a player, a creature, an NPC, a map event or a waypoint. */
export type EntityKind =
  | 'CREATURE'
  | 'EVENT'
  | 'NPC'
  | 'PLAYER'
  | 'WAYPOINT';

/** One entity appearing on, moving on, or leaving the map. */
export type EntityUpdateInput = {
  action: EntityAction;
  entityId: string | number;
  /** Facing direction in degrees, 0..360; left out, the entity keeps its earlier one. */
  heading?: number | null | undefined;
  kind: EntityKind;
  /** Display name shown next to the entity; left out, the entity keeps its earlier one. */
  label?: string | null | undefined;
  /** Where the entity is; for DESPAWN, where it was last. */
  position: PositionInput;
};

/** What an event is. Each stream has its own closed set of values, prefixed by the stream's subject (SERVER_, TELEMETRY_, MAP_, CHAT_, TICKET_, PLAYER_, SECURITY_); the log stores each as its dotted lower-case form (`CHAT_WHISPER` is stored as `chat.whisper`). */
export type EventType =
  /** chat: a player joined a channel. */
  | 'CHAT_JOIN'
  /** chat: a player left a channel. */
  | 'CHAT_LEAVE'
  /** chat: a message on a channel. */
  | 'CHAT_MESSAGE'
  /** chat: a private message to one player. */
  | 'CHAT_WHISPER'
  /** mapEntities: an entity left the map. */
  | 'MAP_DESPAWN'
  /** mapEntities: an entity moved. */
  | 'MAP_MOVE'
  /** mapEntities: an entity appeared on the map. */
  | 'MAP_SPAWN'
  /** players: something a player did. */
  | 'PLAYER_ACTIVITY'
  /** players: a player joined the server. */
  | 'PLAYER_JOIN'
  /** players: a player left the server. */
  | 'PLAYER_LEAVE'
  /** security: a ban. */
  | 'SECURITY_BAN'
  /** security: a bot was detected. */
  | 'SECURITY_BOT_DETECTED'
  /** security: a hack was detected. */
  | 'SECURITY_HACK_DETECTED'
  /** security: a rule violation. */
  | 'SECURITY_VIOLATION'
  /** serverStatus: the server reports ONLINE. */
  | 'SERVER_ONLINE'
  /** serverStatus: the hub heard again from an UNREACHABLE server; its last state is restored. */
  | 'SERVER_REACHABLE'
  /** serverStatus: the server reports RESTARTING. */
  | 'SERVER_RESTARTING'
  /** serverStatus: the server reports STARTING. */
  | 'SERVER_STARTING'
  /** serverStatus: the server reports STOPPED. */
  | 'SERVER_STOPPED'
  /** serverStatus: the hub marked the server UNREACHABLE after a silence. */
  | 'SERVER_UNREACHABLE'
  /** telemetry: a metrics sample. */
  | 'TELEMETRY_SAMPLE'
  /** tickets: a ticket was assigned to an admin. */
  | 'TICKET_ASSIGNED'
  /** tickets: a ticket was opened. */
  | 'TICKET_CREATED'
  /** tickets: an admin replied on a ticket. */
  | 'TICKET_RESPONSE'
  /** tickets: a ticket moved to another status. */
  | 'TICKET_STATUS';

/** What a game server detected or did about a player. */
export type IncidentKind =
  | 'BAN'
  | 'BOT_DETECTED'
  | 'HACK_DETECTED'
  | 'VIOLATION';

/** One element of a mixed ingest batch: set exactly one member. */
export type IngestEvent =
  {   chat: ChatMessageInput; mapEntities?: never; openTicket?: never; playerActivity?: never; securityIncident?: never; serverStatus?: never; telemetry?: never; }
  |  { chat?: never;   mapEntities: MapEntitiesInput; openTicket?: never; playerActivity?: never; securityIncident?: never; serverStatus?: never; telemetry?: never; }
  |  { chat?: never; mapEntities?: never;   openTicket: OpenTicketInput; playerActivity?: never; securityIncident?: never; serverStatus?: never; telemetry?: never; }
  |  { chat?: never; mapEntities?: never; openTicket?: never;   playerActivity: PlayerActivityInput; securityIncident?: never; serverStatus?: never; telemetry?: never; }
  |  { chat?: never; mapEntities?: never; openTicket?: never; playerActivity?: never;   securityIncident: SecurityIncidentInput; serverStatus?: never; telemetry?: never; }
  |  { chat?: never; mapEntities?: never; openTicket?: never; playerActivity?: never; securityIncident?: never;   serverStatus: ServerStatusInput; telemetry?: never; }
  |  { chat?: never; mapEntities?: never; openTicket?: never; playerActivity?: never; securityIncident?: never; serverStatus?: never;   telemetry: TelemetryInput; };

/** A batch of entity updates on one map, stored all together or not at all. */
export type MapEntitiesInput = {
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. It stands for the whole batch: a retry with other updates, or another number of them, is a CONFLICT. */
  dedupKey?: string | null | undefined;
  mapId: string | number;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  /** Overrides the default priority of this event type. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
  /** 1 to 1000 updates, applied in order. */
  updates: Array<EntityUpdateInput>;
};

export type OpenTicketInput = {
  body: string;
  /** Free-form, e.g. "billing" or "bug". */
  category?: string | null | undefined;
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  /** The player opening the ticket. */
  playerId?: string | null | undefined;
  /** Overrides the default priority, NORMAL. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
  subject: string;
};

/** A player joining, leaving, or acting on a game server, as the server reports it. */
export type PlayerActivityInput = {
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  /** Free-form description, at most 500 characters, e.g. "reached level 20". */
  detail?: string | null | undefined;
  /** The player's account email; shown to ADMIN only. */
  email?: string | null | undefined;
  /** The player's IPv4 or IPv6 address; shown to ADMIN only. */
  ipAddress?: string | null | undefined;
  kind: PlayerActivityKind;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  playerId: string | number;
  /** The player's display name, 1 to 64 characters. */
  playerName: string;
  /** Overrides the default priority of this event type. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
};

/** What a player did: joined or left the server, or anything else worth noting (ACTIVITY). */
export type PlayerActivityKind =
  | 'ACTIVITY'
  | 'JOIN'
  | 'LEAVE';

/** A point in map coordinates; leave `z` out on flat maps. */
export type PositionInput = {
  x: number;
  y: number;
  z?: number | null | undefined;
};

/** How urgent an event is. HIGH and CRITICAL events also flow to `notifications`. */
export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

export type SecurityIncidentInput = {
  /** BAN only: how long, in seconds; omit for a permanent ban. */
  banDurationSeconds?: number | null | undefined;
  /** How sure the detector is, 0..1. */
  confidence?: number | null | undefined;
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  description: string;
  kind: IncidentKind;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  /** The player concerned, when known. */
  playerId?: string | null | undefined;
  /** Overrides the default priority: CRITICAL for HACK_DETECTED, HIGH for BAN and BOT_DETECTED, NORMAL for VIOLATION. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
};

export type ServerHealth =
  | 'CRITICAL'
  | 'DEGRADED'
  | 'HEALTHY';

/** Lifecycle state of a game server. UNREACHABLE is set by the hub when a server goes silent. */
export type ServerState =
  | 'ONLINE'
  | 'RESTARTING'
  | 'STARTING'
  | 'STOPPED'
  | 'UNREACHABLE';

export type ServerStatusInput = {
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  /** Defaults to HEALTHY. */
  health?: ServerHealth | null | undefined;
  maxPlayers?: number | null | undefined;
  message?: string | null | undefined;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  playerCount: number;
  /** Overrides the default priority of this event type. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
  state: ServerState;
};

/** The event streams of the hub. */
export type Stream =
  | 'CHAT'
  | 'MAP_ENTITIES'
  | 'PLAYERS'
  | 'SECURITY'
  | 'SERVER_STATUS'
  | 'TELEMETRY'
  | 'TICKETS';

export type TelemetryInput = {
  /** CPU load, 0..100. */
  cpuPercent: number;
  /** Database query latency, in milliseconds. */
  dbLatencyMs?: number | null | undefined;
  /** Database queries per second. */
  dbQueriesPerSecond?: number | null | undefined;
  /** Idempotency key: a retry with the same key is stored once and answered with the original event. */
  dedupKey?: string | null | undefined;
  /** Memory available to the server, in megabytes. */
  memoryTotalMb?: number | null | undefined;
  /** Memory in use, in megabytes. */
  memoryUsedMb: number;
  /** Inbound network traffic, in kilobits per second. */
  networkInKbps: number;
  /** Outbound network traffic, in kilobits per second. */
  networkOutKbps: number;
  /** When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock. */
  occurredAt?: string | null | undefined;
  /** Overrides the default priority of this event type. */
  priority?: Priority | null | undefined;
  /** The reporting game server; a producer token may only report as its own server. */
  serverId: string | number;
  /** Simulation ticks per second. */
  tickRate?: number | null | undefined;
};

export type ProducerIngestMutationVariables = Exact<{
  events: Array<IngestEvent> | IngestEvent;
}>;


export type ProducerIngestMutation = { ingest: Array<
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
    | { id: string, cursor: string, stream: Stream, type: EventType, serverId: string, occurredAt: string, receivedAt: string, priority: Priority }
  > };

export type SimulatorIssueProducerTokenMutationVariables = Exact<{
  serverId: string | number;
  label?: string | null | undefined;
}>;


export type SimulatorIssueProducerTokenMutation = { issueProducerToken: { token: string, producerToken: { id: string, serverId: string } } };

export type SimulatorRevokeProducerTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type SimulatorRevokeProducerTokenMutation = { revokeProducerToken: { id: string, revokedAt: string | null } };


export const ProducerIngestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProducerIngest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestEvent"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<ProducerIngestMutation, ProducerIngestMutationVariables>;
export const SimulatorIssueProducerTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulatorIssueProducerToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueProducerToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"producerToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}}]}}]}}]}}]} as unknown as DocumentNode<SimulatorIssueProducerTokenMutation, SimulatorIssueProducerTokenMutationVariables>;
export const SimulatorRevokeProducerTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulatorRevokeProducerToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeProducerToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<SimulatorRevokeProducerTokenMutation, SimulatorRevokeProducerTokenMutationVariables>;