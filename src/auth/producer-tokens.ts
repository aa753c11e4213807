import { hash, randomBytes, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface ProducerTokenRecord {
  id: string;
  serverId: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface IssuedProducerToken extends ProducerTokenRecord {
  /** The secret, shown once: only its sha256 is kept. */
  token: string;
}

interface TokenRow {
  id: string;
  server_id: string;
  label: string | null;
  created_at: number;
  revoked_at: number | null;
}

const tokenPrefix = 'vgp_';

export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

function toRecord(row: TokenRow): ProducerTokenRecord {
  return {
    id: row.id,
    serverId: row.server_id,
    label: row.label,
    createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}

/** Where producer tokens live: the embedded SQLite file, or Redis shared by every node (src/cluster/producer-tokens.ts). */
export interface ProducerTokens {
  issue(serverId: string, label?: string | null): Promise<IssuedProducerToken>;
  /** Revokes a token; resolves with the record, or null if no such token exists. Revoking twice keeps the first time. */
  revoke(id: string): Promise<ProducerTokenRecord | null>;
  /** The record a presented secret belongs to (revoked ones included, so the caller can say so), or null. */
  lookup(token: string): Promise<ProducerTokenRecord | null>;
  get(id: string): Promise<ProducerTokenRecord | null>;
  /** Every token (of one server), oldest first. */
  list(serverId?: string): Promise<ProducerTokenRecord[]>;
  close(): void;
}

/** A new secret: 32 random bytes behind the prefix that tells producer tokens from admin JWTs. */
export function newProducerSecret(): string {
  return `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
}

/** The most token records a node keeps in memory (the oldest goes first); unknown tokens are never kept. */
const maxRememberedTokens = 10_000;

/**
 * Tells a process that producer tokens changed in another process (`npm run vigil -- token revoke` beside a running
 * Vigil): a small file beside the database holding 16 random bytes, rewritten in place after every issue and revoke,
 * and read through one open descriptor (one pread, no lock) before a remembered record is trusted. It is a hint, not
 * data: a missing or unreadable file only means every lookup goes to the database.
 */
class TokenChanges {
  private readonly fd: number | null;
  private readonly seen = Buffer.alloc(16);
  private readonly now = Buffer.alloc(16);

  constructor(private readonly path: string | null) {
    this.fd = path === null ? null : TokenChanges.open(path);
    if (this.fd !== null) readSync(this.fd, this.seen, 0, 16, 0);
  }

  private static open(path: string): number | null {
    try {
      return openSync(path, 'a+');
    } catch {
      return null;
    }
  }

  /** Whether a change was marked since the last call (always true without the file, so nothing is trusted). */
  changed(): boolean {
    if (this.path === null) return false;
    if (this.fd === null) return true;
    try {
      readSync(this.fd, this.now, 0, 16, 0);
    } catch {
      return true;
    }
    if (this.now.equals(this.seen)) return false;
    this.now.copy(this.seen);
    return true;
  }

  /** Marks a change for every other process (after the change has committed). */
  mark(): void {
    if (this.path === null) return;
    let fd: number | null = null;
    try {
      fd = openSync(this.path, 'r+');
    } catch {
      try {
        fd = openSync(this.path, 'w');
      } catch {
        return;
      }
    }
    try {
      writeSync(fd, randomBytes(16), 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }
}

/**
 * Producer tokens: 32 random bytes each, stored as sha256. Revocation is immediate: a revoke in this process forgets
 * what is remembered at once, and one from another process (the command line) is seen through `TokenChanges` by the
 * next request, which then reads the database again. A record found is remembered because reading it from the
 * database on every request, while the log's writer commits to the same file, cost a fifth of a small mutation.
 */
export class SqliteProducerTokens implements ProducerTokens {
  private readonly db: Database.Database;
  /** Every request of a producer looks its token up: prepared once. */
  private readonly byHash: Database.Statement;
  private readonly changes: TokenChanges;
  /** Records found by their secret, while no token changed. */
  private readonly remembered = new Map<string, ProducerTokenRecord>();

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS producer_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        server_id TEXT NOT NULL,
        label TEXT,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS producer_tokens_by_server ON producer_tokens (server_id);
    `);
    this.byHash = this.db.prepare('SELECT * FROM producer_tokens WHERE token_hash = ?');
    this.changes = new TokenChanges(path === ':memory:' ? null : `${path}-tokens-changed`);
  }

  async issue(serverId: string, label: string | null = null): Promise<IssuedProducerToken> {
    const token = newProducerSecret();
    const id = randomUUID();
    const createdAt = Date.now();
    this.db
      .prepare('INSERT INTO producer_tokens (id, token_hash, server_id, label, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, hashToken(token), serverId, label, createdAt);
    this.changed();
    return { id, serverId, label, createdAt: new Date(createdAt), revokedAt: null, token };
  }

  async revoke(id: string): Promise<ProducerTokenRecord | null> {
    this.db.prepare('UPDATE producer_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(Date.now(), id);
    this.changed();
    const row = this.db.prepare('SELECT * FROM producer_tokens WHERE id = ?').get(id) as TokenRow | undefined;
    return row ? toRecord(row) : null;
  }

  async lookup(token: string): Promise<ProducerTokenRecord | null> {
    if (!token.startsWith(tokenPrefix)) return null;
    if (this.changes.changed()) this.remembered.clear();
    const known = this.remembered.get(token);
    if (known) return known;
    const row = this.byHash.get(hashToken(token)) as TokenRow | undefined;
    if (!row) return null;
    const record = toRecord(row);
    if (this.remembered.size >= maxRememberedTokens) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(token, record);
    return record;
  }

  async get(id: string): Promise<ProducerTokenRecord | null> {
    const row = this.db.prepare('SELECT * FROM producer_tokens WHERE id = ?').get(id) as TokenRow | undefined;
    return row ? toRecord(row) : null;
  }

  async list(serverId?: string): Promise<ProducerTokenRecord[]> {
    const rows = (
      serverId === undefined
        ? this.db.prepare('SELECT * FROM producer_tokens ORDER BY created_at, id').all()
        : this.db.prepare('SELECT * FROM producer_tokens WHERE server_id = ? ORDER BY created_at, id').all(serverId)
    ) as TokenRow[];
    return rows.map(toRecord);
  }

  close(): void {
    if (!this.db.open) return;
    this.db.close();
    this.changes.close();
  }

  /** A token changed here: forget what is remembered, and tell the other processes on this file. */
  private changed(): void {
    this.remembered.clear();
    this.changes.mark();
  }
}

export function looksLikeProducerToken(token: string): boolean {
  return token.startsWith(tokenPrefix);
}
