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
    "\n  subscription MyNotificationFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification {\n        kind\n        event { id cursor stream serverId receivedAt priority payload { ticketId assignee actor response { body } } }\n        ticket { subject }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.MyNotificationFeedDocument,
    "\n  fragment OverviewFields on Overview {\n    at serversOnline serversTotal playersOnline\n    serversNeedingAttention { id state playerCount status { state health message } }\n    openTickets @include(if: $tickets) { status count }\n    incidentsLastHour @include(if: $security) { priority count }\n    eventsPerSecond @include(if: $rates)\n    deliveriesPerSecond @include(if: $rates)\n  }\n": typeof types.OverviewFieldsFragmentDoc,
    "\n  query OverviewNow($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $range: TimeRange!, $points: Int!) {\n    overview { ...OverviewFields playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n": typeof types.OverviewNowDocument,
    "\n  subscription OverviewFeed($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $recentRange: TimeRange!, $recentPoints: Int!) {\n    overview { ...OverviewFields recent: playersOnlineHistory(range: $recentRange, points: $recentPoints) { at players } }\n  }\n": typeof types.OverviewFeedDocument,
    "\n  query MapReplay($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      complete\n      initial { entityId kind position { x y } heading label serverId updatedAt }\n      events {\n        __typename\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n    }\n  }\n": typeof types.MapReplayDocument,
    "\n  query ChatReplay($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      complete\n      messages { ...ChatFields }\n    }\n  }\n": typeof types.ChatReplayDocument,
    "\n  fragment ChatFields on ChatEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    payload { kind channel playerId playerName recipientId text }\n  }\n": typeof types.ChatFieldsFragmentDoc,
    "\n  query ChatMessages($channel: String, $serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, player: $player, text: $text, last: $last) {\n      cursor\n      messages { ...ChatFields }\n    }\n  }\n": typeof types.ChatMessagesDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID, $player: String, $text: String, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, player: $player, text: $text, after: $after) {\n      __typename\n      ... on ChatEvent { ...ChatFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ChatFeedDocument,
    "\n  query MapEntities($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y } heading label serverId updatedAt }\n    }\n  }\n": typeof types.MapEntitiesDocument,
    "\n  subscription MapEntitiesFeed($mapId: ID!, $after: Cursor) {\n    mapEntities(mapId: $mapId, after: $after) {\n      __typename\n      ... on MapEntityEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.MapEntitiesFeedDocument,
    "\n  query Maps {\n    maps {\n      cursor\n      maps { mapId entityCount serverIds }\n    }\n  }\n": typeof types.MapsDocument,
    "\n  query Head {\n    servers { cursor }\n  }\n": typeof types.HeadDocument,
    "\n  subscription NotificationFeed($after: Cursor) {\n    notifications(minPriority: HIGH, after: $after) {\n      __typename\n      ... on Event { id cursor stream type serverId receivedAt priority }\n      ... on ServerStatusEvent { payload { state health message } }\n      ... on TelemetryEvent { payload { cpuPercent } }\n      ... on MapEntityEvent { mapEntity: payload { mapId entityId kind action label } }\n      ... on ChatEvent { chat: payload { channel playerName kind text } }\n      ... on TicketEvent { ticket: payload { ticketId kind subject status } }\n      ... on PlayerEvent { player: payload { playerName kind detail } }\n      ... on SecurityEvent { security: payload { kind playerId description } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.NotificationFeedDocument,
    "\n  fragment PlayerFields on PlayerEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": typeof types.PlayerFieldsFragmentDoc,
    "\n  query PlayerActivity($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) {\n      cursor\n      events { ...PlayerFields }\n    }\n  }\n": typeof types.PlayerActivityDocument,
    "\n  subscription PlayerFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { ...PlayerFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.PlayerFeedDocument,
    "\n  fragment SecurityFields on SecurityEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": typeof types.SecurityFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $kind: IncidentKind, $last: Int) {\n    securityIncidents(serverId: $serverId, kind: $kind, last: $last) {\n      cursor\n      incidents { ...SecurityFields }\n    }\n  }\n": typeof types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID, $kind: IncidentKind, $after: Cursor) {\n    security(serverId: $serverId, kind: $kind, after: $after) {\n      __typename\n      ... on SecurityEvent { ...SecurityFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.SecurityFeedDocument,
    "\n  fragment ServerFields on Server {\n    id\n    state\n    playerCount\n    status { maxPlayers health message }\n    statusChangedAt\n    firstSeen\n    lastSeen\n  }\n": typeof types.ServerFieldsFragmentDoc,
    "\n  fragment ServerStatusEventFields on ServerStatusEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    priority\n    payload { state playerCount maxPlayers health message }\n  }\n": typeof types.ServerStatusEventFieldsFragmentDoc,
    "\n  query Servers {\n    servers {\n      cursor\n      servers { ...ServerFields }\n    }\n  }\n": typeof types.ServersDocument,
    "\n  query Server($id: ID!) {\n    server(id: $id) {\n      cursor\n      server { ...ServerFields }\n    }\n  }\n": typeof types.ServerDocument,
    "\n  subscription ServerStatusFeed($serverId: ID, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ServerStatusFeedDocument,
    "\n  query ServerStatusHistory($serverId: ID!, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) {\n      cursor\n      events { ...ServerStatusEventFields }\n    }\n  }\n": typeof types.ServerStatusHistoryDocument,
    "\n  subscription ServerTimelineFeed($serverId: ID!, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.ServerTimelineFeedDocument,
    "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      sampled\n      samples { ...TelemetryFields }\n    }\n  }\n": typeof types.TelemetryRangeDocument,
    "\n  fragment TelemetryFields on TelemetryEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n  }\n": typeof types.TelemetryFieldsFragmentDoc,
    "\n  subscription TelemetryFeed($serverId: ID!, $after: Cursor) {\n    telemetry(serverId: $serverId, after: $after) {\n      __typename\n      ... on TelemetryEvent { ...TelemetryFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.TelemetryFeedDocument,
    "\n  query Tickets($serverId: ID, $category: String, $first: Int) {\n    tickets(serverId: $serverId, category: $category, first: $first) {\n      cursor\n      tickets {\n        id\n        serverId\n        subject\n        body\n        playerId\n        category\n        status\n        assignee\n        responses { id author body at }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  subscription TicketFeed($serverId: ID, $category: String, $after: Cursor) {\n    tickets(serverId: $serverId, category: $category, after: $after) {\n      __typename\n      ... on TicketEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload {\n          kind\n          ticketId\n          subject\n          body\n          playerId\n          category\n          status\n          previousStatus\n          assignee\n          response { id author body at }\n          actor\n        }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": typeof types.TicketFeedDocument,
    "\n  mutation AssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id cursor }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation RespondToTicket($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id cursor }\n  }\n": typeof types.RespondToTicketDocument,
    "\n  mutation SetTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { id cursor }\n  }\n": typeof types.SetTicketStatusDocument,
};
const documents: Documents = {
    "\n  subscription MyNotificationFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification {\n        kind\n        event { id cursor stream serverId receivedAt priority payload { ticketId assignee actor response { body } } }\n        ticket { subject }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.MyNotificationFeedDocument,
    "\n  fragment OverviewFields on Overview {\n    at serversOnline serversTotal playersOnline\n    serversNeedingAttention { id state playerCount status { state health message } }\n    openTickets @include(if: $tickets) { status count }\n    incidentsLastHour @include(if: $security) { priority count }\n    eventsPerSecond @include(if: $rates)\n    deliveriesPerSecond @include(if: $rates)\n  }\n": types.OverviewFieldsFragmentDoc,
    "\n  query OverviewNow($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $range: TimeRange!, $points: Int!) {\n    overview { ...OverviewFields playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n": types.OverviewNowDocument,
    "\n  subscription OverviewFeed($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $recentRange: TimeRange!, $recentPoints: Int!) {\n    overview { ...OverviewFields recent: playersOnlineHistory(range: $recentRange, points: $recentPoints) { at players } }\n  }\n": types.OverviewFeedDocument,
    "\n  query MapReplay($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      complete\n      initial { entityId kind position { x y } heading label serverId updatedAt }\n      events {\n        __typename\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n    }\n  }\n": types.MapReplayDocument,
    "\n  query ChatReplay($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      complete\n      messages { ...ChatFields }\n    }\n  }\n": types.ChatReplayDocument,
    "\n  fragment ChatFields on ChatEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    payload { kind channel playerId playerName recipientId text }\n  }\n": types.ChatFieldsFragmentDoc,
    "\n  query ChatMessages($channel: String, $serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, player: $player, text: $text, last: $last) {\n      cursor\n      messages { ...ChatFields }\n    }\n  }\n": types.ChatMessagesDocument,
    "\n  subscription ChatFeed($channel: String, $serverId: ID, $player: String, $text: String, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, player: $player, text: $text, after: $after) {\n      __typename\n      ... on ChatEvent { ...ChatFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ChatFeedDocument,
    "\n  query MapEntities($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y } heading label serverId updatedAt }\n    }\n  }\n": types.MapEntitiesDocument,
    "\n  subscription MapEntitiesFeed($mapId: ID!, $after: Cursor) {\n    mapEntities(mapId: $mapId, after: $after) {\n      __typename\n      ... on MapEntityEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.MapEntitiesFeedDocument,
    "\n  query Maps {\n    maps {\n      cursor\n      maps { mapId entityCount serverIds }\n    }\n  }\n": types.MapsDocument,
    "\n  query Head {\n    servers { cursor }\n  }\n": types.HeadDocument,
    "\n  subscription NotificationFeed($after: Cursor) {\n    notifications(minPriority: HIGH, after: $after) {\n      __typename\n      ... on Event { id cursor stream type serverId receivedAt priority }\n      ... on ServerStatusEvent { payload { state health message } }\n      ... on TelemetryEvent { payload { cpuPercent } }\n      ... on MapEntityEvent { mapEntity: payload { mapId entityId kind action label } }\n      ... on ChatEvent { chat: payload { channel playerName kind text } }\n      ... on TicketEvent { ticket: payload { ticketId kind subject status } }\n      ... on PlayerEvent { player: payload { playerName kind detail } }\n      ... on SecurityEvent { security: payload { kind playerId description } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.NotificationFeedDocument,
    "\n  fragment PlayerFields on PlayerEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { kind playerId playerName detail ipAddress email }\n  }\n": types.PlayerFieldsFragmentDoc,
    "\n  query PlayerActivity($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) {\n      cursor\n      events { ...PlayerFields }\n    }\n  }\n": types.PlayerActivityDocument,
    "\n  subscription PlayerFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { ...PlayerFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.PlayerFeedDocument,
    "\n  fragment SecurityFields on SecurityEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n": types.SecurityFieldsFragmentDoc,
    "\n  query SecurityIncidents($serverId: ID, $kind: IncidentKind, $last: Int) {\n    securityIncidents(serverId: $serverId, kind: $kind, last: $last) {\n      cursor\n      incidents { ...SecurityFields }\n    }\n  }\n": types.SecurityIncidentsDocument,
    "\n  subscription SecurityFeed($serverId: ID, $kind: IncidentKind, $after: Cursor) {\n    security(serverId: $serverId, kind: $kind, after: $after) {\n      __typename\n      ... on SecurityEvent { ...SecurityFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.SecurityFeedDocument,
    "\n  fragment ServerFields on Server {\n    id\n    state\n    playerCount\n    status { maxPlayers health message }\n    statusChangedAt\n    firstSeen\n    lastSeen\n  }\n": types.ServerFieldsFragmentDoc,
    "\n  fragment ServerStatusEventFields on ServerStatusEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    priority\n    payload { state playerCount maxPlayers health message }\n  }\n": types.ServerStatusEventFieldsFragmentDoc,
    "\n  query Servers {\n    servers {\n      cursor\n      servers { ...ServerFields }\n    }\n  }\n": types.ServersDocument,
    "\n  query Server($id: ID!) {\n    server(id: $id) {\n      cursor\n      server { ...ServerFields }\n    }\n  }\n": types.ServerDocument,
    "\n  subscription ServerStatusFeed($serverId: ID, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ServerStatusFeedDocument,
    "\n  query ServerStatusHistory($serverId: ID!, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) {\n      cursor\n      events { ...ServerStatusEventFields }\n    }\n  }\n": types.ServerStatusHistoryDocument,
    "\n  subscription ServerTimelineFeed($serverId: ID!, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.ServerTimelineFeedDocument,
    "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      sampled\n      samples { ...TelemetryFields }\n    }\n  }\n": types.TelemetryRangeDocument,
    "\n  fragment TelemetryFields on TelemetryEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n  }\n": types.TelemetryFieldsFragmentDoc,
    "\n  subscription TelemetryFeed($serverId: ID!, $after: Cursor) {\n    telemetry(serverId: $serverId, after: $after) {\n      __typename\n      ... on TelemetryEvent { ...TelemetryFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.TelemetryFeedDocument,
    "\n  query Tickets($serverId: ID, $category: String, $first: Int) {\n    tickets(serverId: $serverId, category: $category, first: $first) {\n      cursor\n      tickets {\n        id\n        serverId\n        subject\n        body\n        playerId\n        category\n        status\n        assignee\n        responses { id author body at }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.TicketsDocument,
    "\n  subscription TicketFeed($serverId: ID, $category: String, $after: Cursor) {\n    tickets(serverId: $serverId, category: $category, after: $after) {\n      __typename\n      ... on TicketEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload {\n          kind\n          ticketId\n          subject\n          body\n          playerId\n          category\n          status\n          previousStatus\n          assignee\n          response { id author body at }\n          actor\n        }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n": types.TicketFeedDocument,
    "\n  mutation AssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id cursor }\n  }\n": types.AssignTicketDocument,
    "\n  mutation RespondToTicket($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id cursor }\n  }\n": types.RespondToTicketDocument,
    "\n  mutation SetTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { id cursor }\n  }\n": types.SetTicketStatusDocument,
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
export function graphql(source: "\n  subscription MyNotificationFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification {\n        kind\n        event { id cursor stream serverId receivedAt priority payload { ticketId assignee actor response { body } } }\n        ticket { subject }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription MyNotificationFeed($after: Cursor) {\n    myNotifications(after: $after) {\n      __typename\n      ... on MyNotification {\n        kind\n        event { id cursor stream serverId receivedAt priority payload { ticketId assignee actor response { body } } }\n        ticket { subject }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewFields on Overview {\n    at serversOnline serversTotal playersOnline\n    serversNeedingAttention { id state playerCount status { state health message } }\n    openTickets @include(if: $tickets) { status count }\n    incidentsLastHour @include(if: $security) { priority count }\n    eventsPerSecond @include(if: $rates)\n    deliveriesPerSecond @include(if: $rates)\n  }\n"): (typeof documents)["\n  fragment OverviewFields on Overview {\n    at serversOnline serversTotal playersOnline\n    serversNeedingAttention { id state playerCount status { state health message } }\n    openTickets @include(if: $tickets) { status count }\n    incidentsLastHour @include(if: $security) { priority count }\n    eventsPerSecond @include(if: $rates)\n    deliveriesPerSecond @include(if: $rates)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewNow($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $range: TimeRange!, $points: Int!) {\n    overview { ...OverviewFields playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n"): (typeof documents)["\n  query OverviewNow($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $range: TimeRange!, $points: Int!) {\n    overview { ...OverviewFields playersOnlineHistory(range: $range, points: $points) { at players } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewFeed($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $recentRange: TimeRange!, $recentPoints: Int!) {\n    overview { ...OverviewFields recent: playersOnlineHistory(range: $recentRange, points: $recentPoints) { at players } }\n  }\n"): (typeof documents)["\n  subscription OverviewFeed($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $recentRange: TimeRange!, $recentPoints: Int!) {\n    overview { ...OverviewFields recent: playersOnlineHistory(range: $recentRange, points: $recentPoints) { at players } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapReplay($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      complete\n      initial { entityId kind position { x y } heading label serverId updatedAt }\n      events {\n        __typename\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapReplay($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {\n      mapId\n      from\n      to\n      complete\n      initial { entityId kind position { x y } heading label serverId updatedAt }\n      events {\n        __typename\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatReplay($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      complete\n      messages { ...ChatFields }\n    }\n  }\n"): (typeof documents)["\n  query ChatReplay($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {\n    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {\n      complete\n      messages { ...ChatFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatFields on ChatEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    payload { kind channel playerId playerName recipientId text }\n  }\n"): (typeof documents)["\n  fragment ChatFields on ChatEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    payload { kind channel playerId playerName recipientId text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMessages($channel: String, $serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, player: $player, text: $text, last: $last) {\n      cursor\n      messages { ...ChatFields }\n    }\n  }\n"): (typeof documents)["\n  query ChatMessages($channel: String, $serverId: ID, $player: String, $text: String, $last: Int) {\n    chatMessages(channel: $channel, serverId: $serverId, player: $player, text: $text, last: $last) {\n      cursor\n      messages { ...ChatFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatFeed($channel: String, $serverId: ID, $player: String, $text: String, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, player: $player, text: $text, after: $after) {\n      __typename\n      ... on ChatEvent { ...ChatFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatFeed($channel: String, $serverId: ID, $player: String, $text: String, $after: Cursor) {\n    chat(channel: $channel, serverId: $serverId, player: $player, text: $text, after: $after) {\n      __typename\n      ... on ChatEvent { ...ChatFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapEntities($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y } heading label serverId updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query MapEntities($mapId: ID!) {\n    mapEntities(mapId: $mapId) {\n      cursor\n      mapId\n      entities { entityId kind position { x y } heading label serverId updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MapEntitiesFeed($mapId: ID!, $after: Cursor) {\n    mapEntities(mapId: $mapId, after: $after) {\n      __typename\n      ... on MapEntityEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription MapEntitiesFeed($mapId: ID!, $after: Cursor) {\n    mapEntities(mapId: $mapId, after: $after) {\n      __typename\n      ... on MapEntityEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload { mapId entityId kind action position { x y } heading label }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Maps {\n    maps {\n      cursor\n      maps { mapId entityCount serverIds }\n    }\n  }\n"): (typeof documents)["\n  query Maps {\n    maps {\n      cursor\n      maps { mapId entityCount serverIds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Head {\n    servers { cursor }\n  }\n"): (typeof documents)["\n  query Head {\n    servers { cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationFeed($after: Cursor) {\n    notifications(minPriority: HIGH, after: $after) {\n      __typename\n      ... on Event { id cursor stream type serverId receivedAt priority }\n      ... on ServerStatusEvent { payload { state health message } }\n      ... on TelemetryEvent { payload { cpuPercent } }\n      ... on MapEntityEvent { mapEntity: payload { mapId entityId kind action label } }\n      ... on ChatEvent { chat: payload { channel playerName kind text } }\n      ... on TicketEvent { ticket: payload { ticketId kind subject status } }\n      ... on PlayerEvent { player: payload { playerName kind detail } }\n      ... on SecurityEvent { security: payload { kind playerId description } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationFeed($after: Cursor) {\n    notifications(minPriority: HIGH, after: $after) {\n      __typename\n      ... on Event { id cursor stream type serverId receivedAt priority }\n      ... on ServerStatusEvent { payload { state health message } }\n      ... on TelemetryEvent { payload { cpuPercent } }\n      ... on MapEntityEvent { mapEntity: payload { mapId entityId kind action label } }\n      ... on ChatEvent { chat: payload { channel playerName kind text } }\n      ... on TicketEvent { ticket: payload { ticketId kind subject status } }\n      ... on PlayerEvent { player: payload { playerName kind detail } }\n      ... on SecurityEvent { security: payload { kind playerId description } }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerFields on PlayerEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { kind playerId playerName detail ipAddress email }\n  }\n"): (typeof documents)["\n  fragment PlayerFields on PlayerEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { kind playerId playerName detail ipAddress email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayerActivity($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) {\n      cursor\n      events { ...PlayerFields }\n    }\n  }\n"): (typeof documents)["\n  query PlayerActivity($serverId: ID, $last: Int) {\n    playerActivity(serverId: $serverId, last: $last) {\n      cursor\n      events { ...PlayerFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlayerFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { ...PlayerFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription PlayerFeed($serverId: ID, $after: Cursor) {\n    players(serverId: $serverId, after: $after) {\n      __typename\n      ... on PlayerEvent { ...PlayerFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityFields on SecurityEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n"): (typeof documents)["\n  fragment SecurityFields on SecurityEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    priority\n    payload { kind playerId description confidence banDurationSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityIncidents($serverId: ID, $kind: IncidentKind, $last: Int) {\n    securityIncidents(serverId: $serverId, kind: $kind, last: $last) {\n      cursor\n      incidents { ...SecurityFields }\n    }\n  }\n"): (typeof documents)["\n  query SecurityIncidents($serverId: ID, $kind: IncidentKind, $last: Int) {\n    securityIncidents(serverId: $serverId, kind: $kind, last: $last) {\n      cursor\n      incidents { ...SecurityFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecurityFeed($serverId: ID, $kind: IncidentKind, $after: Cursor) {\n    security(serverId: $serverId, kind: $kind, after: $after) {\n      __typename\n      ... on SecurityEvent { ...SecurityFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription SecurityFeed($serverId: ID, $kind: IncidentKind, $after: Cursor) {\n    security(serverId: $serverId, kind: $kind, after: $after) {\n      __typename\n      ... on SecurityEvent { ...SecurityFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServerFields on Server {\n    id\n    state\n    playerCount\n    status { maxPlayers health message }\n    statusChangedAt\n    firstSeen\n    lastSeen\n  }\n"): (typeof documents)["\n  fragment ServerFields on Server {\n    id\n    state\n    playerCount\n    status { maxPlayers health message }\n    statusChangedAt\n    firstSeen\n    lastSeen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServerStatusEventFields on ServerStatusEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    priority\n    payload { state playerCount maxPlayers health message }\n  }\n"): (typeof documents)["\n  fragment ServerStatusEventFields on ServerStatusEvent {\n    id\n    cursor\n    serverId\n    receivedAt\n    priority\n    payload { state playerCount maxPlayers health message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Servers {\n    servers {\n      cursor\n      servers { ...ServerFields }\n    }\n  }\n"): (typeof documents)["\n  query Servers {\n    servers {\n      cursor\n      servers { ...ServerFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Server($id: ID!) {\n    server(id: $id) {\n      cursor\n      server { ...ServerFields }\n    }\n  }\n"): (typeof documents)["\n  query Server($id: ID!) {\n    server(id: $id) {\n      cursor\n      server { ...ServerFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServerStatusFeed($serverId: ID, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ServerStatusFeed($serverId: ID, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerStatusHistory($serverId: ID!, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) {\n      cursor\n      events { ...ServerStatusEventFields }\n    }\n  }\n"): (typeof documents)["\n  query ServerStatusHistory($serverId: ID!, $last: Int) {\n    serverStatusHistory(serverId: $serverId, last: $last) {\n      cursor\n      events { ...ServerStatusEventFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServerTimelineFeed($serverId: ID!, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription ServerTimelineFeed($serverId: ID!, $after: Cursor) {\n    serverStatus(serverId: $serverId, after: $after) {\n      __typename\n      ...ServerStatusEventFields\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      sampled\n      samples { ...TelemetryFields }\n    }\n  }\n"): (typeof documents)["\n  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {\n    telemetryHistory(serverId: $serverId, range: $range, points: $points) {\n      cursor\n      sampled\n      samples { ...TelemetryFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TelemetryFields on TelemetryEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n  }\n"): (typeof documents)["\n  fragment TelemetryFields on TelemetryEvent {\n    id\n    cursor\n    serverId\n    occurredAt\n    receivedAt\n    payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TelemetryFeed($serverId: ID!, $after: Cursor) {\n    telemetry(serverId: $serverId, after: $after) {\n      __typename\n      ... on TelemetryEvent { ...TelemetryFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription TelemetryFeed($serverId: ID!, $after: Cursor) {\n    telemetry(serverId: $serverId, after: $after) {\n      __typename\n      ... on TelemetryEvent { ...TelemetryFields }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets($serverId: ID, $category: String, $first: Int) {\n    tickets(serverId: $serverId, category: $category, first: $first) {\n      cursor\n      tickets {\n        id\n        serverId\n        subject\n        body\n        playerId\n        category\n        status\n        assignee\n        responses { id author body at }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tickets($serverId: ID, $category: String, $first: Int) {\n    tickets(serverId: $serverId, category: $category, first: $first) {\n      cursor\n      tickets {\n        id\n        serverId\n        subject\n        body\n        playerId\n        category\n        status\n        assignee\n        responses { id author body at }\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketFeed($serverId: ID, $category: String, $after: Cursor) {\n    tickets(serverId: $serverId, category: $category, after: $after) {\n      __typename\n      ... on TicketEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload {\n          kind\n          ticketId\n          subject\n          body\n          playerId\n          category\n          status\n          previousStatus\n          assignee\n          response { id author body at }\n          actor\n        }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketFeed($serverId: ID, $category: String, $after: Cursor) {\n    tickets(serverId: $serverId, category: $category, after: $after) {\n      __typename\n      ... on TicketEvent {\n        id\n        cursor\n        serverId\n        receivedAt\n        payload {\n          kind\n          ticketId\n          subject\n          body\n          playerId\n          category\n          status\n          previousStatus\n          assignee\n          response { id author body at }\n          actor\n        }\n      }\n      ... on ResyncRequired { reason message cursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id cursor }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($ticketId: ID!, $assignee: String!) {\n    assignTicket(ticketId: $ticketId, assignee: $assignee) { id cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToTicket($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id cursor }\n  }\n"): (typeof documents)["\n  mutation RespondToTicket($ticketId: ID!, $body: String!) {\n    respondToTicket(ticketId: $ticketId, body: $body) { id cursor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { id cursor }\n  }\n"): (typeof documents)["\n  mutation SetTicketStatus($ticketId: ID!, $status: TicketStatus!) {\n    setTicketStatus(ticketId: $ticketId, status: $status) { id cursor }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;