import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AnyEventDraft } from '../src/events/envelope.ts';
import { SchemaVersionError, SqliteEventLog, schemaVersion } from '../src/events/log/sqlite.ts';
import { tempDir } from './kit/vigil.ts';

const draft: AnyEventDraft = {
  stream: 'chat',
  type: 'chat.message',
  serverId: 'eu-1',
  key: 'global',
  occurredAt: new Date(),
  priority: 'NORMAL',
  payload: { kind: 'MESSAGE', channel: 'global', playerId: 'p-1', playerName: 'Old', recipientId: null, text: 'written before the upgrade' },
  dedupKey: null,
};

/** Reads or writes the file's meta rows with a connection of its own, as another Vigil would. */
function withFile<T>(path: string, use: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const storedVersion = (path: string) => withFile(path, (db) => db.prepare(`SELECT value FROM meta WHERE name = 'schema_version'`).pluck().get());

async function logFile(): Promise<{ path: string; cursor: string }> {
  const path = join(tempDir(), 'vigil.db');
  const log = new SqliteEventLog(path);
  const [outcome] = await log.append([draft]);
  await log.close();
  return { path, cursor: outcome!.event.cursor };
}

describe('schema version', () => {
  it('should record the schema version this Vigil writes in a new log', async () => {
    const { path } = await logFile();
    expect(schemaVersion).toBe(2);
    expect(storedVersion(path)).toBe('2');
  });

  it('should open a log from before schema versions, keep its events and cursors, and record the version', async () => {
    const { path, cursor } = await logFile();
    // What the Vigil before schema versions left: the same tables, no schema_version row.
    withFile(path, (db) => db.prepare(`DELETE FROM meta WHERE name = 'schema_version'`).run());
    expect(storedVersion(path)).toBeUndefined();

    const log = new SqliteEventLog(path);
    const { events } = await log.read({ limit: 10 });
    await log.close();
    expect(events.map((event) => [event.cursor, event.payload])).toEqual([[cursor, draft.payload]]);
    expect(storedVersion(path)).toBe('2');
  });

  it('should refuse a log written by a newer Vigil and leave it as it was', async () => {
    const { path } = await logFile();
    // A newer layout, in part: its version, and an index this Vigil's migrations would drop.
    withFile(path, (db) => {
      db.prepare(`UPDATE meta SET value = '3' WHERE name = 'schema_version'`).run();
      db.exec('CREATE INDEX events_by_priority ON events (priority, seq)');
    });

    expect(() => new SqliteEventLog(path)).toThrow(
      new SchemaVersionError(`${path} was written by a newer Vigil (schema 3, this one knows up to 2); upgrade Vigil or restore a backup`),
    );
    expect(storedVersion(path)).toBe('3');
    expect(withFile(path, (db) => db.prepare(`SELECT name FROM sqlite_master WHERE name = 'events_by_priority'`).pluck().get())).toBe(
      'events_by_priority',
    );
  });

  it('should stop `npm start` on a log of a newer Vigil with that message and no stack trace', async () => {
    const { path } = await logFile();
    withFile(path, (db) => db.prepare(`UPDATE meta SET value = '7' WHERE name = 'schema_version'`).run());

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_'))),
        VIGIL_DATABASE_PATH: path,
        VIGIL_PORT: '0',
        VIGIL_HOST: '127.0.0.1',
        VIGIL_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${path} was written by a newer Vigil (schema 7, this one knows up to 2); upgrade Vigil or restore a backup\n`);
  });
});
