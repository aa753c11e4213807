import type { PlayerFeedSubscription } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { appendBounded, capMap } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const playerFields = graphql(`
  fragment PlayerFields on PlayerEvent {
    id
    cursor
    serverId
    occurredAt
    receivedAt
    payload { kind playerId playerName detail ipAddress email }
  }
`);

export const playerActivityQuery = graphql(`
  query PlayerActivity($serverId: ID, $last: Int) {
    playerActivity(serverId: $serverId, last: $last) {
      cursor
      events { ...PlayerFields }
    }
  }
`);

export const playerSubscription = graphql(`
  subscription PlayerFeed($serverId: ID, $after: Cursor) {
    players(serverId: $serverId, after: $after) {
      __typename
      ... on PlayerEvent { ...PlayerFields }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export type PlayerEvent = Extract<PlayerFeedSubscription['players'], { __typename: 'PlayerEvent' }>;
export type PlayerLine = Omit<PlayerEvent, '__typename'>;

/** A player the replayed joins and leaves place on a server. */
export interface OnlinePlayer {
  serverId: string;
  playerId: string;
  playerName: string;
  /** When the player joined; null when only later activity was seen (the join is older than the window). */
  joinedAt: string | null;
  lastSeen: string;
}

/** Who is online where, derived from player events replayed in log order, and the recent events themselves. */
export interface PlayersState {
  /** Keyed by `onlineKey(serverId, playerId)`. */
  online: ReadonlyMap<string, OnlinePlayer>;
  /** Player events oldest first, bounded. */
  events: readonly PlayerLine[];
  /** How far back the replay reaches: the first event loaded, and whether the load was cut at `last` (older joins may be missing). */
  window: { since: string | null; truncated: boolean };
}

/** Most player events the snapshot loads (the hub's upper bound for `last`). */
export const playerWindow = 1_000;
export const playerEventLimit = 2_000;
export const onlineLimit = 20_000;

export function onlineKey(serverId: string, playerId: string): string {
  return `${serverId}\u0000${playerId}`;
}

export function playerMessage(data: PlayerFeedSubscription): FeedMessage<PlayerEvent> {
  const item = data.players;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

/** Replays a snapshot (oldest first) loaded with `last`: a full window may start after some players joined. */
export function playersFrom(events: readonly PlayerLine[], last: number): PlayersState {
  const empty: PlayersState = { online: new Map(), events: [], window: { since: events[0]?.occurredAt ?? null, truncated: events.length >= last } };
  return applyPlayers(empty, events);
}

/**
 * JOIN puts a player on its server, LEAVE takes them off; ACTIVITY from a player not yet placed means they joined
 * before the window, so it places them too (without a join time).
 */
export function applyPlayers(state: PlayersState, events: readonly PlayerLine[]): PlayersState {
  const online = new Map(state.online);
  for (const { serverId, occurredAt, payload } of events) {
    const key = onlineKey(serverId, payload.playerId);
    const known = online.get(key);
    if (payload.kind === 'LEAVE') {
      online.delete(key);
    } else if (payload.kind === 'JOIN') {
      online.set(key, { serverId, playerId: payload.playerId, playerName: payload.playerName, joinedAt: occurredAt, lastSeen: occurredAt });
    } else {
      online.set(key, {
        serverId,
        playerId: payload.playerId,
        playerName: payload.playerName,
        joinedAt: known?.joinedAt ?? null,
        lastSeen: occurredAt,
      });
    }
  }
  return {
    online: capMap(online, onlineLimit, (player) => player.lastSeen),
    events: appendBounded(state.events, events, playerEventLimit),
    window: state.window,
  };
}

/** Online players grouped by server (servers and players by name), keeping those whose name or id contains `search`. */
export function onlineByServer(online: ReadonlyMap<string, OnlinePlayer>, search = ''): [serverId: string, players: OnlinePlayer[]][] {
  const needle = search.trim().toLowerCase();
  const servers = new Map<string, OnlinePlayer[]>();
  for (const player of online.values()) {
    if (needle && !player.playerName.toLowerCase().includes(needle) && !player.playerId.toLowerCase().includes(needle)) continue;
    const list = servers.get(player.serverId) ?? [];
    list.push(player);
    servers.set(player.serverId, list);
  }
  for (const list of servers.values()) list.sort((a, b) => a.playerName.localeCompare(b.playerName) || a.playerId.localeCompare(b.playerId));
  return [...servers.entries()].sort(([a], [b]) => a.localeCompare(b));
}
