import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '../src/events/cursor.ts';
import type { BackupHistoryQuery, IngestEvent } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { spawnVigil } from './kit/process.ts';
import { startVigil, type TestVigil, tempDir } from './kit/vigil.ts';

const BackupIssueProducer = graphql(`
  mutation BackupIssueProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: "backup") { token producerToken { id } } }
`);

const BackupRevokeProducer = graphql(`
  mutation BackupRevokeProducer($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }
`);

const BackupIngest = graphql(`
  mutation BackupIngest($events: [IngestEvent!]!) { ingest(events: $events) { id cursor } }
`);

const BackupHistory = graphql(`
  query BackupHistory($after: Cursor) { events(stream: CHAT, after: $after, first: 500) { events { id cursor } endCursor hasMore head } }
`);

const BackupTokens = graphql(`
  query BackupTokens { producerTokens { id serverId revokedAt } }
`);

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run vigil -- <args>` as the README does, with only the VIGIL_* settings given. */
function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_'))), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

function chatEvents(serverId: string, from: number, count: number): IngestEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    chat: { serverId, channel: 'ops', playerId: 'p-1', playerName: 'Backup', text: `line ${from + i}` },
  }));
}

async function readChat(vigil: TestVigil): Promise<Array<{ id: string; cursor: string }>> {
  const events: Array<{ id: string; cursor: string }> = [];
  let after: string | null = null;
  for (;;) {
    const page: BackupHistoryQuery['events'] = (await vigil.ok(BackupHistory, { after })).events;
    events.push(...page.events);
    if (!page.hasMore) return events;
    after = page.endCursor!;
  }
}

describe('backup', () => {
  it('should copy a running Vigil taking ingest into a file a new Vigil opens with the same events, cursors, epoch and producer tokens', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'data', 'vigil.db');
    const live = await spawnVigil({ databasePath });
    const issue = async (serverId: string) => {
      const { token, producerToken } = (await live.ok(BackupIssueProducer, { serverId })).issueProducerToken;
      return { token, id: producerToken.id };
    };
    const issued = await issue('eu-1');
    const revoked = await issue('eu-2');
    await live.ok(BackupRevokeProducer, { id: revoked.id });
    // A log large enough that the copy takes a while.
    const acked: Array<{ id: string; cursor: string }> = [];
    for (let n = 0; n < 20; n++) acked.push(...(await live.ok(BackupIngest, { events: chatEvents('eu-1', n * 1_000, 1_000) }, issued.token)).ingest);

    // Ingest goes on, batch after batch, for as long as the backup runs.
    const backupFile = join(dir, 'backups', 'vigil-copy.db');
    let backingUp = true;
    let ackedBeforeBackup = 0;
    const during = (async () => {
      let ackedDuring = 0;
      for (let n = 20; backingUp; n++) {
        acked.push(...(await live.ok(BackupIngest, { events: chatEvents('eu-1', n * 1_000, 50) }, issued.token)).ingest);
        ackedDuring += 50;
      }
      return ackedDuring;
    })();
    await expect.poll(() => acked.length, { interval: 5 }).toBeGreaterThan(20_000);
    ackedBeforeBackup = acked.length;
    const run = await runCli(['backup', backupFile], { VIGIL_DATABASE_PATH: databasePath });
    backingUp = false;
    const ackedDuring = await during;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(ackedDuring).toBeGreaterThan(0);
    const printed = /^Backed up (.+) to (.+) \(\d+ bytes\): (\d+) events, head seq (\d+), epoch (\S+), schema 2, 2 producer tokens\.$/m.exec(
      run.stdout,
    );
    expect(printed, run.stdout).not.toBeNull();
    expect(printed!.slice(1, 3)).toEqual([databasePath, backupFile]);
    expect(run.stdout).toContain(`Not in it: the admin token secret ${join(dir, 'data', 'admin-jwt-secret')}`);
    const [events, head, epoch] = [Number(printed![3]), Number(printed![4]), printed![5]];
    await live.stop();

    const restored = await startVigil({ databasePath: backupFile });
    const copied = await readChat(restored);
    // Everything acknowledged before the backup started, with its id and cursor; then a prefix of what came after.
    expect(copied.length).toBe(events);
    expect(copied.length).toBeGreaterThanOrEqual(ackedBeforeBackup);
    expect(copied).toEqual(acked.slice(0, copied.length));
    expect(decodeCursor(copied.at(-1)!.cursor)).toEqual({ epoch, seq: head });
    expect(restored.app.services.log.epoch).toBe(epoch);
    expect(decodeCursor(acked[0]!.cursor).epoch).toBe(epoch);

    // The producer tokens came along: the live one still ingests, the revoked one is still refused.
    const tokens = (await restored.ok(BackupTokens, {})).producerTokens;
    expect(tokens.map(({ id, serverId, revokedAt }) => ({ id, serverId, revoked: revokedAt !== null }))).toEqual([
      { id: issued.id, serverId: 'eu-1', revoked: false },
      { id: revoked.id, serverId: 'eu-2', revoked: true },
    ]);
    const next = (await restored.ok(BackupIngest, { events: chatEvents('eu-1', -1, 1) }, { as: issued.token })).ingest[0]!;
    expect(decodeCursor(next.cursor)).toEqual({ epoch, seq: head + 1 });
    const refused = await restored.execute(BackupIngest, { events: chatEvents('eu-2', -1, 1) }, { as: revoked.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
  });

  it('should refuse to overwrite an existing file unless --force', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'vigil.db');
    const vigil = await startVigil({ databasePath });
    await vigil.ok(BackupIngest, { events: chatEvents('eu-1', 0, 3) });
    const backupFile = join(dir, 'copy.db');
    writeFileSync(backupFile, 'an older backup');

    const refused = await runCli(['backup', backupFile], { VIGIL_DATABASE_PATH: databasePath });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`${backupFile} already exists; pass --force to replace it`);
    expect(readFileSync(backupFile, 'utf8')).toBe('an older backup');

    const forced = await runCli(['backup', backupFile, '--force'], { VIGIL_DATABASE_PATH: databasePath });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/: 3 events, head seq 3, /);
    await vigil.close();
    const restored = await startVigil({ databasePath: backupFile });
    expect(await readChat(restored)).toHaveLength(3);
  });

  it('should refuse a log that does not exist, and write nothing', async () => {
    const dir = tempDir();
    const run = await runCli(['backup', join(dir, 'copy.db')], { VIGIL_DATABASE_PATH: join(dir, 'missing.db') });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`No Vigil log at ${join(dir, 'missing.db')} (set VIGIL_DATABASE_PATH to the file Vigil runs on)`);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });

  it("should point to Redis's own persistence on the Redis engine, without connecting", async () => {
    const dir = tempDir();
    // Nothing listens on port 1: the command must not try.
    const run = await runCli(['backup', join(dir, 'copy.db')], {
      VIGIL_REDIS_URL: 'redis://127.0.0.1:1',
      VIGIL_DATABASE_PATH: join(dir, 'vigil.db'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("backup copies the embedded SQLite engine's file; this Vigil runs on Redis (VIGIL_REDIS_URL is set)");
    expect(run.stderr).toContain('BGSAVE and copy the RDB file, or copy the AOF');
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });
});
