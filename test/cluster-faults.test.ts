import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { FaultsChatSubscription, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { spawnVigil } from './kit/process.ts';
import { startRedis } from './kit/redis.ts';
import { sleep, subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, tempDir } from './kit/vigil.ts';

const FaultsIngest = graphql(`
  mutation FaultsIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const FaultsChat = graphql(`
  subscription FaultsChat($after: Cursor) {
    chat(after: $after) {
      __typename
      ... on ChatEvent { id cursor }
      ... on ResyncRequired { reason }
    }
  }
`);

function chat(text: string): IngestEvent {
  return { chat: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Ayla', text } };
}

function eventOf(result: ExecutionResult<FaultsChatSubscription>): { id: string; cursor: string } {
  expect(result.errors).toBeUndefined();
  const event = result.data!.chat;
  if (event.__typename !== 'ChatEvent') throw new Error(`expected a chat event, got ${event.__typename}`);
  return { id: event.id, cursor: event.cursor };
}

describe('several Vigil nodes on one Redis: faults', () => {
  it('should let the viewers of a node killed with SIGKILL resume on another node with their cursor, missing nothing', async () => {
    const redis = await startRedis();
    const prefix = `faults-${randomBytes(4).toString('hex')}`;
    const env = { VIGIL_REDIS_URL: redis.url, VIGIL_REDIS_PREFIX: prefix };
    const doomed = await spawnVigil({ databasePath: join(tempDir(), 'unused.db'), env });
    const survivor = await serveVigil({ redisUrl: redis.url, redisPrefix: prefix });

    // The viewer starts after a marker, so it is owed exactly what is acknowledged from here on.
    const { ingest: marker } = await survivor.ok(FaultsIngest, { events: [chat('marker')] });
    const before = subscribe(doomed.sseClient(), FaultsChat, { after: marker[0]!.cursor });
    const acked: Array<{ id: string; cursor: string }> = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const { ingest } = await survivor.ok(FaultsIngest, { events: [chat(`${n}a`), chat(`${n}b`)] });
        acked.push(...ingest);
        await sleep(10);
      }
    })();

    const seen: Array<{ id: string; cursor: string }> = [];
    while (seen.length < 40) seen.push(eventOf(await before.next()));
    await doomed.kill('SIGKILL');
    // The stream breaks; whatever arrived before it did is all this viewer has.
    await before.done.catch(() => undefined);
    seen.push(...before.pending.map(eventOf));

    const after = subscribe(survivor.sseClient(), FaultsChat, { after: seen.at(-1)!.cursor });
    await waitFor(() => acked.length >= seen.length + 40, 10_000, 'more acknowledged events');
    writing = false;
    await writer;
    while (seen.length < acked.length) seen.push(eventOf(await after.next()));
    expect(seen).toEqual(acked);
    after.unsubscribe();
  });

  it('should refuse ingest clearly while Redis is down, keep streams open, and deliver with no gap once it is back', async () => {
    const redis = await startRedis();
    const prefix = `faults-${randomBytes(4).toString('hex')}`;
    const settings = { redisUrl: redis.url, redisPrefix: prefix, redisTimeout: '500ms', heartbeatInterval: '300ms' };
    const a = await serveVigil(settings);
    const b = await serveVigil(settings);
    const stream = subscribe(b.sseClient(), FaultsChat, {});
    await waitFor(() => b.app.services.hub.subscriberCount === 1, 5_000, 'the subscription on B');
    const { ingest: first } = await a.ok(FaultsIngest, { events: [chat('before')] });
    expect(eventOf(await stream.next())).toEqual(first[0]);

    await redis.stop();
    const refusedAt = Date.now();
    const refused = await a.execute(FaultsIngest, { events: [chat('while down')] });
    expect(Date.now() - refusedAt).toBeLessThan(3_000);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/Redis/);
    await sleep(5_000);
    // The producer's token can no longer be checked either: still refused as UNAVAILABLE, not as a bad token.
    const later = await a.execute(FaultsIngest, { events: [chat('still down')] });
    expect(later.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    // Still open: heartbeats kept it alive, nothing ended it.
    expect(b.app.services.hub.subscriberCount).toBe(1);
    expect(stream.pending).toEqual([]);

    await redis.restart();
    let back: Array<{ id: string; cursor: string }> | null = null;
    for (let attempt = 0; !back && attempt < 50; attempt++) {
      const result = await a.execute(FaultsIngest, { events: [chat('after 1'), chat('after 2')] });
      if (result.errors) await sleep(100);
      else back = result.data!.ingest;
    }
    expect(back).not.toBeNull();
    expect([eventOf(await stream.next()), eventOf(await stream.next())]).toEqual(back);
    // Nothing of the refused batch was stored: the stream carries exactly what was acknowledged.
    expect(stream.pending).toEqual([]);
    stream.unsubscribe();
  });
});
