import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChatMessageInput, EntityUpdateInput, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil, type TestVigil, tempDir } from './kit/vigil.ts';

const DedupChat = graphql(`
  mutation DedupChat($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id cursor serverId occurredAt receivedAt priority payload { channel text } }
  }
`);

const DedupIngest = graphql(`
  mutation DedupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor stream type serverId occurredAt } }
`);

const DedupMap = graphql(`
  mutation DedupMap($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) { id cursor payload { entityId action position { x y } } }
  }
`);

const DedupTicket = graphql(`
  mutation DedupTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId subject } } }
`);

const DedupHistory = graphql(`
  query DedupHistory { events(first: 1000) { events { id cursor stream } } }
`);

const DedupChatFeed = graphql(`
  subscription DedupChatFeed { chat { ... on ChatEvent { id cursor } } }
`);

function message(overrides: Partial<ChatMessageInput> = {}): ChatMessageInput {
  return { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Ayla', text: 'gg', ...overrides };
}

function move(entityId: string, x: number): EntityUpdateInput {
  return { entityId, kind: 'PLAYER', action: 'MOVE', position: { x, y: 0 } };
}

async function storedIds(vigil: TestVigil): Promise<string[]> {
  return (await vigil.ok(DedupHistory)).events.events.map((event) => event.id);
}

describe('idempotent ingest', () => {
  it('should store a retry with the same dedupKey once and answer it with the original event and cursor', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), DedupChatFeed, {});
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    const first = await vigil.ok(DedupChat, { input: message({ dedupKey: 'msg-1' }) });
    const retry = await vigil.ok(DedupChat, { input: message({ dedupKey: 'msg-1' }) });
    expect(retry).toEqual(first);
    expect(await storedIds(vigil)).toEqual([first.postChatMessage.id]);

    // Subscribers see the event once: a retry publishes nothing.
    expect((await feed.next()).data?.chat).toEqual({ id: first.postChatMessage.id, cursor: first.postChatMessage.cursor });
    await sleep(200);
    expect(feed.pending).toEqual([]);
  });

  it('should match a retry that leaves out occurredAt, answering with the original occurredAt', async () => {
    const vigil = await startVigil();
    const stamped = await vigil.ok(DedupChat, { input: message({ dedupKey: 'stamped', occurredAt: '2026-11-22T10:00:00.000Z' }) });
    const retry = await vigil.ok(DedupChat, { input: message({ dedupKey: 'stamped' }) });
    expect(retry).toEqual(stamped);
    expect(retry.postChatMessage.occurredAt).toBe('2026-11-22T10:00:00.000Z');

    // Both without occurredAt: the hub's clock stamps each attempt differently, and they still match.
    const unstamped = await vigil.ok(DedupChat, { input: message({ dedupKey: 'unstamped' }) });
    await sleep(20);
    expect(await vigil.ok(DedupChat, { input: message({ dedupKey: 'unstamped' }) })).toEqual(unstamped);
    expect(await storedIds(vigil)).toEqual([stamped.postChatMessage.id, unstamped.postChatMessage.id]);
  });

  it.each([
    { change: 'a different text', retry: message({ dedupKey: 'k', text: 'something else' }) },
    { change: 'a different channel', retry: message({ dedupKey: 'k', channel: 'trade' }) },
    { change: 'a different priority', retry: message({ dedupKey: 'k', priority: 'HIGH' }) },
  ])('should refuse the same key with $change as CONFLICT, storing nothing', async ({ retry }) => {
    const vigil = await startVigil();
    const { postChatMessage: original } = await vigil.ok(DedupChat, { input: message({ dedupKey: 'k' }) });
    const result = await vigil.execute(DedupChat, { input: retry });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', dedupKey: 'k', existingId: original.id, existingCursor: original.cursor },
    });
    expect(result.errors?.[0]?.message).toContain('"k"');
    expect(await storedIds(vigil)).toEqual([original.id]);
  });

  it('should refuse the same key for an event of another stream as CONFLICT', async () => {
    const vigil = await startVigil();
    const { postChatMessage: original } = await vigil.ok(DedupChat, { input: message({ dedupKey: 'k' }) });
    const result = await vigil.execute(DedupIngest, {
      events: [{ serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1, dedupKey: 'k' } }],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedIds(vigil)).toEqual([original.id]);
  });

  it('should keep the same key from different servers as independent events', async () => {
    const vigil = await startVigil();
    const eu = await vigil.ok(DedupChat, { input: message({ serverId: 'eu-1', dedupKey: 'shared' }) });
    const us = await vigil.ok(DedupChat, { input: message({ serverId: 'us-1', dedupKey: 'shared' }) });
    expect(us.postChatMessage.id).not.toBe(eu.postChatMessage.id);
    expect(us.postChatMessage.serverId).toBe('us-1');
    // Each still deduplicates within its own server.
    expect(await vigil.ok(DedupChat, { input: message({ serverId: 'us-1', dedupKey: 'shared' }) })).toEqual(us);
    expect(await storedIds(vigil)).toEqual([eu.postChatMessage.id, us.postChatMessage.id]);
  });

  it('should store the same key anew once the dedup window has passed', async () => {
    const vigil = await startVigil({ dedupWindow: '300ms' });
    const first = await vigil.ok(DedupChat, { input: message({ dedupKey: 'k' }) });
    expect(await vigil.ok(DedupChat, { input: message({ dedupKey: 'k' }) })).toEqual(first);
    await sleep(400);
    const later = await vigil.ok(DedupChat, { input: message({ dedupKey: 'k', text: 'a new event may say anything' }) });
    expect(later.postChatMessage.id).not.toBe(first.postChatMessage.id);
    // The new event opens a window of its own.
    expect(await vigil.ok(DedupChat, { input: message({ dedupKey: 'k', text: 'a new event may say anything' }) })).toEqual(later);
    expect(await storedIds(vigil)).toEqual([first.postChatMessage.id, later.postChatMessage.id]);
  });

  it('should answer a retry with the original even after retention removed the original from the log', async () => {
    const vigil = await startVigil({ retention: 'chat=1h/2' });
    const first = await vigil.ok(DedupChat, { input: message({ dedupKey: 'trimmed-away' }) });
    for (const text of ['b', 'c', 'd']) await vigil.ok(DedupChat, { input: message({ text }) });
    expect(await vigil.app.services.log.trim(vigil.app.services.config.retention)).toEqual({ chat: 2 });
    expect(await storedIds(vigil)).not.toContain(first.postChatMessage.id);

    expect(await vigil.ok(DedupChat, { input: message({ dedupKey: 'trimmed-away' }) })).toEqual(first);
    const conflict = await vigil.execute(DedupChat, { input: message({ dedupKey: 'trimmed-away', text: 'other' }) });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      existingId: first.postChatMessage.id,
      existingCursor: first.postChatMessage.cursor,
    });
    expect(await storedIds(vigil)).toHaveLength(2);
  });

  it('should forget keys past the dedup window when retention runs', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const vigil = await startVigil({ databasePath, dedupWindow: '300ms' });
    await vigil.ok(DedupChat, { input: message({ dedupKey: 'old' }) });
    const file = new Database(databasePath, { readonly: true });
    const keys = () => file.prepare('SELECT COUNT(*) FROM dedup_keys').pluck().get();
    try {
      expect(keys()).toBe(1);
      await sleep(400);
      await vigil.app.services.log.trim(vigil.app.services.config.retention);
      expect(keys()).toBe(0);
    } finally {
      file.close();
    }
  });

  it('should still answer a retry with the original after a restart', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const before = await startVigil({ databasePath });
    const first = await before.ok(DedupChat, { input: message({ dedupKey: 'across-restart' }) });
    await before.close();
    const after = await startVigil({ databasePath });
    expect(await after.ok(DedupChat, { input: message({ dedupKey: 'across-restart' }) })).toEqual(first);
    expect(await storedIds(after)).toEqual([first.postChatMessage.id]);
  });

  it('should answer a retried ticket with the same ticket', async () => {
    const vigil = await startVigil();
    const input = { serverId: 'eu-1', subject: 'stuck', body: 'I am stuck in a wall', dedupKey: 'ticket-1' };
    const first = await vigil.ok(DedupTicket, { input });
    expect(await vigil.ok(DedupTicket, { input })).toEqual(first);
    expect(await storedIds(vigil)).toEqual([first.openTicket.id]);
  });
});

describe('idempotent ingest in batches', () => {
  const chat = (dedupKey: string, text = 'gg'): IngestEvent => ({ chat: message({ dedupKey, text }) });
  const status = (dedupKey: string): IngestEvent => ({ serverStatus: { serverId: 'eu-1', state: 'ONLINE', playerCount: 3, dedupKey } });

  it('should answer a retried mixed batch with the original events, in order, storing nothing new', async () => {
    const vigil = await startVigil();
    const { ingest: first } = await vigil.ok(DedupIngest, { events: [chat('c-1'), status('s-1'), chat('c-2', 'two')] });
    const { ingest: retry } = await vigil.ok(DedupIngest, { events: [chat('c-1'), status('s-1'), chat('c-2', 'two')] });
    expect(retry).toEqual(first);
    expect(await storedIds(vigil)).toEqual(first.map((event) => event.id));
  });

  it('should store only the new members of a batch that repeats some, answering the repeated ones with their originals', async () => {
    const vigil = await startVigil();
    const { ingest: first } = await vigil.ok(DedupIngest, { events: [chat('c-1'), chat('c-2', 'two')] });
    const { ingest: second } = await vigil.ok(DedupIngest, { events: [chat('c-2', 'two'), chat('c-3', 'three'), chat('c-1')] });
    expect(second[0]).toEqual(first[1]);
    expect(second[2]).toEqual(first[0]);
    expect(first.map((e) => e.id)).not.toContain(second[1]!.id);
    expect(await storedIds(vigil)).toEqual([first[0]!.id, first[1]!.id, second[1]!.id]);
  });

  it('should store a key repeated inside one batch once', async () => {
    const vigil = await startVigil();
    const { ingest } = await vigil.ok(DedupIngest, { events: [chat('twice'), chat('twice')] });
    expect(ingest[1]).toEqual(ingest[0]);
    expect(await storedIds(vigil)).toEqual([ingest[0]!.id]);
  });

  it.each([
    { case: 'a member conflicting with a stored event', stored: [chat('c-1')], batch: [chat('fresh'), chat('c-1', 'changed')] },
    { case: 'two members with one key and different payloads', stored: [], batch: [chat('fresh'), chat('twice', 'a'), chat('twice', 'b')] },
  ])('should refuse the whole batch on $case as CONFLICT, storing none of it', async ({ stored, batch }) => {
    const vigil = await startVigil();
    const before = stored.length ? (await vigil.ok(DedupIngest, { events: stored })).ingest.map((e) => e.id) : [];
    const result = await vigil.execute(DedupIngest, { events: batch });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedIds(vigil)).toEqual(before);
    // "fresh" was not stored: it is free for an event of any content.
    const { ingest } = await vigil.ok(DedupIngest, { events: [chat('fresh', 'anything')] });
    expect(before).not.toContain(ingest[0]!.id);
  });

  it('should answer a retried map batch with the original events, and refuse a changed one as CONFLICT', async () => {
    const vigil = await startVigil();
    const input = { serverId: 'eu-1', mapId: 'm-1', dedupKey: 'tick-1', updates: [move('a', 1), move('b', 2), move('c', 3)] };
    const { reportMapEntities: first } = await vigil.ok(DedupMap, { input });
    expect(first).toHaveLength(3);
    expect((await vigil.ok(DedupMap, { input })).reportMapEntities).toEqual(first);

    const changed = await vigil.execute(DedupMap, { input: { ...input, updates: [move('a', 1), move('b', 20), move('c', 3)] } });
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedIds(vigil)).toEqual(first.map((e) => e.id));

    // The same batch inside a mixed ingest is the same retry.
    const { ingest } = await vigil.ok(DedupIngest, { events: [{ mapEntities: input }] });
    expect(ingest.map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(await storedIds(vigil)).toEqual(first.map((e) => e.id));
  });
});
