import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CryptoKey, createLocalJWKSet, errors, importSPKI, type JWK, jwtVerify, SignJWT } from 'jose';
import { ConfigError, parseDuration, type VigilConfig } from '../server/config.ts';
import { type Role, roles } from './roles.ts';

export interface AdminClaims {
  sub: string;
  roles: Role[];
  expiresAt: Date | null;
}

export class AdminTokenError extends Error {
  override name = 'AdminTokenError';
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED',
    message: string,
  ) {
    super(message);
  }
}

type VerifyKey = Uint8Array | CryptoKey | ReturnType<typeof createLocalJWKSet>;

/** Reads and parses a configured key file; any failure stops start-up naming the setting and the file. */
async function keyFile<T>(setting: string, file: string, parse: (text: string) => T | Promise<T>): Promise<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${setting}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return await parse(text);
  } catch (error) {
    throw new ConfigError(`${setting}: ${file} holds no usable key (${(error as Error).message})`);
  }
}

/** Verifies (and, with a shared secret, mints) the signed tokens admins carry. */
export class AdminTokenKeys {
  private constructor(
    private readonly verifyKey: VerifyKey,
    private readonly algorithms: string[],
    private readonly secret: Uint8Array | null,
    readonly audience: string,
    /** Set when this start generated the secret: where it now lives (a file in the data folder, or a Redis key). */
    readonly generatedSecretAt: string | null,
  ) {}

  /**
   * Loads the configured key: an HS256 secret, a PEM public key, a JWKS file, or else a generated secret: `shared` when
   * the nodes share one (kept in Redis), a file in the data folder otherwise.
   */
  static async load(config: VigilConfig, shared?: { secret: string; generatedAt: string | null }): Promise<AdminTokenKeys> {
    if (config.adminJwksFile) {
      const jwks = await keyFile('VIGIL_ADMIN_JWKS_FILE', config.adminJwksFile, (text) => createLocalJWKSet(JSON.parse(text) as { keys: JWK[] }));
      return new AdminTokenKeys(jwks, ['RS256', 'ES256'], null, config.adminJwtAudience, null);
    }
    if (config.adminPublicKeyFile) {
      const algorithm = config.adminPublicKeyAlgorithm;
      const key = await keyFile('VIGIL_ADMIN_PUBLIC_KEY_FILE', config.adminPublicKeyFile, (pem) => importSPKI(pem, algorithm));
      return new AdminTokenKeys(key, [algorithm], null, config.adminJwtAudience, null);
    }
    let generatedSecretFile: string | null = null;
    let secretText = config.adminJwtSecret;
    if (!secretText && shared) {
      secretText = shared.secret;
      generatedSecretFile = shared.generatedAt;
    }
    if (!secretText) {
      if (config.databasePath === ':memory:') throw new Error('VIGIL_ADMIN_JWT_SECRET is required when the database is in memory');
      const file = join(dirname(config.databasePath), 'admin-jwt-secret');
      if (!existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
        generatedSecretFile = file;
      }
      secretText = readFileSync(file, 'utf8').trim();
      if (Buffer.byteLength(secretText) < 32) {
        throw new ConfigError(
          `The admin token secret in ${file} is shorter than 32 bytes: delete the file to have a new one generated, or set VIGIL_ADMIN_JWT_SECRET`,
        );
      }
    }
    const secret = new TextEncoder().encode(secretText);
    return new AdminTokenKeys(secret, ['HS256'], secret, config.adminJwtAudience, generatedSecretFile);
  }

  get canSign(): boolean {
    return this.secret !== null;
  }

  async sign(sub: string, tokenRoles: readonly Role[], ttl: string | number): Promise<string> {
    if (!this.secret) throw new Error('admin tokens are verified with a public key here; mint them where the private key lives');
    const ttlMs = parseDuration(ttl);
    if (!(ttlMs > 0)) throw new Error(`a token's ttl must be positive, got ${JSON.stringify(ttl)}`);
    // `exp` counts whole seconds: round up, so a token lives at least its ttl (a 1s token minted at x.9 s would
    // otherwise be dead 100 ms later).
    return new SignJWT({ roles: [...tokenRoles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sub)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(Math.ceil((Date.now() + ttlMs) / 1000))
      .sign(this.secret);
  }

  async verify(token: string): Promise<AdminClaims> {
    try {
      const { payload } = await jwtVerify(token, this.verifyKey as Uint8Array, {
        algorithms: this.algorithms,
        audience: this.audience,
        requiredClaims: ['sub', 'exp'],
      });
      const claimed = Array.isArray(payload.roles) ? payload.roles : [];
      const known = claimed.filter((role): role is Role => (roles as readonly unknown[]).includes(role));
      if (known.length === 0) throw new AdminTokenError('UNAUTHENTICATED', `token carries no known role (${roles.join(', ')})`);
      return { sub: payload.sub!, roles: known, expiresAt: payload.exp ? new Date(payload.exp * 1000) : null };
    } catch (error) {
      if (error instanceof AdminTokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new AdminTokenError('TOKEN_EXPIRED', 'admin token has expired');
      throw new AdminTokenError('UNAUTHENTICATED', 'admin token is not valid');
    }
  }
}
