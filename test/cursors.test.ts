import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/events/cursor.ts';
import { isResyncRequired, keyedFeed, openFeed } from '../src/events/feed.ts';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import type { CursorChatFeedSubscription, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil, tempDir } from './kit/vigil.ts';

const CursorIngest = graphql(`
  mutation CursorIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const CursorChatFeed = graphql(`
  subscription CursorChatFeed($channel: String, $after: Cursor) {
    chat(channel: $channel, after: $after) {
      __typename
      ... on ChatEvent { id cursor payload { text } }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

const CursorChatRecent = graphql(`
  query CursorChatRecent { chatMessages(last: 1000) { cursor messages { id cursor } } }
`);

interface Stored {
  id: string;
  cursor: string;
}

function chat(text: string, channel = 'global'): IngestEvent {
  return { chat: { serverId: 'eu-1', channel, playerId: 'p-1', playerName: 'Ayla', text } };
}

async function ingestChat(vigil: ServedVigil, count: number, prefix = 'm'): Promise<Stored[]> {
  const { ingest } = await vigil.ok(CursorIngest, { events: Array.from({ length: count }, (_, i) => chat(`${prefix}${i}`)) });
  return ingest.map(({ id, cursor }) => ({ id, cursor }));
}

function eventOf(result: ExecutionResult<CursorChatFeedSubscription>): Stored {
  expect(result.errors).toBeUndefined();
  const item = result.data?.chat;
  if (item?.__typename !== 'ChatEvent') return expect.fail(`expected a ChatEvent, got ${JSON.stringify(result)}`);
  expect(result.extensions?.cursor).toBe(item.cursor);
  return { id: item.id, cursor: item.cursor };
}

/** Subscribes after `after` and expects exactly one ResyncRequired, then the end of the stream with nothing else. */
async function expectResync(vigil: ServedVigil, after: string, options: { singleConnection?: boolean } = {}) {
  const feed = subscribe(vigil.sseClient(options), CursorChatFeed, { after });
  const result = await feed.next();
  expect(result.errors).toBeUndefined();
  const resync = result.data?.chat;
  if (resync?.__typename !== 'ResyncRequired') return expect.fail(`expected ResyncRequired, got ${JSON.stringify(result)}`);
  await feed.done;
  await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'the feed to let go of its queue');
  // Nothing follows, even when events arrive afterwards.
  await ingestChat(vigil, 2, 'after-resync-');
  await sleep(100);
  expect(feed.pending).toEqual([]);
  return resync;
}

/** The cursor a viewer reloading state now would subscribe after. */
async function headCursor(vigil: ServedVigil): Promise<string> {
  return (await vigil.ok(CursorChatRecent)).chatMessages.cursor;
}

describe('cursor encoding', () => {
  it('should encode base64url of "v1:<epoch>:<seq>" for every epoch length, and decode back', () => {
    for (const epoch of ['A', 'ab', 'abc', 'x2Fh3kLmN0pQ', 'x2Fh3kLmN0pQr', 'épq']) {
      for (const seq of [0, 7, 10, 999, 123_456_789, Number.MAX_SAFE_INTEGER]) {
        const cursor = encodeCursor({ epoch, seq });
        expect(cursor).toBe(Buffer.from(`v1:${epoch}:${seq}`).toString('base64url'));
        if (/^[A-Za-z0-9_-]+$/.test(epoch)) expect(decodeCursor(cursor)).toEqual({ epoch, seq });
      }
    }
  });
});

describe('cursors', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should give every delivered event its own cursor, carrying the log epoch and an ascending sequence (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), CursorChatFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
      const stored = await ingestChat(vigil, 5);
      const received = (await feed.take(5)).map(eventOf);
      expect(received).toEqual(stored);
      const positions = received.map((e) => decodeCursor(e.cursor));
      expect(new Set(positions.map((p) => p.epoch))).toEqual(new Set([vigil.app.services.log.epoch]));
      expect(positions.map((p) => p.seq)).toEqual([...positions.map((p) => p.seq)].sort((a, b) => a - b));
      expect(new Set(positions.map((p) => p.seq)).size).toBe(5);
    },
  );

  it('should refuse a malformed after argument with a GraphQL error naming the cursor', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), CursorChatFeed, { after: 'garbage' });
    const outcome = await feed.next().catch((error: unknown) => error);
    expect(JSON.stringify(outcome)).toContain('is not a Vigil cursor');
  });

  it('should resume after the head cursor of a query with exactly what follows it', async () => {
    const vigil = await serveVigil();
    await ingestChat(vigil, 3, 'old-');
    const feed = subscribe(vigil.sseClient(), CursorChatFeed, { after: await headCursor(vigil) });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    const fresh = await ingestChat(vigil, 2, 'new-');
    expect((await feed.take(2)).map(eventOf)).toEqual(fresh);
    await sleep(100);
    expect(feed.pending).toEqual([]);
  });

  it('should resume a cursor from before a restart on the same log', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const before = await serveVigil({ databasePath });
    const stored = await ingestChat(before, 6);
    const epoch = before.app.services.log.epoch;
    await before.close();

    const after = await serveVigil({ databasePath });
    expect(after.app.services.log.epoch).toBe(epoch);
    const feed = subscribe(after.sseClient(), CursorChatFeed, { after: stored[2]!.cursor });
    expect((await feed.take(3)).map(eventOf)).toEqual(stored.slice(3));
  });
});

describe('a cursor the log cannot serve', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should answer a cursor trimmed by periodic retention with ResyncRequired TRIMMED and nothing else (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil({ retention: 'chat=1h/5', retentionInterval: '100ms' });
      const stored = await ingestChat(vigil, 20);
      let trimmed = 0;
      for (const deadline = Date.now() + 5_000; trimmed === 0 && Date.now() < deadline; await sleep(20)) {
        trimmed = await vigil.app.services.log.trimmedThrough(['chat']);
      }
      expect(trimmed).toBe(decodeCursor(stored[14]!.cursor).seq);

      const head = await headCursor(vigil);
      const resync = await expectResync(vigil, stored[1]!.cursor, { singleConnection });
      expect(resync).toMatchObject({ reason: 'TRIMMED', cursor: head });
      expect(resync.message).toMatch(/retention/i);
    },
  );

  it('should trim at start after a restart with shorter retention, and serve exactly the retained positions', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await serveVigil({ databasePath });
    const stored = await ingestChat(first, 20);
    await first.close();

    const vigil = await serveVigil({ databasePath, retention: 'chat=1h/5' });
    expect((await vigil.ok(CursorChatRecent)).chatMessages.messages).toEqual(stored.slice(15));

    // After the last trimmed event every later event is still there; after a retained one, the rest of them.
    const fromBoundary = subscribe(vigil.sseClient(), CursorChatFeed, { after: stored[14]!.cursor });
    expect((await fromBoundary.take(5)).map(eventOf)).toEqual(stored.slice(15));
    const fromRetained = subscribe(vigil.sseClient(), CursorChatFeed, { after: stored[15]!.cursor });
    expect((await fromRetained.take(4)).map(eventOf)).toEqual(stored.slice(16));
    await sleep(100);
    expect(fromBoundary.pending).toEqual([]);
    expect(fromRetained.pending).toEqual([]);
    fromBoundary.unsubscribe();
    fromRetained.unsubscribe();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'disconnect');

    expect(await expectResync(vigil, stored[0]!.cursor)).toMatchObject({ reason: 'TRIMMED' });
    expect(await expectResync(vigil, stored[13]!.cursor)).toMatchObject({ reason: 'TRIMMED' });
  });

  it('should not mistake the newest cursor for a future one when retention removed the newest events', async () => {
    const vigil = await serveVigil();
    const stored = await ingestChat(vigil, 4);
    const ageLimited = structuredClone(vigil.app.services.config.retention);
    ageLimited.chat.maxAgeMs = 1;
    await sleep(5);
    expect(await vigil.app.services.log.trim(ageLimited)).toEqual({ chat: 4 });

    // Everything after the newest cursor is retained (there is nothing after it): it resumes, live.
    const feed = subscribe(vigil.sseClient(), CursorChatFeed, { after: stored[3]!.cursor });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');
    const [fresh] = await ingestChat(vigil, 1, 'fresh-');
    expect(eventOf(await feed.next())).toEqual(fresh);
    expect(decodeCursor(fresh!.cursor).seq).toBe(decodeCursor(stored[3]!.cursor).seq + 1);
    feed.unsubscribe();
    await waitFor(() => vigil.app.services.hub.subscriberCount === 0, 5_000, 'disconnect');
    expect(await expectResync(vigil, stored[1]!.cursor)).toMatchObject({ reason: 'TRIMMED' });
  });

  it('should end a replay with ResyncRequired TRIMMED when retention removes events it has not read yet', async () => {
    const vigil = await serveVigil({ retention: 'chat=1h/5' });
    const stored = [...(await ingestChat(vigil, 600, 'a')), ...(await ingestChat(vigil, 600, 'b'))];
    const feed = openFeed(vigil.app.services, keyedFeed('chat', null), stored[0]!.cursor);
    const delivered: Stored[] = [];
    for (;;) {
      const step = await Promise.race([feed.next(), sleep(2_000).then(() => expect.fail('the replay went quiet without ResyncRequired'))]);
      if (step.done) return expect.fail('the feed ended without ResyncRequired');
      if (isResyncRequired(step.value)) {
        expect(step.value.reason).toBe('TRIMMED');
        break;
      }
      delivered.push({ id: step.value.id, cursor: step.value.cursor });
      // Retention runs while the reader is still replaying its first page.
      if (delivered.length === 1) await vigil.app.services.log.trim(vigil.app.services.config.retention);
    }
    // What was delivered is a gapless prefix of the log; the rest is left to the resync.
    expect(delivered).toEqual(stored.slice(1, 1 + delivered.length));
    expect(delivered.length).toBeLessThan(stored.length - 1);
    expect((await feed.next()).done).toBe(true);
  });

  it('should answer a cursor of another log with ResyncRequired UNKNOWN_LOG', async () => {
    const other = await serveVigil();
    const [foreign] = await ingestChat(other, 1);
    const vigil = await serveVigil();
    await ingestChat(vigil, 3);
    const head = await headCursor(vigil);
    const resync = await expectResync(vigil, foreign!.cursor);
    expect(resync).toMatchObject({ reason: 'UNKNOWN_LOG', cursor: head });
  });

  it('should answer a cursor of a wiped log with ResyncRequired UNKNOWN_LOG, even where the sequence exists again', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await serveVigil({ databasePath });
    const stored = await ingestChat(first, 3);
    await first.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });

    const vigil = await serveVigil({ databasePath });
    expect(vigil.app.services.log.epoch).not.toBe(decodeCursor(stored[0]!.cursor).epoch);
    await ingestChat(vigil, 5);
    expect(await expectResync(vigil, stored[0]!.cursor, { singleConnection: true })).toMatchObject({ reason: 'UNKNOWN_LOG' });
  });

  it.each([{ ahead: 1 }, { ahead: 1_000_000 }])(
    'should answer a cursor $ahead beyond the head with ResyncRequired FUTURE_CURSOR',
    async ({ ahead }) => {
      const vigil = await serveVigil();
      const stored = await ingestChat(vigil, 3);
      const head = decodeCursor(stored[2]!.cursor).seq;
      const future = encodeCursor({ epoch: vigil.app.services.log.epoch, seq: head + ahead });
      const resync = await expectResync(vigil, future);
      expect(resync).toMatchObject({ reason: 'FUTURE_CURSOR', cursor: stored[2]!.cursor });

      // The resync cursor is where to continue from: subscribing after it follows on with no gap.
      const feed = subscribe(vigil.sseClient(), CursorChatFeed, { after: resync.cursor });
      const afterResync = (await vigil.ok(CursorChatRecent)).chatMessages.messages.slice(3);
      expect((await feed.take(afterResync.length)).map(eventOf)).toEqual(afterResync);
    },
  );
});

describe('retention settings', () => {
  it('should keep telemetry and map movement shorter than chat, tickets and security by default', () => {
    const { retention } = loadConfig({}, {});
    for (const shortLived of ['telemetry', 'mapEntities'] as const) {
      for (const record of ['chat', 'tickets', 'security'] as const) {
        expect(retention[shortLived].maxAgeMs).toBeLessThan(retention[record].maxAgeMs);
        expect(retention[shortLived].maxCount).toBeLessThan(retention[record].maxCount);
      }
    }
  });

  it('should read per-stream count and age limits from VIGIL_RETENTION on top of the defaults', () => {
    const defaults = loadConfig({}, {}).retention;
    const { retention } = loadConfig({}, { VIGIL_RETENTION: 'telemetry=6h/100000, chat=30d/1000000' });
    expect(retention.telemetry).toEqual({ maxAgeMs: 6 * 3_600_000, maxCount: 100_000 });
    expect(retention.chat).toEqual({ maxAgeMs: 30 * 86_400_000, maxCount: 1_000_000 });
    expect(retention.security).toEqual(defaults.security);
  });

  it.each(['telemetry=6h', 'weather=1d/10', 'chat=soon/10', 'chat=1d/many'])('should refuse VIGIL_RETENTION=%s naming the variable', (value) => {
    expect(() => loadConfig({}, { VIGIL_RETENTION: value })).toThrow(ConfigError);
    expect(() => loadConfig({}, { VIGIL_RETENTION: value })).toThrow(/VIGIL_RETENTION/);
  });

  it('should default heartbeats to at most every 15 s and the dedup window to 24 h', () => {
    const config = loadConfig({}, {});
    expect(config.heartbeatInterval).toBeLessThanOrEqual(15_000);
    expect(config.dedupWindow).toBe(86_400_000);
    expect(loadConfig({}, { VIGIL_HEARTBEAT_INTERVAL: '5s', VIGIL_DEDUP_WINDOW: '2h' })).toMatchObject({
      heartbeatInterval: 5_000,
      dedupWindow: 7_200_000,
    });
  });
});
