import type { AdminRole } from './session.ts';

/** A page of the dashboard and the roles that may see it (the role table in README.md, "Roles and tokens"). */
export interface PageSpec {
  id: PageId;
  title: string;
  path: string;
  roles: readonly AdminRole[];
  /** Shown in the navigation; detail pages are reached from their list. */
  nav: boolean;
}

export type PageId = 'servers' | 'server' | 'map' | 'chat' | 'tickets' | 'security' | 'notifications';

const everyone: readonly AdminRole[] = ['ADMIN', 'OPERATOR', 'MODERATOR', 'SUPPORT'];

export const pages: readonly PageSpec[] = [
  { id: 'servers', title: 'Servers', path: '/servers', roles: everyone, nav: true },
  { id: 'server', title: 'Server', path: '/servers/:id', roles: everyone, nav: false },
  { id: 'map', title: 'Map', path: '/map', roles: ['ADMIN', 'OPERATOR', 'MODERATOR'], nav: true },
  { id: 'chat', title: 'Chat', path: '/chat', roles: ['ADMIN', 'MODERATOR', 'SUPPORT'], nav: true },
  { id: 'tickets', title: 'Tickets', path: '/tickets', roles: ['ADMIN', 'MODERATOR', 'SUPPORT'], nav: true },
  { id: 'security', title: 'Security', path: '/security', roles: ['ADMIN', 'MODERATOR'], nav: true },
  { id: 'notifications', title: 'Notifications', path: '/notifications', roles: everyone, nav: true },
];

/** Fields narrower than their page. */
export const featureRoles = {
  telemetry: ['ADMIN', 'OPERATOR'],
  whisperText: ['ADMIN', 'MODERATOR'],
} as const satisfies Record<string, readonly AdminRole[]>;

export function pageSpec(id: PageId): PageSpec {
  return pages.find((page) => page.id === id)!;
}

export function mayUse(roles: readonly AdminRole[], allowed: readonly AdminRole[]): boolean {
  return allowed.some((role) => roles.includes(role));
}

export function visiblePages(roles: readonly AdminRole[]): PageSpec[] {
  return pages.filter((page) => page.nav && mayUse(roles, page.roles));
}

export type Route =
  | { page: 'servers' }
  | { page: 'server'; serverId: string }
  | { page: 'map'; mapId: string | null }
  | { page: 'chat' }
  | { page: 'tickets' }
  | { page: 'security' }
  | { page: 'notifications' }
  | { page: 'home' }
  | { page: 'unknown'; path: string };

/** Reads a location path; ids in the path are URL-encoded. */
export function parseRoute(pathname: string): Route {
  const parts = pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const [first, second] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (first === 'servers' && parts.length === 1) return { page: 'servers' };
  if (first === 'servers' && parts.length === 2) return { page: 'server', serverId: second! };
  if (first === 'map' && parts.length <= 2) return { page: 'map', mapId: second ?? null };
  if (parts.length === 1 && (first === 'chat' || first === 'tickets' || first === 'security' || first === 'notifications')) return { page: first };
  return { page: 'unknown', path: pathname };
}

export function serverPath(serverId: string): string {
  return `/servers/${encodeURIComponent(serverId)}`;
}

export function mapPath(mapId: string): string {
  return `/map/${encodeURIComponent(mapId)}`;
}
