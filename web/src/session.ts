/** A role an admin token can carry (the schema's Role less PRODUCER, which is a game server's). */
export type AdminRole = 'ADMIN' | 'OPERATOR' | 'MODERATOR' | 'SUPPORT';
export const adminRoles: readonly AdminRole[] = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'];

/** Who is signed in, as the token says. Shown in the header; the server verifies the token on every request. */
export interface Session {
  token: string;
  sub: string;
  roles: AdminRole[];
  /** Null when the token carries no `exp`. */
  expiresAt: Date | null;
}

export type DecodedToken = { ok: true; session: Session } | { ok: false; error: string };

function decodeBase64Url(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Reads an admin token's payload for display (it does not verify the signature: the server does). */
export function decodeAdminToken(input: string, now: number = Date.now()): DecodedToken {
  const token = input.trim().replace(/^Bearer\s+/i, '');
  if (!token) return { ok: false, error: 'Paste an admin token.' };
  const parts = token.split('.');
  if (parts.length !== 3)
    return { ok: false, error: 'That is not an admin token (expected a signed JWT: three dot-separated parts). Producer tokens cannot sign in.' };
  let payload: unknown;
  try {
    payload = JSON.parse(decodeBase64Url(parts[1]!));
  } catch {
    return { ok: false, error: 'The token payload cannot be read.' };
  }
  if (!payload || typeof payload !== 'object') return { ok: false, error: 'The token payload cannot be read.' };
  const claims = payload as { sub?: unknown; roles?: unknown; exp?: unknown };
  const roles = Array.isArray(claims.roles) ? adminRoles.filter((role) => (claims.roles as unknown[]).includes(role)) : [];
  if (roles.length === 0) return { ok: false, error: `The token carries no admin role (${adminRoles.join(', ')}).` };
  const expiresAt = typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
  if (expiresAt && expiresAt.getTime() <= now) return { ok: false, error: `The token expired at ${expiresAt.toLocaleString()}.` };
  return { ok: true, session: { token, sub: typeof claims.sub === 'string' ? claims.sub : 'unknown', roles, expiresAt } };
}

const storageKey = 'vigil.adminToken';

/** The session kept in this tab's sessionStorage, if its token still reads as a valid admin token. */
export function restoreSession(storage: Pick<Storage, 'getItem' | 'removeItem'>, now: number = Date.now()): Session | null {
  const token = storage.getItem(storageKey);
  if (!token) return null;
  const decoded = decodeAdminToken(token, now);
  if (decoded.ok) return decoded.session;
  storage.removeItem(storageKey);
  return null;
}

export function storeSession(storage: Pick<Storage, 'setItem'>, session: Session): void {
  storage.setItem(storageKey, session.token);
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(storageKey);
}
