/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How urgent an event is. HIGH and CRITICAL events also flow to `notifications`. */
export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

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
  /** When it happened by the producer's clock; defaults to the hub's clock. */
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

export type ReportStatusMutationVariables = Exact<{
  input: ServerStatusInput;
}>;


export type ReportStatusMutation = { reportServerStatus: { id: string, cursor: string, stream: Stream, type: string, serverId: string, occurredAt: string, receivedAt: string, priority: Priority, payload: { state: ServerState, playerCount: number, maxPlayers: number | null, health: ServerHealth, message: string | null } } };

export type ServersQueryVariables = Exact<{ [key: string]: never; }>;


export type ServersQuery = { servers: { cursor: string, servers: Array<{ id: string, state: ServerState | null, playerCount: number, lastSeen: string, status: { state: ServerState, health: ServerHealth, playerCount: number, maxPlayers: number | null, message: string | null } | null }> } };

export type ServerStatusFeedSubscriptionVariables = Exact<{
  serverId?: string | number | null | undefined;
}>;


export type ServerStatusFeedSubscription = { serverStatus: { id: string, cursor: string, stream: Stream, type: string, serverId: string, occurredAt: string, receivedAt: string, priority: Priority, payload: { state: ServerState, playerCount: number, maxPlayers: number | null, health: ServerHealth, message: string | null } } };


export const ReportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServerStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportServerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"payload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"playerCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPlayers"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReportStatusMutation, ReportStatusMutationVariables>;
export const ServersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Servers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"servers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"playerCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"playerCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPlayers"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServersQuery, ServersQueryVariables>;
export const ServerStatusFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ServerStatusFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"serverId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"payload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"playerCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPlayers"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ServerStatusFeedSubscription, ServerStatusFeedSubscriptionVariables>;