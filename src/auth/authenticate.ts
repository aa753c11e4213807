import type { Logger } from 'pino';
import { AdminTokenError, type AdminTokenKeys } from './admin-tokens.ts';
import { looksLikeProducerToken, type ProducerTokens } from './producer-tokens.ts';
import { type AnonymousReason, anonymous, type Viewer } from './viewer.ts';

export interface Authenticator {
  producers: ProducerTokens;
  adminKeys: AdminTokenKeys;
  /** Told of every refused sign-in: the reason, never the credential. */
  logger?: Pick<Logger, 'info'>;
}

/**
 * The credential a request carries: `Authorization: Bearer <token>`, or `?access_token=` on a GET event stream
 * (a browser EventSource cannot set headers). Logs redact both.
 */
export function credentialOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1]! : header;
  }
  if (request.method === 'GET' && request.headers.get('accept')?.includes('text/event-stream')) {
    return new URL(request.url).searchParams.get('access_token');
  }
  return null;
}

const viewers = new WeakMap<Request, Promise<Viewer>>();

function refused(authenticator: Authenticator, credential: 'producer token' | 'admin token', reason: AnonymousReason): Viewer {
  authenticator.logger?.info({ credential, reason: reason.code, message: reason.message }, `sign-in refused: ${reason.message}`);
  return { kind: 'anonymous', reason };
}

/**
 * Turns a request into its Viewer, once per request however many steps ask (the sign-in gate, the context).
 * Never throws: a bad credential yields an anonymous viewer with the reason.
 */
export function authenticate(request: Request, authenticator: Authenticator): Promise<Viewer> {
  let viewer = viewers.get(request);
  if (!viewer) viewers.set(request, (viewer = viewerOf(request, authenticator)));
  return viewer;
}

async function viewerOf(request: Request, authenticator: Authenticator): Promise<Viewer> {
  const { producers, adminKeys } = authenticator;
  const credential = credentialOf(request);
  if (!credential) return anonymous;
  if (looksLikeProducerToken(credential)) {
    let record: Awaited<ReturnType<ProducerTokens['lookup']>>;
    try {
      record = await producers.lookup(credential);
    } catch (error) {
      return refused(authenticator, 'producer token', {
        code: 'UNAVAILABLE',
        message: `Producer tokens cannot be checked right now (${(error as Error).message}); try again`,
      });
    }
    if (!record) return refused(authenticator, 'producer token', { code: 'UNAUTHENTICATED', message: 'unknown producer token' });
    if (record.revokedAt) return refused(authenticator, 'producer token', { code: 'TOKEN_REVOKED', message: 'producer token was revoked' });
    return { kind: 'producer', serverId: record.serverId, tokenId: record.id };
  }
  try {
    const claims = await adminKeys.verify(credential);
    return { kind: 'admin', sub: claims.sub, roles: new Set(claims.roles), expiresAt: claims.expiresAt };
  } catch (error) {
    if (error instanceof AdminTokenError) return refused(authenticator, 'admin token', { code: error.code, message: error.message });
    throw error;
  }
}
