import { useState } from 'react';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { TelemetryCharts } from '../components/TelemetryCharts.tsx';
import { useDashboard } from '../context.ts';
import { ago } from '../format.ts';
import { useNow } from '../hooks.ts';
import { later, useLastSeen } from '../lastSeen.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { Link } from '../router.tsx';
import { applyServerStatus, playersNote, serverQuery, serverRow, serverStatusMessage, serverStatusSubscription } from '../streams/servers.ts';
import { HealthBadge, StateBadge } from './ServersPage.tsx';

export function ServerPage({ serverId }: { serverId: string }) {
  const { client, onFatal } = useDashboard();
  const now = useNow();

  const status = useLiveFeed(
    `server ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: serverQuery,
        variables: { id: serverId },
        snapshot: (data) => ({ state: new Map(data.server.server ? [[serverId, serverRow(data.server.server)]] : []), cursor: data.server.cursor }),
        subscription: serverStatusSubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: serverStatusMessage,
        apply: applyServerStatus,
      }),
    { onFatal },
  );

  const [newestSample, setNewestSample] = useState<string | undefined>(undefined);

  const polled = useLastSeen(client);
  const streamed = status.state?.get(serverId);
  const row = streamed && {
    ...streamed,
    lastSeen: later(later(streamed.lastSeen, polled.get(serverId)), newestSample),
  };
  return (
    <>
      <PageHeader
        title={
          <>
            <Link to="/servers" className="crumb">
              Servers
            </Link>{' '}
            / {serverId}
          </>
        }
        subtitle={row ? `${row.state ? `State since ${ago(row.statusChangedAt, now)} · ` : ''}last seen ${ago(row.lastSeen, now)}` : undefined}
      >
        {row && (
          <div className="server-summary" data-testid="server-summary" data-state={row.state ?? ''}>
            <StateBadge state={row.state} />
            <HealthBadge health={row.health} state={row.state} />
            <span className="server-count" data-testid="player-count" data-stale={row.state === 'UNREACHABLE'}>
              {row.playerCount}
            </span>
            <span className="muted">{playersNote(row, now)}</span>
          </div>
        )}
      </PageHeader>
      {!status.state ? (
        <Loading error={status.error} status={status.status} />
      ) : !row ? (
        <div className="panel empty">The hub has not heard from “{serverId}” yet; this page fills in as soon as it reports.</div>
      ) : (
        row.message && <div className="panel server-message-panel">{row.message}</div>
      )}
      <TelemetryCharts serverId={serverId} onNewest={setNewestSample} />
    </>
  );
}
