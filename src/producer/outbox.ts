import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';

const requireModule = createRequire(import.meta.url);

/** better-sqlite3 is loaded only for a producer with an outbox: a game server without one needs no native module. */
function openDatabase(path: string): Database.Database {
  const open = requireModule('better-sqlite3') as typeof Database;
  return new open(path);
}

/** An unsent event as the outbox keeps it: one `IngestEvent` element, serialized. */
export interface OutboxEntry {
  seq: number;
  json: string;
}

/**
 * A producer's on-disk queue: every event is written here before its method returns and removed once the hub has
 * stored it (or refused its content), so a producer killed with events in flight resends them on its next start. The
 * resend is safe because every event carries its dedupKey.
 */
export class Outbox {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string]>;
  private readonly remove: Database.Statement<[number]>;

  constructor(
    readonly path: string,
    serverId: string,
  ) {
    this.db = openDatabase(path);
    this.db.pragma('journal_mode = WAL');
    // A killed process loses nothing at NORMAL; only a power cut could lose the last writes.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL);
    `);
    // Events carry their serverId: another server's producer would have them all refused as FORBIDDEN.
    this.db.prepare(`INSERT OR IGNORE INTO outbox_meta (key, value) VALUES ('serverId', ?)`).run(serverId);
    const owner = (this.db.prepare(`SELECT value FROM outbox_meta WHERE key = 'serverId'`).get() as { value: string }).value;
    if (owner !== serverId) {
      this.db.close();
      throw new Error(`The outbox ${path} belongs to server "${owner}", not "${serverId}": use one outbox file per server`);
    }
    this.insert = this.db.prepare('INSERT INTO outbox (event) VALUES (?)');
    this.remove = this.db.prepare('DELETE FROM outbox WHERE seq = ?');
  }

  /** Every event still unsent, oldest first. */
  entries(): OutboxEntry[] {
    return (this.db.prepare('SELECT seq, event FROM outbox ORDER BY seq').all() as Array<{ seq: number; event: string }>).map((row) => ({
      seq: row.seq,
      json: row.event,
    }));
  }

  add(json: string): number {
    return Number(this.insert.run(json).lastInsertRowid);
  }

  delete(seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    this.db.transaction(() => {
      for (const seq of seqs) this.remove.run(seq);
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
