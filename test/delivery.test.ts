import { once } from 'node:events';
import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { SseReader } from './kit/sse-reader.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

const DeliveryChatFeed = graphql(`
  subscription DeliveryChatFeed($channel: String, $after: Cursor) {
    chat(channel: $channel, after: $after) { ... on ChatEvent { id cursor payload { kind text playerName } } }
  }
`);

const DeliveryIngest = graphql(`
  mutation DeliveryIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const chat = (channel: string, text: string, kind: 'MESSAGE' | 'WHISPER' = 'MESSAGE'): IngestEvent => ({
  chat: { serverId: 'eu-1', channel, playerId: 'p-1', playerName: 'Ayla', text, kind, ...(kind === 'WHISPER' ? { recipientId: 'p-2' } : {}) },
});

type ChatResult = { chat: { id: string; cursor: string; payload: { kind: string; text: string | null; playerName: string } } };

/** Opens a raw distinct-mode event stream of `DeliveryChatFeed` and returns its reader. */
async function openRawStream(vigil: ServedVigil, token: string, variables: Record<string, unknown>): Promise<SseReader> {
  const response = await fetch(`${vigil.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(DeliveryChatFeed), variables }),
  });
  expect(response.status).toBe(200);
  return new SseReader(response.body!);
}

/** Reserves a single-connection event stream, opens it, and returns its reader and a function posting an operation on it. */
async function openSingleConnection(vigil: ServedVigil, token: string) {
  const authorization = `Bearer ${token}`;
  const reservation = await (await fetch(`${vigil.url}/graphql/stream`, { method: 'PUT', headers: { authorization } })).text();
  const headers = { authorization, 'x-graphql-event-stream-token': reservation };
  const stream = await fetch(`${vigil.url}/graphql/stream`, { headers: { ...headers, accept: 'text/event-stream' } });
  expect(stream.status).toBe(200);
  const reader = new SseReader(stream.body!);
  const post = async (operationId: string, variables: Record<string, unknown>) => {
    const posted = await fetch(`${vigil.url}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(DeliveryChatFeed), variables, extensions: { operationId } }),
    });
    expect(posted.status).toBe(202);
  };
  return { reader, post };
}

describe('delivery by the hub', () => {
  it('should deliver the events of one batch as whole frames, in log order, each with its cursor as SSE id', async () => {
    const vigil = await serveVigil();
    const reader = await openRawStream(vigil, await vigil.adminToken(), { channel: 'whole' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the stream to go live');
    // ~1 KB per event: several frames share each chunk written, and a chunk boundary falls inside frames.
    const { ingest } = await vigil.ok(DeliveryIngest, { events: Array.from({ length: 300 }, (_, i) => chat('whole', `${i}:`.padEnd(1_000, 'x'))) });
    const received = [];
    while (received.length < ingest.length) received.push(await reader.next());
    expect(received.map((message) => message.event)).toEqual(ingest.map(() => 'next'));
    expect(received.map((message) => message.id)).toEqual(ingest.map((event) => event.cursor));
    const results = received.map((message) => JSON.parse(message.data) as { data: ChatResult; extensions: { cursor: string } });
    expect(results.map((result) => result.data.chat.id)).toEqual(ingest.map((event) => event.id));
    expect(results.map((result) => result.extensions.cursor)).toEqual(ingest.map((event) => event.cursor));
    expect(results.map((result) => result.data.chat.payload.text)).toEqual(ingest.map((_, i) => `${i}:`.padEnd(1_000, 'x')));
    await reader.close();
  });

  it('should go on with a flush round where it yielded: every stream gets every event, whole and in order', async () => {
    // A turn after every 64 writes: the 300 streams of each round are written in several slices.
    const vigil = await serveVigil({ flushSlice: 0, maxStreamsPerViewer: 1_000 });
    const token = await vigil.adminToken();
    const readers = await Promise.all(Array.from({ length: 300 }, () => openRawStream(vigil, token, { channel: 'rounds' })));
    await waitFor(() => vigil.app.services.hub.subscriberCount === 300, 10_000, 'the streams to go live');
    // One event per mutation, each posted once the last is acknowledged: the fan-out of one overlaps the next's.
    const posted: Array<{ id: string; cursor: string }> = [];
    for (let i = 0; i < 30; i++) posted.push(...(await vigil.ok(DeliveryIngest, { events: [chat('rounds', `${i}`)] })).ingest);
    for (const reader of readers) {
      const received = [];
      while (received.length < posted.length) received.push(await reader.next());
      expect(received.map((message) => message.id)).toEqual(posted.map((event) => event.cursor));
      const texts = received.map((message) => (JSON.parse(message.data) as { data: ChatResult }).data.chat.payload.text);
      expect(texts).toEqual(posted.map((_, i) => `${i}`));
    }
    expect(vigil.app.delivery.stats.flushes.yields).toBeGreaterThan(0);
    await Promise.all(readers.map((reader) => reader.close()));
  });

  it('should execute an event once for a group and send every single-connection operation its own id around the same payload', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['MODERATOR'], { sub: 'moderator-a' });
    const first = await openSingleConnection(vigil, token);
    const second = await openSingleConnection(vigil, token);
    await first.post('first-op', { channel: 'group' });
    await first.post('first-other', { channel: 'group' });
    await second.post('second-op', { channel: 'group' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 3, 5_000, 'three subscriptions');
    // Subscribers that differ only in where they start share the group too.
    const { ingest: earlier } = await vigil.ok(DeliveryIngest, { events: [chat('group', 'earlier')] });
    await second.post('second-resumed', { channel: 'group', after: earlier[0]!.cursor });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 4, 5_000, 'four subscriptions');
    expect(vigil.app.delivery.groupCount).toBe(1);

    const { ingest } = await vigil.ok(DeliveryIngest, { events: [chat('group', 'shared')] });
    const frames = async (reader: SseReader, count: number) => {
      const messages = [];
      while (messages.length < count) messages.push(await reader.next());
      return messages.map((message) => ({ event: message.event, ...(JSON.parse(message.data) as { id: string; payload: unknown }) }));
    };
    // The first stream carries the first two operations' `earlier` first; the second stream had only one then.
    const onFirst = (await frames(first.reader, 4)).slice(2);
    const onSecond = (await frames(second.reader, 3)).slice(1);
    const payload = {
      data: { chat: { id: ingest[0]!.id, cursor: ingest[0]!.cursor, payload: { kind: 'MESSAGE', text: 'shared', playerName: 'Ayla' } } },
      extensions: { cursor: ingest[0]!.cursor },
    };
    expect([...onFirst, ...onSecond].map(({ id }) => id).sort()).toEqual(['first-op', 'first-other', 'second-op', 'second-resumed']);
    for (const frame of [...onFirst, ...onSecond]) expect(frame).toEqual({ event: 'next', id: frame.id, payload });
    await first.reader.close();
    await second.reader.close();
    await waitFor(() => vigil.app.delivery.groupCount === 0, 5_000, 'the group to be dropped with its last member');
  });

  it('should never let one group carry a field to a role set that may not read it: whisper text for MODERATOR, not SUPPORT', async () => {
    const vigil = await serveVigil();
    const moderator = subscribe(vigil.sseClient({ as: await vigil.adminToken(['MODERATOR'], { sub: 'mod' }) }), DeliveryChatFeed, {
      channel: 'roles',
    });
    const support = subscribe(vigil.sseClient({ as: await vigil.adminToken(['SUPPORT'], { sub: 'sup' }) }), DeliveryChatFeed, { channel: 'roles' });
    const both = subscribe(vigil.sseClient({ as: await vigil.adminToken(['SUPPORT', 'MODERATOR'], { sub: 'both' }) }), DeliveryChatFeed, {
      channel: 'roles',
    });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 3, 5_000, 'three subscribers');
    expect(vigil.app.delivery.groupCount).toBe(3);
    await vigil.ok(DeliveryIngest, { events: [chat('roles', 'psst', 'WHISPER'), chat('roles', 'hello all')] });
    const texts = async (feed: typeof moderator) => (await feed.take(2)).map((result) => (result.data as ChatResult).chat.payload.text);
    expect(await texts(moderator)).toEqual(['psst', 'hello all']);
    expect(await texts(support)).toEqual([null, 'hello all']);
    expect(await texts(both)).toEqual(['psst', 'hello all']);
  });

  it('should keep a fast connection of a group at full speed while a stalled one of the same group is ended with SLOW_CONSUMER', async () => {
    // 8,000 events of ~2 KB in batches of 200: far more than the socket buffers of the stalled reader hold.
    await paceStalledAgainstFast(200, 2_000, 40);
  });

  it("should send the bytes a stalled socket kept whole, while the group's other connections are written meanwhile", async () => {
    // Chunks of ~40 KB: built in the scratch buffer the flushes share, which a socket holding unsent bytes must keep.
    await paceStalledAgainstFast(40, 1_000, 300);
  });

  it('should queue behind a backed-up socket only buffers of their own size, and send it every frame whole once it reads', async () => {
    const vigil = await serveVigil();
    const token = await vigil.adminToken(['MODERATOR'], { sub: 'backed-up' });
    let socket: Socket | null = null;
    vigil.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (req.headers['x-test-reader'] === 'stalled') socket = res.socket as Socket;
    });
    const stalled = await openPausedStream(vigil, token, 'backed-up', { 'x-test-reader': 'stalled' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the stalled reader');

    // One ~2 KB event per mutation, one write each: until the kernel's buffers are full and writes queue in the socket.
    const published: string[] = [];
    const post = async () => {
      const { ingest } = await vigil.ok(DeliveryIngest, { events: [chat('backed-up', `${published.length}:`.padEnd(2_000, 'z'))] });
      published.push(ingest[0]!.id);
    };
    while (socket === null || (socket as Socket).writableLength === 0) {
      if (published.length > 20_000) throw new Error('the socket never queued a write');
      await post();
    }
    for (let i = 0; i < 40; i++) await post();
    const queued = (socket as unknown as { writableBuffer: Array<{ chunk: Buffer }> }).writableBuffer;
    expect(queued.length).toBeGreaterThan(10);
    // A chunk that shared the flushes' scratch buffer would hold all of it (64 KB) for its ~2 KB.
    for (const { chunk } of queued) expect(chunk.buffer.byteLength).toBeLessThanOrEqual(16 * 1024);

    const messages = new SseReader(Readable.toWeb(stalled) as ReadableStream<Uint8Array>);
    const received = [];
    while (received.length < published.length) received.push(await messages.next());
    const chats = received.map((message) => (JSON.parse(message.data) as { data: ChatResult }).data.chat);
    expect(chats.map((event) => event.id)).toEqual(published);
    expect(chats.map((event) => event.payload.text)).toEqual(published.map((_, i) => `${i}:`.padEnd(2_000, 'z')));
    await messages.close();
  });
});

/** Opens a distinct-mode event stream of `DeliveryChatFeed` on its own socket and pauses it: a reader that takes nothing. */
async function openPausedStream(vigil: ServedVigil, token: string, channel: string, headers: Record<string, string> = {}): Promise<IncomingMessage> {
  const stalledRequest = request(`${vigil.url}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}`, ...headers },
  });
  stalledRequest.end(JSON.stringify({ query: print(DeliveryChatFeed), variables: { channel } }));
  const [stalled] = (await once(stalledRequest, 'response')) as [IncomingMessage];
  stalled.pause();
  return stalled;
}

/**
 * A paused reader and a fast one in one group (queues of 20 events) get `batches` mutations of `perBatch` chat events
 * of `bytes` each: the fast one receives all of them in order; the stalled one, once resumed, whole frames of a
 * prefix of them and then its SLOW_CONSUMER error with the cursor of the last frame it got.
 */
async function paceStalledAgainstFast(perBatch: number, bytes: number, batches: number): Promise<void> {
  const vigil = await serveVigil({ subscriberQueueEvents: 20 });
  const token = await vigil.adminToken(['MODERATOR'], { sub: 'readers' });
  const stalled = await openPausedStream(vigil, token, 'pace');
  const fast = subscribe(vigil.sseClient({ as: token }), DeliveryChatFeed, { channel: 'pace' });
  await waitFor(() => vigil.app.services.hub.subscriberCount === 2, 5_000, 'both readers');
  expect(vigil.app.delivery.groupCount).toBe(1);

  const published: string[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const { ingest } = await vigil.ok(DeliveryIngest, {
      events: Array.from({ length: perBatch }, (_, i) => chat('pace', `${batch}-${i}:`.padEnd(bytes, 'y'))),
    });
    published.push(...ingest.map((event) => event.id));
  }
  const fastIds = (await fast.take(published.length, 30_000)).map((result) => (result.data as ChatResult).chat.id);
  expect(fastIds).toEqual(published);
  await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'the stalled reader to be ended');

  let text = '';
  stalled.setEncoding('utf8');
  stalled.on('data', (chunk: string) => (text += chunk));
  stalled.resume();
  await once(stalled, 'end');
  const messages = text
    .split('\n\n')
    .filter((block) => block.includes('event: next'))
    .map((block) => JSON.parse(/data: (.*)/.exec(block)![1]!));
  const last = messages.at(-1) as { errors: Array<{ extensions: { code: string } }>; extensions: { cursor: string } };
  expect(last.errors[0]!.extensions.code).toBe('SLOW_CONSUMER');
  const delivered = messages.slice(0, -1).map((message) => (message as { data: ChatResult }).data.chat);
  expect(delivered.map((event) => event.id)).toEqual(published.slice(0, delivered.length));
  expect(delivered.map((event) => event.payload.text)).toEqual(
    delivered.map((_, i) => `${Math.floor(i / perBatch)}-${i % perBatch}:`.padEnd(bytes, 'y')),
  );
  expect(last.extensions.cursor).toBe(delivered.at(-1)!.cursor);
  expect(text).toMatch(/event: complete\n/);
}
