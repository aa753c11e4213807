import { useMemo, useState } from 'react';
import { playerPath, serverPath } from '../access.ts';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { ago, clock } from '../format.ts';
import { useNow } from '../hooks.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { type LiveFeedResult, useLiveFeed } from '../live/useLiveFeed.ts';
import { Link } from '../router.tsx';
import {
  applyPlayers,
  onlineByServer,
  type PlayersState,
  playerActivityQuery,
  playerMessage,
  playerSubscription,
  playersFrom,
  playerWindow,
} from '../streams/players.ts';

/** The recent player events, followed live, with who is online where replayed from them. */
export function usePlayers(): LiveFeedResult<PlayersState> {
  const { client, onFatal } = useDashboard();
  return useLiveFeed(
    'players',
    'players',
    () =>
      urqlFeed(client, {
        query: playerActivityQuery,
        variables: { last: playerWindow },
        snapshot: (data) => ({ state: playersFrom(data.playerActivity.events, playerWindow), cursor: data.playerActivity.cursor }),
        subscription: playerSubscription,
        subscriptionVariables: (after) => ({ after }),
        message: playerMessage,
        apply: applyPlayers,
      }),
    { onFatal },
  );
}

export function PlayersPage() {
  const feed = usePlayers();
  const [search, setSearch] = useState('');
  const now = useNow();
  const servers = useMemo(() => (feed.state ? onlineByServer(feed.state.online, search) : []), [feed.state, search]);
  const total = feed.state?.online.size ?? 0;

  return (
    <>
      <PageHeader title="Players" subtitle="Who is online on which server, as joins and leaves arrive.">
        <div className="inline-form">
          <label className="field-inline">
            <span>Search</span>
            <input type="search" value={search} placeholder="Name or id" onChange={(e) => setSearch(e.target.value)} data-testid="player-search" />
          </label>
          <div className="stat">
            <span className="stat-value" data-testid="online-count">
              {total}
            </span>
            <span className="stat-label">Online</span>
          </div>
        </div>
      </PageHeader>
      {!feed.state ? (
        <Loading error={feed.error} status={feed.status} />
      ) : (
        <>
          <WindowNote replay={feed.state.window} />
          {servers.length === 0 ? (
            <div className="panel empty">{search.trim() ? `No online player matches “${search.trim()}”.` : 'No player is online.'}</div>
          ) : (
            servers.map(([serverId, players]) => (
              <section key={serverId} className="panel" data-testid="server-players" data-server={serverId}>
                <h2>
                  <Link to={serverPath(serverId)}>{serverId}</Link> <span className="muted">· {players.length} online</span>
                </h2>
                <table className="table compact">
                  <thead>
                    <tr>
                      <th>Player</th>
                      <th>Id</th>
                      <th>Joined</th>
                      <th>Last seen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {players.map((player) => (
                      <tr key={player.playerId} data-testid="player-row" data-player={player.playerId}>
                        <td>
                          <Link to={playerPath(player.playerId)}>{player.playerName}</Link>
                        </td>
                        <td>
                          <code>{player.playerId}</code>
                        </td>
                        <td>{player.joinedAt ? clock(player.joinedAt) : <span className="muted">before the window</span>}</td>
                        <td className="muted">{ago(player.lastSeen, now)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}

function WindowNote({ replay }: { replay: PlayersState['window'] }) {
  const since = replay.since ? ` (since ${clock(replay.since)})` : '';
  return (
    <p className="muted" data-testid="players-window" data-truncated={replay.truncated}>
      {replay.truncated
        ? `Worked out by replaying the last ${playerWindow} player events${since}, then following live: a player who joined before that and has done nothing since is missing.`
        : `Worked out by replaying every player event the hub returned${since}, then following live.`}
    </p>
  );
}
