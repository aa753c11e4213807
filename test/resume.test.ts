import { type ExecutionResult, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { keyedFeed, openFeed } from '../src/events/feed.ts';
import type { IngestEvent, ResumeChatFeedSubscription, ResumeNotificationsSubscription, ResumePlayersFeedSubscription } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { SseReader } from './kit/sse-reader.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil, type TestVigil } from './kit/vigil.ts';

const ResumeIngest = graphql(`
  mutation ResumeIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor serverId } }
`);

const ResumeStatus = graphql(`
  mutation ResumeStatus($input: ServerStatusInput!) { reportServerStatus(input: $input) { id cursor } }
`);

const ResumeChatFeed = graphql(`
  subscription ResumeChatFeed($channel: String, $serverId: ID, $after: Cursor) {
    chat(channel: $channel, serverId: $serverId, after: $after) {
      __typename
      ... on ChatEvent { id cursor serverId payload { channel text } }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

const ResumePlayersFeed = graphql(`
  subscription ResumePlayersFeed($serverId: ID, $after: Cursor) {
    players(serverId: $serverId, after: $after) {
      __typename
      ... on PlayerEvent { id cursor serverId }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

const ResumeStatusFeed = graphql(`
  subscription ResumeStatusFeed($after: Cursor) {
    serverStatus(after: $after) {
      __typename
      ... on ServerStatusEvent { id cursor payload { playerCount } }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

const ResumeNotifications = graphql(`
  subscription ResumeNotifications($after: Cursor, $minPriority: Priority) {
    notifications(after: $after, minPriority: $minPriority) {
      __typename
      ... on Event { id cursor stream priority }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

interface Stored {
  id: string;
  cursor: string;
}

function chat(serverId: string, channel: string, text: string, priority?: 'HIGH' | 'CRITICAL'): IngestEvent {
  return { chat: { serverId, channel, playerId: 'p-1', playerName: 'Ayla', text, priority } };
}

/** Ingests `batches` one after another, `everyMs` apart; `stored` grows in log order as each batch is acknowledged. */
function ingestOverTime(vigil: TestVigil, batches: IngestEvent[][], everyMs: number): { stored: Stored[]; done: Promise<Stored[]> } {
  const stored: Stored[] = [];
  const done = (async () => {
    for (const events of batches) {
      const { ingest } = await vigil.ok(ResumeIngest, { events });
      stored.push(...ingest.map(({ id, cursor }) => ({ id, cursor })));
      await sleep(everyMs);
    }
    return stored;
  })();
  done.catch(() => undefined);
  return { stored, done };
}

/** The id and cursor of an event a feed delivered, checking that its message carries that cursor in `extensions.cursor`. */
function eventOf(result: ExecutionResult<Record<string, { __typename: string; id?: string; cursor?: string }>>, field: string): Stored {
  expect(result.errors).toBeUndefined();
  const item = result.data?.[field];
  if (!item?.id || !item.cursor) return expect.fail(`expected an event, got ${JSON.stringify(result)}`);
  expect(result.extensions?.cursor).toBe(item.cursor);
  return { id: item.id, cursor: item.cursor };
}

const chatEvent = (result: ExecutionResult<ResumeChatFeedSubscription>) => eventOf(result, 'chat');
const playerEvent = (result: ExecutionResult<ResumePlayersFeedSubscription>) => eventOf(result, 'players');

/** Subscribes live, reads a first batch of three events and disconnects; returns the last cursor seen. */
async function seenThenDisconnected(vigil: ServedVigil, singleConnection: boolean): Promise<string> {
  const feed = subscribe(vigil.sseClient({ singleConnection }), ResumeChatFeed, {});
  await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'first subscriber');
  const { ingest } = await vigil.ok(ResumeIngest, {
    events: [chat('eu-1', 'global', 'a'), chat('eu-1', 'global', 'b'), chat('eu-1', 'global', 'c')],
  });
  const seen = (await feed.take(3)).map(chatEvent);
  expect(seen).toEqual(ingest.map(({ id, cursor }) => ({ id, cursor })));
  feed.unsubscribe();
  await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'disconnect');
  return seen.at(-1)!.cursor;
}

describe('resuming a subscription with its last cursor', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should replay every missed event once, in order, then go live with no gap or duplicate while ingest goes on (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const lastSeen = await seenThenDisconnected(vigil, singleConnection);

      // 1,000 events in 50 batches of 20, ~90 ms apart: about 5 s of ingest.
      const batches = Array.from({ length: 50 }, (_, b) => Array.from({ length: 20 }, (_, i) => chat('eu-1', 'global', `m${b * 20 + i}`)));
      const ingest = ingestOverTime(vigil, batches, 90);
      await waitFor(() => ingest.stored.length >= 200, 10_000, 'some missed events');

      const resumed = subscribe(vigil.sseClient({ singleConnection }), ResumeChatFeed, { after: lastSeen });
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'resumed subscriber');
      // The resume happened while ingest was still going.
      expect(ingest.stored.length).toBeLessThan(1_000);

      const replayedAndLive = (await resumed.take(1_000, 15_000)).map(chatEvent);
      const stored = await ingest.done;
      expect(replayedAndLive).toEqual(stored);

      const { ingest: live } = await vigil.ok(ResumeIngest, { events: [chat('eu-1', 'global', 'live-1'), chat('eu-1', 'global', 'live-2')] });
      expect((await resumed.take(2)).map(chatEvent)).toEqual(live.map(({ id, cursor }) => ({ id, cursor })));
      await sleep(200);
      expect(resumed.pending).toEqual([]);
    },
  );

  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should replay only events matching the filter of a filtered chat stream, then continue live (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const client = vigil.sseClient({ singleConnection });
      const { reportServerStatus: before } = await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });

      // Batches alternate between servers (a producer reports as its own server only) and mix channels.
      const batches = Array.from({ length: 30 }, (_, b) => {
        const serverId = b % 2 === 0 ? 'eu-1' : 'us-1';
        return Array.from({ length: 10 }, (_, i) => chat(serverId, i % 3 === 0 ? 'trade' : 'global', `${serverId}-${b}-${i}`));
      });
      const ingest = ingestOverTime(vigil, batches, 40);
      await waitFor(() => ingest.stored.length >= 100, 10_000, 'some missed events');

      const resumed = subscribe(client, ResumeChatFeed, { channel: 'trade', serverId: 'eu-1', after: before.cursor });
      await ingest.done;
      const history = batches.flat();
      const expected = ingest.stored.filter((_, index) => {
        const input = history[index]!.chat!;
        return input.serverId === 'eu-1' && input.channel === 'trade';
      });
      expect(expected.length).toBe(60);
      expect((await resumed.take(expected.length, 10_000)).map(chatEvent)).toEqual(expected);

      const { ingest: live } = await vigil.ok(ResumeIngest, { events: [chat('eu-1', 'global', 'skip'), chat('eu-1', 'trade', 'take')] });
      await vigil.ok(ResumeIngest, { events: [chat('us-1', 'trade', 'skip')] });
      expect(chatEvent(await resumed.next())).toEqual({ id: live[1]!.id, cursor: live[1]!.cursor });
      await sleep(200);
      expect(resumed.pending).toEqual([]);
    },
  );

  it('should replay only the players of the requested server', async () => {
    const vigil = await serveVigil();
    const { reportServerStatus: before } = await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    const expected: Stored[] = [];
    for (let round = 0; round < 20; round++) {
      for (const serverId of ['eu-1', 'us-1']) {
        const { ingest } = await vigil.ok(ResumeIngest, {
          events: [{ playerActivity: { serverId, kind: 'JOIN', playerId: `p-${round}`, playerName: `Player ${round}` } }],
        });
        if (serverId === 'us-1') expected.push({ id: ingest[0]!.id, cursor: ingest[0]!.cursor });
      }
    }
    const feed = subscribe(vigil.sseClient(), ResumePlayersFeed, { serverId: 'us-1', after: before.cursor });
    expect((await feed.take(20)).map(playerEvent)).toEqual(expected);
    await sleep(200);
    expect(feed.pending).toEqual([]);
  });

  it('should re-read the log when live events overflow the queue during the replay, still exactly once and in order', async () => {
    const vigil = await serveVigil({ subscriberQueueEvents: 10 });
    const { reportServerStatus: before } = await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    const { ingest: missed } = await vigil.ok(ResumeIngest, {
      events: Array.from({ length: 1_200 }, (_, i) => chat('eu-1', 'global', `missed-${i}`)),
    });

    const feed = openFeed(vigil.app.services, keyedFeed('chat', null), before.cursor);
    const received: Stored[] = [];
    const pull = async () => {
      const step = await feed.next();
      if (step.done || !('id' in step.value)) expect.fail(`expected an event, got ${JSON.stringify(step)}`);
      received.push({ id: step.value.id, cursor: step.value.cursor });
    };
    await pull();
    // 50 live events in 5 batches arrive while the reader is mid-replay: far more than its queue of 10 holds.
    const during: Stored[] = [];
    for (let b = 0; b < 5; b++) {
      const { ingest } = await vigil.ok(ResumeIngest, { events: Array.from({ length: 10 }, (_, i) => chat('eu-1', 'global', `during-${b}-${i}`)) });
      during.push(...ingest);
    }
    while (received.length < missed.length + during.length) await pull();
    const { ingest: live } = await vigil.ok(ResumeIngest, { events: [chat('eu-1', 'global', 'live')] });
    await pull();
    await feed.return?.();
    expect(received).toEqual([...missed, ...during, ...live].map(({ id, cursor }) => ({ id, cursor })));
  });

  it('should not replay events the viewer may not read: notifications of a SUPPORT admin leave out security', async () => {
    const vigil = await serveVigil();
    const { reportServerStatus: before } = await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1 } });
    const { ingest: missed } = await vigil.ok(ResumeIngest, {
      events: [
        { securityIncident: { serverId: 'eu-1', kind: 'BAN', playerId: 'p-7', description: 'speed hacking', banDurationSeconds: 3_600 } },
        chat('eu-1', 'global', 'urgent', 'HIGH'),
        chat('eu-1', 'global', 'ordinary'),
        { securityIncident: { serverId: 'eu-1', kind: 'HACK_DETECTED', playerId: 'p-8', description: 'aimbot' } },
        { serverStatus: { serverId: 'eu-1', state: 'RESTARTING', playerCount: 1, priority: 'CRITICAL' } },
        { playerActivity: { serverId: 'eu-1', kind: 'JOIN', playerId: 'p-9', playerName: 'Nine', priority: 'HIGH' } },
      ],
    });
    const [ban, urgent, , hack, degraded, join] = missed.map(({ id, cursor }) => ({ id, cursor }));
    const support = await vigil.adminToken(['SUPPORT'], { sub: 'support-1' });
    const notificationOf = (result: ExecutionResult<ResumeNotificationsSubscription>) => eventOf(result, 'notifications');

    const supportFeed = subscribe(vigil.sseClient({ as: support }), ResumeNotifications, { after: before.cursor });
    expect((await supportFeed.take(3)).map(notificationOf)).toEqual([urgent, degraded, join]);
    const adminFeed = subscribe(vigil.sseClient(), ResumeNotifications, { after: before.cursor });
    expect((await adminFeed.take(5)).map(notificationOf)).toEqual([ban, urgent, hack, degraded, join]);
    const criticalFeed = subscribe(vigil.sseClient({ as: support, singleConnection: true }), ResumeNotifications, {
      after: before.cursor,
      minPriority: 'CRITICAL',
    });
    expect((await criticalFeed.take(1)).map(notificationOf)).toEqual([degraded]);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 3, 5_000, 'three live subscribers');

    const { ingest: live } = await vigil.ok(ResumeIngest, {
      events: [
        { securityIncident: { serverId: 'eu-1', kind: 'BOT_DETECTED', playerId: 'p-10', description: 'bot' } },
        chat('eu-1', 'global', 'urgent again', 'HIGH'),
      ],
    });
    expect(notificationOf(await supportFeed.next())).toEqual({ id: live[1]!.id, cursor: live[1]!.cursor });
    expect((await adminFeed.take(2)).map(notificationOf)).toEqual(live.map(({ id, cursor }) => ({ id, cursor })));
    await sleep(200);
    expect(supportFeed.pending).toEqual([]);
    expect(criticalFeed.pending).toEqual([]);
  });
});

describe('resuming a GET event stream with Last-Event-ID', () => {
  function openEventSource(
    vigil: ServedVigil,
    credential: { header: string } | { query: string },
    lastEventId?: string,
    variables: { after?: string } = {},
  ): Promise<Response> {
    const url = new URL(`${vigil.url}/graphql`);
    url.searchParams.set('query', print(ResumeStatusFeed));
    url.searchParams.set('variables', JSON.stringify(variables));
    if ('query' in credential) url.searchParams.set('access_token', credential.query);
    return fetch(url, {
      headers: {
        accept: 'text/event-stream',
        ...('header' in credential ? { authorization: `Bearer ${credential.header}` } : {}),
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
    });
  }

  it('should stamp every event with its cursor as SSE id and resume after Last-Event-ID with exactly the missed events, then live', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken();
    const report = async (playerCount: number) =>
      (await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount } })).reportServerStatus;

    const first = await openEventSource(vigil, { header: token });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    const seen = [await report(1), await report(2), await report(3)];
    const reader = new SseReader(first.body!);
    const messages = [await reader.next(), await reader.next(), await reader.next()];
    expect(messages.map((m) => m.event)).toEqual(['next', 'next', 'next']);
    expect(messages.map((m) => m.id)).toEqual(seen.map((e) => e.cursor));
    expect(messages.map((m) => JSON.parse(m.data))).toEqual(
      seen.map((e, i) => ({
        data: { serverStatus: { __typename: 'ServerStatusEvent', id: e.id, cursor: e.cursor, payload: { playerCount: i + 1 } } },
        extensions: { cursor: e.cursor },
      })),
    );
    await reader.close();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'disconnect');

    const missed = [await report(4), await report(5), await report(6), await report(7)];
    // A browser EventSource cannot set headers: it sends the token in the query and Last-Event-ID itself.
    const second = await openEventSource(vigil, { query: token }, messages.at(-1)!.id);
    expect(second.status).toBe(200);
    const resumed = new SseReader(second.body!);
    const replayed = [];
    for (let i = 0; i < missed.length; i++) replayed.push(await resumed.next());
    expect(replayed.map((m) => m.id)).toEqual(missed.map((e) => e.cursor));
    expect(replayed.map((m) => (JSON.parse(m.data) as { data: { serverStatus: { id: string } } }).data.serverStatus.id)).toEqual(
      missed.map((e) => e.id),
    );

    const live = [await report(8), await report(9)];
    expect([(await resumed.next()).id, (await resumed.next()).id]).toEqual(live.map((e) => e.cursor));
    expect(await resumed.drain(200)).toEqual([]);
    await resumed.close();
  });

  it('should resume after Last-Event-ID, not after the `after` of the URL the EventSource reconnects with', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken();
    const report = async (playerCount: number) =>
      (await vigil.ok(ResumeStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount } })).reportServerStatus;
    const [loaded, delivered, received] = [await report(1), await report(2), await report(3)];

    // The page loaded state at `loaded`, subscribed after it, and received two events before the connection dropped.
    const first = await openEventSource(vigil, { query: token }, undefined, { after: loaded.cursor });
    const reader = new SseReader(first.body!);
    expect([(await reader.next()).id, (await reader.next()).id]).toEqual([delivered.cursor, received.cursor]);
    await reader.close();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'disconnect');

    const missed = await report(4);
    const second = await openEventSource(vigil, { query: token }, received.cursor, { after: loaded.cursor });
    const resumed = new SseReader(second.body!);
    expect((await resumed.next()).id).toBe(missed.cursor);
    expect(await resumed.drain(200)).toEqual([]);
    await resumed.close();
  });

  it('should answer a Last-Event-ID the log cannot serve with ResyncRequired and end the stream', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken();
    const response = await openEventSource(vigil, { header: token }, 'not-a-cursor');
    const reader = new SseReader(response.body!);
    const resync = await reader.next();
    expect(resync.id).toBeUndefined();
    expect(JSON.parse(resync.data)).toMatchObject({ data: { serverStatus: { __typename: 'ResyncRequired', reason: 'UNKNOWN_LOG' } } });
    expect((await reader.next()).event).toBe('complete');
  });
});

describe('heartbeats', () => {
  it('should send a keep-alive comment on an idle distinct-mode stream every heartbeatInterval', async () => {
    const vigil = await serveVigil({ heartbeatInterval: '200ms' });
    const response = await fetch(`${vigil.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${await vigil.adminToken()}` },
      body: JSON.stringify({ query: print(ResumeStatusFeed) }),
    });
    const reader = new SseReader(response.body!);
    expect(await reader.drain(1_100)).toEqual([]);
    // One comment flushes the headers at once, then one per 200 ms.
    expect(reader.comments).toBeGreaterThanOrEqual(5);
    await reader.close();
  });

  it('should send a keep-alive comment on an idle single-connection stream every heartbeatInterval', async () => {
    const vigil = await serveVigil({ heartbeatInterval: '200ms' });
    const authorization = `Bearer ${await vigil.adminToken()}`;
    const reserved = await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization } });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    const response = await fetch(`${vigil.url}/graphql/stream`, {
      headers: { accept: 'text/event-stream', authorization, 'x-graphql-event-stream-token': token },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = new SseReader(response.body!);
    const accepted = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, 'x-graphql-event-stream-token': token },
      body: JSON.stringify({ query: print(ResumeStatusFeed), extensions: { operationId: 'op-1' } }),
    });
    expect(accepted.status).toBe(202);
    expect(await reader.drain(1_100)).toEqual([]);
    // graphql-sse's own comment flushes the headers, then Vigil adds one per idle 200 ms.
    expect(reader.comments).toBeGreaterThanOrEqual(5);
    await reader.close();
  });
});
