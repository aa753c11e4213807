import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const HistoryReportStatus = graphql(`
  mutation HistoryReportStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) { id cursor }
  }
`);

const HistoryEvents = graphql(`
  query HistoryEvents($stream: Stream, $after: Cursor, $first: Int) {
    events(stream: $stream, after: $after, first: $first) {
      endCursor
      hasMore
      head
      events { id cursor stream type serverId priority ... on ServerStatusEvent { payload { state playerCount } } }
    }
  }
`);

const HistoryNotifications = graphql(`
  subscription HistoryNotifications($minPriority: Priority) {
    notifications(minPriority: $minPriority) { ... on Event { id cursor stream type serverId priority } }
  }
`);

describe('events', () => {
  it('should page through the log in order with endCursor and hasMore', async () => {
    const vigil = await startVigil();
    const stored = [];
    for (let i = 0; i < 5; i++)
      stored.push((await vigil.ok(HistoryReportStatus, { input: { serverId: `s${i}`, state: 'ONLINE', playerCount: i } })).reportServerStatus);

    const first = (await vigil.ok(HistoryEvents, { first: 2 })).events;
    expect(first.events.map((e) => e.id)).toEqual([stored[0]!.id, stored[1]!.id]);
    expect(first).toMatchObject({ hasMore: true, endCursor: stored[1]!.cursor, head: stored[4]!.cursor });

    const rest = (await vigil.ok(HistoryEvents, { after: first.endCursor, first: 10 })).events;
    expect(rest.events.map((e) => e.id)).toEqual(stored.slice(2).map((e) => e.id));
    expect(rest.hasMore).toBe(false);
    expect(rest.events[2]).toMatchObject({ stream: 'SERVER_STATUS', serverId: 's4', payload: { state: 'ONLINE', playerCount: 4 } });

    const empty = (await vigil.ok(HistoryEvents, { after: rest.endCursor })).events;
    expect(empty).toMatchObject({ events: [], hasMore: false, endCursor: rest.endCursor });
  });

  it.each([
    ['a malformed cursor', 'not-a-cursor', 'is not a Vigil cursor'],
    ['a cursor of another log', Buffer.from('v1:otherepoch:3').toString('base64url'), 'another event log'],
  ])('should refuse %s', async (_, after, message) => {
    const vigil = await startVigil();
    const result = await vigil.execute(HistoryEvents, { after });
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('should refuse a cursor whose following events retention has removed', async () => {
    const vigil = await startVigil({ retention: 'serverStatus=1h/2' });
    const stored = [];
    for (let i = 0; i < 5; i++)
      stored.push((await vigil.ok(HistoryReportStatus, { input: { serverId: 'a', state: 'ONLINE', playerCount: i } })).reportServerStatus);
    await vigil.app.services.log.trim(vigil.app.services.config.retention);

    const expired = await vigil.execute(HistoryEvents, { after: stored[0]!.cursor });
    expect(expired.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
    const retained = await vigil.ok(HistoryEvents, { after: stored[2]!.cursor });
    expect(retained.events.events.map((e) => e.id)).toEqual([stored[3]!.id, stored[4]!.id]);
  });

  it('should refuse a page size above 1,000 naming the argument', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(HistoryEvents, { first: 1_001 });
    expect(result.errors?.[0]?.message).toContain('first');
  });
});

describe('notifications', () => {
  it('should carry only HIGH and CRITICAL events of any stream', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), HistoryNotifications, {});
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1);
    await vigil.ok(HistoryReportStatus, { input: { serverId: 'a', state: 'ONLINE', playerCount: 1 } });
    const stopped = await vigil.ok(HistoryReportStatus, { input: { serverId: 'a', state: 'STOPPED', playerCount: 0 } });
    const critical = await vigil.ok(HistoryReportStatus, { input: { serverId: 'b', state: 'ONLINE', playerCount: 0, priority: 'CRITICAL' } });

    const received = await feed.take(2);
    expect(received.map((r) => r.data?.notifications.id)).toEqual([stopped.reportServerStatus.id, critical.reportServerStatus.id]);
    expect(received.map((r) => r.data?.notifications.priority)).toEqual(['HIGH', 'CRITICAL']);
  });

  it('should honour minPriority', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient({ singleConnection: true }), HistoryNotifications, { minPriority: 'CRITICAL' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1);
    await vigil.ok(HistoryReportStatus, { input: { serverId: 'a', state: 'STOPPED', playerCount: 0 } });
    const critical = await vigil.ok(HistoryReportStatus, { input: { serverId: 'a', state: 'ONLINE', playerCount: 0, priority: 'CRITICAL' } });
    expect((await feed.next()).data?.notifications.id).toBe(critical.reportServerStatus.id);
    expect(feed.pending).toEqual([]);
  });
});
