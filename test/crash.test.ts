import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '../src/events/cursor.ts';
import type { CrashHistoryQuery, CrashIngestMutation, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { spawnVigil, type VigilProcess } from './kit/process.ts';
import { subscribe } from './kit/stream.ts';
import { tempDir } from './kit/vigil.ts';

const CrashIssueProducer = graphql(`
  mutation CrashIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: "crash") { token } }
`);

const CrashIngest = graphql(`
  mutation CrashIngest($events: [IngestEvent!]!) {
    ingest(events: $events) {
      id cursor stream type serverId occurredAt receivedAt priority
      ... on ChatEvent { payload { kind channel playerId playerName recipientId text } }
    }
  }
`);

const CrashHistory = graphql(`
  query CrashHistory($after: Cursor) {
    events(stream: CHAT, after: $after, first: 500) { events { id cursor ... on ChatEvent { payload { text } } } endCursor hasMore head }
  }
`);

const CrashState = graphql(`
  query CrashState {
    servers { cursor servers { id lastSeen } }
    chatMessages(channel: "crash", last: 50) { cursor messages { id } }
  }
`);

const CrashFeed = graphql(`
  subscription CrashFeed($after: Cursor) { chat(channel: "crash", after: $after) { ... on ChatEvent { id cursor payload { text } } ... on ResyncRequired { reason } } }
`);

interface StoredChat {
  id: string;
  cursor: string;
  /** Each test event's text is its dedupKey. */
  dedupKey: string;
}

interface Batch {
  serverId: string;
  dedupKeys: string[];
}

const seqOf = (cursor: string) => decodeCursor(cursor).seq;

function ingestEvents({ serverId, dedupKeys }: Batch): IngestEvent[] {
  return dedupKeys.map((dedupKey) => ({ chat: { serverId, dedupKey, channel: 'crash', playerId: 'p-1', playerName: 'Crash', text: dedupKey } }));
}

/** Sends one batch; resolves with the stored events, or null when no answer came (the process died meanwhile). */
async function send(vigil: VigilProcess, token: string, batch: Batch): Promise<StoredChat[] | null> {
  let result: ExecutionResult<CrashIngestMutation>;
  try {
    result = await vigil.request(CrashIngest, { events: ingestEvents(batch) }, token);
  } catch {
    return null;
  }
  expect(result.errors).toBeUndefined();
  return result.data!.ingest.map((event) => {
    const dedupKey = (event as { payload?: { text?: string } }).payload?.text ?? '';
    return { id: event.id, cursor: event.cursor, dedupKey };
  });
}

/** Every chat event of the log, oldest first. */
async function readLog(vigil: VigilProcess): Promise<{ events: StoredChat[]; head: string }> {
  const events: StoredChat[] = [];
  let after: string | null = null;
  for (;;) {
    const page: CrashHistoryQuery['events'] = (await vigil.ok(CrashHistory, { after })).events;
    for (const event of page.events) {
      events.push({ id: event.id, cursor: event.cursor, dedupKey: (event as { payload?: { text?: string } }).payload?.text ?? '' });
    }
    if (!page.hasMore) return { events, head: page.head };
    after = page.endCursor!;
  }
}

describe('crash safety', () => {
  it('should keep every acknowledged event through SIGKILL during heavy ingest, dedup retries of unanswered batches, and resume old cursors', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await spawnVigil({ databasePath });
    const servers = Array.from({ length: 8 }, (_, i) => `crash-${i + 1}`);
    const tokens = new Map<string, string>();
    for (const serverId of servers) tokens.set(serverId, (await first.ok(CrashIssueProducer, { serverId })).issueProducerToken.token);

    // One producer per server, each sending batches back to back, until the process dies under them.
    const acked: StoredChat[] = [];
    const unanswered: Batch[] = [];
    const answered: Batch[] = [];
    let stopped = false;
    const producers = servers.map(async (serverId) => {
      for (let n = 0; !stopped; n++) {
        const batch = { serverId, dedupKeys: Array.from({ length: 100 }, (_, i) => `${serverId}/${n}/${i}`) };
        const stored = await send(first, tokens.get(serverId)!, batch);
        if (stored === null) {
          unanswered.push(batch);
          return;
        }
        expect(stored.map((event) => event.dedupKey)).toEqual(batch.dedupKeys);
        acked.push(...stored);
        answered.push(batch);
      }
    });
    await expect.poll(() => acked.length, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(4_000);
    // A producer that gave up waiting for an answer: its batch is stored, but it never learns so.
    const lostAnswer = { serverId: servers[0]!, dedupKeys: Array.from({ length: 100 }, (_, i) => `lost/${i}`) };
    await first.request(CrashIngest, { events: ingestEvents(lostAnswer) }, tokens.get(servers[0]!)!);
    unanswered.push(lostAnswer);
    // Killed at a moment unrelated to any answer, so an in-flight batch may be stored but not answered yet.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
    const killedAt = acked.length;
    const exit = await first.kill('SIGKILL');
    stopped = true;
    await Promise.all(producers);
    expect(exit.signal).toBe('SIGKILL');
    // Every producer had a batch in flight when the process died.
    expect(unanswered.length).toBe(servers.length + 1);

    const second = await spawnVigil({ databasePath, adminToken: first.adminToken });
    const { events: recovered, head } = await readLog(second);
    const byKey = new Map(recovered.map((event) => [event.dedupKey, event]));

    // Every acknowledged event is in the log, with the id and cursor it was acknowledged with; nothing is there twice.
    expect(byKey.size).toBe(recovered.length);
    for (const event of acked) expect(byKey.get(event.dedupKey)).toEqual(event);
    const seqs = recovered.map((event) => seqOf(event.cursor));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // Unanswered batches were stored entirely or not at all.
    const committedUnanswered = unanswered.filter((batch) => byKey.has(batch.dedupKeys[0]!));
    for (const batch of unanswered) {
      const stored = batch.dedupKeys.filter((key) => byKey.has(key)).length;
      expect([0, batch.dedupKeys.length]).toContain(stored);
    }
    expect(committedUnanswered).toContain(lostAnswer);
    expect(recovered.length).toBe(acked.length + committedUnanswered.length * 100);

    // State is rebuilt from the same log: every server, and recent chat up to the log's head.
    const state = await second.ok(CrashState, {});
    expect(state.servers.servers.map((server) => server.id)).toEqual(servers);
    expect(state.servers.cursor).toBe(head);
    expect(state.chatMessages.cursor).toBe(head);
    expect(state.chatMessages.messages.map((message) => message.id)).toEqual(recovered.slice(-50).map((event) => event.id));

    // Retrying the unanswered batches with their dedupKeys stores each event once: originals where the batch had been
    // stored before the crash, new events otherwise. A retry of an acknowledged batch answers with the originals.
    const retried = await Promise.all(unanswered.map((batch) => send(second, tokens.get(batch.serverId)!, batch)));
    for (const [i, batch] of unanswered.entries()) {
      const stored = retried[i]!;
      expect(stored.map((event) => event.dedupKey)).toEqual(batch.dedupKeys);
      if (committedUnanswered.includes(batch)) expect(stored).toEqual(batch.dedupKeys.map((key) => byKey.get(key)));
      else expect(stored.every((event) => seqOf(event.cursor) > seqOf(head))).toBe(true);
    }
    const replayedBatch = answered[0]!;
    expect(await send(second, tokens.get(replayedBatch.serverId)!, replayedBatch)).toEqual(replayedBatch.dedupKeys.map((key) => byKey.get(key)));
    const { events: final } = await readLog(second);
    expect(new Set(final.map((event) => event.dedupKey)).size).toBe(final.length);
    expect(final.length).toBe(acked.length + unanswered.length * 100);

    // A cursor acknowledged before the crash resumes: exactly the events after it, then live ones.
    const resumeFrom = acked[Math.floor(acked.length / 2)]!;
    const following = final.filter((event) => seqOf(event.cursor) > seqOf(resumeFrom.cursor));
    const feed = subscribe(second.sseClient(), CrashFeed, { after: resumeFrom.cursor });
    const replayed = await feed.take(following.length, 30_000);
    expect(replayed.map((r) => r.data?.chat)).toEqual(following.map(({ id, cursor, dedupKey }) => ({ id, cursor, payload: { text: dedupKey } })));
    const [live] = (await send(second, tokens.get('crash-1')!, { serverId: 'crash-1', dedupKeys: ['after-restart'] }))!;
    expect((await feed.next()).data?.chat).toEqual({ id: live!.id, cursor: live!.cursor, payload: { text: 'after-restart' } });
    feed.unsubscribe();

    console.log(
      [
        `crash: ${servers.length} producers; SIGKILL after ${killedAt} acknowledged events (${acked.length} with answers that came after the signal); ${unanswered.length - 1} batches in flight + 1 whose answer was dropped`,
        `  after restart: ${recovered.length} events in the log; of the unanswered batches ${committedUnanswered.length} had been stored (the dropped one included), ${unanswered.length - committedUnanswered.length} had not`,
        `  retries stored ${final.length - recovered.length} new events; resumed after seq ${seqOf(resumeFrom.cursor)}: ${replayed.length} replayed, then live`,
      ].join('\n'),
    );
    await second.stop();
  }, 60_000);
});
