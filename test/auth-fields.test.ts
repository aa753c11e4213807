import { readFileSync } from 'node:fs';
import { buildSchema, type ConstDirectiveNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ChatMessageInput, PlayerActivityInput } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const adminRoles = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'] as const;
type AdminRole = (typeof adminRoles)[number];

graphql(`
  fragment AuthChatFields on ChatEvent { id payload { kind channel text } }
`);
graphql(`
  fragment AuthPlayerFields on PlayerEvent { id payload { playerId ipAddress email } }
`);

const AuthFieldsChatPost = graphql(`
  mutation AuthFieldsChatPost($input: ChatMessageInput!) { postChatMessage(input: $input) { ...AuthChatFields } }
`);
const AuthFieldsChatRecent = graphql(`
  query AuthFieldsChatRecent { chatMessages { messages { ...AuthChatFields } } }
`);
const AuthFieldsChatFeed = graphql(`
  subscription AuthFieldsChatFeed { chat { ...AuthChatFields } }
`);
const AuthFieldsPlayerReport = graphql(`
  mutation AuthFieldsPlayerReport($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { ...AuthPlayerFields } }
`);
const AuthFieldsPlayerRecent = graphql(`
  query AuthFieldsPlayerRecent { playerActivity { events { ...AuthPlayerFields } } }
`);
const AuthFieldsPlayerFeed = graphql(`
  subscription AuthFieldsPlayerFeed { players { ...AuthPlayerFields } }
`);
const AuthFieldsSecurityReport = graphql(`
  mutation AuthFieldsSecurityReport($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id cursor priority } }
`);
const AuthFieldsStatusReport = graphql(`
  mutation AuthFieldsStatusReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor priority } }
`);
const AuthFieldsTelemetryReport = graphql(`
  mutation AuthFieldsTelemetryReport($input: TelemetryInput!) { reportTelemetry(input: $input) { id cursor } }
`);
const AuthFieldsNotifications = graphql(`
  subscription AuthFieldsNotifications($after: Cursor) {
    notifications(after: $after) {
      __typename
      ... on Event { id stream priority }
      ...AuthChatFields
      ...AuthPlayerFields
    }
  }
`);
const AuthFieldsEvents = graphql(`
  query AuthFieldsEvents($stream: Stream) {
    events(stream: $stream) { events { id stream ...AuthChatFields ...AuthPlayerFields } }
  }
`);

const whisper: ChatMessageInput = {
  serverId: 'eu-1',
  kind: 'WHISPER',
  channel: 'trade',
  playerId: 'p-1',
  playerName: 'Ayla',
  recipientId: 'p-2',
  text: 'psst, 50 gold',
};
const channelMessage: ChatMessageInput = { serverId: 'eu-1', channel: 'global', playerId: 'p-2', playerName: 'Bo', text: 'hello all' };
const joinWithPersonalData: PlayerActivityInput = {
  serverId: 'eu-1',
  kind: 'JOIN',
  playerId: 'p-1',
  playerName: 'Ayla',
  ipAddress: '203.0.113.7',
  email: 'ayla@example.test',
};

/** Who reads what (README.md, "Roles and tokens"), written out here so a wrong rule in src fails. */
const whisperTextReaders: readonly AdminRole[] = ['ADMIN', 'MODERATOR'];
const chatReaders: readonly AdminRole[] = ['ADMIN', 'MODERATOR', 'SUPPORT'];
const personalDataReaders: readonly AdminRole[] = ['ADMIN'];

describe('restricted fields', () => {
  it.each(adminRoles)('should show whisper text only to whisper readers, and channel text to every chat reader, in queries (%s)', async (role) => {
    const vigil = await startVigil();
    await vigil.ok(AuthFieldsChatPost, { input: whisper });
    await vigil.ok(AuthFieldsChatPost, { input: channelMessage });
    const result = await vigil.execute(AuthFieldsChatRecent, {}, { as: await vigil.adminToken([role]) });
    if (!chatReaders.includes(role)) {
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      return;
    }
    expect(result.errors).toBeUndefined();
    expect(result.data?.chatMessages.messages.map((m) => m.payload)).toEqual([
      { kind: 'WHISPER', channel: 'trade', text: whisperTextReaders.includes(role) ? 'psst, 50 gold' : null },
      { kind: 'MESSAGE', channel: 'global', text: 'hello all' },
    ]);
  });

  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should redact whisper text on live chat for SUPPORT only (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feeds = new Map(
        await Promise.all(
          (['ADMIN', 'MODERATOR', 'SUPPORT'] as const).map(async (role) => {
            const client = vigil.sseClient({ singleConnection, as: await vigil.adminToken([role], { sub: role }) });
            return [role, subscribe(client, AuthFieldsChatFeed)] as const;
          }),
        ),
      );
      await waitFor(() => vigil.app.services.hub.subscriberCount === 3, 5_000, 'three chat subscribers');
      await vigil.ok(AuthFieldsChatPost, { input: whisper });
      await vigil.ok(AuthFieldsChatPost, { input: channelMessage });

      for (const [role, feed] of feeds) {
        const [first, second] = await feed.take(2);
        expect(first?.errors).toBeUndefined();
        expect(first?.data?.chat).toMatchObject({ payload: { kind: 'WHISPER', text: role === 'SUPPORT' ? null : 'psst, 50 gold' } });
        expect(second?.data?.chat).toMatchObject({ payload: { kind: 'MESSAGE', text: 'hello all' } });
      }
    },
  );

  it('should give the reporting producer its whisper back in full', async () => {
    const vigil = await startVigil();
    const { postChatMessage } = await vigil.ok(AuthFieldsChatPost, { input: whisper });
    expect(postChatMessage.payload.text).toBe('psst, 50 gold');
  });

  it.each(adminRoles)('should show a player’s IP address and email only to ADMIN in queries (%s)', async (role) => {
    const vigil = await startVigil();
    await vigil.ok(AuthFieldsPlayerReport, { input: joinWithPersonalData });
    const { playerActivity } = await vigil.ok(AuthFieldsPlayerRecent, {}, { as: await vigil.adminToken([role]) });
    const visible = personalDataReaders.includes(role);
    expect(playerActivity.events.map((e) => e.payload)).toEqual([
      { playerId: 'p-1', ipAddress: visible ? '203.0.113.7' : null, email: visible ? 'ayla@example.test' : null },
    ]);
  });

  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should show personal data on live player events only to ADMIN (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feeds = await Promise.all(
        adminRoles.map(
          async (role) =>
            [
              role,
              subscribe(vigil.sseClient({ singleConnection, as: await vigil.adminToken([role], { sub: role }) }), AuthFieldsPlayerFeed),
            ] as const,
        ),
      );
      await waitFor(() => vigil.app.services.hub.subscriberCount === adminRoles.length, 5_000, 'a player subscriber per role');
      await vigil.ok(AuthFieldsPlayerReport, { input: joinWithPersonalData });
      for (const [role, feed] of feeds) {
        const visible = personalDataReaders.includes(role);
        expect((await feed.next()).data?.players).toMatchObject({
          payload: { playerId: 'p-1', ipAddress: visible ? '203.0.113.7' : null, email: visible ? 'ayla@example.test' : null },
        });
      }
    },
  );

  it('should apply the same field rules to the events history', async () => {
    const vigil = await startVigil();
    await vigil.ok(AuthFieldsChatPost, { input: whisper });
    await vigil.ok(AuthFieldsPlayerReport, { input: joinWithPersonalData });
    const support = await vigil.adminToken(['SUPPORT']);
    const { events } = await vigil.ok(AuthFieldsEvents, {}, { as: support });
    expect(events.events.map((e) => ('payload' in e ? e.payload : null))).toEqual([
      { kind: 'WHISPER', channel: 'trade', text: null },
      { playerId: 'p-1', ipAddress: null, email: null },
    ]);
  });
});

describe('streams a viewer may not see', () => {
  const streamReaders = {
    SERVER_STATUS: adminRoles,
    PLAYERS: adminRoles,
    TELEMETRY: ['ADMIN', 'OPERATOR'],
    MAP_ENTITIES: ['ADMIN', 'OPERATOR', 'MODERATOR'],
    CHAT: ['ADMIN', 'MODERATOR', 'SUPPORT'],
    TICKETS: ['ADMIN', 'MODERATOR', 'SUPPORT'],
    SECURITY: ['ADMIN', 'MODERATOR'],
  } as const satisfies Record<string, readonly AdminRole[]>;

  it.each(adminRoles)('should leave them out of the events history and refuse them by name (%s)', async (role) => {
    const vigil = await startVigil();
    await vigil.ok(AuthFieldsStatusReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    await vigil.ok(AuthFieldsTelemetryReport, { input: { serverId: 'eu-1', cpuPercent: 1, memoryUsedMb: 1, networkInKbps: 1, networkOutKbps: 1 } });
    await vigil.ok(AuthFieldsChatPost, { input: channelMessage });
    await vigil.ok(AuthFieldsPlayerReport, { input: joinWithPersonalData });
    await vigil.ok(AuthFieldsSecurityReport, { input: { serverId: 'eu-1', kind: 'VIOLATION', description: 'spam' } });
    const token = await vigil.adminToken([role]);

    const { events } = await vigil.ok(AuthFieldsEvents, {}, { as: token });
    const readable = Object.entries(streamReaders)
      .filter(([, readers]) => (readers as readonly AdminRole[]).includes(role))
      .map(([stream]) => stream);
    expect(events.events.map((e) => e.stream)).toEqual(
      ['SERVER_STATUS', 'TELEMETRY', 'CHAT', 'PLAYERS', 'SECURITY'].filter((s) => readable.includes(s)),
    );

    for (const stream of Object.keys(streamReaders) as Array<keyof typeof streamReaders>) {
      const result = await vigil.execute(AuthFieldsEvents, { stream }, { as: token });
      expect(result.errors?.[0]?.extensions?.code ?? 'allowed').toBe(readable.includes(stream) ? 'allowed' : 'FORBIDDEN');
    }
  });

  it('should send each role only the notifications of streams it may read, live and in replay', async () => {
    const vigil = await serveVigil();
    const tokens = Object.fromEntries(
      await Promise.all(adminRoles.map(async (role) => [role, await vigil.adminToken([role], { sub: role })] as const)),
    ) as Record<AdminRole, string>;
    const feeds = adminRoles.map((role) => [role, subscribe(vigil.sseClient({ as: tokens[role] }), AuthFieldsNotifications, {})] as const);
    await waitFor(() => vigil.app.services.hub.subscriberCount === adminRoles.length, 5_000, 'a notifications subscriber per role');

    const { reportServerStatus: before } = await vigil.ok(AuthFieldsStatusReport, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 3 } });
    expect(before.priority).toBe('NORMAL');
    const { reportSecurityIncident: hack } = await vigil.ok(AuthFieldsSecurityReport, {
      input: { serverId: 'eu-1', kind: 'HACK_DETECTED', description: 'speed hack' },
    });
    expect(hack.priority).toBe('CRITICAL');
    await vigil.ok(AuthFieldsChatPost, { input: { ...whisper, priority: 'HIGH' } });
    await vigil.ok(AuthFieldsPlayerReport, { input: { ...joinWithPersonalData, priority: 'HIGH' } });
    const { reportServerStatus: stopped } = await vigil.ok(AuthFieldsStatusReport, { input: { serverId: 'eu-1', state: 'STOPPED', playerCount: 0 } });
    expect(stopped.priority).toBe('HIGH');

    const expected: Record<AdminRole, unknown[]> = {
      ADMIN: [
        { __typename: 'SecurityEvent', priority: 'CRITICAL' },
        { __typename: 'ChatEvent', payload: { text: 'psst, 50 gold' } },
        { __typename: 'PlayerEvent', payload: { ipAddress: '203.0.113.7', email: 'ayla@example.test' } },
        { __typename: 'ServerStatusEvent', priority: 'HIGH' },
      ],
      MODERATOR: [
        { __typename: 'SecurityEvent', priority: 'CRITICAL' },
        { __typename: 'ChatEvent', payload: { text: 'psst, 50 gold' } },
        { __typename: 'PlayerEvent', payload: { ipAddress: null, email: null } },
        { __typename: 'ServerStatusEvent', priority: 'HIGH' },
      ],
      SUPPORT: [
        { __typename: 'ChatEvent', payload: { text: null } },
        { __typename: 'PlayerEvent', payload: { ipAddress: null, email: null } },
        { __typename: 'ServerStatusEvent', priority: 'HIGH' },
      ],
      OPERATOR: [
        { __typename: 'PlayerEvent', payload: { ipAddress: null, email: null } },
        { __typename: 'ServerStatusEvent', priority: 'HIGH' },
      ],
    };
    for (const [role, feed] of feeds) {
      const received = await feed.take(expected[role].length);
      expect(received.map((r) => r.errors)).toEqual(received.map(() => undefined));
      expect(received.map((r) => r.data?.notifications)).toMatchObject(expected[role]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(feed.pending).toEqual([]);
      feed.unsubscribe();
    }

    // Replaying from a cursor before them hands out exactly what live delivery did.
    for (const role of adminRoles) {
      const replay = subscribe(vigil.sseClient({ as: tokens[role] }), AuthFieldsNotifications, { after: before.cursor });
      const received = await replay.take(expected[role].length);
      expect(received.map((r) => r.data?.notifications)).toMatchObject(expected[role]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(replay.pending).toEqual([]);
      replay.unsubscribe();
    }
  });
});

describe('the printed SDL', () => {
  const sdl = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
  const document = parse(sdl);

  /** Every `@auth(requires: …)` in the SDL, as "Type" or "Type.field" -> roles. */
  function authRules(): Map<string, string[]> {
    const rules = new Map<string, string[]>();
    // A conditional rule is keyed with its condition: `ChatMessage.text when kind: WHISPER`.
    const read = (at: string, directives: readonly ConstDirectiveNode[] | undefined) => {
      const auth = directives?.find((d) => d.name.value === 'auth');
      const requires = auth?.arguments?.find((a) => a.name.value === 'requires')?.value;
      const when = auth?.arguments?.find((a) => a.name.value === 'when')?.value;
      if (requires?.kind !== Kind.LIST) return;
      rules.set(
        when?.kind === Kind.STRING ? `${at} when ${when.value}` : at,
        requires.values.map((v) => (v.kind === Kind.ENUM ? v.value : '?')),
      );
    };
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
      read(definition.name.value, definition.directives);
      for (const field of definition.fields ?? []) read(`${definition.name.value}.${field.name.value}`, field.directives);
    }
    return rules;
  }

  const everyone = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'];
  const stream = {
    telemetry: ['ADMIN', 'OPERATOR'],
    mapEntities: ['ADMIN', 'OPERATOR', 'MODERATOR'],
    chat: ['ADMIN', 'MODERATOR', 'SUPPORT'],
    tickets: ['ADMIN', 'MODERATOR', 'SUPPORT'],
    security: ['ADMIN', 'MODERATOR'],
  };
  const adminOnly = ['ADMIN'];
  const producer = ['PRODUCER'];
  /** Every restricted type and field, with who may use it; a producer reads back the events it ingests. */
  const expected: Record<string, string[]> = {
    TelemetryEvent: [...stream.telemetry, 'PRODUCER'],
    MapEntityEvent: [...stream.mapEntities, 'PRODUCER'],
    ChatEvent: [...stream.chat, 'PRODUCER'],
    TicketEvent: [...stream.tickets, 'PRODUCER'],
    SecurityEvent: [...stream.security, 'PRODUCER'],
    Ticket: stream.tickets,
    'ChatMessage.text when kind: WHISPER': ['ADMIN', 'MODERATOR', 'PRODUCER'],
    'PlayerActivity.ipAddress': ['ADMIN', 'PRODUCER'],
    'PlayerActivity.email': ['ADMIN', 'PRODUCER'],
    ProducerToken: adminOnly,
    IssuedProducerToken: adminOnly,
    HubStats: adminOnly,
    'Query.servers': everyone,
    'Query.server': everyone,
    'Query.serverStatusHistory': everyone,
    'Query.telemetry': stream.telemetry,
    'Query.telemetryHistory': stream.telemetry,
    'Query.mapEntities': stream.mapEntities,
    'Query.mapReplay': stream.mapEntities,
    'Query.maps': stream.mapEntities,
    'Query.chatMessages': stream.chat,
    'Query.chatReplay': stream.chat,
    'Query.playerActivity': everyone,
    'Query.tickets': stream.tickets,
    'Query.ticket': stream.tickets,
    'Query.securityIncidents': stream.security,
    'Query.events': everyone,
    'Query.producerTokens': adminOnly,
    'Query.hubStats': adminOnly,
    'Mutation.reportServerStatus': producer,
    'Mutation.reportTelemetry': producer,
    'Mutation.reportMapEntities': producer,
    'Mutation.postChatMessage': producer,
    'Mutation.reportPlayerActivity': producer,
    'Mutation.openTicket': producer,
    'Mutation.reportSecurityIncident': producer,
    'Mutation.ingest': producer,
    'Mutation.assignTicket': stream.tickets,
    'Mutation.respondToTicket': stream.tickets,
    'Mutation.setTicketStatus': stream.tickets,
    'Mutation.issueProducerToken': adminOnly,
    'Mutation.revokeProducerToken': adminOnly,
    'Subscription.serverStatus': everyone,
    'Subscription.telemetry': stream.telemetry,
    'Subscription.mapEntities': stream.mapEntities,
    'Subscription.chat': stream.chat,
    'Subscription.players': everyone,
    'Subscription.tickets': stream.tickets,
    'Subscription.security': stream.security,
    'Subscription.notifications': everyone,
    'Subscription.myNotifications': ['ADMIN', 'MODERATOR', 'SUPPORT'],
    'Query.overview': everyone,
    'Subscription.overview': everyone,
    // Each overview figure carries the rule of the stream it is computed from; the rates count telemetry too.
    'Overview.serversOnline': everyone,
    'Overview.serversTotal': everyone,
    'Overview.playersOnline': everyone,
    'Overview.playersOnlineHistory': everyone,
    'Overview.serversNeedingAttention': everyone,
    'Overview.openTickets': stream.tickets,
    'Overview.incidentsLastHour': stream.security,
    'Overview.eventsPerSecond': stream.telemetry,
    'Overview.deliveriesPerSecond': stream.telemetry,
  };

  it('should define `directive @auth(requires: [Role!]!, when: String)` with the Role enum', () => {
    const auth = buildSchema(sdl).getDirective('auth')!;
    expect(auth.locations).toEqual(['FIELD_DEFINITION', 'OBJECT']);
    expect(auth.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual(['requires: [Role!]!', 'when: String']);
    expect(sdl).toMatch(/^enum Role \{$/m);
  });

  it('should carry exactly the expected @auth rule on every restricted type and field', () => {
    const sorted = (rules: Iterable<[string, string[]]>) => Object.fromEntries([...rules].map(([at, roles]) => [at, [...roles].sort()]));
    expect(sorted(authRules())).toEqual(sorted(Object.entries(expected)));
  });

  it('should restrict every root field', () => {
    const rootFields = document.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation', 'Subscription'].includes(d.name.value)
        ? (d.fields ?? []).map((f) => `${d.name.value}.${f.name.value}`)
        : [],
    );
    expect(rootFields.filter((field) => !authRules().has(field))).toEqual([]);
  });

  it.each([
    ['ChatMessage', 'text', ['null', 'ADMIN', 'MODERATOR']],
    ['PlayerActivity', 'ipAddress', ['null', 'ADMIN']],
    ['PlayerActivity', 'email', ['null', 'ADMIN']],
  ])('should say in the description of %s.%s that it reads null without the role', (type, field, words) => {
    const definition = document.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type);
    const description =
      definition?.kind === Kind.OBJECT_TYPE_DEFINITION ? definition.fields?.find((f) => f.name.value === field)?.description?.value : undefined;
    for (const word of words) expect(description).toContain(word);
  });
});
