import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { storedSchemaVersion } from './sqlite.ts';

/** What a backup holds, read back from the copy itself. */
export interface BackupSummary {
  file: string;
  bytes: number;
  events: number;
  /** The last seq the log had assigned when the copy was taken: a cursor up to it resumes on the restored copy. */
  head: number;
  epoch: string;
  schemaVersion: number;
  producerTokens: number;
}

/** A backup that was refused or failed; nothing was written at the target. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Copies the log file at `source` (events, dedup keys, meta, producer tokens) to `target` with `VACUUM INTO`: one read
 * transaction, so the copy is the file as of one commit, taken while Vigil goes on writing (in WAL mode a reader never
 * blocks the writer). The copy is written beside the target, checked, and only then given the target's name.
 */
export function backupSqliteLog(source: string, target: string, { force = false }: { force?: boolean } = {}): BackupSummary {
  if (source === ':memory:') throw new BackupError('The event log is in memory (VIGIL_DATABASE_PATH=":memory:"): there is no file to back up');
  const file = resolve(target);
  if (file === resolve(source)) throw new BackupError(`${target} is the log itself; name another file`);
  if (!existsSync(source)) throw new BackupError(`No Vigil log at ${source} (set VIGIL_DATABASE_PATH to the file Vigil runs on)`);
  if (existsSync(file) && !force) throw new BackupError(`${target} already exists; pass --force to replace it`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  rmSync(partial, { force: true });
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare('VACUUM INTO ?').run(partial);
    } finally {
      db.close();
    }
    const summary = summarize(partial);
    // A link, unlike a rename, refuses a target that appeared meanwhile.
    if (force) renameSync(partial, file);
    else linkSync(partial, file);
    return { ...summary, file };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw new BackupError(exists ? `${target} already exists; pass --force to replace it` : `The backup failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Opens the copy as Vigil would read it: intact, and what it holds. */
function summarize(path: string): Omit<BackupSummary, 'file'> {
  const db = new Database(path, { fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The copy does not check out (${String(check)}); the log was not copied`);
    const has = (table: string) => Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table));
    if (!has('events') || !has('meta')) throw new BackupError('The file holds no Vigil event log (no events or meta table)');
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      bytes: statSync(path).size,
      events: count('SELECT COUNT(*) FROM events'),
      head: count(`SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), COALESCE((SELECT MAX(seq) FROM events), 0))`),
      epoch: db.prepare(`SELECT value FROM meta WHERE name = 'epoch'`).pluck().get() as string,
      schemaVersion: storedSchemaVersion(db),
      producerTokens: has('producer_tokens') ? count('SELECT COUNT(*) FROM producer_tokens') : 0,
    };
  } finally {
    db.close();
  }
}
