import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { startRedis } from './kit/redis.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil } from './kit/vigil.ts';

const KeysIngest = graphql(`
  mutation KeysIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { id cursor ... on TicketEvent { payload { ticketId } } }
  }
`);

const KeysAssign = graphql(`
  mutation KeysAssign($ticketId: ID!) { assignTicket(ticketId: $ticketId, assignee: "ops-1") { id } }
`);

const KeysChat = graphql(`
  subscription KeysChat($after: Cursor) { chat(after: $after) { __typename ... on ChatEvent { payload { text } } } }
`);

const KeysReads = graphql(`
  query KeysReads($from: DateTime!, $to: DateTime!) {
    servers { servers { id } }
    tickets { tickets { id assignee } }
    events(stream: CHAT, first: 10) { events { id } }
    mapReplay(mapId: "m-1", from: $from, to: $to) { events { id } }
    chatReplay(serverId: "eu-1", from: $from, to: $to) { messages { id } }
    hubStats { engine nodes head }
  }
`);

const KeysIssue = graphql(`
  mutation KeysIssue { issueProducerToken(serverId: "eu-9") { token producerToken { id } } }
`);

const KeysRevoke = graphql(`
  mutation KeysRevoke($id: ID!) { revokeProducerToken(id: $id) { revokedAt } }
`);

const KeysStatus = graphql(`
  mutation KeysStatus { reportServerStatus(input: { serverId: "eu-9", state: ONLINE, playerCount: 1 }) { id } }
`);

const base = { serverId: 'eu-1' };
const everyStream = (n: number): IngestEvent[] => [
  { chat: { ...base, channel: 'global', playerId: 'p-1', playerName: 'Ayla', text: `hello ${n}`, dedupKey: `chat-${n}` } },
  { serverStatus: { ...base, state: 'ONLINE', playerCount: n, dedupKey: `status-${n}` } },
  { telemetry: { ...base, cpuPercent: 10, memoryUsedMb: 100, networkInKbps: 1, networkOutKbps: 1 } },
  {
    mapEntities: {
      ...base,
      mapId: 'm-1',
      updates: [{ entityId: `e-${n}`, kind: 'PLAYER', action: 'SPAWN', position: { x: n, y: n } }],
    },
  },
  { playerActivity: { ...base, kind: 'JOIN', playerId: `p-${n}`, playerName: `Player ${n}` } },
  { securityIncident: { ...base, kind: 'HACK_DETECTED', description: 'speed hack', priority: 'CRITICAL' } },
  { openTicket: { ...base, subject: `Stuck ${n}`, body: 'In a wall' } },
];

/**
 * Redis Cluster runs a script only where every key it touches lives in the script's slot, and routes every other
 * command by its keys: a Vigil log keeps all its keys under one hash tag, `{vigil:<prefix>}`. MONITOR shows every
 * command the nodes send and every call their scripts make; COMMAND GETKEYS names the keys of each.
 */
describe('the keys a Vigil log uses in Redis', () => {
  it('should all share the one hash tag, in every command and every call a script makes', async () => {
    const redis = await startRedis();
    const prefix = `keys-${randomBytes(4).toString('hex')}`;
    const monitor = await new Redis(redis.url).monitor();
    const seen: string[][] = [];
    monitor.on('monitor', (_time: string, args: string[]) => seen.push(args));

    const config = { redisUrl: redis.url, redisPrefix: prefix, retention: 'chat=1h/1', retentionInterval: '100ms' };
    const a = await serveVigil(config);
    const b = await serveVigil(config);
    const from = new Date(Date.now() - 60_000).toISOString();

    // Streams on both nodes, one of them in single connection mode (a reservation), each counted against the viewer.
    const live = subscribe(b.sseClient(), KeysChat, {});
    const single = subscribe(a.sseClient({ singleConnection: true }), KeysChat, {});
    await waitFor(() => a.app.services.hub.subscriberCount + b.app.services.hub.subscriberCount === 2, 5_000, 'both streams open');

    const first = await a.ok(KeysIngest, { events: everyStream(1) });
    await b.ok(KeysIngest, { events: [...everyStream(2), ...everyStream(1)] });
    expect((await live.take(2)).map((result) => result.errors)).toEqual([undefined, undefined]);
    expect((await single.take(2)).map((result) => result.errors)).toEqual([undefined, undefined]);
    const ticketId = first.ingest.map((event) => ('payload' in event ? event.payload.ticketId : null)).find(Boolean)!;
    await b.ok(KeysAssign, { ticketId });

    const to = new Date(Date.now() + 1_000).toISOString();
    const reads = await b.ok(KeysReads, { from, to });
    expect(reads.hubStats.nodes).toBe(2);
    expect(reads.tickets.tickets.find((ticket) => ticket.id === ticketId)?.assignee).toBe('ops-1');

    // Tokens issued on one node and revoked on the other; a liveness pass on both; retention has run.
    const issued = await a.ok(KeysIssue, {});
    await b.ok(KeysStatus, {}, { as: issued.issueProducerToken.token });
    await b.ok(KeysRevoke, { id: issued.issueProducerToken.producerToken.id });
    const refused = await b.execute(KeysStatus, {}, { as: issued.issueProducerToken.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
    const later = Date.now() + 2 * 3_600_000;
    await Promise.all([a.app.services.liveness.check(later), b.app.services.liveness.check(later)]);
    await waitFor(() => seen.some((args) => args[0]?.toLowerCase() === 'xdel'), 5_000, 'retention removing chat events');

    live.unsubscribe();
    single.unsubscribe();
    await waitFor(() => a.app.services.hub.subscriberCount + b.app.services.hub.subscriberCount === 0, 5_000, 'both streams closed');
    await Promise.all([a.close(), b.close()]);
    monitor.disconnect();

    // Every distinct command, with the keys Redis itself finds in it.
    const admin = new Redis(redis.url);
    const commands = new Map(seen.map((args) => [JSON.stringify(args), args]));
    const outside: string[] = [];
    const names = new Set<string>();
    let keyed = 0;
    for (const args of commands.values()) {
      names.add(args[0]!.toLowerCase());
      // PING, MULTI, EXEC and the like: a name alone names no key.
      if (args.length === 1) continue;
      let keys: string[];
      try {
        keys = (await admin.call('COMMAND', 'GETKEYS', ...args)) as string[];
      } catch (error) {
        // INFO, CLIENT, SCRIPT, PUBLISH and the like name no key.
        if (/no key arguments|Invalid arguments/i.test((error as Error).message)) continue;
        throw error;
      }
      keyed++;
      for (const key of keys) if (!key.startsWith(`{vigil:${prefix}}:`)) outside.push(`${args.slice(0, 3).join(' ')} -> ${key}`);
    }
    await admin.quit();
    expect(outside).toEqual([]);
    // The watch saw what it had to: the log, its indexes, dedup keys, tokens, leases and the tail.
    for (const name of ['evalsha', 'xadd', 'xread', 'xdel', 'set', 'get']) expect(names).toContain(name);
    expect(keyed).toBeGreaterThan(20);
  });
});
