import { ago } from '../format.ts';
import type { ServerFieldsFragment, ServerHealth, ServerState, ServerStatusFeedSubscription } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { prependBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const serverFields = graphql(`
  fragment ServerFields on Server {
    id
    state
    playerCount
    status { maxPlayers health message }
    statusChangedAt
    firstSeen
    lastSeen
  }
`);

/** A server status change as the grid, the server page and its timeline show it. */
export const serverStatusEventFields = graphql(`
  fragment ServerStatusEventFields on ServerStatusEvent {
    id
    cursor
    serverId
    receivedAt
    priority
    payload { state playerCount maxPlayers health message }
  }
`);

export const serversQuery = graphql(`
  query Servers {
    servers {
      cursor
      servers { ...ServerFields }
    }
  }
`);

export const serverQuery = graphql(`
  query Server($id: ID!) {
    server(id: $id) {
      cursor
      server { ...ServerFields }
    }
  }
`);

export const serverStatusSubscription = graphql(`
  subscription ServerStatusFeed($serverId: ID, $after: Cursor) {
    serverStatus(serverId: $serverId, after: $after) {
      __typename
      ...ServerStatusEventFields
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export const serverStatusHistoryQuery = graphql(`
  query ServerStatusHistory($serverId: ID!, $last: Int) {
    serverStatusHistory(serverId: $serverId, last: $last) {
      cursor
      events { ...ServerStatusEventFields }
    }
  }
`);

/**
 * The same stream as `serverStatusSubscription`, for a server's timeline: a document of its own, since urql shares one
 * result among identical operations and the server page follows both from the same cursor.
 */
export const serverTimelineSubscription = graphql(`
  subscription ServerTimelineFeed($serverId: ID!, $after: Cursor) {
    serverStatus(serverId: $serverId, after: $after) {
      __typename
      ...ServerStatusEventFields
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

/** One row of the servers grid. */
export interface ServerRow {
  id: string;
  state: ServerState | null;
  playerCount: number;
  maxPlayers: number | null;
  health: ServerHealth | null;
  message: string | null;
  statusChangedAt: string | null;
  lastSeen: string;
}

export type ServersState = ReadonlyMap<string, ServerRow>;

type FeedItem = ServerStatusFeedSubscription['serverStatus'];
export type ServerStatusEvent = Extract<FeedItem, { __typename: 'ServerStatusEvent' }>;

/** The health a server can be said to have now: an UNREACHABLE server's last reported health is no longer known. */
export function currentHealth(state: ServerState | null, health: ServerHealth | null): ServerHealth | 'UNKNOWN' | null {
  return state === 'UNREACHABLE' ? 'UNKNOWN' : health;
}

/** "/ 100 players", or for an UNREACHABLE server "/ 100 players (last seen 32 s ago)": its count is the last one reported. */
export function playersNote(row: Pick<ServerRow, 'state' | 'maxPlayers' | 'lastSeen'>, now: number = Date.now()): string {
  const players = row.maxPlayers ? `/ ${row.maxPlayers} players` : 'players';
  return row.state === 'UNREACHABLE' ? `${players} (last seen ${ago(row.lastSeen, now)})` : players;
}

export function serverRow(server: ServerFieldsFragment): ServerRow {
  return {
    id: server.id,
    state: server.state ?? null,
    playerCount: server.playerCount,
    maxPlayers: server.status?.maxPlayers ?? null,
    health: server.status?.health ?? null,
    message: server.status?.message ?? null,
    statusChangedAt: server.statusChangedAt ?? null,
    lastSeen: server.lastSeen,
  };
}

export function serversFrom(servers: readonly ServerFieldsFragment[]): ServersState {
  return new Map(servers.map((server) => [server.id, serverRow(server)]));
}

export function serverStatusMessage(data: ServerStatusFeedSubscription): FeedMessage<ServerStatusEvent> {
  const item = data.serverStatus;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

/** Folds status events into the grid the way the hub's projection does (UNREACHABLE is no sign of life). */
export function applyServerStatus(state: ServersState, events: readonly ServerStatusEvent[]): ServersState {
  const next = new Map(state);
  for (const event of events) {
    const { payload } = event;
    const previous = next.get(event.serverId);
    const alive = payload.state !== 'UNREACHABLE';
    next.set(event.serverId, {
      id: event.serverId,
      state: payload.state,
      playerCount: payload.playerCount,
      maxPlayers: payload.maxPlayers ?? null,
      health: payload.health,
      message: payload.message ?? null,
      statusChangedAt: previous?.state === payload.state ? previous.statusChangedAt : event.receivedAt,
      lastSeen: alive || !previous ? event.receivedAt : previous.lastSeen,
    });
  }
  return next;
}

const stateOrder: Record<ServerState, number> = { UNREACHABLE: 0, STOPPED: 1, RESTARTING: 2, STARTING: 3, ONLINE: 4 };

/** Servers that need attention first (UNREACHABLE, then STOPPED, ...), then by id. */
export function sortServers(rows: Iterable<ServerRow>): ServerRow[] {
  return [...rows].sort((a, b) => (a.state ? stateOrder[a.state] : 5) - (b.state ? stateOrder[b.state] : 5) || a.id.localeCompare(b.id));
}

/** Most status reports a server's timeline keeps. */
export const timelineLimit = 200;

/** A server's status reports, newest first, bounded. */
export interface TimelineState {
  events: readonly Omit<ServerStatusEvent, '__typename'>[];
}

/** Adds live reports (oldest first) to a timeline (newest first). */
export function applyTimeline(state: TimelineState, events: readonly Omit<ServerStatusEvent, '__typename'>[]): TimelineState {
  return { events: prependBounded(state.events, events, timelineLimit) };
}
