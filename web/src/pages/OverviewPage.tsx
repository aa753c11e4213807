import { useMemo, useRef, useState } from 'react';
import { mayUse, serverPath } from '../access.ts';
import { NotificationList } from '../components/NotificationList.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { TimeChart } from '../components/TimeChart.tsx';
import { TimeRangePicker } from '../components/TimeRangePicker.tsx';
import { useDashboard } from '../context.ts';
import { label } from '../format.ts';
import { fieldRules } from '../generated/roles.ts';
import type { OverviewFieldsFragment, TimeRange } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { useNow } from '../hooks.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import type { NotificationsFeed } from '../notifications.ts';
import { Link } from '../router.tsx';
import { mergePlayersHistory, type PlayersSample, recentPlayersPoints, recentPlayersRange } from '../streams/overview.ts';
import { timeRanges } from '../streams/telemetry.ts';
import { HealthBadge, StateBadge } from './ServersPage.tsx';

export const overviewFields = graphql(`
  fragment OverviewFields on Overview {
    at serversOnline serversTotal playersOnline
    serversNeedingAttention { id state playerCount status { state health message } }
    openTickets @include(if: $tickets) { status count }
    incidentsLastHour @include(if: $security) { priority count }
    eventsPerSecond @include(if: $rates)
    deliveriesPerSecond @include(if: $rates)
  }
`);

/** The chart's whole range, once per (re)load. */
const overviewQuery = graphql(`
  query OverviewNow($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $range: TimeRange!, $points: Int!) {
    overview { ...OverviewFields playersOnlineHistory(range: $range, points: $points) { at players } }
  }
`);

/** Each update carries the last minutes of the chart only (see mergePlayersHistory). */
const overviewSubscription = graphql(`
  subscription OverviewFeed($tickets: Boolean!, $security: Boolean!, $rates: Boolean!, $recentRange: TimeRange!, $recentPoints: Int!) {
    overview { ...OverviewFields recent: playersOnlineHistory(range: $recentRange, points: $recentPoints) { at players } }
  }
`);

type Overview = OverviewFieldsFragment & { playersOnlineHistory: PlayersSample[] };
/** One value of the overview feed, as the follower takes events: a computation is named by its time. */
type OverviewValue = { id: string; cursor: string; overview: OverviewFieldsFragment; recent: PlayersSample[] };
/** The overview has no log position: each value replaces the last, and a reconnect starts with the figures now. */
const noCursor = 'now';

/** Samples the chart asks for: every 30-second sample up to 6 hours, one per 2 minutes over 24 hours. */
const chartPoints = 720;

/** How far back a tile's delta looks. */
const deltaWindowMs = 60_000;

/** Each figure's change over the last minute of updates received. */
function useDeltas(values: Record<string, number | undefined>, at: string | undefined): Record<string, number> {
  const history = useRef<Array<{ at: number; values: Record<string, number | undefined> }>>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one sample per update, keyed by its time
  return useMemo(() => {
    if (!at) return {};
    const now = Date.parse(at);
    const samples = history.current;
    if (samples.at(-1)?.at !== now) samples.push({ at: now, values });
    while (samples.length > 1 && samples[1]!.at <= now - deltaWindowMs) samples.shift();
    const oldest = samples[0]!.values;
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, (value ?? 0) - (oldest[key] ?? value ?? 0)]));
  }, [at]);
}

export function OverviewPage({ notifications }: { notifications: NotificationsFeed }) {
  const { client, session, onFatal } = useDashboard();
  const [range, setRange] = useState<TimeRange>('LAST_6_HOURS');
  // Only the figures the viewer's roles may read are asked for.
  const variables = useMemo(() => {
    const may = (rule: { requires: readonly string[] }) => mayUse(session.roles, rule.requires as never);
    return {
      tickets: may(fieldRules.Overview.openTickets),
      security: may(fieldRules.Overview.incidentsLastHour),
      rates: may(fieldRules.Overview.eventsPerSecond),
      range,
      points: chartPoints,
    };
  }, [session.roles, range]);
  // Loaded, then followed, retried and resumed as every live page is (web/src/live), shown in the header's indicator.
  const feed = useLiveFeed(
    'overview',
    JSON.stringify(variables),
    () =>
      urqlFeed(client, {
        query: overviewQuery,
        variables,
        snapshot: (data) => ({ state: data.overview, cursor: noCursor }),
        subscription: overviewSubscription,
        subscriptionVariables: () => ({
          tickets: variables.tickets,
          security: variables.security,
          rates: variables.rates,
          recentRange: recentPlayersRange,
          recentPoints: recentPlayersPoints,
        }),
        message: (data): { kind: 'event'; event: OverviewValue } => {
          const { recent, ...overview } = data.overview;
          return { kind: 'event', event: { id: overview.at, cursor: noCursor, overview, recent } };
        },
        apply: (state, values) =>
          values.reduce(
            (current: Overview, value: OverviewValue): Overview => ({
              ...value.overview,
              playersOnlineHistory: mergePlayersHistory(current.playersOnlineHistory, value.recent, rangeOf(range).seconds * 1_000, chartPoints),
            }),
            state,
          ),
      }),
    { onFatal },
  );
  // Another range is another feed: the page keeps showing the last overview until the new one has loaded.
  const last = useRef<{ overview: Overview; range: TimeRange } | null>(null);
  if (feed.state) last.current = { overview: feed.state, range };
  const overview = last.current?.overview;
  const shownRange = last.current?.range ?? range;
  const now = useNow();
  const openTickets = overview?.openTickets?.reduce((sum, entry) => sum + entry.count, 0);
  const incidents = overview?.incidentsLastHour?.reduce((sum, entry) => sum + entry.count, 0);
  const deltas = useDeltas({ servers: overview?.serversOnline, players: overview?.playersOnline, tickets: openTickets, incidents }, overview?.at);
  if (!overview) return <Loading error={feed.error} status={feed.status} />;
  const urgent = notifications.items.slice(0, 8);

  return (
    <>
      <PageHeader title="Overview" subtitle="The hub at a glance, live. Deltas compare with a minute ago." />
      <div className="kpi-grid" data-testid="kpis">
        <Tile name="Servers online" value={`${overview.serversOnline} / ${overview.serversTotal}`} delta={deltas.servers} testId="kpi-servers" />
        <Tile name="Players online" value={String(overview.playersOnline)} delta={deltas.players} testId="kpi-players" />
        {overview.openTickets && (
          <Tile
            name="Open tickets"
            value={String(openTickets)}
            delta={deltas.tickets}
            detail={overview.openTickets.map((entry) => `${label(entry.status)} ${entry.count}`).join(' · ')}
            testId="kpi-tickets"
            rising="bad"
          />
        )}
        {overview.incidentsLastHour && (
          <Tile
            name="Incidents, last hour"
            value={String(incidents)}
            delta={deltas.incidents}
            detail={overview.incidentsLastHour
              .filter((entry) => entry.count > 0)
              .map((entry) => `${entry.priority} ${entry.count}`)
              .join(' · ')}
            testId="kpi-incidents"
            rising="bad"
          />
        )}
        {overview.eventsPerSecond != null && <Tile name="Events in / s" value={overview.eventsPerSecond.toFixed(1)} testId="kpi-events" />}
        {overview.deliveriesPerSecond != null && (
          <Tile name="Deliveries out / s" value={overview.deliveriesPerSecond.toFixed(1)} testId="kpi-deliveries" />
        )}
      </div>
      <h2 className="section-title section-with-tools">
        <span>
          Players online <span className="muted">· last {rangeOf(shownRange).label}</span>
        </span>
        <TimeRangePicker value={range} onChange={setRange} />
      </h2>
      <div className="panel" data-testid="overview-players" data-range={shownRange} data-samples={overview.playersOnlineHistory.length}>
        <PlayersChart overview={overview} spanSeconds={rangeOf(shownRange).seconds} />
      </div>
      <div className="overview-columns">
        <section>
          <h2 className="section-title">Latest HIGH and CRITICAL events</h2>
          {urgent.length === 0 ? (
            <div className="panel empty">Nothing urgent since you signed in.</div>
          ) : (
            <NotificationList items={urgent} now={now} testId="overview-urgent" />
          )}
        </section>
        <section>
          <h2 className="section-title">Servers needing attention</h2>
          {overview.serversNeedingAttention.length === 0 ? (
            <div className="panel empty">Every server is reachable and healthy.</div>
          ) : (
            <ul className="attention-list panel" data-testid="overview-attention">
              {overview.serversNeedingAttention.map((server) => (
                <li key={server.id}>
                  <Link to={serverPath(server.id)}>{server.id}</Link>
                  <StateBadge state={server.state} />
                  {server.status && <HealthBadge health={server.status.health} state={server.state} />}
                  {server.status?.message && <span className="muted"> {server.status.message}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

function Tile({
  name,
  value,
  delta,
  detail,
  testId,
  rising = 'good',
}: {
  name: string;
  value: string;
  delta?: number | undefined;
  detail?: string;
  testId: string;
  /** Whether a rise is good news (servers, players) or bad (tickets, incidents). */
  rising?: 'good' | 'bad';
}) {
  const tone = !delta ? '' : delta > 0 === (rising === 'good') ? 'delta-good' : 'delta-bad';
  return (
    <div className="kpi panel" data-testid={testId}>
      <span className="stat-label">{name}</span>
      <span className="kpi-value">{value}</span>
      {delta !== undefined && (
        <span className={`kpi-delta ${tone}`} data-testid={`${testId}-delta`}>
          {delta > 0 ? `▲ ${delta}` : delta < 0 ? `▼ ${-delta}` : '±0'}
        </span>
      )}
      {detail && <span className="kpi-detail muted">{detail}</span>}
    </div>
  );
}

const rangeOf = (range: TimeRange) => timeRanges.find((entry) => entry.range === range)!;

function PlayersChart({ overview, spanSeconds }: { overview: Overview; spanSeconds: number }) {
  const data = useMemo(() => {
    const samples = overview.playersOnlineHistory;
    return [samples.map((sample) => Date.parse(sample.at) / 1000), samples.map((sample) => sample.players)] as [number[], number[]];
  }, [overview.playersOnlineHistory]);
  return (
    <TimeChart
      title="Players online"
      series={[{ label: 'Players', color: '#60a5fa', scale: 'players', format: (value) => String(Math.round(value)) }]}
      data={data}
      testId="overview-players-chart"
      spanSeconds={spanSeconds}
    />
  );
}
