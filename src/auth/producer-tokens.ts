import { hash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
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

/** Producer tokens: 32 random bytes each, stored as sha256 and looked up by hash on every request (so revocation is immediate). */
export class SqliteProducerTokens implements ProducerTokens {
  private readonly db: Database.Database;
  /** Every request of a producer looks its token up: prepared once. */
  private readonly byHash: Database.Statement;

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
  }

  async issue(serverId: string, label: string | null = null): Promise<IssuedProducerToken> {
    const token = newProducerSecret();
    const id = randomUUID();
    const createdAt = Date.now();
    this.db
      .prepare('INSERT INTO producer_tokens (id, token_hash, server_id, label, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, hashToken(token), serverId, label, createdAt);
    return { id, serverId, label, createdAt: new Date(createdAt), revokedAt: null, token };
  }

  async revoke(id: string): Promise<ProducerTokenRecord | null> {
    this.db.prepare('UPDATE producer_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(Date.now(), id);
    const row = this.db.prepare('SELECT * FROM producer_tokens WHERE id = ?').get(id) as TokenRow | undefined;
    return row ? toRecord(row) : null;
  }

  async lookup(token: string): Promise<ProducerTokenRecord | null> {
    if (!token.startsWith(tokenPrefix)) return null;
    const row = this.byHash.get(hashToken(token)) as TokenRow | undefined;
    return row ? toRecord(row) : null;
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
    if (this.db.open) this.db.close();
  }
}

export function looksLikeProducerToken(token: string): boolean {
  return token.startsWith(tokenPrefix);
}
