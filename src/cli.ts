import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { AdminTokenKeys } from './auth/admin-tokens.ts';
import { parseRoles } from './auth/roles.ts';
import { openProducerTokens } from './cluster/engine.ts';
import { backupSqliteLog } from './events/log/sqlite-backup.ts';
import { ConfigError, loadConfig, parseDuration } from './server/config.ts';

function duration(value: string): string {
  try {
    parseDuration(value);
    return value;
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function roleList(value: string) {
  try {
    return parseRoles(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

const program = new Command('vigil').description('Vigil administration: tokens for producers and admins, backups.');
const token = program.command('token').description('issue and revoke credentials');

token
  .command('producer')
  .description('issue a producer token for one game server (printed once; only its hash is stored)')
  .requiredOption('--server <serverId>', 'the server this token may report as')
  .option('--label <text>', 'a note to recognise the token by')
  .action(async (options: { server: string; label?: string }) => {
    const store = await openProducerTokens(loadConfig());
    const issued = await store.producers.issue(options.server, options.label ?? null);
    await store.close();
    console.error(`Producer token ${issued.id} for server ${issued.serverId} (shown once):`);
    console.log(issued.token);
  });

token
  .command('revoke')
  .description('revoke a producer token by id: it stops working at once')
  .argument('<id>', 'the token id printed when it was issued')
  .action(async (id: string) => {
    const store = await openProducerTokens(loadConfig());
    const revoked = await store.producers.revoke(id);
    await store.close();
    if (!revoked) program.error(`no producer token with id ${id}`, { exitCode: 1 });
    console.log(`revoked ${revoked!.id} (server ${revoked!.serverId})`);
  });

token
  .command('admin')
  .description('mint a signed admin token')
  .requiredOption('--sub <name>', 'who the token is for')
  .requiredOption('--roles <roles>', 'comma-separated: ADMIN, OPERATOR, MODERATOR, SUPPORT', roleList)
  .option('--ttl <duration>', 'how long it is valid (e.g. 30m, 8h, 7d)', duration, '8h')
  .action(async (options: { sub: string; roles: ReturnType<typeof parseRoles>; ttl: string }) => {
    const keys = await AdminTokenKeys.load(loadConfig());
    console.log(await keys.sign(options.sub, options.roles, options.ttl));
  });

program
  .command('backup')
  .description('copy the SQLite log (events, cursors, producer tokens) into <file> while Vigil runs: a consistent snapshot')
  .argument('<file>', 'where to write the copy')
  .option('--force', 'replace <file> if it exists')
  .action((file: string, options: { force?: boolean }) => {
    const config = loadConfig();
    if (config.redisUrl) {
      program.error(
        "backup copies the embedded SQLite engine's file; this Vigil runs on Redis (VIGIL_REDIS_URL is set). Back Redis up with its own " +
          'persistence: BGSAVE and copy the RDB file, or copy the AOF (appendonly yes) from its dir.',
        { exitCode: 1 },
      );
    }
    const copy = backupSqliteLog(config.databasePath, file, { force: options.force === true });
    console.log(
      `Backed up ${config.databasePath} to ${copy.file} (${copy.bytes} bytes): ${copy.events} events, head seq ${copy.head}, epoch ${copy.epoch}, ` +
        `schema ${copy.schemaVersion}, ${copy.producerTokens} producer tokens.`,
    );
    const secret = join(dirname(config.databasePath), 'admin-jwt-secret');
    if (!config.adminJwtSecret && existsSync(secret)) console.log(`Not in it: the admin token secret ${secret}; keep a copy of that file too.`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
