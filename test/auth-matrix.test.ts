import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ChatMessageInput,
  MapEntitiesInput,
  OpenTicketInput,
  PlayerActivityInput,
  SecurityIncidentInput,
  ServerStatusInput,
  TelemetryInput,
} from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

/**
 * The role table of README.md ("Roles and tokens"), written out here on purpose (not imported from src), so a wrong table in src fails.
 * Each entry: who may use it. `producer` is a game server's producer token, `anonymous` sends no credential.
 */
const adminRoles = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'] as const;
type AdminRole = (typeof adminRoles)[number];
type Viewer = AdminRole | 'anonymous' | 'producer';
const viewers: readonly Viewer[] = [...adminRoles, 'anonymous', 'producer'];

const designTable = {
  serverStatus: ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'],
  players: ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'],
  telemetry: ['ADMIN', 'OPERATOR'],
  mapEntities: ['ADMIN', 'OPERATOR', 'MODERATOR'],
  chat: ['ADMIN', 'MODERATOR', 'SUPPORT'],
  tickets: ['ADMIN', 'MODERATOR', 'SUPPORT'],
  security: ['ADMIN', 'MODERATOR'],
  hubAdministration: ['ADMIN'],
  /** `events` and `notifications` are open to every role and filtered to the streams the viewer may read. */
  everyStreamYouMayRead: ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'],
  ingest: ['producer'],
} as const satisfies Record<string, readonly Viewer[]>;

const serverId = 'eu-1';

const serverStatusInput: ServerStatusInput = { serverId, state: 'ONLINE', playerCount: 1 };
const telemetryInput: TelemetryInput = { serverId, cpuPercent: 12, memoryUsedMb: 512, networkInKbps: 10, networkOutKbps: 20 };
const mapEntitiesInput: MapEntitiesInput = {
  serverId,
  mapId: 'm-1',
  updates: [{ entityId: 'e-1', kind: 'PLAYER', action: 'SPAWN', position: { x: 1, y: 2 } }],
};
const chatInput: ChatMessageInput = { serverId, channel: 'global', playerId: 'p-1', playerName: 'Ayla', text: 'gg' };
const playerInput: PlayerActivityInput = {
  serverId,
  kind: 'JOIN',
  playerId: 'p-1',
  playerName: 'Ayla',
  ipAddress: '10.0.0.1',
  email: 'ayla@example.test',
};
const ticketInput: OpenTicketInput = { serverId, subject: 'Stuck', body: 'I fell through the floor' };
const securityInput: SecurityIncidentInput = { serverId, kind: 'VIOLATION', description: 'spam' };

const AuthReportServerStatus = graphql(`
  mutation AuthReportServerStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }
`);
const AuthReportTelemetry = graphql(`
  mutation AuthReportTelemetry($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }
`);
const AuthReportMapEntities = graphql(`
  mutation AuthReportMapEntities($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }
`);
const AuthPostChatMessage = graphql(`
  mutation AuthPostChatMessage($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }
`);
const AuthReportPlayerActivity = graphql(`
  mutation AuthReportPlayerActivity($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { id } }
`);
const AuthOpenTicket = graphql(`
  mutation AuthOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id payload { ticketId } } }
`);
const AuthReportSecurityIncident = graphql(`
  mutation AuthReportSecurityIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }
`);
const AuthIngest = graphql(`
  mutation AuthIngest($events: [IngestEvent!]!) { ingest(events: $events) { id stream } }
`);

const AuthAssignTicket = graphql(`
  mutation AuthAssignTicket($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }
`);
const AuthRespondToTicket = graphql(`
  mutation AuthRespondToTicket($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }
`);
const AuthSetTicketStatus = graphql(`
  mutation AuthSetTicketStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }
`);
const AuthIssueProducerToken = graphql(`
  mutation AuthIssueProducerToken($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id serverId } } }
`);
const AuthRevokeProducerToken = graphql(`
  mutation AuthRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }
`);

const AuthServers = graphql(`query AuthServers { servers { cursor servers { id status { state } } } }`);
const AuthServer = graphql(`query AuthServer($id: ID!) { server(id: $id) { cursor server { id } } }`);
const AuthServerStatusHistory = graphql(
  `query AuthServerStatusHistory($serverId: ID) { serverStatusHistory(serverId: $serverId) { cursor events { id payload { state } } } }`,
);
const AuthTelemetry = graphql(
  `query AuthTelemetry($serverId: ID!) { telemetry(serverId: $serverId) { cursor samples { id payload { cpuPercent } } } }`,
);
const AuthMapEntities = graphql(`query AuthMapEntities($mapId: ID!) { mapEntities(mapId: $mapId) { cursor entities { entityId } } }`);
const AuthMaps = graphql(`query AuthMaps { maps { cursor maps { mapId entityCount } } }`);
const AuthChatMessages = graphql(`query AuthChatMessages { chatMessages { cursor messages { id payload { text } } } }`);
const AuthPlayerActivity = graphql(`query AuthPlayerActivity { playerActivity { cursor events { id payload { playerName } } } }`);
const AuthTickets = graphql(`query AuthTickets { tickets { cursor tickets { id status } } }`);
const AuthTicket = graphql(`query AuthTicket($id: ID!) { ticket(id: $id) { cursor ticket { id } } }`);
const AuthSecurityIncidents = graphql(`query AuthSecurityIncidents { securityIncidents { cursor incidents { id payload { kind } } } }`);
const AuthEvents = graphql(`query AuthEvents { events { head events { id stream } } }`);
const AuthProducerTokens = graphql(`query AuthProducerTokens { producerTokens { id serverId } }`);
const AuthHubStats = graphql(`query AuthHubStats { hubStats { epoch subscribers } }`);
const AuthOverviewServers = graphql(
  `query AuthOverviewServers { overview { serversOnline serversTotal playersOnline playersOnlineHistory { players } serversNeedingAttention { id } } }`,
);
const AuthOverviewTickets = graphql(`query AuthOverviewTickets { overview { openTickets { status count } } }`);
const AuthOverviewIncidents = graphql(`query AuthOverviewIncidents { overview { incidentsLastHour { priority count } } }`);
const AuthOverviewRates = graphql(`query AuthOverviewRates { overview { eventsPerSecond deliveriesPerSecond } }`);

const AuthServerStatusFeed = graphql(`subscription AuthServerStatusFeed { serverStatus { ... on ServerStatusEvent { id } } }`);
const AuthTelemetryFeed = graphql(
  `subscription AuthTelemetryFeed($serverId: ID!) { telemetry(serverId: $serverId) { ... on TelemetryEvent { id } } }`,
);
const AuthMapEntitiesFeed = graphql(`subscription AuthMapEntitiesFeed($mapId: ID!) { mapEntities(mapId: $mapId) { ... on MapEntityEvent { id } } }`);
const AuthChatFeed = graphql(`subscription AuthChatFeed { chat { ... on ChatEvent { id } } }`);
const AuthPlayersFeed = graphql(`subscription AuthPlayersFeed { players { ... on PlayerEvent { id } } }`);
const AuthTicketsFeed = graphql(`subscription AuthTicketsFeed { tickets { ... on TicketEvent { id } } }`);
const AuthSecurityFeed = graphql(`subscription AuthSecurityFeed { security { ... on SecurityEvent { id } } }`);
const AuthNotificationsFeed = graphql(`subscription AuthNotificationsFeed { notifications { ... on Event { id stream priority } } }`);
const AuthOverviewFeed = graphql(`subscription AuthOverviewFeed { overview { serversOnline playersOnline } }`);
const AuthOverviewRatesFeed = graphql(`subscription AuthOverviewRatesFeed { overview { eventsPerSecond } }`);

let vigil: ServedVigil;
const tokens = new Map<Viewer, string | null>();

beforeAll(async () => {
  vigil = await serveVigil();
  for (const role of adminRoles) tokens.set(role, await vigil.adminToken([role], { sub: `matrix-${role.toLowerCase()}` }));
  tokens.set('anonymous', null);
  tokens.set('producer', await vigil.producerToken(serverId));
  // One event in every stream, so queries resolve real events and exercise type-level rules too.
  await vigil.ok(AuthReportServerStatus, { input: serverStatusInput });
  await vigil.ok(AuthReportTelemetry, { input: telemetryInput });
  await vigil.ok(AuthReportMapEntities, { input: mapEntitiesInput });
  await vigil.ok(AuthPostChatMessage, { input: chatInput });
  await vigil.ok(AuthReportPlayerActivity, { input: playerInput });
  await vigil.ok(AuthOpenTicket, { input: ticketInput });
  await vigil.ok(AuthReportSecurityIncident, { input: securityInput });
});

async function openTicketId(): Promise<string> {
  const { openTicket } = await vigil.ok(AuthOpenTicket, { input: ticketInput });
  return openTicket.payload.ticketId;
}

type Outcome = 'allowed' | string;

function outcomeOf(result: ExecutionResult<unknown>): Outcome {
  if (result.errors?.length) return String(result.errors[0]!.extensions?.code ?? result.errors[0]!.message);
  expect(result.data).toBeTruthy();
  return 'allowed';
}

/** A query or mutation, run once as the viewer. */
function request<R, V>(document: TypedDocumentNode<R, V>, variables: () => Promise<V> | V) {
  return async (token: string | null): Promise<Outcome> => outcomeOf(await vigil.execute(document, await variables(), { as: token }));
}

/**
 * A subscription: refused ones answer with an error as their first result (in single connection mode an anonymous
 * viewer cannot even reserve the connection: 401); allowed ones go live and receive the event `trigger` ingests.
 */
function stream<R, V>(document: TypedDocumentNode<R, V>, variables: V, trigger: () => Promise<unknown>) {
  return (singleConnection: boolean) =>
    async (token: string | null): Promise<Outcome> => {
      const hub = vigil.app.services.hub;
      await waitFor(() => hub.subscriberCount === 0, 5_000, 'streams of earlier cases to close');
      const feed = subscribe(vigil.sseClient({ singleConnection, as: token }), document, variables);
      let failure: unknown = null;
      feed.done.catch((error: unknown) => (failure = error));
      try {
        await waitFor(() => feed.pending.length > 0 || failure !== null || hub.subscriberCount === 1, 5_000, 'the stream to start or be refused');
        if (failure !== null) return (failure as { response?: Response }).response?.status === 401 ? 'UNAUTHENTICATED' : String(failure);
        if (feed.pending.length > 0) return outcomeOf(await feed.next());
        await trigger();
        const first = await feed.next();
        expect(first.errors).toBeUndefined();
        expect(Object.values(first.data as object)[0]).toMatchObject({ id: expect.any(String) });
        return 'allowed';
      } finally {
        feed.unsubscribe();
      }
    };
}

interface Operation {
  operation: string;
  allowed: readonly Viewer[];
  run: (token: string | null) => Promise<Outcome>;
}

const streamOperations: Array<Omit<Operation, 'run'> & { run: (singleConnection: boolean) => Operation['run'] }> = [
  {
    operation: 'subscription serverStatus',
    allowed: designTable.serverStatus,
    run: stream(AuthServerStatusFeed, {}, () => vigil.ok(AuthReportServerStatus, { input: serverStatusInput })),
  },
  {
    operation: 'subscription telemetry',
    allowed: designTable.telemetry,
    run: stream(AuthTelemetryFeed, { serverId }, () => vigil.ok(AuthReportTelemetry, { input: telemetryInput })),
  },
  {
    operation: 'subscription mapEntities',
    allowed: designTable.mapEntities,
    run: stream(AuthMapEntitiesFeed, { mapId: 'm-1' }, () => vigil.ok(AuthReportMapEntities, { input: mapEntitiesInput })),
  },
  {
    operation: 'subscription chat',
    allowed: designTable.chat,
    run: stream(AuthChatFeed, {}, () => vigil.ok(AuthPostChatMessage, { input: chatInput })),
  },
  {
    operation: 'subscription tickets',
    allowed: designTable.tickets,
    run: stream(AuthTicketsFeed, {}, () => vigil.ok(AuthOpenTicket, { input: ticketInput })),
  },
  {
    operation: 'subscription players',
    allowed: designTable.players,
    run: stream(AuthPlayersFeed, {}, () => vigil.ok(AuthReportPlayerActivity, { input: playerInput })),
  },
  {
    operation: 'subscription security',
    allowed: designTable.security,
    run: stream(AuthSecurityFeed, {}, () => vigil.ok(AuthReportSecurityIncident, { input: securityInput })),
  },
  {
    // The overview goes out at once: its first result is the outcome.
    operation: 'subscription overview (servers, players)',
    allowed: designTable.serverStatus,
    run: stream(AuthOverviewFeed, {}, async () => undefined),
  },
  {
    operation: 'subscription overview (rates, from telemetry too)',
    allowed: designTable.telemetry,
    run: stream(AuthOverviewRatesFeed, {}, async () => undefined),
  },
  {
    operation: 'subscription notifications',
    allowed: designTable.everyStreamYouMayRead,
    run: stream(AuthNotificationsFeed, {}, () => vigil.ok(AuthReportServerStatus, { input: { ...serverStatusInput, priority: 'HIGH' } })),
  },
];

/** Every subscription in both SSE modes. */
const streams: Operation[] = [false, true].flatMap((singleConnection) =>
  streamOperations.map(({ operation, allowed, run }) => ({
    operation: `${operation} [${singleConnection ? 'single' : 'distinct'}]`,
    allowed,
    run: run(singleConnection),
  })),
);

const operations: Operation[] = [
  { operation: 'query servers', allowed: designTable.serverStatus, run: request(AuthServers, () => ({})) },
  { operation: 'query server', allowed: designTable.serverStatus, run: request(AuthServer, () => ({ id: serverId })) },
  {
    operation: 'query serverStatusHistory',
    allowed: designTable.serverStatus,
    run: request(AuthServerStatusHistory, () => ({ serverId })),
  },
  { operation: 'query telemetry', allowed: designTable.telemetry, run: request(AuthTelemetry, () => ({ serverId })) },
  { operation: 'query mapEntities', allowed: designTable.mapEntities, run: request(AuthMapEntities, () => ({ mapId: 'm-1' })) },
  { operation: 'query maps', allowed: designTable.mapEntities, run: request(AuthMaps, () => ({})) },
  { operation: 'query chatMessages', allowed: designTable.chat, run: request(AuthChatMessages, () => ({})) },
  { operation: 'query tickets', allowed: designTable.tickets, run: request(AuthTickets, () => ({})) },
  { operation: 'query ticket', allowed: designTable.tickets, run: request(AuthTicket, async () => ({ id: await openTicketId() })) },
  { operation: 'query playerActivity', allowed: designTable.players, run: request(AuthPlayerActivity, () => ({})) },
  { operation: 'query securityIncidents', allowed: designTable.security, run: request(AuthSecurityIncidents, () => ({})) },
  { operation: 'query events', allowed: designTable.everyStreamYouMayRead, run: request(AuthEvents, () => ({})) },
  { operation: 'query overview (servers, players)', allowed: designTable.serverStatus, run: request(AuthOverviewServers, () => ({})) },
  { operation: 'query overview (open tickets)', allowed: designTable.tickets, run: request(AuthOverviewTickets, () => ({})) },
  { operation: 'query overview (incidents)', allowed: designTable.security, run: request(AuthOverviewIncidents, () => ({})) },
  { operation: 'query overview (rates, from telemetry too)', allowed: designTable.telemetry, run: request(AuthOverviewRates, () => ({})) },
  { operation: 'query producerTokens', allowed: designTable.hubAdministration, run: request(AuthProducerTokens, () => ({})) },
  { operation: 'query hubStats', allowed: designTable.hubAdministration, run: request(AuthHubStats, () => ({})) },

  ...streams,

  {
    operation: 'mutation assignTicket',
    allowed: designTable.tickets,
    run: request(AuthAssignTicket, async () => ({ ticketId: await openTicketId(), assignee: 'alice' })),
  },
  {
    operation: 'mutation respondToTicket',
    allowed: designTable.tickets,
    run: request(AuthRespondToTicket, async () => ({ ticketId: await openTicketId(), body: 'On it' })),
  },
  {
    operation: 'mutation setTicketStatus',
    allowed: designTable.tickets,
    run: request(AuthSetTicketStatus, async () => ({ ticketId: await openTicketId(), status: 'IN_PROGRESS' as const })),
  },
  {
    operation: 'mutation issueProducerToken',
    allowed: designTable.hubAdministration,
    run: request(AuthIssueProducerToken, () => ({ serverId: 'eu-9' })),
  },
  {
    operation: 'mutation revokeProducerToken',
    allowed: designTable.hubAdministration,
    run: request(AuthRevokeProducerToken, async () => ({ id: (await vigil.app.services.producers.issue('eu-8')).id })),
  },

  {
    operation: 'mutation reportServerStatus',
    allowed: designTable.ingest,
    run: request(AuthReportServerStatus, () => ({ input: serverStatusInput })),
  },
  { operation: 'mutation reportTelemetry', allowed: designTable.ingest, run: request(AuthReportTelemetry, () => ({ input: telemetryInput })) },
  { operation: 'mutation reportMapEntities', allowed: designTable.ingest, run: request(AuthReportMapEntities, () => ({ input: mapEntitiesInput })) },
  { operation: 'mutation postChatMessage', allowed: designTable.ingest, run: request(AuthPostChatMessage, () => ({ input: chatInput })) },
  { operation: 'mutation reportPlayerActivity', allowed: designTable.ingest, run: request(AuthReportPlayerActivity, () => ({ input: playerInput })) },
  { operation: 'mutation openTicket', allowed: designTable.ingest, run: request(AuthOpenTicket, () => ({ input: ticketInput })) },
  {
    operation: 'mutation reportSecurityIncident',
    allowed: designTable.ingest,
    run: request(AuthReportSecurityIncident, () => ({ input: securityInput })),
  },
  {
    operation: 'mutation ingest',
    allowed: designTable.ingest,
    run: request(AuthIngest, () => ({ events: [{ serverStatus: serverStatusInput }, { chat: chatInput }, { securityIncident: securityInput }] })),
  },
];

const cases = operations.flatMap(({ operation, allowed, run }) =>
  viewers.map((viewer) => ({
    viewer,
    operation,
    run,
    expected: (allowed as readonly Viewer[]).includes(viewer) ? 'allowed' : viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
  })),
);

describe('the role matrix of the README', () => {
  it('should cover every viewer for every operation', () => {
    expect(cases).toHaveLength(operations.length * viewers.length);
  });

  it.each(cases)('$viewer: $operation should be $expected', async ({ viewer, run, expected }) => {
    expect(await run(tokens.get(viewer) ?? null)).toBe(expected);
  });
});
