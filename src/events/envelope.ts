import type { StreamPayloads } from './payloads.ts';

export const streamNames = ['serverStatus', 'telemetry', 'mapEntities', 'chat', 'tickets', 'players', 'security'] as const;
export type StreamName = (typeof streamNames)[number];

/**
 * Every type of event each stream carries, dotted as stored in the log: a closed set, printed in the schema as the
 * `EventType` enum in constant case (`chat.whisper` is `CHAT_WHISPER`).
 */
export const eventTypes = {
  serverStatus: ['server.starting', 'server.online', 'server.restarting', 'server.stopped', 'server.unreachable', 'server.reachable'],
  telemetry: ['telemetry.sample'],
  mapEntities: ['map.spawn', 'map.move', 'map.despawn'],
  chat: ['chat.message', 'chat.whisper', 'chat.join', 'chat.leave'],
  tickets: ['ticket.created', 'ticket.assigned', 'ticket.response', 'ticket.status'],
  players: ['player.join', 'player.leave', 'player.activity'],
  security: ['security.violation', 'security.ban', 'security.bot_detected', 'security.hack_detected'],
} as const satisfies Record<StreamName, readonly `${string}.${string}`[]>;
export type EventType<S extends StreamName = StreamName> = (typeof eventTypes)[S][number];

/** An enum value in lower case, typed as such, so `chat.${lowerCase(kind)}` is checked against the stream's event types. */
export function lowerCase<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}

export const priorities = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;
export type Priority = (typeof priorities)[number];

export const priorityRank: Record<Priority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, CRITICAL: 3 };

/** An event as a producer (or the hub itself) hands it to the log. */
export interface EventDraft<S extends StreamName = StreamName> {
  stream: S;
  /** Dotted event type, e.g. "chat.whisper": one of `eventTypes[stream]` (the log itself stores any string). */
  type: string;
  /** The server the event comes from. */
  serverId: string;
  /** The stream's partition key subscribers filter on (serverId, mapId, channel, ticket id). */
  key: string;
  occurredAt: Date;
  priority: Priority;
  payload: StreamPayloads[S];
  /** Producer-chosen idempotency key: a retry with the same key is stored once. */
  dedupKey?: string | null;
  /**
   * Set when one producer dedupKey stands for a batch of events (a map batch): each event's dedupKey is then
   * `<dedupBatch.key>#<index>/<size>`, and a retry of the key with another size is a conflict.
   */
  dedupBatch?: { key: string; size: number } | null;
}

/** An event once it is in the log. */
export interface StoredEvent<S extends StreamName = StreamName> extends EventDraft<S> {
  id: string;
  /** Position in the log: strictly increasing, never reused within an epoch. */
  seq: number;
  cursor: string;
  receivedAt: Date;
}

/** Every stream's StoredEvent as one discriminated union, so `event.stream` narrows `event.payload`. */
export type AnyStoredEvent = { [S in StreamName]: StoredEvent<S> }[StreamName];
export type AnyEventDraft = { [S in StreamName]: EventDraft<S> }[StreamName];

export function isStream<S extends StreamName>(event: AnyStoredEvent, stream: S): event is Extract<AnyStoredEvent, { stream: S }> {
  return event.stream === stream;
}
