import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const ReportStatus = graphql(`
  mutation ReportStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) {
      id
      cursor
      stream
      type
      serverId
      occurredAt
      receivedAt
      priority
      payload { state playerCount maxPlayers health message }
    }
  }
`);

const Servers = graphql(`
  query Servers {
    servers { cursor servers { id state playerCount lastSeen status { state health playerCount maxPlayers message } } }
  }
`);

const ServerStatusFeed = graphql(`
  subscription ServerStatusFeed($serverId: ID) {
    serverStatus(serverId: $serverId) { ... on ServerStatusEvent {
      id cursor stream type serverId occurredAt receivedAt priority
      payload { state playerCount maxPlayers health message }
    } }
  }
`);

describe('serverStatus', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the ingested event to a filtered subscriber (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const client = vigil.sseClient({ singleConnection });
      const feed = subscribe(client, ServerStatusFeed, { serverId: 'eu-1' });
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      await vigil.ok(ReportStatus, { input: { serverId: 'us-1', state: 'ONLINE', playerCount: 3 } });
      const { reportServerStatus: stored } = await vigil.ok(ReportStatus, {
        input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 42, maxPlayers: 100, message: 'ready', occurredAt: '2026-11-22T10:00:00.000Z' },
      });

      const result = await feed.next();
      expect(result.data?.serverStatus).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'SERVER_STATUS',
        type: 'SERVER_ONLINE',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'NORMAL',
        payload: { state: 'ONLINE', playerCount: 42, maxPlayers: 100, health: 'HEALTHY', message: 'ready' },
      });
      expect(feed.pending).toEqual([]);
    },
  );

  it('should show the latest status of every server in the servers query', async () => {
    const vigil = await startVigil();
    await vigil.ok(ReportStatus, { input: { serverId: 'b', state: 'STARTING', playerCount: 0 } });
    const last = await vigil.ok(ReportStatus, { input: { serverId: 'a', state: 'ONLINE', playerCount: 7, health: 'DEGRADED' } });
    const { servers } = await vigil.ok(Servers);
    expect(servers.cursor).toBe(last.reportServerStatus.cursor);
    expect(servers.servers.map((s) => [s.id, s.state, s.playerCount, s.status?.health])).toEqual([
      ['a', 'ONLINE', 7, 'DEGRADED'],
      ['b', 'STARTING', 0, 'HEALTHY'],
    ]);
  });

  it('should refuse a negative player count naming the field, storing nothing', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(ReportStatus, { input: { serverId: 'a', state: 'ONLINE', playerCount: -1 } });
    expect(result.errors?.[0]?.message).toContain('playerCount');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { servers } = await vigil.ok(Servers);
    expect(servers.servers).toEqual([]);
  });

  it('should mark a silent server UNREACHABLE once and bring it back on its next report', async () => {
    const vigil = await serveVigil({ livenessInterval: '300ms' });
    const feed = subscribe(vigil.sseClient(), ServerStatusFeed, { serverId: 'eu-1' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1);
    await vigil.ok(ReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 5 } });
    expect((await feed.next()).data?.serverStatus.payload.state).toBe('ONLINE');

    const unreachable = await feed.next(3_000);
    expect(unreachable.data?.serverStatus).toMatchObject({
      type: 'SERVER_UNREACHABLE',
      priority: 'HIGH',
      payload: { state: 'UNREACHABLE', playerCount: 5 },
    });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(feed.pending).toEqual([]);

    await vigil.ok(ReportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 6 } });
    expect((await feed.next()).data?.serverStatus.payload).toMatchObject({ state: 'ONLINE', playerCount: 6 });
  });
});
