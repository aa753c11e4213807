import { useMemo } from 'react';
import type uPlot from 'uplot';
import { featureRoles, mayUse } from '../access.ts';
import { Restricted } from '../components/Forbidden.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { type ChartSeries, TimeChart } from '../components/TimeChart.tsx';
import { useDashboard } from '../context.ts';
import { ago } from '../format.ts';
import { useNow } from '../hooks.ts';
import { later, useLastSeen } from '../lastSeen.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { Link } from '../router.tsx';
import { applyServerStatus, playersNote, serverQuery, serverRow, serverStatusMessage, serverStatusSubscription } from '../streams/servers.ts';
import {
  applyTelemetry,
  type TelemetryPoint,
  telemetryMessage,
  telemetryQuery,
  telemetrySubscription,
  telemetryWindowSeconds,
} from '../streams/telemetry.ts';
import { HealthBadge, StateBadge } from './ServersPage.tsx';

const percent = (v: number) => `${v.toFixed(0)}%`;
const megabytes = (v: number) => (v >= 1024 ? `${(v / 1024).toFixed(1)} GB` : `${v.toFixed(0)} MB`);
const kbps = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} Mb/s` : `${v.toFixed(0)} kb/s`);
const perSecond = (v: number) => `${v.toFixed(0)}/s`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

const cpuSeries: ChartSeries[] = [{ label: 'CPU', color: '#38bdf8', scale: 'pct', format: percent }];
const powersOfTwo = Array.from({ length: 24 }, (_, i) => 2 ** i);
const memorySeries: ChartSeries[] = [
  { label: 'Used', color: '#a78bfa', scale: 'mb', format: megabytes, incrs: powersOfTwo },
  { label: 'Total', color: '#64748b', scale: 'mb', format: megabytes },
];
const networkSeries: ChartSeries[] = [
  { label: 'In', color: '#34d399', scale: 'kbps', format: kbps },
  { label: 'Out', color: '#fbbf24', scale: 'kbps', format: kbps },
];
const databaseSeries: ChartSeries[] = [
  { label: 'Queries', color: '#f472b6', scale: 'qps', format: perSecond },
  { label: 'Latency', color: '#fb923c', scale: 'ms', format: ms },
];

function columns(points: readonly TelemetryPoint[], ...fields: ((p: TelemetryPoint) => number | null)[]): uPlot.AlignedData {
  return [points.map((p) => p.t), ...fields.map((field) => points.map(field))];
}

export function ServerPage({ serverId }: { serverId: string }) {
  const { client, session, onFatal } = useDashboard();
  const now = useNow();
  const mayReadTelemetry = mayUse(session.roles, featureRoles.telemetry);

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

  const telemetry = useLiveFeed(
    `telemetry ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: telemetryQuery,
        variables: { serverId, last: telemetryWindowSeconds },
        snapshot: (data) => ({ state: applyTelemetry({ points: [] }, data.telemetry.samples), cursor: data.telemetry.cursor }),
        subscription: telemetrySubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: telemetryMessage,
        apply: applyTelemetry,
      }),
    { enabled: mayReadTelemetry, onFatal },
  );

  const points = telemetry.state?.points;
  const charts = useMemo(() => {
    const p = points ?? [];
    return {
      cpu: columns(p, (x) => x.cpu),
      memory: columns(
        p,
        (x) => x.memoryUsed,
        (x) => x.memoryTotal,
      ),
      network: columns(
        p,
        (x) => x.netIn,
        (x) => x.netOut,
      ),
      database: columns(
        p,
        (x) => x.dbQps,
        (x) => x.dbLatency,
      ),
    };
  }, [points]);

  const polled = useLastSeen(client);
  const newestSample = points?.[points.length - 1];
  const streamed = status.state?.get(serverId);
  const row = streamed && {
    ...streamed,
    lastSeen: later(
      later(streamed.lastSeen, polled.get(serverId)),
      newestSample && telemetry.state ? new Date(newestSample.t * 1000).toISOString() : undefined,
    ),
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
      <h2 className="section-title">
        Telemetry{' '}
        <span className="muted">
          · last {telemetryWindowSeconds / 60} minutes{points ? ` · ${points.length} samples` : ''}
        </span>
      </h2>
      {!mayReadTelemetry ? (
        <Restricted what="Telemetry" roles={featureRoles.telemetry} />
      ) : !telemetry.state ? (
        <Loading error={telemetry.error} status={telemetry.status} />
      ) : (
        <div className="chart-grid" data-testid="telemetry" data-samples={points?.length ?? 0}>
          <TimeChart title="CPU" series={cpuSeries} data={charts.cpu} testId="chart-cpu" />
          <TimeChart title="Memory" series={memorySeries} data={charts.memory} testId="chart-memory" />
          <TimeChart title="Network" series={networkSeries} data={charts.network} testId="chart-network" />
          <TimeChart title="Database" series={databaseSeries} data={charts.database} testId="chart-database" />
        </div>
      )}
    </>
  );
}
