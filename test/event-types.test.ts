import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType, isEnumType, isNonNullType, isObjectType } from 'graphql';
import { createProducer, type StoredEvent } from 'vigil/producer';
import { describe, expect, it } from 'vitest';
import { type AnyEventDraft, eventTypes, streamNames } from '../src/events/envelope.ts';
import type { EventType } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const EventTypesIngest = graphql(`
  mutation EventTypesIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { id stream type }
  }
`);

const EventTypesHistory = graphql(`
  query EventTypesHistory($after: Cursor) {
    events(after: $after, first: 100) { events { id stream type } }
  }
`);

const EventTypesChatFeed = graphql(`
  subscription EventTypesChatFeed($after: Cursor) {
    chat(after: $after) { ... on ChatEvent { id type } ... on ResyncRequired { reason } }
  }
`);

const EventTypesAssign = graphql(`
  mutation EventTypesAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: "mod-anna") { type } }
`);

const EventTypesRespond = graphql(`
  mutation EventTypesRespond($ticketId: ID!) { respondToTicket(ticketId: $ticketId, body: "on it") { type } }
`);

const EventTypesStatus = graphql(`
  mutation EventTypesStatus($ticketId: ID!) { setTicketStatus(ticketId: $ticketId, status: RESOLVED) { type } }
`);

const EventTypesRevoke = graphql(`
  mutation EventTypesRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }
`);

const envelope = { serverId: 'eu-1' };
const position = { x: 1, y: 2 };

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

describe('event types', () => {
  it('should print one EventType enum holding every stream’s closed set, each value the dotted type in constant case', () => {
    const enumType = schema.getType('EventType') as GraphQLEnumType;
    expect(isEnumType(enumType)).toBe(true);
    const expected = streamNames.flatMap((stream) => eventTypes[stream].map((type) => type.replace('.', '_').toUpperCase()));
    expect(enumType.getValues().map((value) => value.name)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);

    const eventInterface = schema.getType('Event');
    const objects = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Event'));
    expect(objects.length).toBe(streamNames.length);
    for (const type of [eventInterface, ...objects]) {
      const field = (type as { getFields(): Record<string, { type: unknown }> }).getFields().type!;
      expect(isNonNullType(field.type) && (field.type as { ofType: unknown }).ofType).toBe(enumType);
    }
  });

  it('should answer every ingestable type of every stream as its enum value, while the log keeps the dotted string', async () => {
    const vigil = await startVigil();
    const { ingest } = await vigil.ok(EventTypesIngest, {
      events: [
        { serverStatus: { ...envelope, state: 'STARTING', playerCount: 0 } },
        { serverStatus: { ...envelope, state: 'ONLINE', playerCount: 1 } },
        { serverStatus: { ...envelope, state: 'RESTARTING', playerCount: 1 } },
        { serverStatus: { ...envelope, state: 'STOPPED', playerCount: 0 } },
        { telemetry: { ...envelope, cpuPercent: 1, memoryUsedMb: 1, networkInKbps: 1, networkOutKbps: 1 } },
        {
          mapEntities: {
            ...envelope,
            mapId: 'm',
            updates: [
              { entityId: 'e', kind: 'PLAYER', action: 'SPAWN', position },
              { entityId: 'e', kind: 'PLAYER', action: 'MOVE', position },
              { entityId: 'e', kind: 'PLAYER', action: 'DESPAWN', position },
            ],
          },
        },
        ...(['MESSAGE', 'WHISPER', 'JOIN', 'LEAVE'] as const).map((kind) => ({
          chat: {
            ...envelope,
            kind,
            channel: 'global',
            playerId: 'p',
            playerName: 'P',
            text: kind === 'JOIN' || kind === 'LEAVE' ? null : 'hi',
            ...(kind === 'WHISPER' ? { recipientId: 'q' } : {}),
          },
        })),
        { openTicket: { ...envelope, subject: 'stuck', body: 'help' } },
        ...(['JOIN', 'LEAVE', 'ACTIVITY'] as const).map((kind) => ({ playerActivity: { ...envelope, kind, playerId: 'p', playerName: 'P' } })),
        ...(['VIOLATION', 'BAN', 'BOT_DETECTED', 'HACK_DETECTED'] as const).map((kind) => ({
          securityIncident: { ...envelope, kind, playerId: 'p', description: 'seen' },
        })),
      ],
    });
    const [ticketId] = vigil.app.services.state.slices.tickets.keys();
    const changed: EventType[] = [
      (await vigil.ok(EventTypesAssign, { ticketId: ticketId! })).assignTicket.type,
      (await vigil.ok(EventTypesRespond, { ticketId: ticketId! })).respondToTicket.type,
      (await vigil.ok(EventTypesStatus, { ticketId: ticketId! })).setTicketStatus.type,
    ];
    expect(changed).toEqual(['TICKET_ASSIGNED', 'TICKET_RESPONSE', 'TICKET_STATUS']);

    const answered = [...ingest.map((event) => event.type), ...changed];
    const everyType = streamNames.flatMap((stream) => eventTypes[stream].map((type) => type.replace('.', '_').toUpperCase()));
    const hubOnly = ['SERVER_UNREACHABLE', 'SERVER_REACHABLE'];
    expect(new Set(answered)).toEqual(new Set(everyType.filter((type) => !hubOnly.includes(type))));

    const history = (await vigil.ok(EventTypesHistory, {})).events.events;
    expect(history.map((event) => event.type)).toEqual(answered);
    const { events: stored } = await vigil.app.services.log.read({ limit: 100 });
    expect(stored.map((event) => event.type)).toEqual(answered.map((type) => type.toLowerCase().replace('_', '.')));
  });

  it('should serve a dotted type written straight into the log as its enum value, live and in replay', async () => {
    const vigil = await serveVigil();
    const draft: AnyEventDraft = {
      stream: 'chat',
      type: 'chat.whisper',
      serverId: 'eu-1',
      key: 'global',
      occurredAt: new Date(),
      priority: 'NORMAL',
      payload: { kind: 'WHISPER', channel: 'global', playerId: 'p-1', playerName: 'Old', recipientId: 'p-2', text: 'psst' },
    };
    const [first] = await vigil.app.services.log.append([draft]);
    const feed = subscribe(vigil.sseClient(), EventTypesChatFeed, {});
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    const [second] = await vigil.app.services.ingest.append([{ ...draft, type: 'chat.message', payload: { ...draft.payload, kind: 'MESSAGE' } }], {
      kind: 'hub',
    });
    expect((await feed.next()).data?.chat).toEqual({ id: second!.event.id, type: 'CHAT_MESSAGE' });

    const replay = subscribe(vigil.sseClient({ singleConnection: true }), EventTypesChatFeed, { after: first!.event.cursor });
    expect((await replay.next()).data?.chat).toEqual({ id: second!.event.id, type: 'CHAT_MESSAGE' });
    const history = (await vigil.ok(EventTypesHistory, {})).events.events;
    expect(history.map((event) => event.type)).toEqual(['CHAT_WHISPER', 'CHAT_MESSAGE']);
  });

  it("should type the producer SDK's stored events by stream, with the enum's values", async () => {
    const vigil = await serveVigil();
    const producer = createProducer({ url: `${vigil.url}/graphql`, token: await vigil.producerToken('eu-1'), serverId: 'eu-1' });
    const whisper: StoredEvent<'CHAT'> = await producer.chat({
      kind: 'WHISPER',
      channel: 'trade',
      playerId: 'p',
      playerName: 'P',
      recipientId: 'q',
      text: 'hi',
    });
    const status: StoredEvent<'SERVER_STATUS'> = await producer.serverStatus({ state: 'ONLINE', playerCount: 3 });
    const [spawn] = await producer.mapEntities({ mapId: 'm', updates: [{ entityId: 'e', kind: 'NPC', action: 'SPAWN', position }] });
    await producer.close();
    expect([whisper.stream, whisper.type]).toEqual(['CHAT', 'CHAT_WHISPER']);
    expect([status.stream, status.type]).toEqual(['SERVER_STATUS', 'SERVER_ONLINE']);
    expect([spawn!.stream, spawn!.type]).toEqual(['MAP_ENTITIES', 'MAP_SPAWN']);
  });
});

describe('revoked producer token', () => {
  it('should answer TOKEN_REVOKED, distinct from an unknown token, on ingest and on an event stream', async () => {
    const vigil = await serveVigil();
    const issued = await vigil.app.services.producers.issue('eu-1', 'to revoke');
    const events = [{ serverStatus: { ...envelope, state: 'ONLINE' as const, playerCount: 1 } }];
    await vigil.ok(EventTypesIngest, { events }, { as: issued.token });
    await vigil.ok(EventTypesRevoke, { id: issued.id });

    const revoked = await vigil.execute(EventTypesIngest, { events }, { as: issued.token });
    expect(revoked.errors?.map((error) => error.extensions?.code)).toEqual(['TOKEN_REVOKED']);
    const unknown = await vigil.execute(EventTypesIngest, { events }, { as: `vgp_${'x'.repeat(43)}` });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const distinct = subscribe(vigil.sseClient({ as: issued.token }), EventTypesChatFeed, {});
    expect((await distinct.next()).errors?.map((error) => error.extensions?.code)).toEqual(['TOKEN_REVOKED']);
    // Single connection mode starts with the reservation: refused with the same code.
    const reservation = await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization: `Bearer ${issued.token}` } });
    expect(reservation.status).toBe(401);
    expect(await reservation.text()).toContain('TOKEN_REVOKED');
  });
});
