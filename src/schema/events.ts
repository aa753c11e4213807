import type { ArgBuilder, ObjectRef } from '@pothos/core';
import { GraphQLError, Kind } from 'graphql';
import { z } from 'zod';
import { roles, streamReaders } from '../auth/roles.ts';
import { requires } from '../auth/scopes.ts';
import { CursorFormatError, decodeCursor, encodeCursor } from '../events/cursor.ts';
import {
  type AnyStoredEvent,
  type EventDraft,
  type EventType,
  eventTypes,
  type Priority,
  priorities,
  type StoredEvent,
  type StreamName,
  streamNames,
} from '../events/envelope.ts';
import { type FeedItem, FeedRequest, type FeedSpec, isResyncRequired, type ResyncReason, type ResyncRequired } from '../events/feed.ts';
import type { StreamPayloads } from '../events/payloads.ts';
import { builder, type VigilContext, type VigilTypes } from './builder.ts';
import { type ErrorCode, vigilError } from './errors.ts';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string with offset (e.g. "2026-11-22T10:15:00.000Z").',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be an ISO-8601 string, got ${JSON.stringify(value)}`);
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string');
    return date;
  },
});

function parseCursor(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('Cursor must be a string');
  try {
    decodeCursor(value);
  } catch (error) {
    if (error instanceof CursorFormatError) throw new GraphQLError(error.message);
    throw error;
  }
  return value;
}

builder.scalarType('Cursor', {
  description: 'An opaque position in the event log. Pass it back as `after` to continue from there.',
  serialize: (value) => String(value),
  parseValue: parseCursor,
  parseLiteral: (ast) => parseCursor(ast.kind === Kind.STRING ? ast.value : null),
});

export const StreamEnum = builder.enumType('Stream', {
  description: 'The event streams of the hub.',
  values: Object.fromEntries(streamNames.map((name) => [toConstantCase(name), { value: name }])) as Record<string, { value: StreamName }>,
});

export const PriorityEnum = builder.enumType('Priority', {
  values: priorities,
  description: 'How urgent an event is. HIGH and CRITICAL events also flow to `notifications`.',
});

export function toConstantCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The `EventType` enum value of a stored dotted type: `chat.whisper` is `CHAT_WHISPER`, `security.bot_detected` is `SECURITY_BOT_DETECTED`. */
export function eventTypeName(type: EventType): string {
  return type.replace('.', '_').toUpperCase();
}

const eventTypeDescriptions: Record<EventType, string> = {
  'server.starting': 'serverStatus: the server reports STARTING.',
  'server.online': 'serverStatus: the server reports ONLINE.',
  'server.restarting': 'serverStatus: the server reports RESTARTING.',
  'server.stopped': 'serverStatus: the server reports STOPPED.',
  'server.unreachable': 'serverStatus: the hub marked the server UNREACHABLE after a silence.',
  'server.reachable': 'serverStatus: the hub heard again from an UNREACHABLE server; its last state is restored.',
  'telemetry.sample': 'telemetry: a metrics sample.',
  'map.spawn': 'mapEntities: an entity appeared on the map.',
  'map.move': 'mapEntities: an entity moved.',
  'map.despawn': 'mapEntities: an entity left the map.',
  'chat.message': 'chat: a message on a channel.',
  'chat.whisper': 'chat: a private message to one player.',
  'chat.join': 'chat: a player joined a channel.',
  'chat.leave': 'chat: a player left a channel.',
  'ticket.created': 'tickets: a ticket was opened.',
  'ticket.assigned': 'tickets: a ticket was assigned to an admin.',
  'ticket.response': 'tickets: an admin replied on a ticket.',
  'ticket.status': 'tickets: a ticket moved to another status.',
  'player.join': 'players: a player joined the server.',
  'player.leave': 'players: a player left the server.',
  'player.activity': 'players: something a player did.',
  'security.violation': 'security: a rule violation.',
  'security.ban': 'security: a ban.',
  'security.bot_detected': 'security: a bot was detected.',
  'security.hack_detected': 'security: a hack was detected.',
};

export const EventTypeEnum = builder.enumType('EventType', {
  description:
    "What an event is. Each stream has its own closed set of values, prefixed by the stream's subject (SERVER_, TELEMETRY_, MAP_, CHAT_, TICKET_, PLAYER_, SECURITY_); the log stores each as its dotted lower-case form (`CHAT_WHISPER` is stored as `chat.whisper`).",
  values: Object.fromEntries(
    streamNames.flatMap((stream) =>
      eventTypes[stream].map((type) => [eventTypeName(type), { value: type, description: eventTypeDescriptions[type] }]),
    ),
  ) as Record<string, { value: EventType; description: string }>,
});

/** Every event shares this envelope; each stream adds its typed `payload`. */
export const EventInterface = builder.interfaceRef<AnyStoredEvent>('Event').implement({
  description: 'The envelope every event carries.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique event id, assigned by the hub.' }),
    cursor: t.field({ type: 'Cursor', description: "This event's position in the log; resume after it.", resolve: (e) => e.cursor }),
    stream: t.field({ type: StreamEnum, resolve: (e) => e.stream }),
    type: t.field({
      type: EventTypeEnum,
      description: "What the event is, one of its stream's values (e.g. CHAT_WHISPER).",
      resolve: (e) => e.type as EventType,
    }),
    serverId: t.exposeID('serverId', { description: 'The game server the event comes from.' }),
    occurredAt: t.field({ type: 'DateTime', description: "When it happened, by the producer's clock.", resolve: (e) => e.occurredAt }),
    receivedAt: t.field({ type: 'DateTime', description: "When the hub stored it, by the hub's clock.", resolve: (e) => e.receivedAt }),
    priority: t.field({ type: PriorityEnum, resolve: (e) => e.priority }),
  }),
});

/** Declares `<Name>Event`: the envelope plus `payload` of the stream's payload type. */
export function eventObjectType<S extends StreamName>(
  stream: S,
  name: string,
  payloadRef: ObjectRef<VigilTypes, StreamPayloads[S]>,
  description: string,
) {
  const readers = streamReaders[stream];
  return builder.objectRef<Extract<AnyStoredEvent, { stream: S }>>(name).implement({
    description,
    // A producer reads back what it ingested; everyone else needs a role that may read the stream.
    ...(readers.length < roles.length ? requires([...readers, 'PRODUCER']) : {}),
    interfaces: [EventInterface],
    isTypeOf: (value) => (value as AnyStoredEvent).stream === stream,
    fields: (t) => ({
      payload: t.field({ type: payloadRef, resolve: (e) => e.payload as never }),
    }),
  });
}

const maxClockAheadMs = 3_600_000;

/** The envelope fields every ingest input shares. */
export interface EnvelopeInput {
  serverId: string;
  occurredAt?: Date | null;
  priority?: Priority | null;
  dedupKey?: string | null;
}

export const envelopeInputDescriptions = {
  serverId: 'The reporting game server; a producer token may only report as its own server.',
  occurredAt: "When it happened by the producer's clock, at most an hour ahead of the hub's; defaults to the hub's clock.",
  priority: 'Overrides the default priority of this event type.',
  dedupKey: 'Idempotency key: a retry with the same key is stored once and answered with the original event.',
} as const;

/** The envelope fields of every ingest input; `descriptions` refines the generic wording for one stream. */
export function envelopeInputFields(
  t: PothosSchemaTypes.InputFieldBuilder<VigilTypes, 'InputObject'>,
  descriptions: { priority?: string; dedupKey?: string } = {},
) {
  return {
    serverId: t.id({ description: envelopeInputDescriptions.serverId }),
    occurredAt: t.field({ type: 'DateTime', required: false, description: envelopeInputDescriptions.occurredAt }),
    priority: t.field({ type: PriorityEnum, required: false, description: descriptions.priority ?? envelopeInputDescriptions.priority }),
    dedupKey: t.string({ required: false, description: descriptions.dedupKey ?? envelopeInputDescriptions.dedupKey }),
  };
}

/** The rules of the envelope fields, first in every ingest input's rules (they come first in its fields too). */
export const envelopeRules = {
  serverId: z.string().min(1).max(128),
  // Clock skew is minutes; a time further ahead is a broken clock or a wrong time zone, and would sort wrongly.
  occurredAt: z.date().refine((date) => date.getTime() <= Date.now() + maxClockAheadMs, 'must be at most an hour ahead of the hub clock'),
  dedupKey: z.string().min(1).max(200),
};

/** Builds a draft from an ingest input's envelope fields. */
export function draftFrom<S extends StreamName>(
  input: EnvelopeInput,
  draft: { stream: S; type: EventType<S>; key: string; payload: StreamPayloads[S]; defaultPriority: Priority },
): EventDraft<S> {
  return {
    stream: draft.stream,
    type: draft.type,
    key: draft.key,
    payload: draft.payload,
    serverId: input.serverId,
    occurredAt: input.occurredAt ?? new Date(),
    priority: input.priority ?? draft.defaultPriority,
    dedupKey: input.dedupKey ?? null,
  };
}

/** Turns an opaque cursor argument into a log sequence, refusing cursors of another log. */
export function seqFromCursor(cursor: string | null | undefined, epoch: string, argument = 'after'): number | undefined {
  if (cursor == null) return undefined;
  const position = decodeCursor(cursor);
  if (position.epoch !== epoch)
    throw vigilError('BAD_USER_INPUT' satisfies ErrorCode, `${argument}: the cursor belongs to another event log (epoch ${position.epoch})`);
  return position.seq;
}

export function cursorAt(seq: number, epoch: string): string {
  return encodeCursor({ epoch, seq });
}

export const ResyncReasonEnum = builder.enumType('ResyncReason', {
  description: 'Why a cursor cannot be resumed from.',
  values: {
    UNKNOWN_LOG: { description: 'The cursor is malformed or belongs to another event log (e.g. a wiped one).' },
    TRIMMED: { description: 'Retention has removed events after the cursor.' },
    FUTURE_CURSOR: { description: 'The cursor is ahead of the log.' },
  } satisfies Record<ResyncReason, { description: string }>,
});

export const ResyncRequiredRef = builder.objectRef<ResyncRequired>('ResyncRequired').implement({
  description:
    'The `after` cursor cannot be served without a gap: reload state with a query, then subscribe after its cursor. The stream ends after this.',
  fields: (t) => ({
    reason: t.field({ type: ResyncReasonEnum, resolve: (r) => r.reason }),
    message: t.exposeString('message'),
    cursor: t.field({ type: 'Cursor', description: 'The head of the log when the resync was decided.', resolve: (r) => r.cursor }),
  }),
});

/** `<Name>Feed`: what a subscription delivers, its events or one final ResyncRequired. */
export function feedUnion<S extends StreamName>(name: string, eventRef: ObjectRef<VigilTypes, StoredEvent<S>>) {
  return builder.unionType(name, {
    types: [eventRef, ResyncRequiredRef],
    resolveType: (item) => (isResyncRequired(item as FeedItem) ? ResyncRequiredRef : eventRef),
  });
}

export function afterArg(arg: ArgBuilder<VigilTypes>) {
  return arg({
    type: 'Cursor',
    required: false,
    description:
      'Replay every event after this cursor, then continue live with no gap. A `Last-Event-ID` header (an EventSource reconnecting) takes precedence.',
  });
}

/**
 * Opens a subscription's feed. An EventSource reconnects with its original URL (and so its original `after`) plus
 * Last-Event-ID, the cursor of the last event it received: that header, when present, is where it stands.
 */
export function subscribeFeed<E extends StoredEvent>(
  context: VigilContext,
  spec: FeedSpec<E>,
  after: string | null | undefined,
): AsyncIterable<E | ResyncRequired> {
  const cursor = context.request.headers.get('last-event-id') || after || null;
  return new FeedRequest(context.services, spec, cursor);
}
