import type { StreamName } from '../events/envelope.ts';

export const roles = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'] as const;
export type Role = (typeof roles)[number];

/** Who may see each stream (the role table in README.md, "Roles and tokens"); the same rule guards live events, replay and notifications. */
export const streamReaders: Record<StreamName, readonly Role[]> = {
  serverStatus: roles,
  players: roles,
  telemetry: ['ADMIN', 'OPERATOR'],
  mapEntities: ['ADMIN', 'OPERATOR', 'MODERATOR'],
  chat: ['ADMIN', 'MODERATOR', 'SUPPORT'],
  tickets: ['ADMIN', 'MODERATOR', 'SUPPORT'],
  security: ['ADMIN', 'MODERATOR'],
};

/** Fields narrower than their stream. */
export const fieldReaders = {
  whisperText: ['ADMIN', 'MODERATOR'],
  playerPersonalData: ['ADMIN'],
  hubAdministration: ['ADMIN'],
  ticketWork: ['ADMIN', 'MODERATOR', 'SUPPORT'],
} as const satisfies Record<string, readonly Role[]>;

export function hasAnyRole(viewerRoles: ReadonlySet<Role>, allowed: readonly AuthRole[]): boolean {
  return allowed.some((role) => viewerRoles.has(role as Role));
}

export function parseRoles(text: string): Role[] {
  const parsed = text
    .split(',')
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
  const unknown = parsed.filter((role) => !(roles as readonly string[]).includes(role));
  if (unknown.length) throw new Error(`unknown role(s) ${unknown.join(', ')}; roles are ${roles.join(', ')}`);
  if (parsed.length === 0) throw new Error(`at least one role is needed (${roles.join(', ')})`);
  return [...new Set(parsed)] as Role[];
}

/** Who a rule can name: an admin role, or PRODUCER (a game server's producer token). */
export const authRoles = [...roles, 'PRODUCER'] as const;
export type AuthRole = (typeof authRoles)[number];
