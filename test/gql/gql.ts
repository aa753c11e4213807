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
    "\n  fragment AuthChatFields on ChatEvent { id payload { kind channel text } }\n": typeof types.AuthChatFieldsFragmentDoc,
    "\n  fragment AuthPlayerFields on PlayerEvent { id payload { playerId ipAddress email } }\n": typeof types.AuthPlayerFieldsFragmentDoc,
    "\n  mutation AuthFieldsChatPost($input: ChatMessageInput!) { postChatMessage(input: $input) { ...AuthChatFields } }\n": typeof types.AuthFieldsChatPostDocument,
    "\n  query AuthFieldsChatRecent { chatMessages { messages { ...AuthChatFields } } }\n": typeof types.AuthFieldsChatRecentDocument,
    "\n  subscription AuthFieldsChatFeed { chat { ...AuthChatFields } }\n": typeof types.AuthFieldsChatFeedDocument,
    "\n  mutation AuthFieldsPlayerReport($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { ...AuthPlayerFields } }\n": typeof types.AuthFieldsPlayerReportDocument,
    "\n  query AuthFieldsPlayerRecent { playerActivity { events { ...AuthPlayerFields } } }\n": typeof types.AuthFieldsPlayerRecentDocument,
    "\n  subscription AuthFieldsPlayerFeed { players { ...AuthPlayerFields } }\n": typeof types.AuthFieldsPlayerFeedDocument,
    "\n  mutation AuthFieldsSecurityReport($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id cursor priority } }\n": typeof types.AuthFieldsSecurityReportDocument,
    "\n  mutation AuthFieldsStatusReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor priority } }\n": typeof types.AuthFieldsStatusReportDocument,
    "\n  mutation AuthFieldsTelemetryReport($input: TelemetryInput!) { reportTelemetry(input: $input) { id cursor } }\n": typeof types.AuthFieldsTelemetryReportDocument,
    "\n  subscription AuthFieldsNotifications($after: Cursor) {\n    notifications(after: $after) {\n      __typename\n      ... on Event { id stream priority }\n      ...AuthChatFields\n      ...AuthPlayerFields\n    }\n  }\n": typeof types.AuthFieldsNotificationsDocument,
    "\n  query AuthFieldsEvents($stream: Stream) {\n    events(stream: $stream) { events { id stream ...AuthChatFields ...AuthPlayerFields } }\n  }\n": typeof types.AuthFieldsEventsDocument,
    "\n  query AuthLogsServers { servers { cursor } }\n": typeof types.AuthLogsServersDocument,
    "\n  mutation AuthLogsReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": typeof types.AuthLogsReportDocument,
    "\n  subscription AuthLogsFeed { serverStatus { ... on ServerStatusEvent { id } } }\n": typeof types.AuthLogsFeedDocument,
    "\n  query AuthLogsEvents($after: Cursor) { events(after: $after) { head } }\n": typeof types.AuthLogsEventsDocument,
    "\n  mutation AuthLogsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": typeof types.AuthLogsRevokeDocument,
    "\n  mutation AuthReportServerStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": typeof types.AuthReportServerStatusDocument,
    "\n  mutation AuthReportTelemetry($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }\n": typeof types.AuthReportTelemetryDocument,
    "\n  mutation AuthReportMapEntities($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }\n": typeof types.AuthReportMapEntitiesDocument,
    "\n  mutation AuthPostChatMessage($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }\n": typeof types.AuthPostChatMessageDocument,
    "\n  mutation AuthReportPlayerActivity($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { id } }\n": typeof types.AuthReportPlayerActivityDocument,
    "\n  mutation AuthOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id payload { ticketId } } }\n": typeof types.AuthOpenTicketDocument,
    "\n  mutation AuthReportSecurityIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n": typeof types.AuthReportSecurityIncidentDocument,
    "\n  mutation AuthIngest($events: [IngestEvent!]!) { ingest(events: $events) { id stream } }\n": typeof types.AuthIngestDocument,
    "\n  mutation AuthAssignTicket($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": typeof types.AuthAssignTicketDocument,
    "\n  mutation AuthRespondToTicket($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": typeof types.AuthRespondToTicketDocument,
    "\n  mutation AuthSetTicketStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }\n": typeof types.AuthSetTicketStatusDocument,
    "\n  mutation AuthIssueProducerToken($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id serverId } } }\n": typeof types.AuthIssueProducerTokenDocument,
    "\n  mutation AuthRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": typeof types.AuthRevokeProducerTokenDocument,
    "query AuthServers { servers { cursor servers { id status { state } } } }": typeof types.AuthServersDocument,
    "query AuthServer($id: ID!) { server(id: $id) { cursor server { id } } }": typeof types.AuthServerDocument,
    "query AuthServerStatusHistory($serverId: ID) { serverStatusHistory(serverId: $serverId) { cursor events { id payload { state } } } }": typeof types.AuthServerStatusHistoryDocument,
    "query AuthTelemetry($serverId: ID!) { telemetry(serverId: $serverId) { cursor samples { id payload { cpuPercent } } } }": typeof types.AuthTelemetryDocument,
    "query AuthMapEntities($mapId: ID!) { mapEntities(mapId: $mapId) { cursor entities { entityId } } }": typeof types.AuthMapEntitiesDocument,
    "query AuthMaps { maps { cursor maps { mapId entityCount } } }": typeof types.AuthMapsDocument,
    "query AuthChatMessages { chatMessages { cursor messages { id payload { text } } } }": typeof types.AuthChatMessagesDocument,
    "query AuthPlayerActivity { playerActivity { cursor events { id payload { playerName } } } }": typeof types.AuthPlayerActivityDocument,
    "query AuthTickets { tickets { cursor tickets { id status } } }": typeof types.AuthTicketsDocument,
    "query AuthTicket($id: ID!) { ticket(id: $id) { cursor ticket { id } } }": typeof types.AuthTicketDocument,
    "query AuthSecurityIncidents { securityIncidents { cursor incidents { id payload { kind } } } }": typeof types.AuthSecurityIncidentsDocument,
    "query AuthEvents { events { head events { id stream } } }": typeof types.AuthEventsDocument,
    "query AuthProducerTokens { producerTokens { id serverId } }": typeof types.AuthProducerTokensDocument,
    "query AuthHubStats { hubStats { epoch subscribers } }": typeof types.AuthHubStatsDocument,
    "query AuthOverviewServers { overview { serversOnline serversTotal playersOnline playersOnlineHistory { players } serversNeedingAttention { id } } }": typeof types.AuthOverviewServersDocument,
    "query AuthOverviewTickets { overview { openTickets { status count } } }": typeof types.AuthOverviewTicketsDocument,
    "query AuthOverviewIncidents { overview { incidentsLastHour { priority count } } }": typeof types.AuthOverviewIncidentsDocument,
    "query AuthOverviewRates { overview { eventsPerSecond deliveriesPerSecond } }": typeof types.AuthOverviewRatesDocument,
    "subscription AuthServerStatusFeed { serverStatus { ... on ServerStatusEvent { id } } }": typeof types.AuthServerStatusFeedDocument,
    "subscription AuthTelemetryFeed($serverId: ID!) { telemetry(serverId: $serverId) { ... on TelemetryEvent { id } } }": typeof types.AuthTelemetryFeedDocument,
    "subscription AuthMapEntitiesFeed($mapId: ID!) { mapEntities(mapId: $mapId) { ... on MapEntityEvent { id } } }": typeof types.AuthMapEntitiesFeedDocument,
    "subscription AuthChatFeed { chat { ... on ChatEvent { id } } }": typeof types.AuthChatFeedDocument,
    "subscription AuthPlayersFeed { players { ... on PlayerEvent { id } } }": typeof types.AuthPlayersFeedDocument,
    "subscription AuthTicketsFeed { tickets { ... on TicketEvent { id } } }": typeof types.AuthTicketsFeedDocument,
    "subscription AuthSecurityFeed { security { ... on SecurityEvent { id } } }": typeof types.AuthSecurityFeedDocument,
    "subscription AuthNotificationsFeed { notifications { ... on Event { id stream priority } } }": typeof types.AuthNotificationsFeedDocument,
    "subscription AuthOverviewFeed { overview { serversOnline playersOnline } }": typeof types.AuthOverviewFeedDocument,
    "subscription AuthOverviewRatesFeed { overview { eventsPerSecond } }": typeof types.AuthOverviewRatesFeedDocument,
    "\n  mutation AuthTokensReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id serverId } }\n": typeof types.AuthTokensReportDocument,
    "\n  mutation AuthTokensIngest($events: [IngestEvent!]!) { ingest(events: $events) { id } }\n": typeof types.AuthTokensIngestDocument,
    "\n  query AuthTokensHistory { events { events { id serverId } } }\n": typeof types.AuthTokensHistoryDocument,
    "\n  mutation AuthTokensIssue($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId label createdAt revokedAt } }\n  }\n": typeof types.AuthTokensIssueDocument,
    "\n  mutation AuthTokensRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": typeof types.AuthTokensRevokeDocument,
    "\n  query AuthTokensList($serverId: ID) { producerTokens(serverId: $serverId) { id serverId label createdAt revokedAt } }\n": typeof types.AuthTokensListDocument,
    "\n  query AuthTokensWhoAmI { hubStats { epoch } }\n": typeof types.AuthTokensWhoAmIDocument,
    "\n  query AuthTokensServers { servers { cursor } }\n": typeof types.AuthTokensServersDocument,
    "\n  subscription AuthTokensStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId } } }\n": typeof types.AuthTokensStatusFeedDocument,
    "\n  subscription AuthTokensTicketFeed { tickets { ... on TicketEvent { id } } }\n": typeof types.AuthTokensTicketFeedDocument,
    "\n  mutation BackupIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"backup\") { token producerToken { id } } }\n": typeof types.BackupIssueProducerDocument,
    "\n  mutation BackupRevokeProducer($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": typeof types.BackupRevokeProducerDocument,
    "\n  mutation BackupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.BackupIngestDocument,
    "\n  query BackupHistory($after: Cursor) { events(stream: CHAT, after: $after, first: 500) { events { id cursor } endCursor hasMore head } }\n": typeof types.BackupHistoryDocument,
    "\n  query BackupTokens { producerTokens { id serverId revokedAt } }\n": typeof types.BackupTokensDocument,
    "\n  mutation ChatReplaySay($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor }\n  }\n": typeof types.ChatReplaySayDocument,
    "\n  query ChatReplayWindow($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      serverId\n      from\n      to\n      cursor\n      complete\n      messages { id serverId payload { kind text } }\n    }\n  }\n": typeof types.ChatReplayWindowDocument,
    "\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n": typeof types.ChatEventFieldsFragmentDoc,
    "\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n": typeof types.ChatPostDocument,
    "\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n": typeof types.ChatRecentDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n": typeof types.ChatFeedDocument,
    "\n  mutation FaultsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.FaultsIngestDocument,
    "\n  subscription FaultsChat($after: Cursor) {\n    chat(after: $after) {\n      __typename\n      ... on ChatEvent { id cursor }\n      ... on ResyncRequired { reason }\n    }\n  }\n": typeof types.FaultsChatDocument,
    "\n  mutation ClusterIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n": typeof types.ClusterIngestDocument,
    "\n  subscription ClusterChat($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason }\n    }\n  }\n": typeof types.ClusterChatDocument,
    "\n  mutation ClusterStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.ClusterStatusDocument,
    "\n  query ClusterServers { servers { cursor servers { id status { state playerCount } } } }\n": typeof types.ClusterServersDocument,
    "\n  query ClusterStats { hubStats { engine nodeId nodes head } }\n": typeof types.ClusterStatsDocument,
    "\n  mutation ClusterIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n": typeof types.ClusterIssueDocument,
    "\n  mutation ClusterRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": typeof types.ClusterRevokeDocument,
    "\n  query ClusterStatusHistory { events(stream: SERVER_STATUS, first: 100) { events { type serverId } } }\n": typeof types.ClusterStatusHistoryDocument,
    "\n  mutation CrashIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"crash\") { token } }\n": typeof types.CrashIssueProducerDocument,
    "\n  mutation CrashIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) {\n      id cursor stream type serverId occurredAt receivedAt priority\n      ... on ChatEvent { payload { kind channel playerId playerName recipientId text } }\n    }\n  }\n": typeof types.CrashIngestDocument,
    "\n  query CrashHistory($after: Cursor) {\n    events(stream: CHAT, after: $after, first: 500) { events { id cursor ... on ChatEvent { payload { text } } } endCursor hasMore head }\n  }\n": typeof types.CrashHistoryDocument,
    "\n  query CrashState {\n    servers { cursor servers { id lastSeen } }\n    chatMessages(channel: \"crash\", last: 50) { cursor messages { id } }\n  }\n": typeof types.CrashStateDocument,
    "\n  subscription CrashFeed($after: Cursor) { chat(channel: \"crash\", after: $after) { ... on ChatEvent { id cursor payload { text } } ... on ResyncRequired { reason } } }\n": typeof types.CrashFeedDocument,
    "\n  mutation CursorIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.CursorIngestDocument,
    "\n  subscription CursorChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.CursorChatFeedDocument,
    "\n  query CursorChatRecent { chatMessages(last: 1000) { cursor messages { id cursor } } }\n": typeof types.CursorChatRecentDocument,
    "\n  mutation DedupChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor serverId occurredAt receivedAt priority payload { channel text } }\n  }\n": typeof types.DedupChatDocument,
    "\n  mutation DedupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type serverId occurredAt } }\n": typeof types.DedupIngestDocument,
    "\n  mutation DedupMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor payload { entityId action position { x y } } }\n  }\n": typeof types.DedupMapDocument,
    "\n  mutation DedupTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId subject } } }\n": typeof types.DedupTicketDocument,
    "\n  query DedupHistory { events(first: 1000) { events { id cursor stream } } }\n": typeof types.DedupHistoryDocument,
    "\n  subscription DedupChatFeed { chat { ... on ChatEvent { id cursor } } }\n": typeof types.DedupChatFeedDocument,
    "\n  subscription DeliveryChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id cursor payload { kind text playerName } } }\n  }\n": typeof types.DeliveryChatFeedDocument,
    "\n  mutation DeliveryIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.DeliveryIngestDocument,
    "\n  mutation DashboardStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": typeof types.DashboardStatusDocument,
    "\n  mutation DashboardTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": typeof types.DashboardTelemetryDocument,
    "\n  mutation DashboardMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n": typeof types.DashboardMapDocument,
    "\n  mutation DashboardChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": typeof types.DashboardChatDocument,
    "\n  mutation DashboardOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id payload { ticketId } }\n  }\n": typeof types.DashboardOpenTicketDocument,
    "\n  mutation DashboardIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.DashboardIncidentDocument,
    "\n  mutation FilterPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": typeof types.FilterPageChatDocument,
    "\n  mutation FilterPageIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { __typename }\n  }\n": typeof types.FilterPageIngestDocument,
    "\n  mutation FilterPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": typeof types.FilterPageTicketDocument,
    "\n  mutation FilterPageAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n": typeof types.FilterPageAssignDocument,
    "\n  mutation FilterPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.FilterPageIncidentDocument,
    "\n  mutation LiveClientStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": typeof types.LiveClientStatusDocument,
    "\n  mutation MapPageEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n": typeof types.MapPageEntitiesDocument,
    "\n  mutation BellOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { payload { ticketId } } }\n": typeof types.BellOpenTicketDocument,
    "\n  mutation BellAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": typeof types.BellAssignDocument,
    "\n  mutation BellRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": typeof types.BellRespondDocument,
    "\n  mutation OverviewPageStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": typeof types.OverviewPageStatusDocument,
    "\n  mutation OverviewPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n": typeof types.OverviewPageTicketDocument,
    "\n  mutation OverviewPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.OverviewPageIncidentDocument,
    "\n  mutation PlayersPageActivity($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n": typeof types.PlayersPageActivityDocument,
    "\n  mutation PlayersPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": typeof types.PlayersPageChatDocument,
    "\n  mutation PlayersPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n": typeof types.PlayersPageTicketDocument,
    "\n  mutation PlayersPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.PlayersPageIncidentDocument,
    "\n  mutation ReplayPageMove($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n": typeof types.ReplayPageMoveDocument,
    "\n  mutation ReplayPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id receivedAt }\n  }\n": typeof types.ReplayPageChatDocument,
    "\n  mutation ReplayPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id receivedAt }\n  }\n": typeof types.ReplayPageIncidentDocument,
    "\n  mutation ReplayPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { receivedAt payload { ticketId } }\n  }\n": typeof types.ReplayPageTicketDocument,
    "\n  mutation RestartEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n": typeof types.RestartEntitiesDocument,
    "\n  mutation StoryStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": typeof types.StoryStatusDocument,
    "\n  mutation StoryTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": typeof types.StoryTelemetryDocument,
    "\n  mutation StoryPlayer($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n": typeof types.StoryPlayerDocument,
    "\n  mutation StoryChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": typeof types.StoryChatDocument,
    "\n  mutation StoryTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": typeof types.StoryTicketDocument,
    "\n  mutation StoryIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.StoryIncidentDocument,
    "\n  mutation RangeTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": typeof types.RangeTelemetryDocument,
    "\n  mutation EventTypesIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id stream type }\n  }\n": typeof types.EventTypesIngestDocument,
    "\n  query EventTypesHistory($after: Cursor) {\n    events(after: $after, first: 100) { events { id stream type } }\n  }\n": typeof types.EventTypesHistoryDocument,
    "\n  subscription EventTypesChatFeed($after: Cursor) {\n    chat(after: $after) { ... on ChatEvent { id type } ... on ResyncRequired { reason } }\n  }\n": typeof types.EventTypesChatFeedDocument,
    "\n  mutation EventTypesAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"mod-anna\") { type } }\n": typeof types.EventTypesAssignDocument,
    "\n  mutation EventTypesRespond($ticketId: ID!) { respondToTicket(ticketId: $ticketId, body: \"on it\") { type } }\n": typeof types.EventTypesRespondDocument,
    "\n  mutation EventTypesStatus($ticketId: ID!) { setTicketStatus(ticketId: $ticketId, status: RESOLVED) { type } }\n": typeof types.EventTypesStatusDocument,
    "\n  mutation EventTypesRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": typeof types.EventTypesRevokeDocument,
    "\n  mutation FastPostChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id type payload { text kind } } }\n": typeof types.FastPostChatDocument,
    "\n  mutation FastPathChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor type serverId payload { text kind } } }\n": typeof types.FastPathChatDocument,
    "\n  mutation FastPathBatch($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type } }\n": typeof types.FastPathBatchDocument,
    "\n  mutation FilterChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": typeof types.FilterChatPostDocument,
    "\n  query FilterChatMessages($serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(serverId: $serverId, player: $player, text: $text, last: $last) { cursor messages { id serverId payload { kind playerName text } } }\n  }\n": typeof types.FilterChatMessagesDocument,
    "\n  subscription FilterChatFeed($serverId: ID, $player: String, $text: String) {\n    chat(serverId: $serverId, player: $player, text: $text) { ... on ChatEvent { id payload { playerName text } } }\n  }\n": typeof types.FilterChatFeedDocument,
    "\n  mutation FilterIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": typeof types.FilterIncidentDocument,
    "\n  query FilterIncidents($serverId: ID, $kind: IncidentKind) {\n    securityIncidents(serverId: $serverId, kind: $kind) { incidents { id serverId payload { kind description } } }\n  }\n": typeof types.FilterIncidentsDocument,
    "\n  subscription FilterSecurityFeed($serverId: ID, $kind: IncidentKind) {\n    security(serverId: $serverId, kind: $kind) { ... on SecurityEvent { id serverId payload { kind } } }\n  }\n": typeof types.FilterSecurityFeedDocument,
    "\n  mutation FilterOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": typeof types.FilterOpenTicketDocument,
    "\n  mutation FilterAssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n": typeof types.FilterAssignTicketDocument,
    "\n  mutation FilterRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id }\n  }\n": typeof types.FilterRespondDocument,
    "\n  query FilterTickets($serverId: ID, $category: String, $assignedTo: TicketAssignee, $status: TicketStatus) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo, status: $status) { total tickets { subject serverId category assignee } }\n  }\n": typeof types.FilterTicketsDocument,
    "\n  subscription FilterTicketFeed($serverId: ID, $category: String, $assignedTo: TicketAssignee) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo) {\n      ... on TicketEvent { serverId payload { kind ticketId subject assignee response { body } } }\n    }\n  }\n": typeof types.FilterTicketFeedDocument,
    "\n  mutation FilterStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": typeof types.FilterStatusDocument,
    "\n  query FilterStatusHistory($serverId: ID, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) { cursor events { serverId payload { state playerCount } } }\n  }\n": typeof types.FilterStatusHistoryDocument,
    "\n  mutation FuzzReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.FuzzReportStatusDocument,
    "\n  mutation FuzzIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.FuzzIngestDocument,
    "\n  query FuzzEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) { endCursor head events { id stream ... on ChatEvent { payload { text } } } }\n  }\n": typeof types.FuzzEventsDocument,
    "\n  subscription FuzzStatusFeed($serverId: ID, $after: Cursor) { serverStatus(serverId: $serverId, after: $after) { ... on ServerStatusEvent { id } ... on ResyncRequired { reason } } }\n": typeof types.FuzzStatusFeedDocument,
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
    "\n  query MapList { maps { cursor maps { mapId entityCount serverIds } } }\n": typeof types.MapListDocument,
    "\n  subscription MyNotificationsFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification { kind event { id cursor type payload { kind ticketId assignee actor response { author body } } } ticket { subject } }\n      ... on ResyncRequired { reason }\n    }\n  }\n": typeof types.MyNotificationsFeedDocument,
    "\n  subscription ViewerTicketsFeed { tickets { ... on TicketEvent { id } } }\n": typeof types.ViewerTicketsFeedDocument,
    "\n  mutation ViewerOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId } } }\n": typeof types.ViewerOpenTicketDocument,
    "\n  mutation ViewerAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": typeof types.ViewerAssignDocument,
    "\n  mutation ViewerRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": typeof types.ViewerRespondDocument,
    "\n  mutation OpsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.OpsIngestDocument,
    "\n  subscription OpsChat { chat { __typename ... on ChatEvent { id } } }\n": typeof types.OpsChatDocument,
    "\n  mutation OpsStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": typeof types.OpsStatusDocument,
    "\n  mutation OpsIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n": typeof types.OpsIssueDocument,
    "\n  mutation OpsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": typeof types.OpsRevokeDocument,
    "\n  mutation OverviewHistoryStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": typeof types.OverviewHistoryStatusDocument,
    "\n  query OverviewPlayersOnline($range: TimeRange, $points: Int) {\n    overview { at playersOnline playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n": typeof types.OverviewPlayersOnlineDocument,
    "\n  mutation OverviewReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": typeof types.OverviewReportStatusDocument,
    "\n  mutation OverviewOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id } }\n": typeof types.OverviewOpenTicketDocument,
    "\n  mutation OverviewReportIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n": typeof types.OverviewReportIncidentDocument,
    "\n  query OverviewQuery {\n    overview {\n      serversOnline serversTotal playersOnline\n      playersOnlineHistory { players }\n      serversNeedingAttention { id status { state health } }\n      openTickets { status count }\n      incidentsLastHour { priority count }\n      eventsPerSecond deliveriesPerSecond\n    }\n  }\n": typeof types.OverviewQueryDocument,
    "\n  subscription OverviewFeed {\n    overview { serversOnline serversTotal playersOnline openTickets { status count } incidentsLastHour { priority count } }\n  }\n": typeof types.OverviewFeedDocument,
    "\n  query SupportOverview { overview { serversOnline serversTotal playersOnline openTickets { status count } } }\n": typeof types.SupportOverviewDocument,
    "query SupportOverviewRates { overview { serversOnline eventsPerSecond deliveriesPerSecond } }": typeof types.SupportOverviewRatesDocument,
    "\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": typeof types.PlayerEventFieldsFragmentDoc,
    "\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n": typeof types.PlayerReportDocument,
    "\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n": typeof types.PlayerRecentDocument,
    "\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n": typeof types.PlayerFeedDocument,
    "\n  query ProducerHistory($stream: Stream, $after: Cursor) {\n    events(stream: $stream, after: $after, first: 500) {\n      events {\n        id\n        stream\n        serverId\n        ... on ChatEvent { payload { text } }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.ProducerHistoryDocument,
    "\n  mutation ProtocolReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.ProtocolReportStatusDocument,
    "\n  query ProtocolFullPage {\n    events(first: 1000) {\n      endCursor\n      hasMore\n      head\n      events {\n        id cursor stream type serverId occurredAt receivedAt priority\n        ... on ServerStatusEvent { status: payload { state playerCount maxPlayers health message } }\n        ... on TelemetryEvent { sample: payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate } }\n        ... on MapEntityEvent { entity: payload { mapId entityId kind action position { x y z } heading label } }\n        ... on ChatEvent { message: payload { kind channel playerId playerName recipientId text } }\n        ... on PlayerEvent { activity: payload { kind playerId playerName detail ipAddress email } }\n        ... on TicketEvent { change: payload { kind ticketId subject body playerId category status previousStatus assignee response { id author body at } actor } }\n        ... on SecurityEvent { incident: payload { kind playerId description confidence banDurationSeconds } }\n      }\n    }\n  }\n": typeof types.ProtocolFullPageDocument,
    "\n  mutation RateIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor }\n  }\n": typeof types.RateIngestDocument,
    "\n  query RateHead { hubStats { head } }\n": typeof types.RateHeadDocument,
    "\n  mutation RateOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id ... on TicketEvent { payload { ticketId } } } }\n": typeof types.RateOpenTicketDocument,
    "\n  mutation RateRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": typeof types.RateRespondDocument,
    "\n  query RateServers { servers { servers { id state } } }\n": typeof types.RateServersDocument,
    "\n  mutation KeysIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor ... on TicketEvent { payload { ticketId } } }\n  }\n": typeof types.KeysIngestDocument,
    "\n  mutation KeysAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"ops-1\") { id } }\n": typeof types.KeysAssignDocument,
    "\n  subscription KeysChat($after: Cursor) { chat(after: $after) { __typename ... on ChatEvent { payload { text } } } }\n": typeof types.KeysChatDocument,
    "\n  query KeysReads($from: DateTime!, $to: DateTime!) {\n    servers { servers { id } }\n    tickets { tickets { id assignee } }\n    events(stream: CHAT, first: 10) { events { id } }\n    mapReplay(mapId: \"m-1\", from: $from, to: $to) { events { id } }\n    chatReplay(serverId: \"eu-1\", from: $from, to: $to) { messages { id } }\n    hubStats { engine nodes head }\n  }\n": typeof types.KeysReadsDocument,
    "\n  mutation KeysIssue { issueProducerToken(serverId: \"eu-9\") { token producerToken { id } } }\n": typeof types.KeysIssueDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeProducerToken(id: $id) { revokedAt } }\n": typeof types.KeysRevokeDocument,
    "\n  mutation KeysStatus { reportServerStatus(input: { serverId: \"eu-9\", state: ONLINE, playerCount: 1 }) { id } }\n": typeof types.KeysStatusDocument,
    "\n  mutation ReplayReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor receivedAt }\n  }\n": typeof types.ReplayReportDocument,
    "\n  query MapReplayWindow($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      cursor\n      complete\n      initial { entityId kind position { x y } label serverId }\n      events { id cursor receivedAt payload { entityId action position { x y } } }\n    }\n  }\n": typeof types.MapReplayWindowDocument,
    "\n  mutation ResumeIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n": typeof types.ResumeIngestDocument,
    "\n  mutation ResumeStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.ResumeStatusDocument,
    "\n  subscription ResumeChatFeed($channel: String, $serverId: ID, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor serverId payload { channel text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ResumeChatFeedDocument,
    "\n  subscription ResumePlayersFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { id cursor serverId }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ResumePlayersFeedDocument,
    "\n  subscription ResumeStatusFeed($after: Cursor) {\n    serverStatus(after: $after) {\n      __typename\n      ... on ServerStatusEvent { id cursor payload { playerCount } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ResumeStatusFeedDocument,
    "\n  subscription ResumeNotifications($after: Cursor, $minPriority: Priority) {\n    notifications(after: $after, minPriority: $minPriority) {\n      __typename\n      ... on Event { id cursor stream priority }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ResumeNotificationsDocument,
    "\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n": typeof types.SecurityReportDocument,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": typeof types.SecurityEventFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n": typeof types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n": typeof types.SecurityFeedDocument,
    "\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n": typeof types.ReportStatusDocument,
    "\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n": typeof types.ServersDocument,
    "\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n": typeof types.ServerStatusFeedDocument,
    "\n  query SimulatorStreamEvents($stream: Stream!) {\n    events(stream: $stream, first: 500) { events { type serverId } }\n  }\n": typeof types.SimulatorStreamEventsDocument,
    "\n  query SimulatorFleetState {\n    servers { servers { id state playerCount } }\n    producerTokens { serverId label revokedAt }\n  }\n": typeof types.SimulatorFleetStateDocument,
    "\n  query SimulatorTelemetry($serverId: ID!) { telemetry(serverId: $serverId, last: 60) { samples { id } } }\n": typeof types.SimulatorTelemetryDocument,
    "\n  subscription SimulatorStatusFeed { serverStatus { ... on ServerStatusEvent { serverId payload { state } } } }\n": typeof types.SimulatorStatusFeedDocument,
    "\n  mutation SlowIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"slow-readers\") { token } }\n": typeof types.SlowIssueProducerDocument,
    "\n  mutation SlowIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": typeof types.SlowIngestDocument,
    "\n  mutation SlowPost($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor } }\n": typeof types.SlowPostDocument,
    "\n  query SlowHubStats { hubStats { subscribers } }\n": typeof types.SlowHubStatsDocument,
    "\n  subscription SlowChatFeed($channel: String!, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id payload { text } } ... on ResyncRequired { reason } }\n  }\n": typeof types.SlowChatFeedDocument,
    "\n  subscription SlowTelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) {\n      ... on TelemetryEvent {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": typeof types.SlowTelemetryFeedDocument,
    "\n  subscription SlowMapFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      ... on MapEntityEvent { id cursor type serverId occurredAt receivedAt payload { entityId kind action position { x y z } heading label } }\n    }\n  }\n": typeof types.SlowMapFeedDocument,
    "\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n": typeof types.WireStatusFeedDocument,
    "\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": typeof types.WireReportStatusDocument,
    "\n  mutation TelemetryHistoryIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor receivedAt }\n  }\n": typeof types.TelemetryHistoryIngestDocument,
    "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      serverId\n      range\n      from\n      sampled\n      samples { id cursor serverId payload { memoryUsedMb } }\n    }\n  }\n": typeof types.TelemetryRangeDocument,
    "\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n": typeof types.TelemetryReportDocument,
    "\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": typeof types.TelemetryHistoryDocument,
    "\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n": typeof types.TelemetryFeedDocument,
    "\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n": typeof types.TicketOpenDocument,
    "\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n": typeof types.TicketEventFieldsFragmentDoc,
    "\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n": typeof types.TicketAssignDocument,
    "\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n": typeof types.TicketRespondDocument,
    "\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n": typeof types.TicketSetStatusDocument,
    "\n  query TicketList($status: TicketStatus, $first: Int) {\n    tickets(status: $status, first: $first) { cursor total tickets { id serverId subject status } }\n  }\n": typeof types.TicketListDocument,
    "\n  query TicketDetail($id: ID!) {\n    ticket(id: $id) {\n      cursor\n      ticket {\n        id serverId subject body playerId category status assignee createdAt updatedAt\n        responses { id author body at }\n      }\n    }\n  }\n": typeof types.TicketDetailDocument,
    "\n  subscription TicketFeed($status: TicketStatus) {\n    tickets(status: $status) { ... on TicketEvent { ...TicketEventFields } }\n  }\n": typeof types.TicketFeedDocument,
};
const documents: Documents = {
    "\n  fragment AuthChatFields on ChatEvent { id payload { kind channel text } }\n": types.AuthChatFieldsFragmentDoc,
    "\n  fragment AuthPlayerFields on PlayerEvent { id payload { playerId ipAddress email } }\n": types.AuthPlayerFieldsFragmentDoc,
    "\n  mutation AuthFieldsChatPost($input: ChatMessageInput!) { postChatMessage(input: $input) { ...AuthChatFields } }\n": types.AuthFieldsChatPostDocument,
    "\n  query AuthFieldsChatRecent { chatMessages { messages { ...AuthChatFields } } }\n": types.AuthFieldsChatRecentDocument,
    "\n  subscription AuthFieldsChatFeed { chat { ...AuthChatFields } }\n": types.AuthFieldsChatFeedDocument,
    "\n  mutation AuthFieldsPlayerReport($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { ...AuthPlayerFields } }\n": types.AuthFieldsPlayerReportDocument,
    "\n  query AuthFieldsPlayerRecent { playerActivity { events { ...AuthPlayerFields } } }\n": types.AuthFieldsPlayerRecentDocument,
    "\n  subscription AuthFieldsPlayerFeed { players { ...AuthPlayerFields } }\n": types.AuthFieldsPlayerFeedDocument,
    "\n  mutation AuthFieldsSecurityReport($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id cursor priority } }\n": types.AuthFieldsSecurityReportDocument,
    "\n  mutation AuthFieldsStatusReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor priority } }\n": types.AuthFieldsStatusReportDocument,
    "\n  mutation AuthFieldsTelemetryReport($input: TelemetryInput!) { reportTelemetry(input: $input) { id cursor } }\n": types.AuthFieldsTelemetryReportDocument,
    "\n  subscription AuthFieldsNotifications($after: Cursor) {\n    notifications(after: $after) {\n      __typename\n      ... on Event { id stream priority }\n      ...AuthChatFields\n      ...AuthPlayerFields\n    }\n  }\n": types.AuthFieldsNotificationsDocument,
    "\n  query AuthFieldsEvents($stream: Stream) {\n    events(stream: $stream) { events { id stream ...AuthChatFields ...AuthPlayerFields } }\n  }\n": types.AuthFieldsEventsDocument,
    "\n  query AuthLogsServers { servers { cursor } }\n": types.AuthLogsServersDocument,
    "\n  mutation AuthLogsReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": types.AuthLogsReportDocument,
    "\n  subscription AuthLogsFeed { serverStatus { ... on ServerStatusEvent { id } } }\n": types.AuthLogsFeedDocument,
    "\n  query AuthLogsEvents($after: Cursor) { events(after: $after) { head } }\n": types.AuthLogsEventsDocument,
    "\n  mutation AuthLogsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": types.AuthLogsRevokeDocument,
    "\n  mutation AuthReportServerStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": types.AuthReportServerStatusDocument,
    "\n  mutation AuthReportTelemetry($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }\n": types.AuthReportTelemetryDocument,
    "\n  mutation AuthReportMapEntities($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }\n": types.AuthReportMapEntitiesDocument,
    "\n  mutation AuthPostChatMessage($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }\n": types.AuthPostChatMessageDocument,
    "\n  mutation AuthReportPlayerActivity($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { id } }\n": types.AuthReportPlayerActivityDocument,
    "\n  mutation AuthOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id payload { ticketId } } }\n": types.AuthOpenTicketDocument,
    "\n  mutation AuthReportSecurityIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n": types.AuthReportSecurityIncidentDocument,
    "\n  mutation AuthIngest($events: [IngestEvent!]!) { ingest(events: $events) { id stream } }\n": types.AuthIngestDocument,
    "\n  mutation AuthAssignTicket($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": types.AuthAssignTicketDocument,
    "\n  mutation AuthRespondToTicket($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": types.AuthRespondToTicketDocument,
    "\n  mutation AuthSetTicketStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }\n": types.AuthSetTicketStatusDocument,
    "\n  mutation AuthIssueProducerToken($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id serverId } } }\n": types.AuthIssueProducerTokenDocument,
    "\n  mutation AuthRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": types.AuthRevokeProducerTokenDocument,
    "query AuthServers { servers { cursor servers { id status { state } } } }": types.AuthServersDocument,
    "query AuthServer($id: ID!) { server(id: $id) { cursor server { id } } }": types.AuthServerDocument,
    "query AuthServerStatusHistory($serverId: ID) { serverStatusHistory(serverId: $serverId) { cursor events { id payload { state } } } }": types.AuthServerStatusHistoryDocument,
    "query AuthTelemetry($serverId: ID!) { telemetry(serverId: $serverId) { cursor samples { id payload { cpuPercent } } } }": types.AuthTelemetryDocument,
    "query AuthMapEntities($mapId: ID!) { mapEntities(mapId: $mapId) { cursor entities { entityId } } }": types.AuthMapEntitiesDocument,
    "query AuthMaps { maps { cursor maps { mapId entityCount } } }": types.AuthMapsDocument,
    "query AuthChatMessages { chatMessages { cursor messages { id payload { text } } } }": types.AuthChatMessagesDocument,
    "query AuthPlayerActivity { playerActivity { cursor events { id payload { playerName } } } }": types.AuthPlayerActivityDocument,
    "query AuthTickets { tickets { cursor tickets { id status } } }": types.AuthTicketsDocument,
    "query AuthTicket($id: ID!) { ticket(id: $id) { cursor ticket { id } } }": types.AuthTicketDocument,
    "query AuthSecurityIncidents { securityIncidents { cursor incidents { id payload { kind } } } }": types.AuthSecurityIncidentsDocument,
    "query AuthEvents { events { head events { id stream } } }": types.AuthEventsDocument,
    "query AuthProducerTokens { producerTokens { id serverId } }": types.AuthProducerTokensDocument,
    "query AuthHubStats { hubStats { epoch subscribers } }": types.AuthHubStatsDocument,
    "query AuthOverviewServers { overview { serversOnline serversTotal playersOnline playersOnlineHistory { players } serversNeedingAttention { id } } }": types.AuthOverviewServersDocument,
    "query AuthOverviewTickets { overview { openTickets { status count } } }": types.AuthOverviewTicketsDocument,
    "query AuthOverviewIncidents { overview { incidentsLastHour { priority count } } }": types.AuthOverviewIncidentsDocument,
    "query AuthOverviewRates { overview { eventsPerSecond deliveriesPerSecond } }": types.AuthOverviewRatesDocument,
    "subscription AuthServerStatusFeed { serverStatus { ... on ServerStatusEvent { id } } }": types.AuthServerStatusFeedDocument,
    "subscription AuthTelemetryFeed($serverId: ID!) { telemetry(serverId: $serverId) { ... on TelemetryEvent { id } } }": types.AuthTelemetryFeedDocument,
    "subscription AuthMapEntitiesFeed($mapId: ID!) { mapEntities(mapId: $mapId) { ... on MapEntityEvent { id } } }": types.AuthMapEntitiesFeedDocument,
    "subscription AuthChatFeed { chat { ... on ChatEvent { id } } }": types.AuthChatFeedDocument,
    "subscription AuthPlayersFeed { players { ... on PlayerEvent { id } } }": types.AuthPlayersFeedDocument,
    "subscription AuthTicketsFeed { tickets { ... on TicketEvent { id } } }": types.AuthTicketsFeedDocument,
    "subscription AuthSecurityFeed { security { ... on SecurityEvent { id } } }": types.AuthSecurityFeedDocument,
    "subscription AuthNotificationsFeed { notifications { ... on Event { id stream priority } } }": types.AuthNotificationsFeedDocument,
    "subscription AuthOverviewFeed { overview { serversOnline playersOnline } }": types.AuthOverviewFeedDocument,
    "subscription AuthOverviewRatesFeed { overview { eventsPerSecond } }": types.AuthOverviewRatesFeedDocument,
    "\n  mutation AuthTokensReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id serverId } }\n": types.AuthTokensReportDocument,
    "\n  mutation AuthTokensIngest($events: [IngestEvent!]!) { ingest(events: $events) { id } }\n": types.AuthTokensIngestDocument,
    "\n  query AuthTokensHistory { events { events { id serverId } } }\n": types.AuthTokensHistoryDocument,
    "\n  mutation AuthTokensIssue($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId label createdAt revokedAt } }\n  }\n": types.AuthTokensIssueDocument,
    "\n  mutation AuthTokensRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": types.AuthTokensRevokeDocument,
    "\n  query AuthTokensList($serverId: ID) { producerTokens(serverId: $serverId) { id serverId label createdAt revokedAt } }\n": types.AuthTokensListDocument,
    "\n  query AuthTokensWhoAmI { hubStats { epoch } }\n": types.AuthTokensWhoAmIDocument,
    "\n  query AuthTokensServers { servers { cursor } }\n": types.AuthTokensServersDocument,
    "\n  subscription AuthTokensStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId } } }\n": types.AuthTokensStatusFeedDocument,
    "\n  subscription AuthTokensTicketFeed { tickets { ... on TicketEvent { id } } }\n": types.AuthTokensTicketFeedDocument,
    "\n  mutation BackupIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"backup\") { token producerToken { id } } }\n": types.BackupIssueProducerDocument,
    "\n  mutation BackupRevokeProducer($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": types.BackupRevokeProducerDocument,
    "\n  mutation BackupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.BackupIngestDocument,
    "\n  query BackupHistory($after: Cursor) { events(stream: CHAT, after: $after, first: 500) { events { id cursor } endCursor hasMore head } }\n": types.BackupHistoryDocument,
    "\n  query BackupTokens { producerTokens { id serverId revokedAt } }\n": types.BackupTokensDocument,
    "\n  mutation ChatReplaySay($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor }\n  }\n": types.ChatReplaySayDocument,
    "\n  query ChatReplayWindow($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      serverId\n      from\n      to\n      cursor\n      complete\n      messages { id serverId payload { kind text } }\n    }\n  }\n": types.ChatReplayWindowDocument,
    "\n  fragment ChatEventFields on ChatEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind channel playerId playerName recipientId text }\n  }\n": types.ChatEventFieldsFragmentDoc,
    "\n  mutation ChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { ...ChatEventFields }\n  }\n": types.ChatPostDocument,
    "\n  query ChatRecent($channel: String, $serverId: ID, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }\n  }\n": types.ChatRecentDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID) {\n    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }\n  }\n": types.ChatFeedDocument,
    "\n  mutation FaultsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.FaultsIngestDocument,
    "\n  subscription FaultsChat($after: Cursor) {\n    chat(after: $after) {\n      __typename\n      ... on ChatEvent { id cursor }\n      ... on ResyncRequired { reason }\n    }\n  }\n": types.FaultsChatDocument,
    "\n  mutation ClusterIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n": types.ClusterIngestDocument,
    "\n  subscription ClusterChat($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason }\n    }\n  }\n": types.ClusterChatDocument,
    "\n  mutation ClusterStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.ClusterStatusDocument,
    "\n  query ClusterServers { servers { cursor servers { id status { state playerCount } } } }\n": types.ClusterServersDocument,
    "\n  query ClusterStats { hubStats { engine nodeId nodes head } }\n": types.ClusterStatsDocument,
    "\n  mutation ClusterIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n": types.ClusterIssueDocument,
    "\n  mutation ClusterRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": types.ClusterRevokeDocument,
    "\n  query ClusterStatusHistory { events(stream: SERVER_STATUS, first: 100) { events { type serverId } } }\n": types.ClusterStatusHistoryDocument,
    "\n  mutation CrashIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"crash\") { token } }\n": types.CrashIssueProducerDocument,
    "\n  mutation CrashIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) {\n      id cursor stream type serverId occurredAt receivedAt priority\n      ... on ChatEvent { payload { kind channel playerId playerName recipientId text } }\n    }\n  }\n": types.CrashIngestDocument,
    "\n  query CrashHistory($after: Cursor) {\n    events(stream: CHAT, after: $after, first: 500) { events { id cursor ... on ChatEvent { payload { text } } } endCursor hasMore head }\n  }\n": types.CrashHistoryDocument,
    "\n  query CrashState {\n    servers { cursor servers { id lastSeen } }\n    chatMessages(channel: \"crash\", last: 50) { cursor messages { id } }\n  }\n": types.CrashStateDocument,
    "\n  subscription CrashFeed($after: Cursor) { chat(channel: \"crash\", after: $after) { ... on ChatEvent { id cursor payload { text } } ... on ResyncRequired { reason } } }\n": types.CrashFeedDocument,
    "\n  mutation CursorIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.CursorIngestDocument,
    "\n  subscription CursorChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.CursorChatFeedDocument,
    "\n  query CursorChatRecent { chatMessages(last: 1000) { cursor messages { id cursor } } }\n": types.CursorChatRecentDocument,
    "\n  mutation DedupChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor serverId occurredAt receivedAt priority payload { channel text } }\n  }\n": types.DedupChatDocument,
    "\n  mutation DedupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type serverId occurredAt } }\n": types.DedupIngestDocument,
    "\n  mutation DedupMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor payload { entityId action position { x y } } }\n  }\n": types.DedupMapDocument,
    "\n  mutation DedupTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId subject } } }\n": types.DedupTicketDocument,
    "\n  query DedupHistory { events(first: 1000) { events { id cursor stream } } }\n": types.DedupHistoryDocument,
    "\n  subscription DedupChatFeed { chat { ... on ChatEvent { id cursor } } }\n": types.DedupChatFeedDocument,
    "\n  subscription DeliveryChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id cursor payload { kind text playerName } } }\n  }\n": types.DeliveryChatFeedDocument,
    "\n  mutation DeliveryIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.DeliveryIngestDocument,
    "\n  mutation DashboardStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": types.DashboardStatusDocument,
    "\n  mutation DashboardTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": types.DashboardTelemetryDocument,
    "\n  mutation DashboardMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n": types.DashboardMapDocument,
    "\n  mutation DashboardChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": types.DashboardChatDocument,
    "\n  mutation DashboardOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id payload { ticketId } }\n  }\n": types.DashboardOpenTicketDocument,
    "\n  mutation DashboardIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.DashboardIncidentDocument,
    "\n  mutation FilterPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": types.FilterPageChatDocument,
    "\n  mutation FilterPageIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { __typename }\n  }\n": types.FilterPageIngestDocument,
    "\n  mutation FilterPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": types.FilterPageTicketDocument,
    "\n  mutation FilterPageAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n": types.FilterPageAssignDocument,
    "\n  mutation FilterPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.FilterPageIncidentDocument,
    "\n  mutation LiveClientStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": types.LiveClientStatusDocument,
    "\n  mutation MapPageEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n": types.MapPageEntitiesDocument,
    "\n  mutation BellOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { payload { ticketId } } }\n": types.BellOpenTicketDocument,
    "\n  mutation BellAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": types.BellAssignDocument,
    "\n  mutation BellRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": types.BellRespondDocument,
    "\n  mutation OverviewPageStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": types.OverviewPageStatusDocument,
    "\n  mutation OverviewPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n": types.OverviewPageTicketDocument,
    "\n  mutation OverviewPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.OverviewPageIncidentDocument,
    "\n  mutation PlayersPageActivity($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n": types.PlayersPageActivityDocument,
    "\n  mutation PlayersPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": types.PlayersPageChatDocument,
    "\n  mutation PlayersPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n": types.PlayersPageTicketDocument,
    "\n  mutation PlayersPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.PlayersPageIncidentDocument,
    "\n  mutation ReplayPageMove($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n": types.ReplayPageMoveDocument,
    "\n  mutation ReplayPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id receivedAt }\n  }\n": types.ReplayPageChatDocument,
    "\n  mutation ReplayPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id receivedAt }\n  }\n": types.ReplayPageIncidentDocument,
    "\n  mutation ReplayPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { receivedAt payload { ticketId } }\n  }\n": types.ReplayPageTicketDocument,
    "\n  mutation RestartEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n": types.RestartEntitiesDocument,
    "\n  mutation StoryStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": types.StoryStatusDocument,
    "\n  mutation StoryTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": types.StoryTelemetryDocument,
    "\n  mutation StoryPlayer($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n": types.StoryPlayerDocument,
    "\n  mutation StoryChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": types.StoryChatDocument,
    "\n  mutation StoryTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": types.StoryTicketDocument,
    "\n  mutation StoryIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.StoryIncidentDocument,
    "\n  mutation RangeTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n": types.RangeTelemetryDocument,
    "\n  mutation EventTypesIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id stream type }\n  }\n": types.EventTypesIngestDocument,
    "\n  query EventTypesHistory($after: Cursor) {\n    events(after: $after, first: 100) { events { id stream type } }\n  }\n": types.EventTypesHistoryDocument,
    "\n  subscription EventTypesChatFeed($after: Cursor) {\n    chat(after: $after) { ... on ChatEvent { id type } ... on ResyncRequired { reason } }\n  }\n": types.EventTypesChatFeedDocument,
    "\n  mutation EventTypesAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"mod-anna\") { type } }\n": types.EventTypesAssignDocument,
    "\n  mutation EventTypesRespond($ticketId: ID!) { respondToTicket(ticketId: $ticketId, body: \"on it\") { type } }\n": types.EventTypesRespondDocument,
    "\n  mutation EventTypesStatus($ticketId: ID!) { setTicketStatus(ticketId: $ticketId, status: RESOLVED) { type } }\n": types.EventTypesStatusDocument,
    "\n  mutation EventTypesRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": types.EventTypesRevokeDocument,
    "\n  mutation FastPostChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id type payload { text kind } } }\n": types.FastPostChatDocument,
    "\n  mutation FastPathChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor type serverId payload { text kind } } }\n": types.FastPathChatDocument,
    "\n  mutation FastPathBatch($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type } }\n": types.FastPathBatchDocument,
    "\n  mutation FilterChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n": types.FilterChatPostDocument,
    "\n  query FilterChatMessages($serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(serverId: $serverId, player: $player, text: $text, last: $last) { cursor messages { id serverId payload { kind playerName text } } }\n  }\n": types.FilterChatMessagesDocument,
    "\n  subscription FilterChatFeed($serverId: ID, $player: String, $text: String) {\n    chat(serverId: $serverId, player: $player, text: $text) { ... on ChatEvent { id payload { playerName text } } }\n  }\n": types.FilterChatFeedDocument,
    "\n  mutation FilterIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n": types.FilterIncidentDocument,
    "\n  query FilterIncidents($serverId: ID, $kind: IncidentKind) {\n    securityIncidents(serverId: $serverId, kind: $kind) { incidents { id serverId payload { kind description } } }\n  }\n": types.FilterIncidentsDocument,
    "\n  subscription FilterSecurityFeed($serverId: ID, $kind: IncidentKind) {\n    security(serverId: $serverId, kind: $kind) { ... on SecurityEvent { id serverId payload { kind } } }\n  }\n": types.FilterSecurityFeedDocument,
    "\n  mutation FilterOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n": types.FilterOpenTicketDocument,
    "\n  mutation FilterAssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n": types.FilterAssignTicketDocument,
    "\n  mutation FilterRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id }\n  }\n": types.FilterRespondDocument,
    "\n  query FilterTickets($serverId: ID, $category: String, $assignedTo: TicketAssignee, $status: TicketStatus) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo, status: $status) { total tickets { subject serverId category assignee } }\n  }\n": types.FilterTicketsDocument,
    "\n  subscription FilterTicketFeed($serverId: ID, $category: String, $assignedTo: TicketAssignee) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo) {\n      ... on TicketEvent { serverId payload { kind ticketId subject assignee response { body } } }\n    }\n  }\n": types.FilterTicketFeedDocument,
    "\n  mutation FilterStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n": types.FilterStatusDocument,
    "\n  query FilterStatusHistory($serverId: ID, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) { cursor events { serverId payload { state playerCount } } }\n  }\n": types.FilterStatusHistoryDocument,
    "\n  mutation FuzzReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.FuzzReportStatusDocument,
    "\n  mutation FuzzIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.FuzzIngestDocument,
    "\n  query FuzzEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) { endCursor head events { id stream ... on ChatEvent { payload { text } } } }\n  }\n": types.FuzzEventsDocument,
    "\n  subscription FuzzStatusFeed($serverId: ID, $after: Cursor) { serverStatus(serverId: $serverId, after: $after) { ... on ServerStatusEvent { id } ... on ResyncRequired { reason } } }\n": types.FuzzStatusFeedDocument,
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
    "\n  query MapList { maps { cursor maps { mapId entityCount serverIds } } }\n": types.MapListDocument,
    "\n  subscription MyNotificationsFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification { kind event { id cursor type payload { kind ticketId assignee actor response { author body } } } ticket { subject } }\n      ... on ResyncRequired { reason }\n    }\n  }\n": types.MyNotificationsFeedDocument,
    "\n  subscription ViewerTicketsFeed { tickets { ... on TicketEvent { id } } }\n": types.ViewerTicketsFeedDocument,
    "\n  mutation ViewerOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId } } }\n": types.ViewerOpenTicketDocument,
    "\n  mutation ViewerAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n": types.ViewerAssignDocument,
    "\n  mutation ViewerRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": types.ViewerRespondDocument,
    "\n  mutation OpsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.OpsIngestDocument,
    "\n  subscription OpsChat { chat { __typename ... on ChatEvent { id } } }\n": types.OpsChatDocument,
    "\n  mutation OpsStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": types.OpsStatusDocument,
    "\n  mutation OpsIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n": types.OpsIssueDocument,
    "\n  mutation OpsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n": types.OpsRevokeDocument,
    "\n  mutation OverviewHistoryStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": types.OverviewHistoryStatusDocument,
    "\n  query OverviewPlayersOnline($range: TimeRange, $points: Int) {\n    overview { at playersOnline playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n": types.OverviewPlayersOnlineDocument,
    "\n  mutation OverviewReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n": types.OverviewReportStatusDocument,
    "\n  mutation OverviewOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id } }\n": types.OverviewOpenTicketDocument,
    "\n  mutation OverviewReportIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n": types.OverviewReportIncidentDocument,
    "\n  query OverviewQuery {\n    overview {\n      serversOnline serversTotal playersOnline\n      playersOnlineHistory { players }\n      serversNeedingAttention { id status { state health } }\n      openTickets { status count }\n      incidentsLastHour { priority count }\n      eventsPerSecond deliveriesPerSecond\n    }\n  }\n": types.OverviewQueryDocument,
    "\n  subscription OverviewFeed {\n    overview { serversOnline serversTotal playersOnline openTickets { status count } incidentsLastHour { priority count } }\n  }\n": types.OverviewFeedDocument,
    "\n  query SupportOverview { overview { serversOnline serversTotal playersOnline openTickets { status count } } }\n": types.SupportOverviewDocument,
    "query SupportOverviewRates { overview { serversOnline eventsPerSecond deliveriesPerSecond } }": types.SupportOverviewRatesDocument,
    "\n  fragment PlayerEventFields on PlayerEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": types.PlayerEventFieldsFragmentDoc,
    "\n  mutation PlayerReport($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { ...PlayerEventFields }\n  }\n": types.PlayerReportDocument,
    "\n  query PlayerRecent($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }\n  }\n": types.PlayerRecentDocument,
    "\n  subscription PlayerFeed($serverId: ID) {\n    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }\n  }\n": types.PlayerFeedDocument,
    "\n  query ProducerHistory($stream: Stream, $after: Cursor) {\n    events(stream: $stream, after: $after, first: 500) {\n      events {\n        id\n        stream\n        serverId\n        ... on ChatEvent { payload { text } }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": types.ProducerHistoryDocument,
    "\n  mutation ProtocolReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.ProtocolReportStatusDocument,
    "\n  query ProtocolFullPage {\n    events(first: 1000) {\n      endCursor\n      hasMore\n      head\n      events {\n        id cursor stream type serverId occurredAt receivedAt priority\n        ... on ServerStatusEvent { status: payload { state playerCount maxPlayers health message } }\n        ... on TelemetryEvent { sample: payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate } }\n        ... on MapEntityEvent { entity: payload { mapId entityId kind action position { x y z } heading label } }\n        ... on ChatEvent { message: payload { kind channel playerId playerName recipientId text } }\n        ... on PlayerEvent { activity: payload { kind playerId playerName detail ipAddress email } }\n        ... on TicketEvent { change: payload { kind ticketId subject body playerId category status previousStatus assignee response { id author body at } actor } }\n        ... on SecurityEvent { incident: payload { kind playerId description confidence banDurationSeconds } }\n      }\n    }\n  }\n": types.ProtocolFullPageDocument,
    "\n  mutation RateIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor }\n  }\n": types.RateIngestDocument,
    "\n  query RateHead { hubStats { head } }\n": types.RateHeadDocument,
    "\n  mutation RateOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id ... on TicketEvent { payload { ticketId } } } }\n": types.RateOpenTicketDocument,
    "\n  mutation RateRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n": types.RateRespondDocument,
    "\n  query RateServers { servers { servers { id state } } }\n": types.RateServersDocument,
    "\n  mutation KeysIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor ... on TicketEvent { payload { ticketId } } }\n  }\n": types.KeysIngestDocument,
    "\n  mutation KeysAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"ops-1\") { id } }\n": types.KeysAssignDocument,
    "\n  subscription KeysChat($after: Cursor) { chat(after: $after) { __typename ... on ChatEvent { payload { text } } } }\n": types.KeysChatDocument,
    "\n  query KeysReads($from: DateTime!, $to: DateTime!) {\n    servers { servers { id } }\n    tickets { tickets { id assignee } }\n    events(stream: CHAT, first: 10) { events { id } }\n    mapReplay(mapId: \"m-1\", from: $from, to: $to) { events { id } }\n    chatReplay(serverId: \"eu-1\", from: $from, to: $to) { messages { id } }\n    hubStats { engine nodes head }\n  }\n": types.KeysReadsDocument,
    "\n  mutation KeysIssue { issueProducerToken(serverId: \"eu-9\") { token producerToken { id } } }\n": types.KeysIssueDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeProducerToken(id: $id) { revokedAt } }\n": types.KeysRevokeDocument,
    "\n  mutation KeysStatus { reportServerStatus(input: { serverId: \"eu-9\", state: ONLINE, playerCount: 1 }) { id } }\n": types.KeysStatusDocument,
    "\n  mutation ReplayReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor receivedAt }\n  }\n": types.ReplayReportDocument,
    "\n  query MapReplayWindow($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      cursor\n      complete\n      initial { entityId kind position { x y } label serverId }\n      events { id cursor receivedAt payload { entityId action position { x y } } }\n    }\n  }\n": types.MapReplayWindowDocument,
    "\n  mutation ResumeIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n": types.ResumeIngestDocument,
    "\n  mutation ResumeStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.ResumeStatusDocument,
    "\n  subscription ResumeChatFeed($channel: String, $serverId: ID, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor serverId payload { channel text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ResumeChatFeedDocument,
    "\n  subscription ResumePlayersFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { id cursor serverId }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ResumePlayersFeedDocument,
    "\n  subscription ResumeStatusFeed($after: Cursor) {\n    serverStatus(after: $after) {\n      __typename\n      ... on ServerStatusEvent { id cursor payload { playerCount } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ResumeStatusFeedDocument,
    "\n  subscription ResumeNotifications($after: Cursor, $minPriority: Priority) {\n    notifications(after: $after, minPriority: $minPriority) {\n      __typename\n      ... on Event { id cursor stream priority }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ResumeNotificationsDocument,
    "\n  mutation SecurityReport($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { ...SecurityEventFields }\n  }\n": types.SecurityReportDocument,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": types.SecurityEventFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $last: Int) {\n    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }\n  }\n": types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID) {\n    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }\n  }\n": types.SecurityFeedDocument,
    "\n  mutation ReportStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { state playerCount maxPlayers health message }\n    }\n  }\n": types.ReportStatusDocument,
    "\n  query Servers {\n    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }\n  }\n": types.ServersDocument,
    "\n  subscription ServerStatusFeed($serverId: ID) {\n    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { state playerCount maxPlayers health message }\n    } }\n  }\n": types.ServerStatusFeedDocument,
    "\n  query SimulatorStreamEvents($stream: Stream!) {\n    events(stream: $stream, first: 500) { events { type serverId } }\n  }\n": types.SimulatorStreamEventsDocument,
    "\n  query SimulatorFleetState {\n    servers { servers { id state playerCount } }\n    producerTokens { serverId label revokedAt }\n  }\n": types.SimulatorFleetStateDocument,
    "\n  query SimulatorTelemetry($serverId: ID!) { telemetry(serverId: $serverId, last: 60) { samples { id } } }\n": types.SimulatorTelemetryDocument,
    "\n  subscription SimulatorStatusFeed { serverStatus { ... on ServerStatusEvent { serverId payload { state } } } }\n": types.SimulatorStatusFeedDocument,
    "\n  mutation SlowIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"slow-readers\") { token } }\n": types.SlowIssueProducerDocument,
    "\n  mutation SlowIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n": types.SlowIngestDocument,
    "\n  mutation SlowPost($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor } }\n": types.SlowPostDocument,
    "\n  query SlowHubStats { hubStats { subscribers } }\n": types.SlowHubStatsDocument,
    "\n  subscription SlowChatFeed($channel: String!, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id payload { text } } ... on ResyncRequired { reason } }\n  }\n": types.SlowChatFeedDocument,
    "\n  subscription SlowTelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) {\n      ... on TelemetryEvent {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": types.SlowTelemetryFeedDocument,
    "\n  subscription SlowMapFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      ... on MapEntityEvent { id cursor type serverId occurredAt receivedAt payload { entityId kind action position { x y z } heading label } }\n    }\n  }\n": types.SlowMapFeedDocument,
    "\n  subscription WireStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId payload { state } } } }\n": types.WireStatusFeedDocument,
    "\n  mutation WireReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n": types.WireReportStatusDocument,
    "\n  mutation TelemetryHistoryIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor receivedAt }\n  }\n": types.TelemetryHistoryIngestDocument,
    "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      serverId\n      range\n      from\n      sampled\n      samples { id cursor serverId payload { memoryUsedMb } }\n    }\n  }\n": types.TelemetryRangeDocument,
    "\n  mutation TelemetryReport($input: TelemetryInput!) {\n    reportTelemetry(input: $input) {\n      id\n      cursor\n      stream\n      type\n      serverId\n      occurredAt\n      receivedAt\n      priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    }\n  }\n": types.TelemetryReportDocument,
    "\n  query TelemetryHistory($serverId: ID!, $last: Int) {\n    telemetry(serverId: $serverId, last: $last) {\n      cursor\n      serverId\n      samples {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n": types.TelemetryHistoryDocument,
    "\n  subscription TelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) { ... on TelemetryEvent {\n      id cursor stream type serverId occurredAt receivedAt priority\n      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n    } }\n  }\n": types.TelemetryFeedDocument,
    "\n  mutation TicketOpen($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketEventFields\n    }\n  }\n": types.TicketOpenDocument,
    "\n  fragment TicketEventFields on TicketEvent {\n    id cursor stream type serverId occurredAt receivedAt priority\n    payload {\n      kind ticketId subject body playerId category status previousStatus assignee actor\n      response { id author body at }\n    }\n  }\n": types.TicketEventFieldsFragmentDoc,
    "\n  mutation TicketAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { ...TicketEventFields }\n  }\n": types.TicketAssignDocument,
    "\n  mutation TicketRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { ...TicketEventFields }\n  }\n": types.TicketRespondDocument,
    "\n  mutation TicketSetStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { ...TicketEventFields }\n  }\n": types.TicketSetStatusDocument,
    "\n  query TicketList($status: TicketStatus, $first: Int) {\n    tickets(status: $status, first: $first) { cursor total tickets { id serverId subject status } }\n  }\n": types.TicketListDocument,
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
export function graphql(source: "\n  fragment AuthChatFields on ChatEvent { id payload { kind channel text } }\n"): (typeof documents)["\n  fragment AuthChatFields on ChatEvent { id payload { kind channel text } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPlayerFields on PlayerEvent { id payload { playerId ipAddress email } }\n"): (typeof documents)["\n  fragment AuthPlayerFields on PlayerEvent { id payload { playerId ipAddress email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthFieldsChatPost($input: ChatMessageInput!) { postChatMessage(input: $input) { ...AuthChatFields } }\n"): (typeof documents)["\n  mutation AuthFieldsChatPost($input: ChatMessageInput!) { postChatMessage(input: $input) { ...AuthChatFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthFieldsChatRecent { chatMessages { messages { ...AuthChatFields } } }\n"): (typeof documents)["\n  query AuthFieldsChatRecent { chatMessages { messages { ...AuthChatFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthFieldsChatFeed { chat { ...AuthChatFields } }\n"): (typeof documents)["\n  subscription AuthFieldsChatFeed { chat { ...AuthChatFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthFieldsPlayerReport($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { ...AuthPlayerFields } }\n"): (typeof documents)["\n  mutation AuthFieldsPlayerReport($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { ...AuthPlayerFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthFieldsPlayerRecent { playerActivity { events { ...AuthPlayerFields } } }\n"): (typeof documents)["\n  query AuthFieldsPlayerRecent { playerActivity { events { ...AuthPlayerFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthFieldsPlayerFeed { players { ...AuthPlayerFields } }\n"): (typeof documents)["\n  subscription AuthFieldsPlayerFeed { players { ...AuthPlayerFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthFieldsSecurityReport($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id cursor priority } }\n"): (typeof documents)["\n  mutation AuthFieldsSecurityReport($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id cursor priority } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthFieldsStatusReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor priority } }\n"): (typeof documents)["\n  mutation AuthFieldsStatusReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor priority } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthFieldsTelemetryReport($input: TelemetryInput!) { reportTelemetry(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation AuthFieldsTelemetryReport($input: TelemetryInput!) { reportTelemetry(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthFieldsNotifications($after: Cursor) {\n    notifications(after: $after) {\n      __typename\n      ... on Event { id stream priority }\n      ...AuthChatFields\n      ...AuthPlayerFields\n    }\n  }\n"): (typeof documents)["\n  subscription AuthFieldsNotifications($after: Cursor) {\n    notifications(after: $after) {\n      __typename\n      ... on Event { id stream priority }\n      ...AuthChatFields\n      ...AuthPlayerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthFieldsEvents($stream: Stream) {\n    events(stream: $stream) { events { id stream ...AuthChatFields ...AuthPlayerFields } }\n  }\n"): (typeof documents)["\n  query AuthFieldsEvents($stream: Stream) {\n    events(stream: $stream) { events { id stream ...AuthChatFields ...AuthPlayerFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthLogsServers { servers { cursor } }\n"): (typeof documents)["\n  query AuthLogsServers { servers { cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogsReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthLogsReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthLogsFeed { serverStatus { ... on ServerStatusEvent { id } } }\n"): (typeof documents)["\n  subscription AuthLogsFeed { serverStatus { ... on ServerStatusEvent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthLogsEvents($after: Cursor) { events(after: $after) { head } }\n"): (typeof documents)["\n  query AuthLogsEvents($after: Cursor) { events(after: $after) { head } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"): (typeof documents)["\n  mutation AuthLogsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReportServerStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthReportServerStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReportTelemetry($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthReportTelemetry($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReportMapEntities($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthReportMapEntities($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPostChatMessage($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthPostChatMessage($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReportPlayerActivity($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthReportPlayerActivity($input: PlayerActivityInput!) { reportPlayerActivity(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id payload { ticketId } } }\n"): (typeof documents)["\n  mutation AuthOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id payload { ticketId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthReportSecurityIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuthReportSecurityIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthIngest($events: [IngestEvent!]!) { ingest(events: $events) { id stream } }\n"): (typeof documents)["\n  mutation AuthIngest($events: [IngestEvent!]!) { ingest(events: $events) { id stream } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthAssignTicket($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"): (typeof documents)["\n  mutation AuthAssignTicket($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRespondToTicket($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"): (typeof documents)["\n  mutation AuthRespondToTicket($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSetTicketStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }\n"): (typeof documents)["\n  mutation AuthSetTicketStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthIssueProducerToken($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id serverId } } }\n"): (typeof documents)["\n  mutation AuthIssueProducerToken($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id serverId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation AuthRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthServers { servers { cursor servers { id status { state } } } }"): (typeof documents)["query AuthServers { servers { cursor servers { id status { state } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthServer($id: ID!) { server(id: $id) { cursor server { id } } }"): (typeof documents)["query AuthServer($id: ID!) { server(id: $id) { cursor server { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthServerStatusHistory($serverId: ID) { serverStatusHistory(serverId: $serverId) { cursor events { id payload { state } } } }"): (typeof documents)["query AuthServerStatusHistory($serverId: ID) { serverStatusHistory(serverId: $serverId) { cursor events { id payload { state } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTelemetry($serverId: ID!) { telemetry(serverId: $serverId) { cursor samples { id payload { cpuPercent } } } }"): (typeof documents)["query AuthTelemetry($serverId: ID!) { telemetry(serverId: $serverId) { cursor samples { id payload { cpuPercent } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMapEntities($mapId: ID!) { mapEntities(mapId: $mapId) { cursor entities { entityId } } }"): (typeof documents)["query AuthMapEntities($mapId: ID!) { mapEntities(mapId: $mapId) { cursor entities { entityId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMaps { maps { cursor maps { mapId entityCount } } }"): (typeof documents)["query AuthMaps { maps { cursor maps { mapId entityCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthChatMessages { chatMessages { cursor messages { id payload { text } } } }"): (typeof documents)["query AuthChatMessages { chatMessages { cursor messages { id payload { text } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPlayerActivity { playerActivity { cursor events { id payload { playerName } } } }"): (typeof documents)["query AuthPlayerActivity { playerActivity { cursor events { id payload { playerName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTickets { tickets { cursor tickets { id status } } }"): (typeof documents)["query AuthTickets { tickets { cursor tickets { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTicket($id: ID!) { ticket(id: $id) { cursor ticket { id } } }"): (typeof documents)["query AuthTicket($id: ID!) { ticket(id: $id) { cursor ticket { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSecurityIncidents { securityIncidents { cursor incidents { id payload { kind } } } }"): (typeof documents)["query AuthSecurityIncidents { securityIncidents { cursor incidents { id payload { kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthEvents { events { head events { id stream } } }"): (typeof documents)["query AuthEvents { events { head events { id stream } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProducerTokens { producerTokens { id serverId } }"): (typeof documents)["query AuthProducerTokens { producerTokens { id serverId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthHubStats { hubStats { epoch subscribers } }"): (typeof documents)["query AuthHubStats { hubStats { epoch subscribers } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOverviewServers { overview { serversOnline serversTotal playersOnline playersOnlineHistory { players } serversNeedingAttention { id } } }"): (typeof documents)["query AuthOverviewServers { overview { serversOnline serversTotal playersOnline playersOnlineHistory { players } serversNeedingAttention { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOverviewTickets { overview { openTickets { status count } } }"): (typeof documents)["query AuthOverviewTickets { overview { openTickets { status count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOverviewIncidents { overview { incidentsLastHour { priority count } } }"): (typeof documents)["query AuthOverviewIncidents { overview { incidentsLastHour { priority count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOverviewRates { overview { eventsPerSecond deliveriesPerSecond } }"): (typeof documents)["query AuthOverviewRates { overview { eventsPerSecond deliveriesPerSecond } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthServerStatusFeed { serverStatus { ... on ServerStatusEvent { id } } }"): (typeof documents)["subscription AuthServerStatusFeed { serverStatus { ... on ServerStatusEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthTelemetryFeed($serverId: ID!) { telemetry(serverId: $serverId) { ... on TelemetryEvent { id } } }"): (typeof documents)["subscription AuthTelemetryFeed($serverId: ID!) { telemetry(serverId: $serverId) { ... on TelemetryEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthMapEntitiesFeed($mapId: ID!) { mapEntities(mapId: $mapId) { ... on MapEntityEvent { id } } }"): (typeof documents)["subscription AuthMapEntitiesFeed($mapId: ID!) { mapEntities(mapId: $mapId) { ... on MapEntityEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthChatFeed { chat { ... on ChatEvent { id } } }"): (typeof documents)["subscription AuthChatFeed { chat { ... on ChatEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthPlayersFeed { players { ... on PlayerEvent { id } } }"): (typeof documents)["subscription AuthPlayersFeed { players { ... on PlayerEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthTicketsFeed { tickets { ... on TicketEvent { id } } }"): (typeof documents)["subscription AuthTicketsFeed { tickets { ... on TicketEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthSecurityFeed { security { ... on SecurityEvent { id } } }"): (typeof documents)["subscription AuthSecurityFeed { security { ... on SecurityEvent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthNotificationsFeed { notifications { ... on Event { id stream priority } } }"): (typeof documents)["subscription AuthNotificationsFeed { notifications { ... on Event { id stream priority } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthOverviewFeed { overview { serversOnline playersOnline } }"): (typeof documents)["subscription AuthOverviewFeed { overview { serversOnline playersOnline } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthOverviewRatesFeed { overview { eventsPerSecond } }"): (typeof documents)["subscription AuthOverviewRatesFeed { overview { eventsPerSecond } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTokensReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id serverId } }\n"): (typeof documents)["\n  mutation AuthTokensReport($input: ServerStatusInput!) { reportServerStatus(input: $input) { id serverId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTokensIngest($events: [IngestEvent!]!) { ingest(events: $events) { id } }\n"): (typeof documents)["\n  mutation AuthTokensIngest($events: [IngestEvent!]!) { ingest(events: $events) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokensHistory { events { events { id serverId } } }\n"): (typeof documents)["\n  query AuthTokensHistory { events { events { id serverId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTokensIssue($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId label createdAt revokedAt } }\n  }\n"): (typeof documents)["\n  mutation AuthTokensIssue($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId label createdAt revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthTokensRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation AuthTokensRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokensList($serverId: ID) { producerTokens(serverId: $serverId) { id serverId label createdAt revokedAt } }\n"): (typeof documents)["\n  query AuthTokensList($serverId: ID) { producerTokens(serverId: $serverId) { id serverId label createdAt revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokensWhoAmI { hubStats { epoch } }\n"): (typeof documents)["\n  query AuthTokensWhoAmI { hubStats { epoch } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokensServers { servers { cursor } }\n"): (typeof documents)["\n  query AuthTokensServers { servers { cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthTokensStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId } } }\n"): (typeof documents)["\n  subscription AuthTokensStatusFeed { serverStatus { ... on ServerStatusEvent { id serverId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthTokensTicketFeed { tickets { ... on TicketEvent { id } } }\n"): (typeof documents)["\n  subscription AuthTokensTicketFeed { tickets { ... on TicketEvent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"backup\") { token producerToken { id } } }\n"): (typeof documents)["\n  mutation BackupIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"backup\") { token producerToken { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupRevokeProducer($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation BackupRevokeProducer($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation BackupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupHistory($after: Cursor) { events(stream: CHAT, after: $after, first: 500) { events { id cursor } endCursor hasMore head } }\n"): (typeof documents)["\n  query BackupHistory($after: Cursor) { events(stream: CHAT, after: $after, first: 500) { events { id cursor } endCursor hasMore head } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupTokens { producerTokens { id serverId revokedAt } }\n"): (typeof documents)["\n  query BackupTokens { producerTokens { id serverId revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatReplaySay($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor }\n  }\n"): (typeof documents)["\n  mutation ChatReplaySay($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatReplayWindow($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      serverId\n      from\n      to\n      cursor\n      complete\n      messages { id serverId payload { kind text } }\n    }\n  }\n"): (typeof documents)["\n  query ChatReplayWindow($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      serverId\n      from\n      to\n      cursor\n      complete\n      messages { id serverId payload { kind text } }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation FaultsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation FaultsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FaultsChat($after: Cursor) {\n    chat(after: $after) {\n      __typename\n      ... on ChatEvent { id cursor }\n      ... on ResyncRequired { reason }\n    }\n  }\n"): (typeof documents)["\n  subscription FaultsChat($after: Cursor) {\n    chat(after: $after) {\n      __typename\n      ... on ChatEvent { id cursor }\n      ... on ResyncRequired { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n"): (typeof documents)["\n  mutation ClusterIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClusterChat($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason }\n    }\n  }\n"): (typeof documents)["\n  subscription ClusterChat($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation ClusterStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterServers { servers { cursor servers { id status { state playerCount } } } }\n"): (typeof documents)["\n  query ClusterServers { servers { cursor servers { id status { state playerCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterStats { hubStats { engine nodeId nodes head } }\n"): (typeof documents)["\n  query ClusterStats { hubStats { engine nodeId nodes head } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n"): (typeof documents)["\n  mutation ClusterIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation ClusterRevoke($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterStatusHistory { events(stream: SERVER_STATUS, first: 100) { events { type serverId } } }\n"): (typeof documents)["\n  query ClusterStatusHistory { events(stream: SERVER_STATUS, first: 100) { events { type serverId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"crash\") { token } }\n"): (typeof documents)["\n  mutation CrashIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"crash\") { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) {\n      id cursor stream type serverId occurredAt receivedAt priority\n      ... on ChatEvent { payload { kind channel playerId playerName recipientId text } }\n    }\n  }\n"): (typeof documents)["\n  mutation CrashIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) {\n      id cursor stream type serverId occurredAt receivedAt priority\n      ... on ChatEvent { payload { kind channel playerId playerName recipientId text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrashHistory($after: Cursor) {\n    events(stream: CHAT, after: $after, first: 500) { events { id cursor ... on ChatEvent { payload { text } } } endCursor hasMore head }\n  }\n"): (typeof documents)["\n  query CrashHistory($after: Cursor) {\n    events(stream: CHAT, after: $after, first: 500) { events { id cursor ... on ChatEvent { payload { text } } } endCursor hasMore head }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrashState {\n    servers { cursor servers { id lastSeen } }\n    chatMessages(channel: \"crash\", last: 50) { cursor messages { id } }\n  }\n"): (typeof documents)["\n  query CrashState {\n    servers { cursor servers { id lastSeen } }\n    chatMessages(channel: \"crash\", last: 50) { cursor messages { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CrashFeed($after: Cursor) { chat(channel: \"crash\", after: $after) { ... on ChatEvent { id cursor payload { text } } ... on ResyncRequired { reason } } }\n"): (typeof documents)["\n  subscription CrashFeed($after: Cursor) { chat(channel: \"crash\", after: $after) { ... on ChatEvent { id cursor payload { text } } ... on ResyncRequired { reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CursorIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation CursorIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CursorChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription CursorChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor payload { text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorChatRecent { chatMessages(last: 1000) { cursor messages { id cursor } } }\n"): (typeof documents)["\n  query CursorChatRecent { chatMessages(last: 1000) { cursor messages { id cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor serverId occurredAt receivedAt priority payload { channel text } }\n  }\n"): (typeof documents)["\n  mutation DedupChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id cursor serverId occurredAt receivedAt priority payload { channel text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type serverId occurredAt } }\n"): (typeof documents)["\n  mutation DedupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type serverId occurredAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor payload { entityId action position { x y } } }\n  }\n"): (typeof documents)["\n  mutation DedupMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor payload { entityId action position { x y } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DedupTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId subject } } }\n"): (typeof documents)["\n  mutation DedupTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId subject } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DedupHistory { events(first: 1000) { events { id cursor stream } } }\n"): (typeof documents)["\n  query DedupHistory { events(first: 1000) { events { id cursor stream } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DedupChatFeed { chat { ... on ChatEvent { id cursor } } }\n"): (typeof documents)["\n  subscription DedupChatFeed { chat { ... on ChatEvent { id cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id cursor payload { kind text playerName } } }\n  }\n"): (typeof documents)["\n  subscription DeliveryChatFeed($channel: String, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id cursor payload { kind text playerName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation DeliveryIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DashboardStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DashboardTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DashboardMap($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DashboardChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id payload { ticketId } }\n  }\n"): (typeof documents)["\n  mutation DashboardOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id payload { ticketId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DashboardIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FilterPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterPageIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { __typename }\n  }\n"): (typeof documents)["\n  mutation FilterPageIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"): (typeof documents)["\n  mutation FilterPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterPageAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n"): (typeof documents)["\n  mutation FilterPageAssign($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FilterPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveClientStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation LiveClientStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapPageEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n"): (typeof documents)["\n  mutation MapPageEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BellOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { payload { ticketId } } }\n"): (typeof documents)["\n  mutation BellOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { payload { ticketId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BellAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"): (typeof documents)["\n  mutation BellAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BellRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"): (typeof documents)["\n  mutation BellRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewPageStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OverviewPageStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OverviewPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation OverviewPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayersPageActivity($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PlayersPageActivity($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayersPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PlayersPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayersPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PlayersPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayersPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PlayersPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayPageMove($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n"): (typeof documents)["\n  mutation ReplayPageMove($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id receivedAt }\n  }\n"): (typeof documents)["\n  mutation ReplayPageChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id receivedAt }\n  }\n"): (typeof documents)["\n  mutation ReplayPageIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { receivedAt payload { ticketId } }\n  }\n"): (typeof documents)["\n  mutation ReplayPageTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { receivedAt payload { ticketId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RestartEntities($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StoryStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StoryTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryPlayer($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StoryPlayer($input: PlayerActivityInput!) {\n    reportPlayerActivity(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StoryChat($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"): (typeof documents)["\n  mutation StoryTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StoryIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RangeTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RangeTelemetry($input: TelemetryInput!) {\n    reportTelemetry(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventTypesIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id stream type }\n  }\n"): (typeof documents)["\n  mutation EventTypesIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id stream type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventTypesHistory($after: Cursor) {\n    events(after: $after, first: 100) { events { id stream type } }\n  }\n"): (typeof documents)["\n  query EventTypesHistory($after: Cursor) {\n    events(after: $after, first: 100) { events { id stream type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventTypesChatFeed($after: Cursor) {\n    chat(after: $after) { ... on ChatEvent { id type } ... on ResyncRequired { reason } }\n  }\n"): (typeof documents)["\n  subscription EventTypesChatFeed($after: Cursor) {\n    chat(after: $after) { ... on ChatEvent { id type } ... on ResyncRequired { reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventTypesAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"mod-anna\") { type } }\n"): (typeof documents)["\n  mutation EventTypesAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"mod-anna\") { type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventTypesRespond($ticketId: ID!) { respondToTicket(ticketId: $ticketId, body: \"on it\") { type } }\n"): (typeof documents)["\n  mutation EventTypesRespond($ticketId: ID!) { respondToTicket(ticketId: $ticketId, body: \"on it\") { type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventTypesStatus($ticketId: ID!) { setTicketStatus(ticketId: $ticketId, status: RESOLVED) { type } }\n"): (typeof documents)["\n  mutation EventTypesStatus($ticketId: ID!) { setTicketStatus(ticketId: $ticketId, status: RESOLVED) { type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventTypesRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"): (typeof documents)["\n  mutation EventTypesRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FastPostChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id type payload { text kind } } }\n"): (typeof documents)["\n  mutation FastPostChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id type payload { text kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FastPathChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor type serverId payload { text kind } } }\n"): (typeof documents)["\n  mutation FastPathChat($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor type serverId payload { text kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FastPathBatch($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type } }\n"): (typeof documents)["\n  mutation FastPathBatch($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FilterChatPost($input: ChatMessageInput!) {\n    postChatMessage(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterChatMessages($serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(serverId: $serverId, player: $player, text: $text, last: $last) { cursor messages { id serverId payload { kind playerName text } } }\n  }\n"): (typeof documents)["\n  query FilterChatMessages($serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(serverId: $serverId, player: $player, text: $text, last: $last) { cursor messages { id serverId payload { kind playerName text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FilterChatFeed($serverId: ID, $player: String, $text: String) {\n    chat(serverId: $serverId, player: $player, text: $text) { ... on ChatEvent { id payload { playerName text } } }\n  }\n"): (typeof documents)["\n  subscription FilterChatFeed($serverId: ID, $player: String, $text: String) {\n    chat(serverId: $serverId, player: $player, text: $text) { ... on ChatEvent { id payload { playerName text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FilterIncident($input: SecurityIncidentInput!) {\n    reportSecurityIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterIncidents($serverId: ID, $kind: IncidentKind) {\n    securityIncidents(serverId: $serverId, kind: $kind) { incidents { id serverId payload { kind description } } }\n  }\n"): (typeof documents)["\n  query FilterIncidents($serverId: ID, $kind: IncidentKind) {\n    securityIncidents(serverId: $serverId, kind: $kind) { incidents { id serverId payload { kind description } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FilterSecurityFeed($serverId: ID, $kind: IncidentKind) {\n    security(serverId: $serverId, kind: $kind) { ... on SecurityEvent { id serverId payload { kind } } }\n  }\n"): (typeof documents)["\n  subscription FilterSecurityFeed($serverId: ID, $kind: IncidentKind) {\n    security(serverId: $serverId, kind: $kind) { ... on SecurityEvent { id serverId payload { kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"): (typeof documents)["\n  mutation FilterOpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) { payload { ticketId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterAssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n"): (typeof documents)["\n  mutation FilterAssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id }\n  }\n"): (typeof documents)["\n  mutation FilterRespond($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterTickets($serverId: ID, $category: String, $assignedTo: TicketAssignee, $status: TicketStatus) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo, status: $status) { total tickets { subject serverId category assignee } }\n  }\n"): (typeof documents)["\n  query FilterTickets($serverId: ID, $category: String, $assignedTo: TicketAssignee, $status: TicketStatus) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo, status: $status) { total tickets { subject serverId category assignee } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FilterTicketFeed($serverId: ID, $category: String, $assignedTo: TicketAssignee) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo) {\n      ... on TicketEvent { serverId payload { kind ticketId subject assignee response { body } } }\n    }\n  }\n"): (typeof documents)["\n  subscription FilterTicketFeed($serverId: ID, $category: String, $assignedTo: TicketAssignee) {\n    tickets(serverId: $serverId, category: $category, assignedTo: $assignedTo) {\n      ... on TicketEvent { serverId payload { kind ticketId subject assignee response { body } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilterStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FilterStatus($input: ServerStatusInput!) {\n    reportServerStatus(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterStatusHistory($serverId: ID, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) { cursor events { serverId payload { state playerCount } } }\n  }\n"): (typeof documents)["\n  query FilterStatusHistory($serverId: ID, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) { cursor events { serverId payload { state playerCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation FuzzReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation FuzzIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) { endCursor head events { id stream ... on ChatEvent { payload { text } } } }\n  }\n"): (typeof documents)["\n  query FuzzEvents($stream: Stream, $after: Cursor, $first: Int) {\n    events(stream: $stream, after: $after, first: $first) { endCursor head events { id stream ... on ChatEvent { payload { text } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FuzzStatusFeed($serverId: ID, $after: Cursor) { serverStatus(serverId: $serverId, after: $after) { ... on ServerStatusEvent { id } ... on ResyncRequired { reason } } }\n"): (typeof documents)["\n  subscription FuzzStatusFeed($serverId: ID, $after: Cursor) { serverStatus(serverId: $serverId, after: $after) { ... on ServerStatusEvent { id } ... on ResyncRequired { reason } } }\n"];
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
export function graphql(source: "\n  query MapList { maps { cursor maps { mapId entityCount serverIds } } }\n"): (typeof documents)["\n  query MapList { maps { cursor maps { mapId entityCount serverIds } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyNotificationsFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification { kind event { id cursor type payload { kind ticketId assignee actor response { author body } } } ticket { subject } }\n      ... on ResyncRequired { reason }\n    }\n  }\n"): (typeof documents)["\n  subscription MyNotificationsFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification { kind event { id cursor type payload { kind ticketId assignee actor response { author body } } } ticket { subject } }\n      ... on ResyncRequired { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ViewerTicketsFeed { tickets { ... on TicketEvent { id } } }\n"): (typeof documents)["\n  subscription ViewerTicketsFeed { tickets { ... on TicketEvent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId } } }\n"): (typeof documents)["\n  mutation ViewerOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"): (typeof documents)["\n  mutation ViewerAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"): (typeof documents)["\n  mutation ViewerRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation OpsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OpsChat { chat { __typename ... on ChatEvent { id } } }\n"): (typeof documents)["\n  subscription OpsChat { chat { __typename ... on ChatEvent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"): (typeof documents)["\n  mutation OpsStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n"): (typeof documents)["\n  mutation OpsIssue($serverId: ID!) { issueProducerToken(serverId: $serverId) { token producerToken { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"): (typeof documents)["\n  mutation OpsRevoke($id: ID!) { revokeProducerToken(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewHistoryStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"): (typeof documents)["\n  mutation OverviewHistoryStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPlayersOnline($range: TimeRange, $points: Int) {\n    overview { at playersOnline playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n"): (typeof documents)["\n  query OverviewPlayersOnline($range: TimeRange, $points: Int) {\n    overview { at playersOnline playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"): (typeof documents)["\n  mutation OverviewReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id } }\n"): (typeof documents)["\n  mutation OverviewOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverviewReportIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n"): (typeof documents)["\n  mutation OverviewReportIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewQuery {\n    overview {\n      serversOnline serversTotal playersOnline\n      playersOnlineHistory { players }\n      serversNeedingAttention { id status { state health } }\n      openTickets { status count }\n      incidentsLastHour { priority count }\n      eventsPerSecond deliveriesPerSecond\n    }\n  }\n"): (typeof documents)["\n  query OverviewQuery {\n    overview {\n      serversOnline serversTotal playersOnline\n      playersOnlineHistory { players }\n      serversNeedingAttention { id status { state health } }\n      openTickets { status count }\n      incidentsLastHour { priority count }\n      eventsPerSecond deliveriesPerSecond\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewFeed {\n    overview { serversOnline serversTotal playersOnline openTickets { status count } incidentsLastHour { priority count } }\n  }\n"): (typeof documents)["\n  subscription OverviewFeed {\n    overview { serversOnline serversTotal playersOnline openTickets { status count } incidentsLastHour { priority count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOverview { overview { serversOnline serversTotal playersOnline openTickets { status count } } }\n"): (typeof documents)["\n  query SupportOverview { overview { serversOnline serversTotal playersOnline openTickets { status count } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportOverviewRates { overview { serversOnline eventsPerSecond deliveriesPerSecond } }"): (typeof documents)["query SupportOverviewRates { overview { serversOnline eventsPerSecond deliveriesPerSecond } }"];
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
export function graphql(source: "\n  query ProducerHistory($stream: Stream, $after: Cursor) {\n    events(stream: $stream, after: $after, first: 500) {\n      events {\n        id\n        stream\n        serverId\n        ... on ChatEvent { payload { text } }\n      }\n      endCursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query ProducerHistory($stream: Stream, $after: Cursor) {\n    events(stream: $stream, after: $after, first: 500) {\n      events {\n        id\n        stream\n        serverId\n        ... on ChatEvent { payload { text } }\n      }\n      endCursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProtocolReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation ProtocolReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtocolFullPage {\n    events(first: 1000) {\n      endCursor\n      hasMore\n      head\n      events {\n        id cursor stream type serverId occurredAt receivedAt priority\n        ... on ServerStatusEvent { status: payload { state playerCount maxPlayers health message } }\n        ... on TelemetryEvent { sample: payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate } }\n        ... on MapEntityEvent { entity: payload { mapId entityId kind action position { x y z } heading label } }\n        ... on ChatEvent { message: payload { kind channel playerId playerName recipientId text } }\n        ... on PlayerEvent { activity: payload { kind playerId playerName detail ipAddress email } }\n        ... on TicketEvent { change: payload { kind ticketId subject body playerId category status previousStatus assignee response { id author body at } actor } }\n        ... on SecurityEvent { incident: payload { kind playerId description confidence banDurationSeconds } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProtocolFullPage {\n    events(first: 1000) {\n      endCursor\n      hasMore\n      head\n      events {\n        id cursor stream type serverId occurredAt receivedAt priority\n        ... on ServerStatusEvent { status: payload { state playerCount maxPlayers health message } }\n        ... on TelemetryEvent { sample: payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate } }\n        ... on MapEntityEvent { entity: payload { mapId entityId kind action position { x y z } heading label } }\n        ... on ChatEvent { message: payload { kind channel playerId playerName recipientId text } }\n        ... on PlayerEvent { activity: payload { kind playerId playerName detail ipAddress email } }\n        ... on TicketEvent { change: payload { kind ticketId subject body playerId category status previousStatus assignee response { id author body at } actor } }\n        ... on SecurityEvent { incident: payload { kind playerId description confidence banDurationSeconds } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor }\n  }\n"): (typeof documents)["\n  mutation RateIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateHead { hubStats { head } }\n"): (typeof documents)["\n  query RateHead { hubStats { head } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id ... on TicketEvent { payload { ticketId } } } }\n"): (typeof documents)["\n  mutation RateOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id ... on TicketEvent { payload { ticketId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"): (typeof documents)["\n  mutation RateRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateServers { servers { servers { id state } } }\n"): (typeof documents)["\n  query RateServers { servers { servers { id state } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor ... on TicketEvent { payload { ticketId } } }\n  }\n"): (typeof documents)["\n  mutation KeysIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor ... on TicketEvent { payload { ticketId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"ops-1\") { id } }\n"): (typeof documents)["\n  mutation KeysAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: \"ops-1\") { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KeysChat($after: Cursor) { chat(after: $after) { __typename ... on ChatEvent { payload { text } } } }\n"): (typeof documents)["\n  subscription KeysChat($after: Cursor) { chat(after: $after) { __typename ... on ChatEvent { payload { text } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysReads($from: DateTime!, $to: DateTime!) {\n    servers { servers { id } }\n    tickets { tickets { id assignee } }\n    events(stream: CHAT, first: 10) { events { id } }\n    mapReplay(mapId: \"m-1\", from: $from, to: $to) { events { id } }\n    chatReplay(serverId: \"eu-1\", from: $from, to: $to) { messages { id } }\n    hubStats { engine nodes head }\n  }\n"): (typeof documents)["\n  query KeysReads($from: DateTime!, $to: DateTime!) {\n    servers { servers { id } }\n    tickets { tickets { id assignee } }\n    events(stream: CHAT, first: 10) { events { id } }\n    mapReplay(mapId: \"m-1\", from: $from, to: $to) { events { id } }\n    chatReplay(serverId: \"eu-1\", from: $from, to: $to) { messages { id } }\n    hubStats { engine nodes head }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysIssue { issueProducerToken(serverId: \"eu-9\") { token producerToken { id } } }\n"): (typeof documents)["\n  mutation KeysIssue { issueProducerToken(serverId: \"eu-9\") { token producerToken { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysRevoke($id: ID!) { revokeProducerToken(id: $id) { revokedAt } }\n"): (typeof documents)["\n  mutation KeysRevoke($id: ID!) { revokeProducerToken(id: $id) { revokedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysStatus { reportServerStatus(input: { serverId: \"eu-9\", state: ONLINE, playerCount: 1 }) { id } }\n"): (typeof documents)["\n  mutation KeysStatus { reportServerStatus(input: { serverId: \"eu-9\", state: ONLINE, playerCount: 1 }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor receivedAt }\n  }\n"): (typeof documents)["\n  mutation ReplayReport($input: MapEntitiesInput!) {\n    reportMapEntities(input: $input) { id cursor receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapReplayWindow($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      cursor\n      complete\n      initial { entityId kind position { x y } label serverId }\n      events { id cursor receivedAt payload { entityId action position { x y } } }\n    }\n  }\n"): (typeof documents)["\n  query MapReplayWindow($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      cursor\n      complete\n      initial { entityId kind position { x y } label serverId }\n      events { id cursor receivedAt payload { entityId action position { x y } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n"): (typeof documents)["\n  mutation ResumeIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation ResumeStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeChatFeed($channel: String, $serverId: ID, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor serverId payload { channel text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ResumeChatFeed($channel: String, $serverId: ID, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, after: $after) {\n      __typename\n      ... on ChatEvent { id cursor serverId payload { channel text } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumePlayersFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { id cursor serverId }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ResumePlayersFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { id cursor serverId }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeStatusFeed($after: Cursor) {\n    serverStatus(after: $after) {\n      __typename\n      ... on ServerStatusEvent { id cursor payload { playerCount } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ResumeStatusFeed($after: Cursor) {\n    serverStatus(after: $after) {\n      __typename\n      ... on ServerStatusEvent { id cursor payload { playerCount } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeNotifications($after: Cursor, $minPriority: Priority) {\n    notifications(after: $after, minPriority: $minPriority) {\n      __typename\n      ... on Event { id cursor stream priority }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ResumeNotifications($after: Cursor, $minPriority: Priority) {\n    notifications(after: $after, minPriority: $minPriority) {\n      __typename\n      ... on Event { id cursor stream priority }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SimulatorStreamEvents($stream: Stream!) {\n    events(stream: $stream, first: 500) { events { type serverId } }\n  }\n"): (typeof documents)["\n  query SimulatorStreamEvents($stream: Stream!) {\n    events(stream: $stream, first: 500) { events { type serverId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatorFleetState {\n    servers { servers { id state playerCount } }\n    producerTokens { serverId label revokedAt }\n  }\n"): (typeof documents)["\n  query SimulatorFleetState {\n    servers { servers { id state playerCount } }\n    producerTokens { serverId label revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatorTelemetry($serverId: ID!) { telemetry(serverId: $serverId, last: 60) { samples { id } } }\n"): (typeof documents)["\n  query SimulatorTelemetry($serverId: ID!) { telemetry(serverId: $serverId, last: 60) { samples { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SimulatorStatusFeed { serverStatus { ... on ServerStatusEvent { serverId payload { state } } } }\n"): (typeof documents)["\n  subscription SimulatorStatusFeed { serverStatus { ... on ServerStatusEvent { serverId payload { state } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlowIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"slow-readers\") { token } }\n"): (typeof documents)["\n  mutation SlowIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: \"slow-readers\") { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlowIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"): (typeof documents)["\n  mutation SlowIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlowPost($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor } }\n"): (typeof documents)["\n  mutation SlowPost($input: ChatMessageInput!) { postChatMessage(input: $input) { id cursor } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlowHubStats { hubStats { subscribers } }\n"): (typeof documents)["\n  query SlowHubStats { hubStats { subscribers } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowChatFeed($channel: String!, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id payload { text } } ... on ResyncRequired { reason } }\n  }\n"): (typeof documents)["\n  subscription SlowChatFeed($channel: String!, $after: Cursor) {\n    chat(channel: $channel, after: $after) { ... on ChatEvent { id payload { text } } ... on ResyncRequired { reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowTelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) {\n      ... on TelemetryEvent {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SlowTelemetryFeed($serverId: ID!) {\n    telemetry(serverId: $serverId) {\n      ... on TelemetryEvent {\n        id cursor stream type serverId occurredAt receivedAt priority\n        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlowMapFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      ... on MapEntityEvent { id cursor type serverId occurredAt receivedAt payload { entityId kind action position { x y z } heading label } }\n    }\n  }\n"): (typeof documents)["\n  subscription SlowMapFeed($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      ... on MapEntityEvent { id cursor type serverId occurredAt receivedAt payload { entityId kind action position { x y z } heading label } }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TelemetryHistoryIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor receivedAt }\n  }\n"): (typeof documents)["\n  mutation TelemetryHistoryIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      serverId\n      range\n      from\n      sampled\n      samples { id cursor serverId payload { memoryUsedMb } }\n    }\n  }\n"): (typeof documents)["\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      serverId\n      range\n      from\n      sampled\n      samples { id cursor serverId payload { memoryUsedMb } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query TicketList($status: TicketStatus, $first: Int) {\n    tickets(status: $status, first: $first) { cursor total tickets { id serverId subject status } }\n  }\n"): (typeof documents)["\n  query TicketList($status: TicketStatus, $first: Int) {\n    tickets(status: $status, first: $first) { cursor total tickets { id serverId subject status } }\n  }\n"];
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