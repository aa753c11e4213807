import { Command, InvalidArgumentError } from 'commander';
import { parseDuration } from '../src/server/config.ts';
import { fleetServerIds, issueFleetTokens, revokeFleetTokens, startFleet } from '../src/simulator/index.ts';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

function duration(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function tokenPair(value: string, previous: Map<string, string>): Map<string, string> {
  const match = /^([^=]+)=(.+)$/.exec(value);
  if (!match) throw new InvalidArgumentError('expected <serverId>=<producer token>, e.g. eu-1=vgp_…');
  return new Map(previous).set(match[1]!, match[2]!);
}

const program = new Command('simulate')
  .description('Run a fleet of simulated game servers against a Vigil hub through the producer SDK.')
  .option('--url <url>', 'the hub GraphQL endpoint', 'http://localhost:4000/graphql')
  .option('--servers <n>', 'game servers (ignored when --token is given)', count, 5)
  .option('--players <n>', 'players across the fleet', count, 200)
  .option('--admin-token <token>', 'issue a producer token per server with this ADMIN token (env VIGIL_ADMIN_TOKEN)')
  .option('--token <serverId=token>', 'a producer token for one server; repeat for each server', tokenPair, new Map<string, string>())
  .option('--duration <duration>', 'stop after this long (e.g. 30s, 10m); default: until Ctrl-C', duration)
  .option('--seed <n>', 'seed of the randomness: the same seed plays the same story', (v) => Number.parseInt(v, 10))
  .option('--chaos <factor>', 'multiplies the odds of restarts, silences, incidents and tickets', Number, 1)
  .option('--quiet', 'print only the summary at the end')
  .parse();

const options = program.opts<{
  url: string;
  servers: number;
  players: number;
  adminToken?: string;
  token: Map<string, string>;
  duration?: number;
  seed?: number;
  chaos: number;
  quiet?: boolean;
}>();

function say(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
}

async function main(): Promise<void> {
  const adminToken = options.adminToken ?? process.env.VIGIL_ADMIN_TOKEN;
  let tokens = options.token;
  let issuedIds: string[] = [];
  if (tokens.size === 0) {
    if (!adminToken) {
      program.error(
        'Give --admin-token <ADMIN token> (Vigil prints one on its first start; or `npm run -s vigil -- token admin --sub simulator --roles ADMIN`), or --token <serverId>=<producer token> per server.',
      );
    }
    ({ tokens, tokenIds: issuedIds } = await issueFleetTokens(options.url, adminToken!, fleetServerIds(options.servers)));
  }
  const fleet = startFleet({
    url: options.url,
    tokens,
    players: options.players,
    seed: options.seed,
    chaos: options.chaos,
    log: options.quiet ? undefined : say,
  });
  say(
    `simulating ${fleet.serverIds.length} servers and ${options.players} players against ${options.url}${options.duration ? ` for ${options.duration / 1000} s` : ' (Ctrl-C to stop)'}`,
  );
  if (!options.quiet) for (const [serverId, maps] of fleet.maps) say(`  ${serverId}: maps ${maps.join(', ')}`);

  const started = Date.now();
  let lastSent = 0;
  const progress = options.quiet
    ? null
    : setInterval(() => {
        const s = fleet.stats();
        say(
          `${s.playersOnline} players online | sent ${s.sent} (+${Math.round((s.sent - lastSent) / 5)}/s) in ${s.requests} requests | queued ${s.queued} retried ${s.retried} failed ${s.failed}`,
        );
        lastSent = s.sent;
      }, 5_000);

  await new Promise<void>((resolve) => {
    const timer = options.duration === undefined ? null : setTimeout(resolve, options.duration);
    let stopping = false;
    // Listening for good (not once): Ctrl-C reaches us twice (from the terminal and relayed by tsx), and without a
    // listener the second one would exit mid-stop, leaving servers ONLINE and tokens unrevoked.
    const interrupt = (signal: NodeJS.Signals) => {
      if (stopping) return say(`${signal}: already stopping`);
      stopping = true;
      if (timer) clearTimeout(timer);
      resolve();
    };
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', interrupt);
  });
  if (progress) clearInterval(progress);
  say('stopping: players leave, servers report STOPPED, queues flush');
  try {
    await fleet.stop();
  } finally {
    if (issuedIds.length > 0)
      await revokeFleetTokens(options.url, adminToken!, issuedIds).catch((error: Error) =>
        say(`could not revoke the simulator's tokens: ${error.message}`),
      );
  }
  const s = fleet.stats();
  say(
    `done in ${Math.round((Date.now() - started) / 1000)} s: sent ${s.sent} events in ${s.requests} requests, retried ${s.retried}, failed ${s.failed}`,
  );
  process.exit(s.failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
