import { SimulatorIssueProducerToken, SimulatorRevokeProducerToken } from '../producer/documents.ts';
import type { ProducerOptions, ProducerStats } from '../producer/index.ts';
import { adminRequest } from './admin.ts';
import { GameServer, mulberry32 } from './game-server.ts';

/**
 * A fleet of simulated game servers reporting through the producer SDK: status and restarts, telemetry every second,
 * players and creatures moving on several maps, chat, tickets, security incidents, and now and then a server that
 * goes silent. It makes a fresh dashboard come alive and is the load source for bench/.
 */
export interface FleetOptions {
  /** The hub's GraphQL endpoint. */
  url: string;
  /** One producer token per game server; the fleet is exactly these servers. */
  tokens: ReadonlyMap<string, string>;
  /** Players across the whole fleet. */
  players: number;
  /** Seed of the fleet's randomness: the same seed plays the same story. Default: random. */
  seed?: number;
  /** Map movement is reported this often, in ms. Default 500. */
  movementIntervalMs?: number;
  /** How long a silent server stays silent, in ms; keep it above the hub's VIGIL_LIVENESS_INTERVAL (30 s). Default 45,000. */
  silenceMs?: number;
  /** Multiplies the odds of rare events (restarts, silences, incidents, tickets); 1 is realistic. Default 1. */
  chaos?: number;
  /** Extra producer options for every server (batching, retry, outbox). */
  producer?: Partial<Omit<ProducerOptions, 'url' | 'token' | 'serverId'>>;
  /** Where the fleet reports what it does (failures, restarts, silences); default: nowhere. */
  log?: (line: string) => void;
}

export interface FleetStats extends ProducerStats {
  servers: number;
  playersOnline: number;
}

export interface Fleet {
  readonly serverIds: readonly string[];
  /** The maps every server hosts, by server. */
  readonly maps: ReadonlyMap<string, readonly string[]>;
  stats(): FleetStats;
  /** Shuts every server down gracefully (players leave, entities despawn, STOPPED), then flushes and closes the producers. */
  stop(): Promise<void>;
}

/** Server ids for a fleet of `count`: eu-1, us-1, ap-1, eu-2, … */
export function fleetServerIds(count: number): string[] {
  const regions = ['eu', 'us', 'ap'];
  return Array.from({ length: count }, (_, i) => `${regions[i % regions.length]}-${Math.floor(i / regions.length) + 1}`);
}

/** Issues one producer token per server with an admin token (`issueProducerToken`); returns the tokens and their ids. */
export async function issueFleetTokens(
  url: string,
  adminToken: string,
  serverIds: readonly string[],
): Promise<{ tokens: Map<string, string>; tokenIds: string[] }> {
  const tokens = new Map<string, string>();
  const tokenIds: string[] = [];
  for (const serverId of serverIds) {
    const { issueProducerToken } = await adminRequest(url, adminToken, SimulatorIssueProducerToken, { serverId, label: 'simulator' });
    tokens.set(serverId, issueProducerToken.token);
    tokenIds.push(issueProducerToken.producerToken.id);
  }
  return { tokens, tokenIds };
}

/** Revokes tokens issued by issueFleetTokens. */
export async function revokeFleetTokens(url: string, adminToken: string, tokenIds: readonly string[]): Promise<void> {
  for (const id of tokenIds) await adminRequest(url, adminToken, SimulatorRevokeProducerToken, { id });
}

/** Starts the fleet; it runs until `stop()`. */
export function startFleet(options: FleetOptions): Fleet {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const serverIds = [...options.tokens.keys()];
  if (serverIds.length === 0) throw new TypeError('startFleet: no servers (tokens is empty)');
  const log = options.log ?? (() => undefined);
  const servers = serverIds.map((serverId, index) => {
    const share = Math.floor(options.players / serverIds.length) + (index < options.players % serverIds.length ? 1 : 0);
    return new GameServer(serverId, options.tokens.get(serverId)!, share, index, mulberry32(seed + index * 7919), options, log);
  });
  for (const server of servers) server.start();
  let stopping: Promise<void> | null = null;
  return {
    serverIds,
    maps: new Map(servers.map((server) => [server.id, server.maps.map((map) => map.id)])),
    stats() {
      const total: FleetStats = { servers: servers.length, playersOnline: 0, queued: 0, sent: 0, retried: 0, failed: 0, requests: 0 };
      for (const server of servers) {
        const s = server.producer.stats();
        total.queued += s.queued;
        total.sent += s.sent;
        total.retried += s.retried;
        total.failed += s.failed;
        total.requests += s.requests;
        total.playersOnline += server.onlineCount();
      }
      return total;
    },
    stop: () => (stopping ??= Promise.all(servers.map((server) => server.stop())).then(() => undefined)),
  };
}
