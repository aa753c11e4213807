import { serverPath } from '../access.ts';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { ago, label } from '../format.ts';
import { useNow } from '../hooks.ts';
import { later, useLastSeen } from '../lastSeen.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { Link } from '../router.tsx';
import {
  applyServerStatus,
  currentHealth,
  playersNote,
  type ServerRow,
  serverStatusMessage,
  serverStatusSubscription,
  serversFrom,
  serversQuery,
  sortServers,
} from '../streams/servers.ts';

export function ServersPage() {
  const { client, onFatal } = useDashboard();
  const feed = useLiveFeed(
    'servers',
    'servers',
    () =>
      urqlFeed(client, {
        query: serversQuery,
        variables: {},
        snapshot: (data) => ({ state: serversFrom(data.servers.servers), cursor: data.servers.cursor }),
        subscription: serverStatusSubscription,
        subscriptionVariables: (after) => ({ after }),
        message: serverStatusMessage,
        apply: applyServerStatus,
      }),
    { onFatal },
  );
  const now = useNow();
  const polled = useLastSeen(client);
  if (!feed.state) return <Loading error={feed.error} status={feed.status} />;
  const rows = sortServers(feed.state.values()).map((row) => ({ ...row, lastSeen: later(row.lastSeen, polled.get(row.id)) }));
  const count = (state: string) => rows.filter((row) => row.state === state).length;
  const players = rows.reduce((sum, row) => sum + (row.state === 'UNREACHABLE' || row.state === 'STOPPED' ? 0 : row.playerCount), 0);

  return (
    <>
      <PageHeader title="Servers" subtitle="Every game server the hub has heard from, live.">
        <div className="stats">
          <Stat label="Servers" value={rows.length} />
          <Stat label="Online" value={count('ONLINE')} tone="good" />
          <Stat label="Unreachable" value={count('UNREACHABLE')} tone={count('UNREACHABLE') ? 'bad' : undefined} />
          <Stat label="Players" value={players} />
        </div>
      </PageHeader>
      {rows.length === 0 ? (
        <div className="panel empty">No server has reported yet. Servers appear here as soon as they send their first event.</div>
      ) : (
        <div className="server-grid" data-testid="server-grid">
          {rows.map((row) => (
            <ServerCard key={row.id} row={row} now={now} />
          ))}
        </div>
      )}
    </>
  );
}

function Stat({ label: name, value, tone }: { label: string; value: number; tone?: 'good' | 'bad' | undefined }) {
  return (
    <div className={`stat ${tone ? `stat-${tone}` : ''}`}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{name}</span>
    </div>
  );
}

export function StateBadge({ state }: { state: ServerRow['state'] }) {
  return <span className={`badge state-${(state ?? 'unknown').toLowerCase()}`}>{state ? label(state) : 'No status'}</span>;
}

/** The server's health, or "Unknown" when it is UNREACHABLE (its last report is no longer current). */
export function HealthBadge({ health, state = null }: { health: ServerRow['health']; state?: ServerRow['state'] }) {
  const shown = currentHealth(state, health);
  if (!shown) return null;
  return <span className={`badge health-${shown.toLowerCase()}`}>{label(shown)}</span>;
}

function ServerCard({ row, now }: { row: ServerRow; now: number }) {
  const fill = row.maxPlayers ? Math.min(100, (row.playerCount / row.maxPlayers) * 100) : null;
  const down = row.state === 'UNREACHABLE';
  return (
    <Link to={serverPath(row.id)} className={`server-card ${down ? 'server-down' : ''} ${row.state === 'STOPPED' ? 'server-stopped' : ''}`}>
      <article data-testid="server-card" data-server={row.id} data-state={row.state ?? ''}>
        <header className="server-card-head">
          <h2 className="server-name">{row.id}</h2>
          <StateBadge state={row.state} />
        </header>
        <div className="server-players">
          <span className="server-count" data-testid="player-count" data-stale={down}>
            {row.playerCount}
          </span>
          <span className="muted" data-testid="players-note">
            {' '}
            {playersNote(row, now)}
          </span>
        </div>
        {fill !== null && (
          <div className="meter" aria-hidden="true">
            <div className="meter-fill" style={{ width: `${fill}%` }} />
          </div>
        )}
        <footer className="server-card-foot">
          <HealthBadge health={row.health} state={row.state} />
          <span className={down ? 'error-text' : 'muted'} title={row.lastSeen}>
            seen {ago(row.lastSeen, now)}
          </span>
        </footer>
        {row.message && <p className="server-message">{row.message}</p>}
      </article>
    </Link>
  );
}
