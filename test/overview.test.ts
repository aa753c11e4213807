import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { serveVigil } from './kit/vigil.ts';

const OverviewReportStatus = graphql(`
  mutation OverviewReportStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id } }
`);
const OverviewOpenTicket = graphql(`
  mutation OverviewOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id } }
`);
const OverviewReportIncident = graphql(`
  mutation OverviewReportIncident($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }
`);

const OverviewQuery = graphql(`
  query OverviewQuery {
    overview {
      serversOnline serversTotal playersOnline
      playersOnlineHistory { players }
      serversNeedingAttention { id status { state health } }
      openTickets { status count }
      incidentsLastHour { priority count }
      eventsPerSecond deliveriesPerSecond
    }
  }
`);

const OverviewFeed = graphql(`
  subscription OverviewFeed {
    overview { serversOnline serversTotal playersOnline openTickets { status count } incidentsLastHour { priority count } }
  }
`);

const SupportOverview = graphql(`
  query SupportOverview { overview { serversOnline serversTotal playersOnline openTickets { status count } } }
`);
const SupportOverviewRates = graphql(`query SupportOverviewRates { overview { serversOnline eventsPerSecond deliveriesPerSecond } }`);

function countOf<K extends string>(counts: ReadonlyArray<{ count: number } & Record<string, unknown>>, key: K, value: string): number {
  return counts.find((entry) => entry[key] === value)?.count ?? 0;
}

describe('overview', () => {
  it('should count servers, players, open tickets and incidents of the last hour', async () => {
    const vigil = await serveVigil();
    await vigil.ok(OverviewReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 12 } });
    await vigil.ok(OverviewReportStatus, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 3, health: 'DEGRADED' } });
    await vigil.ok(OverviewReportStatus, { input: { serverId: 'eu-3', state: 'STOPPED', playerCount: 0 } });
    await vigil.ok(OverviewOpenTicket, { input: { serverId: 'eu-1', subject: 'Stuck', body: 'In a wall' } });
    await vigil.ok(OverviewReportIncident, { input: { serverId: 'eu-1', kind: 'HACK_DETECTED', description: 'speed', priority: 'CRITICAL' } });
    await vigil.ok(OverviewReportIncident, { input: { serverId: 'eu-2', kind: 'VIOLATION', description: 'spam' } });
    await waitFor(
      () =>
        vigil.app.services.overview.current().serversTotal === 3 &&
        vigil.app.services.overview.current().incidentsLastHour.some((c) => c.count === 1),
    );
    const { overview } = await vigil.ok(OverviewQuery);
    expect(overview).toMatchObject({ serversOnline: 2, serversTotal: 3, playersOnline: 15 });
    expect(overview.serversNeedingAttention).toEqual([{ id: 'eu-2', status: { state: 'ONLINE', health: 'DEGRADED' } }]);
    expect(countOf(overview.openTickets, 'status', 'OPEN')).toBe(1);
    expect(overview.openTickets.map((entry) => entry.status)).toEqual(['OPEN', 'IN_PROGRESS', 'WAITING_ON_PLAYER']);
    expect(countOf(overview.incidentsLastHour, 'priority', 'CRITICAL')).toBe(1);
    expect(overview.incidentsLastHour.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
    expect(overview.playersOnlineHistory.at(-1)).toEqual({ players: 15 });
    await waitFor(() => vigil.app.services.overview.current().eventsPerSecond > 0, 3_000, 'the event rate to be measured');
  });

  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should send the overview at once, then at most a few updates for a burst of events (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), OverviewFeed);
      const first = await feed.next();
      expect(first.errors).toBeUndefined();
      expect(first.data?.overview).toMatchObject({ serversTotal: 0, playersOnline: 0 });
      for (let index = 0; index < 40; index++) {
        await vigil.ok(OverviewReportStatus, { input: { serverId: `s-${index % 4}`, state: 'ONLINE', playerCount: index } });
      }
      await waitFor(() => feed.pending.at(-1)?.data?.overview.playersOnline === 36 + 37 + 38 + 39, 5_000, 'the last figures');
      await sleep(700);
      // 40 changes within a few hundred milliseconds: one computation per throttle window, not one per event.
      expect(feed.pending.length).toBeLessThanOrEqual(6);
      expect(feed.pending.at(-1)?.data?.overview).toMatchObject({ serversOnline: 4, serversTotal: 4 });
      feed.unsubscribe();
    },
  );

  it('should share one computation between subscribers of the same role set', async () => {
    const vigil = await serveVigil();
    const feeds = Array.from({ length: 5 }, () => subscribe(vigil.sseClient({ singleConnection: true }), OverviewFeed));
    for (const feed of feeds) await feed.next();
    await waitFor(() => vigil.app.delivery.groupCount === 1, 2_000, 'one group');
    await vigil.ok(OverviewOpenTicket, { input: { serverId: 'eu-1', subject: 'Lag', body: 'Ping 900' } });
    const updates = await Promise.all(feeds.map((feed) => feed.next()));
    for (const update of updates) expect(countOf(update.data!.overview.openTickets, 'status', 'OPEN')).toBe(1);
    for (const feed of feeds) feed.unsubscribe();
  });

  it('should give SUPPORT the server, player and ticket figures but no telemetry-derived one', async () => {
    const vigil = await serveVigil();
    const support = await vigil.adminToken(['SUPPORT']);
    await vigil.ok(OverviewReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 7 } });
    await waitFor(() => vigil.app.services.overview.current().playersOnline === 7);
    expect((await vigil.ok(SupportOverview, {}, { as: support })).overview).toMatchObject({ serversOnline: 1, playersOnline: 7 });
    const rates = await vigil.execute(SupportOverviewRates, {}, { as: support });
    expect(rates.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['overview.eventsPerSecond', 'FORBIDDEN']]);
    const feed = subscribe(vigil.sseClient({ as: support }), SupportOverviewRates);
    const first = await feed.next();
    expect(first.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    feed.unsubscribe();
  });
});
