import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchAudience, benchJwtSecret, benchViewerRole, issueProducerToken, mintAdminToken } from './auth.ts';
import type { SubscriberAuthSpec } from './protocol.ts';
import { type RedisProcess, startRedis } from './redis-process.ts';
import { benchHost, type ServerProcess, spawnServer } from './server-process.ts';

/** vigil: one node on its SQLite file; vigil-redis: `--nodes` nodes on the bench's own redis-server (`--engine redis`). */
export const serverNames = ['vigil', 'naive', 'raw', 'vigil-redis'] as const;
export type ServerName = (typeof serverNames)[number];

/** Servers that are Vigil (they serve ingest and replay, and take Vigil's credentials). */
export const isVigil = (name: ServerName): boolean => name === 'vigil' || name === 'vigil-redis';

/** The key prefix every node of a vigil-redis cell shares (VIGIL_REDIS_PREFIX). */
export const benchRedisPrefix = 'bench';

/** The repository the bench lives in (baselines, tsx, receivers run from here). */
export const benchRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const serverId = 'bench-1';
export const channel = 'bench';

/** The one stream every server serves: the same document, validated by Vigil's and the naive server's schema. */
export const fanoutSubscription = `subscription BenchChat($c: String!) {
  chat(channel: $c) {
    ... on ChatEvent { id cursor payload { text } }
    ... on ResyncRequired { reason message }
  }
}`;

/** Vigil only: the same stream from a cursor on. */
export const replaySubscription = `subscription BenchReplay($c: String!, $a: Cursor) {
  chat(channel: $c, after: $a) {
    ... on ChatEvent { id cursor payload { text } }
    ... on ResyncRequired { reason message }
  }
}`;

export const postChatMutation = `mutation BenchPost($i: ChatMessageInput!) { postChatMessage(input: $i) { id cursor } }`;
export const ingestMutation = `mutation BenchIngest($e: [IngestEvent!]!) { ingest(events: $e) { cursor } }`;

export function chatInput(text: string) {
  return { serverId, channel, playerId: 'p1', playerName: 'Bench', text };
}

export function postChatBody(text: string): string {
  return JSON.stringify({ query: postChatMutation, variables: { i: chatInput(text) } });
}

export interface Target {
  name: ServerName;
  /** The first (or only) node: it takes every mutation. */
  server: ServerProcess;
  /** Every node, `server` first; one process for all but vigil-redis. */
  nodes: ServerProcess[];
  /** The first node's URL, where the publisher sends. */
  url: string;
  /** Where subscribers go: one URL per node, subscribers split evenly across them. */
  subscriberUrls: string[];
  /** vigil-redis: the redis-server the nodes share. */
  redis: RedisProcess | null;
  /** How receivers authenticate subscribers (null: no auth). */
  subscriberAuth: SubscriberAuthSpec | null;
  /** Headers of every mutation (Vigil: the producer token of bench-1). */
  publishHeaders: Record<string, string>;
  /** What ran, for the result file. */
  command: string;
  /** Stops every node, then Redis. */
  stop(): Promise<void>;
}

export interface TargetOptions {
  vigilRoot: string;
  /** taskset CPU list for the server, or null. */
  pinCpus: string | null;
  /** Start with the SIGUSR2 GC preload (lib/gc-preload.mjs). */
  gcProbe: boolean;
  /** Vigil only: node --cpu-prof into this folder. */
  profileDir: string | null;
  tokenTtlS: number;
  /** vigil-redis: how many nodes. */
  nodes: number;
  /** vigil-redis: taskset CPU list for redis-server, or null. */
  redisCpus: string | null;
}

const gcPreload = pathToFileURL(join(benchRoot, 'bench', 'lib', 'gc-preload.mjs')).href;

function spawnVigil(
  options: TargetOptions,
  secret: string,
  nodeArgs: string[],
  preloads: string[],
  name: string,
  redisUrl: string | null,
): Promise<ServerProcess> {
  return spawnServer({
    name,
    cwd: options.vigilRoot,
    script: 'src/main.ts',
    nodeArgs,
    preloads,
    pinCpus: options.pinCpus,
    readyTimeoutMs: 40_000,
    env: (port, dataDir) => ({
      VIGIL_PORT: String(port),
      VIGIL_HOST: benchHost,
      VIGIL_DATABASE_PATH: join(dataDir, 'vigil.db'),
      VIGIL_LOG_LEVEL: 'warn',
      VIGIL_GRAPHIQL: 'false',
      VIGIL_ADMIN_JWT_SECRET: secret,
      VIGIL_ADMIN_JWT_AUDIENCE: benchAudience,
      ...(redisUrl ? { VIGIL_REDIS_URL: redisUrl, VIGIL_REDIS_PREFIX: benchRedisPrefix } : {}),
    }),
  });
}

export async function startTarget(name: ServerName, options: TargetOptions): Promise<Target> {
  const nodeArgs: string[] = [];
  const preloads = options.gcProbe ? [gcPreload] : [];
  if (isVigil(name)) {
    const secret = benchJwtSecret();
    if (options.profileDir) {
      mkdirSync(options.profileDir, { recursive: true });
      nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.profileDir}`);
    }
    const redis = name === 'vigil-redis' ? await startRedis({ pinCpus: options.redisCpus }) : null;
    const nodes: ServerProcess[] = [];
    const stop = async () => {
      await Promise.all(nodes.map((n) => n.stop()));
      await redis?.stop();
    };
    try {
      // One after the other: each node joins the others on Redis as it starts.
      for (let i = 0; i < (redis ? options.nodes : 1); i++)
        nodes.push(await spawnVigil(options, secret, nodeArgs, preloads, redis ? `vigil-redis-${i + 1}` : 'vigil', redis?.url ?? null));
      const server = nodes[0]!;
      const admin = await mintAdminToken(secret, 'bench-admin', ['ADMIN'], options.tokenTtlS);
      const producer = await issueProducerToken(server.url, admin, serverId);
      const vigilCommand =
        `node ${nodeArgs.join(' ')} --import tsx ${preloads.map((p) => `--import ${p} `).join('')}src/main.ts (in ${options.vigilRoot})`.replace(
          /\s+/g,
          ' ',
        );
      return {
        name,
        server,
        nodes,
        url: server.url,
        subscriberUrls: nodes.map((n) => n.url),
        redis,
        subscriberAuth: { secret, audience: benchAudience, roles: [benchViewerRole], subjectPrefix: 'bench-viewer-', ttlS: options.tokenTtlS },
        publishHeaders: { authorization: `Bearer ${producer}` },
        command: redis
          ? `${nodes.length} x ${vigilCommand} with VIGIL_REDIS_URL=${redis.url} VIGIL_REDIS_PREFIX=${benchRedisPrefix}; ${redis.command}`
          : vigilCommand,
        stop,
      };
    } catch (error) {
      await stop();
      throw error;
    }
  }
  const script = join(benchRoot, 'bench', 'baselines', `${name}.ts`);
  const server = await spawnServer({
    name,
    cwd: benchRoot,
    script,
    nodeArgs,
    preloads,
    pinCpus: options.pinCpus,
    readyTimeoutMs: 20_000,
    env: (port) => ({ BENCH_PORT: String(port), BENCH_HOST: benchHost }),
  });
  return {
    name,
    server,
    nodes: [server],
    url: server.url,
    subscriberUrls: [server.url],
    redis: null,
    subscriberAuth: null,
    publishHeaders: {},
    command: `node ${nodeArgs.join(' ')} --import tsx bench/baselines/${name}.ts`.replace(/\s+/g, ' '),
    stop: () => server.stop(),
  };
}

/** `git rev-parse --short HEAD` of a checkout, and whether its src/ differs from that commit (read-only). */
export function checkoutState(root: string): { commit: string; srcChanged: boolean | null } {
  let commit = 'unknown';
  let srcChanged: boolean | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return { commit, srcChanged };
  }
  try {
    execFileSync('git', ['--no-optional-locks', 'diff', '--quiet', 'HEAD', '--', 'src'], { cwd: root, stdio: 'ignore' });
    const untracked = execFileSync('git', ['--no-optional-locks', 'ls-files', '--others', '--exclude-standard', '--', 'src'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    srcChanged = untracked.length > 0;
  } catch (error) {
    srcChanged = (error as { status?: number }).status === 1 ? true : null;
  }
  return { commit, srcChanged };
}

export function assertVigilRoot(root: string): void {
  if (!existsSync(join(root, 'src', 'main.ts'))) throw new Error(`--vigil-root ${root} has no src/main.ts`);
  if (!existsSync(join(root, 'node_modules', 'tsx')))
    throw new Error(`--vigil-root ${root} has no node_modules/tsx (run npm ci there, or symlink node_modules)`);
}
