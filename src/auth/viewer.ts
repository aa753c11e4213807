import type { Role } from './roles.ts';

/** Who is asking: a game server with its producer token, an admin with roles, or nobody. */
export type Viewer =
  | { kind: 'producer'; serverId: string; tokenId: string }
  | { kind: 'admin'; sub: string; roles: ReadonlySet<Role>; expiresAt: Date | null }
  | { kind: 'anonymous'; reason: AnonymousReason | null };

/** Why a request that carried a credential is anonymous: told to the client so it can re-authenticate. */
export interface AnonymousReason {
  /** UNAVAILABLE: the credential could not be checked (the shared token store does not answer); try again. */
  code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'UNAVAILABLE';
  message: string;
}

export const anonymous: Viewer = { kind: 'anonymous', reason: null };

/** Stable identity for per-viewer limits and stream-reservation binding. */
export function viewerKey(viewer: Viewer): string | null {
  if (viewer.kind === 'producer') return `producer:${viewer.tokenId}`;
  if (viewer.kind === 'admin') return `admin:${viewer.sub}`;
  return null;
}

export function describeViewer(viewer: Viewer): string {
  if (viewer.kind === 'producer') return `producer of ${viewer.serverId}`;
  if (viewer.kind === 'admin') return `${viewer.sub} (${[...viewer.roles].join(', ')})`;
  return 'anonymous';
}
