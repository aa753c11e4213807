import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Command, InvalidArgumentError } from 'commander';
import type { AnyEventDraft, StreamName } from '../src/events/envelope.ts';
import { streamNames } from '../src/events/envelope.ts';
import { SqliteEventLog } from '../src/events/log/sqlite.ts';
import { chatDrafts } from '../src/modules/chat/ingest.ts';
import { mapEntitiesDrafts } from '../src/modules/maps/ingest.ts';
import { playerActivityDrafts } from '../src/modules/players/ingest.ts';
import { securityIncidentDrafts } from '../src/modules/security/ingest.ts';
import { serverStatusDrafts } from '../src/modules/servers/ingest.ts';
import { telemetryDrafts } from '../src/modules/telemetry/ingest.ts';
import { openTicketDrafts } from '../src/modules/tickets/ingest.ts';

// Disk per stored event, stream by stream: drafts built by the ingest mutations' own functions from inputs shaped like
// the fleet simulator's (src/producer/simulator.ts), each with a dedupKey as the producer SDK sends it, appended to a
// fresh SQLite log; the file is measured after a full checkpoint, less the size of an empty log.

const program = new Command('disk-usage')
  .description('Measure SQLite bytes per event for each stream (README, Deployment: sizing).')
  .option(
    '--events <n>',
    'events stored per stream',
    (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1_000) throw new InvalidArgumentError('must be a whole number of at least 1000');
      return n;
    },
    100_000,
  )
  .parse();
const { events: perStream } = program.opts<{ events: number }>();

let seed = 42;
/** mulberry32: the same seed stores the same events. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const round = (value: number) => Math.round(value * 10) / 10;

const servers = Array.from({ length: 20 }, (_, i) => `${['eu', 'us', 'ap'][i % 3]}-${Math.floor(i / 3) + 1}`);
const players = Array.from({ length: 2_000 }, (_, i) => ({
  id: `player-${i + 1}`,
  name: `${pick(['Ka', 'Zo', 'Mir', 'Tal', 'Ur'])}${pick(['ren', 'dak', 'lia', 'vos'])}${i % 100}`,
}));
const lines = [
  'anyone up for the raid tonight?',
  'lf2m healer + tank for the crypt',
  'wts iron ore x200, pm me',
  'gg, that boss was brutal',
  'where do I find the blacksmith?',
  'server lagging for anyone else?',
];
const instance = 'Xk3v9QaZ2mLp';
let sequence = 0;
const envelope = () => ({ serverId: pick(servers), dedupKey: `${instance}-${++sequence}`, occurredAt: new Date() });

/** One producer report's drafts for `stream` (a map report carries several updates, each its own event). */
function report(stream: StreamName): AnyEventDraft[] {
  const player = pick(players);
  switch (stream) {
    case 'serverStatus':
      return serverStatusDrafts({
        ...envelope(),
        state: 'ONLINE',
        playerCount: Math.floor(random() * 200),
        maxPlayers: 200,
        health: pick(['HEALTHY', 'HEALTHY', 'DEGRADED'] as const),
        message: pick([null, 'ready', 'load back to normal', 'cpu at 91%']),
      });
    case 'telemetry':
      return telemetryDrafts({
        ...envelope(),
        cpuPercent: round(random() * 100),
        memoryUsedMb: round(1_800 + random() * 6_000),
        memoryTotalMb: 8_192,
        networkInKbps: round(random() * 3_000),
        networkOutKbps: round(random() * 7_000),
        dbQueriesPerSecond: round(random() * 700),
        dbLatencyMs: round(2 + random() * 8),
        tickRate: round(29 + random()),
      });
    case 'mapEntities': {
      const mapId = `${pick(servers)}:${pick(['emberfall', 'frostmere', 'sunken-city'])}`;
      const updates = Array.from({ length: 20 }, () => ({
        entityId: random() < 0.5 ? player.id : `${mapId}:mob${1 + Math.floor(random() * 12)}`,
        kind: pick(['PLAYER', 'CREATURE'] as const),
        action: 'MOVE' as const,
        position: { x: round(random() * 1_000), y: round(random() * 1_000) },
        heading: round(random() * 360),
      }));
      return mapEntitiesDrafts({ ...envelope(), mapId, updates });
    }
    case 'chat':
      return chatDrafts({
        ...envelope(),
        kind: 'MESSAGE',
        channel: pick(['global', 'trade', 'lfg']),
        playerId: player.id,
        playerName: player.name,
        text: pick(lines),
      });
    case 'tickets':
      return openTicketDrafts({
        ...envelope(),
        playerId: player.id,
        subject: 'Lost items after disconnect',
        body: 'I was disconnected during a trade and the items I offered are gone from my inventory. Can you restore them?',
        category: 'items',
      });
    case 'players':
      return playerActivityDrafts({
        ...envelope(),
        kind: pick(['JOIN', 'LEAVE', 'ACTIVITY'] as const),
        playerId: player.id,
        playerName: player.name,
        detail: pick(['level 23', 'reached level 24', 'completed The Sunken Bell', 'travelled to frostmere']),
        ipAddress: '203.0.113.77',
        email: `${player.name.toLowerCase()}@players.example`,
      });
    case 'security':
      return securityIncidentDrafts({
        ...envelope(),
        kind: pick(['VIOLATION', 'BOT_DETECTED', 'HACK_DETECTED'] as const),
        playerId: player.id,
        description: `${player.name}: movement speed 3.4x the allowed maximum for 12 s`,
        confidence: round(0.55 + random() * 0.45),
      });
  }
}

/** The file's size once the WAL is folded in, and the share of the dedup_keys table and its index. */
function measure(path: string): { bytes: number; dedupBytes: number } {
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    const dedupBytes = db.prepare(`SELECT SUM(pgsize) FROM dbstat WHERE name IN ('dedup_keys', 'dedup_keys_by_received')`).pluck().get() as number;
    return { bytes, dedupBytes };
  } finally {
    db.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-disk-'));
try {
  const emptyPath = join(dir, 'empty.db');
  await new SqliteEventLog(emptyPath).close();
  const empty = measure(emptyPath);
  console.log(`${perStream.toLocaleString('en')} events per stream, each on a fresh log; bytes per event (events and indexes / dedup keys / total):`);
  for (const stream of streamNames) {
    const path = join(dir, `${stream}.db`);
    const log = new SqliteEventLog(path);
    let stored = 0;
    while (stored < perStream) {
      const batch: AnyEventDraft[] = [];
      while (batch.length < 500 && stored + batch.length < perStream) batch.push(...report(stream));
      await log.append(batch);
      stored += batch.length;
    }
    await log.close();
    const { bytes, dedupBytes } = measure(path);
    const perEvent = (n: number) => (n / stored).toFixed(0).padStart(4);
    const total = bytes - empty.bytes;
    const dedup = dedupBytes - empty.dedupBytes;
    console.log(
      `  ${stream.padEnd(12)} ${perEvent(total - dedup)} / ${perEvent(dedup)} / ${perEvent(total)}   ${(((total / stored) * 1e6) / 2 ** 20).toFixed(0)} MiB per million events`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
