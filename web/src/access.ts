import { fieldRules, type Role, rootFieldRoles } from './generated/roles.ts';
import { type AdminRole, adminRoles } from './session.ts';

/** A page of the dashboard and the roles that may see it (those the schema's `@auth` admits to every root field it reads). */
export interface PageSpec {
  id: PageId;
  title: string;
  path: string;
  roles: readonly AdminRole[];
  /** Shown in the navigation; detail pages are reached from their list. */
  nav: boolean;
}

export type PageId = 'overview' | 'servers' | 'server' | 'map' | 'chat' | 'tickets' | 'security' | 'players' | 'player' | 'notifications' | 'replay';

type RootFields = typeof rootFieldRoles;
/** A root field that carries `@auth`, as `Type.field`, e.g. `Subscription.mapEntities`. */
export type RootField = { [T in keyof RootFields]: `${T}.${keyof RootFields[T] & string}` }[keyof RootFields];

function adminRolesIn(rules: readonly (readonly Role[])[]): readonly AdminRole[] {
  return adminRoles.filter((role) => rules.every((rule) => rule.includes(role)));
}

/** The admin roles the schema admits to every one of `fields`. */
export function rolesFor(...fields: RootField[]): readonly AdminRole[] {
  return adminRolesIn(
    fields.map((field) => {
      const [type, name] = field.split('.') as [keyof RootFields, string];
      return (rootFieldRoles[type] as Record<string, readonly Role[]>)[name]!;
    }),
  );
}

export const pages: readonly PageSpec[] = [
  { id: 'overview', title: 'Overview', path: '/', roles: rolesFor('Subscription.overview'), nav: true },
  { id: 'servers', title: 'Servers', path: '/servers', roles: rolesFor('Query.servers', 'Subscription.serverStatus'), nav: true },
  { id: 'server', title: 'Server', path: '/servers/:id', roles: rolesFor('Query.server', 'Subscription.serverStatus'), nav: false },
  { id: 'map', title: 'Map', path: '/map', roles: rolesFor('Query.maps', 'Query.mapEntities', 'Subscription.mapEntities'), nav: true },
  { id: 'chat', title: 'Chat', path: '/chat', roles: rolesFor('Query.chatMessages', 'Subscription.chat'), nav: true },
  { id: 'tickets', title: 'Tickets', path: '/tickets', roles: rolesFor('Query.tickets', 'Subscription.tickets'), nav: true },
  { id: 'security', title: 'Security', path: '/security', roles: rolesFor('Query.securityIncidents', 'Subscription.security'), nav: true },
  { id: 'players', title: 'Players', path: '/players', roles: rolesFor('Query.playerActivity', 'Subscription.players'), nav: true },
  { id: 'player', title: 'Player', path: '/players/:id', roles: rolesFor('Query.playerActivity', 'Subscription.players'), nav: false },
  { id: 'replay', title: 'Replay', path: '/replay', roles: rolesFor('Query.maps', 'Query.mapReplay'), nav: false },
  { id: 'notifications', title: 'Notifications', path: '/notifications', roles: rolesFor('Query.servers', 'Subscription.notifications'), nav: true },
];

/** Parts of a page narrower than the page. */
export const featureRoles = {
  telemetry: rolesFor('Query.telemetry', 'Subscription.telemetry'),
  whisperText: adminRolesIn([fieldRules.ChatMessage.text.requires]),
  playerChat: rolesFor('Query.chatMessages', 'Subscription.chat'),
  playerTickets: rolesFor('Query.tickets', 'Subscription.tickets'),
  playerIncidents: rolesFor('Query.securityIncidents', 'Subscription.security'),
  replayChat: rolesFor('Query.chatReplay'),
  playerContact: adminRolesIn([fieldRules.PlayerActivity.ipAddress.requires, fieldRules.PlayerActivity.email.requires]),
} satisfies Record<string, readonly AdminRole[]>;

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
  | { page: 'players' }
  | { page: 'player'; playerId: string }
  | { page: 'notifications' }
  | { page: 'replay' }
  | { page: 'overview' }
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
  if (parts.length === 0) return { page: 'overview' };
  if (first === 'servers' && parts.length === 1) return { page: 'servers' };
  if (first === 'servers' && parts.length === 2) return { page: 'server', serverId: second! };
  if (first === 'players' && parts.length === 1) return { page: 'players' };
  if (first === 'players' && parts.length === 2) return { page: 'player', playerId: second! };
  if (first === 'map' && parts.length <= 2) return { page: 'map', mapId: second ?? null };
  if (parts.length === 1 && (first === 'chat' || first === 'tickets' || first === 'security' || first === 'notifications' || first === 'replay'))
    return { page: first };
  return { page: 'unknown', path: pathname };
}

export function serverPath(serverId: string): string {
  return `/servers/${encodeURIComponent(serverId)}`;
}

export function mapPath(mapId: string): string {
  return `/map/${encodeURIComponent(mapId)}`;
}

export function playerPath(playerId: string): string {
  return `/players/${encodeURIComponent(playerId)}`;
}
