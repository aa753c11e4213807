import { useEffect, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import { featureRoles, mayUse } from '../access.ts';
import { useDashboard } from '../context.ts';
import type { TimeRange } from '../gql/graphql.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import {
  applyTelemetryWindow,
  type TelemetryPoint,
  telemetryMessage,
  telemetryRangePoints,
  telemetryRangeQuery,
  telemetrySubscription,
  telemetryThinAbove,
  timeRanges,
} from '../streams/telemetry.ts';
import { Restricted } from './Forbidden.tsx';
import { Loading } from './PageHeader.tsx';
import { type ChartSeries, TimeChart } from './TimeChart.tsx';
import { TimeRangePicker } from './TimeRangePicker.tsx';

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

/**
 * A server's CPU, memory, network and database charts over a chosen time range (15 min, 1 h, 6 h, 24 h): loaded
 * with the range's history (at most `telemetryRangePoints` samples), then followed live. `onNewest` gets the time
 * of the newest sample, for the page's "last seen".
 */
export function TelemetryCharts({ serverId, onNewest }: { serverId: string; onNewest?: (iso: string) => void }) {
  const { client, session, onFatal } = useDashboard();
  const mayReadTelemetry = mayUse(session.roles, featureRoles.telemetry);
  const [range, setRange] = useState<TimeRange>('LAST_15_MINUTES');
  const seconds = timeRanges.find((r) => r.range === range)!.seconds;
  // Past telemetryThinAbove points, one per step, so a long range keeps its whole span within the cap.
  const step = seconds / telemetryThinAbove;

  const telemetry = useLiveFeed(
    `telemetry ${serverId}`,
    `${serverId} ${range}`,
    () =>
      urqlFeed(client, {
        query: telemetryRangeQuery,
        variables: { serverId, range, points: telemetryRangePoints },
        snapshot: (data) => ({
          state: applyTelemetryWindow({ points: [] }, data.telemetryHistory.samples, seconds, step),
          cursor: data.telemetryHistory.cursor,
        }),
        subscription: telemetrySubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: telemetryMessage,
        apply: (state, events) => applyTelemetryWindow(state, events, seconds, step),
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
  const newest = points?.[points.length - 1]?.t;
  useEffect(() => {
    if (newest !== undefined) onNewest?.(new Date(newest * 1000).toISOString());
  }, [newest, onNewest]);
  const label = timeRanges.find((r) => r.range === range)!.label;

  return (
    <>
      <h2 className="section-title section-with-tools">
        <span>
          Telemetry{' '}
          <span className="muted">
            · last {label}
            {points ? ` · ${points.length} samples` : ''}
          </span>
        </span>
        {mayReadTelemetry && <TimeRangePicker value={range} onChange={setRange} />}
      </h2>
      {!mayReadTelemetry ? (
        <Restricted what="Telemetry" roles={featureRoles.telemetry} />
      ) : !telemetry.state ? (
        <Loading error={telemetry.error} status={telemetry.status} />
      ) : (
        <div className="chart-grid" data-testid="telemetry" data-samples={points?.length ?? 0} data-range={range}>
          <TimeChart title="CPU" series={cpuSeries} data={charts.cpu} testId="chart-cpu" spanSeconds={seconds} />
          <TimeChart title="Memory" series={memorySeries} data={charts.memory} testId="chart-memory" spanSeconds={seconds} />
          <TimeChart title="Network" series={networkSeries} data={charts.network} testId="chart-network" spanSeconds={seconds} />
          <TimeChart title="Database" series={databaseSeries} data={charts.database} testId="chart-database" spanSeconds={seconds} />
        </div>
      )}
    </>
  );
}
