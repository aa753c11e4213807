/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n": typeof types.ChatEventFieldsFragmentDoc,
    "\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n": typeof types.ChatPostDocument,
    "\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n": typeof types.ChatRecentDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n": typeof types.ChatFeedDocument,
    "\n  mutation HistoryReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id cursor }\n  }\n": typeof types.HistoryReportStatusDocument,
    "\n  query HistoryEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) {\n      endCursor\n      hasMore\n      head\n      events { id cursor stream type serverId priority ... on ServerStatusEvent { payload { state playerCount } } }\n    }\n  }\n": typeof types.HistoryEventsDocument,
    "\n  subscription HistoryNotifications($minPriority: Priority) {\n    notifications(minPriority: $minPriority) { ... on Event { id cursor stream type serverId priority } }\n  }\n": typeof types.HistoryNotificationsDocument,
    "\n  mutation IngestBatch($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId priority }\n  }\n": typeof types.IngestBatchDocument,
    "\n  query IngestHistory { events(first: 1000) { events { id stream type } } }\n": typeof types.IngestHistoryDocument,
    "\n  subscription IngestFeed { chat { ... on ChatEvent { id cursor payload { text } } } }\n": typeof types.IngestFeedDocument,
    "\n  mutation LifecycleReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.LifecycleReportDocument,
    "\n  query LifecycleState {\n    servers { cursor servers { id state playerCount } }\n    events(first: 100) { events { id cursor } }\n  }\n": typeof types.LifecycleStateDocument,
    "\n  subscription LifecycleFeed { serverStatus { ... on ServerStatusEvent { id } } }\n": typeof types.LifecycleFeedDocument,
    "\n  mutation MapReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    }\n  }\n": typeof types.MapReportDocument,
    "\n  query MapSnapshot($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y z } heading label serverId updatedAt }\n    }\n  }\n": typeof types.MapSnapshotDocument,
    "\n  subscription MapEntitiesFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) { ... on MapEntityEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    } }\n  }\n": typeof types.MapEntitiesFeedDocument,
    "\n  mutation MapTelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": typeof types.MapTelemetryReportDocument,
    "\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": typeof types.PlayerEventFieldsFragmentDoc,
    "\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n": typeof types.PlayerReportDocument,
    "\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n": typeof types.PlayerRecentDocument,
    "\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n": typeof types.PlayerFeedDocument,
    "\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n": typeof types.SecurityReportDocument,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": typeof types.SecurityEventFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n": typeof types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n": typeof types.SecurityFeedDocument,
    "\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n": typeof types.ReportStatusDocument,
    "\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n": typeof types.ServersDocument,
    "\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n": typeof types.ServerStatusFeedDocument,
    "\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n": typeof types.WireStatusFeedDocument,
    "\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.WireReportStatusDocument,
    "\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n": typeof types.TelemetryReportDocument,
    "\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": typeof types.TelemetryHistoryDocument,
    "\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n": typeof types.TelemetryFeedDocument,
    "\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n": typeof types.TicketOpenDocument,
    "\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n": typeof types.TicketEventFieldsFragmentDoc,
    "\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n": typeof types.TicketAssignDocument,
    "\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n": typeof types.TicketRespondDocument,
    "\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n": typeof types.TicketSetStatusDocument,
    "\n  query TicketList($status: TicketStatus) {\n    tickets(status: $status) { cursor tickets { id serverId subject status } }\n  }\n": typeof types.TicketListDocument,
    "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      cursor\n      ticket {\n        id serverId subject body playerId category status assignee createdAt updatedAt\n        responses { id author body at }\n      }\n    }\n  }\n": typeof types.TicketDetailDocument,
    "\n  subscription TicketFeed($status: TicketStatus) {\n    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }\n  }\n": typeof types.TicketFeedDocument,
};
const documents: Documents = {
    "\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n": types.ChatEventFieldsFragmentDoc,
    "\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n": types.ChatPostDocument,
    "\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n": types.ChatRecentDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n": types.ChatFeedDocument,
    "\n  mutation HistoryReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id cursor }\n  }\n": types.HistoryReportStatusDocument,
    "\n  query HistoryEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) {\n      endCursor\n      hasMore\n      head\n      events { id cursor stream type serverId priority ... on ServerStatusEvent { payload { state playerCount } } }\n    }\n  }\n": types.HistoryEventsDocument,
    "\n  subscription HistoryNotifications($minPriority: Priority) {\n    notifications(minPriority: $minPriority) { ... on Event { id cursor stream type serverId priority } }\n  }\n": types.HistoryNotificationsDocument,
    "\n  mutation IngestBatch($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId priority }\n  }\n": types.IngestBatchDocument,
    "\n  query IngestHistory { events(first: 1000) { events { id stream type } } }\n": types.IngestHistoryDocument,
    "\n  subscription IngestFeed { chat { ... on ChatEvent { id cursor payload { text } } } }\n": types.IngestFeedDocument,
    "\n  mutation LifecycleReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.LifecycleReportDocument,
    "\n  query LifecycleState {\n    servers { cursor servers { id state playerCount } }\n    events(first: 100) { events { id cursor } }\n  }\n": types.LifecycleStateDocument,
    "\n  subscription LifecycleFeed { serverStatus { ... on ServerStatusEvent { id } } }\n": types.LifecycleFeedDocument,
    "\n  mutation MapReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    }\n  }\n": types.MapReportDocument,
    "\n  query MapSnapshot($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y z } heading label serverId updatedAt }\n    }\n  }\n": types.MapSnapshotDocument,
    "\n  subscription MapEntitiesFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) { ... on MapEntityEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    } }\n  }\n": types.MapEntitiesFeedDocument,
    "\n  mutation MapTelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": types.MapTelemetryReportDocument,
    "\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": types.PlayerEventFieldsFragmentDoc,
    "\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n": types.PlayerReportDocument,
    "\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n": types.PlayerRecentDocument,
    "\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n": types.PlayerFeedDocument,
    "\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n": types.SecurityReportDocument,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": types.SecurityEventFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n": types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n": types.SecurityFeedDocument,
    "\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n": types.ReportStatusDocument,
    "\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n": types.ServersDocument,
    "\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n": types.ServerStatusFeedDocument,
    "\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n": types.WireStatusFeedDocument,
    "\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.WireReportStatusDocument,
    "\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n": types.TelemetryReportDocument,
    "\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": types.TelemetryHistoryDocument,
    "\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n": types.TelemetryFeedDocument,
    "\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n": types.TicketOpenDocument,
    "\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n": types.TicketEventFieldsFragmentDoc,
    "\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n": types.TicketAssignDocument,
    "\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n": types.TicketRespondDocument,
    "\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n": types.TicketSetStatusDocument,
    "\n  query TicketList($status: TicketStatus) {\n    tickets(status: $status) { cursor tickets { id serverId subject status } }\n  }\n": types.TicketListDocument,
    "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      cursor\n      ticket {\n        id serverId subject body playerId category status assignee createdAt updatedAt\n        responses { id author body at }\n      }\n    }\n  }\n": types.TicketDetailDocument,
    "\n  subscription TicketFeed($status: TicketStatus) {\n    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }\n  }\n": types.TicketFeedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n"): (typeof documents)["\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n"): (typeof documents)["\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n"): (typeof documents)["\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n"): (typeof documents)["\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id cursor }\n  }\n"): (typeof documents)["\n  mutation HistoryReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) {\n      endCursor\n      hasMore\n      head\n      events { id cursor stream type serverId priority ... on ServerStatusEvent { payload { state playerCount } } }\n    }\n  }\n"): (typeof documents)["\n  query HistoryEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) {\n      endCursor\n      hasMore\n      head\n      events { id cursor stream type serverId priority ... on ServerStatusEvent { payload { state playerCount } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HistoryNotifications($minPriority: Priority) {\n    notifications(minPriority: $minPriority) { ... on Event { id cursor stream type serverId priority } }\n  }\n"): (typeof documents)["\n  subscription HistoryNotifications($minPriority: Priority) {\n    notifications(minPriority: $minPriority) { ... on Event { id cursor stream type serverId priority } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestBatch($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId priority }\n  }\n"): (typeof documents)["\n  mutation IngestBatch($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId priority }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestHistory { events(first: 1000) { events { id stream type } } }\n"): (typeof documents)["\n  query IngestHistory { events(first: 1000) { events { id stream type } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IngestFeed { chat { ... on ChatEvent { id cursor payload { text } } } }\n"): (typeof documents)["\n  subscription IngestFeed { chat { ... on ChatEvent { id cursor payload { text } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation LifecycleReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleState {\n    servers { cursor servers { id state playerCount } }\n    events(first: 100) { events { id cursor } }\n  }\n"): (typeof documents)["\n  query LifecycleState {\n    servers { cursor servers { id state playerCount } }\n    events(first: 100) { events { id cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LifecycleFeed { serverStatus { ... on ServerStatusEvent { id } } }\n"): (typeof documents)["\n  subscription LifecycleFeed { serverStatus { ... on ServerStatusEvent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    }\n  }\n"): (typeof documents)["\n  mutation MapReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSnapshot($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y z } heading label serverId updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query MapSnapshot($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y z } heading label serverId updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MapEntitiesFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) { ... on MapEntityEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    } }\n  }\n"): (typeof documents)["\n  subscription MapEntitiesFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) { ... on MapEntityEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { mapId entityId kind action position { x y z } heading label }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapTelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation MapTelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n"): (typeof documents)["\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n"): (typeof documents)["\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n"): (typeof documents)["\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n"): (typeof documents)["\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n"): (typeof documents)["\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n"): (typeof documents)["\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n"): (typeof documents)["\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n"): (typeof documents)["\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n"): (typeof documents)["\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n"): (typeof documents)["\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n"): (typeof documents)["\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n"): (typeof documents)["\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n"): (typeof documents)["\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n"): (typeof documents)["\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n"): (typeof documents)["\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n"): (typeof documents)["\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketList($status: TicketStatus) {\n    tickets(status: $status) { cursor tickets { id serverId subject status } }\n  }\n"): (typeof documents)["\n  query TicketList($status: TicketStatus) {\n    tickets(status: $status) { cursor tickets { id serverId subject status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      cursor\n      ticket {\n        id serverId subject body playerId category status assignee createdAt updatedAt\n        responses { id author body at }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      cursor\n      ticket {\n        id serverId subject body playerId category status assignee createdAt updatedAt\n        responses { id author body at }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketFeed($status: TicketStatus) {\n    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }\n  }\n"): (typeof documents)["\n  subscription TicketFeed($status: TicketStatus) {\n    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;