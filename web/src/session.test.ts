import { describe, expect, it } from 'vitest';
import { pages, parseRoute, visiblePages } from './access.ts';
import { decodeAdminToken, restoreSession, storeSession } from './session.ts';

const base64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const jwt = (payload: unknown) => `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}.c2lnbmF0dXJl`;
const now = Date.UTC(2026, 10, 22, 12);
const inAnHour = now / 1000 + 3_600;

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('decodeAdminToken', () => {
  it('should read who the token is for, its roles and expiry', () => {
    const token = jwt({ sub: 'alice', roles: ['SUPPORT', 'MODERATOR', 'PRODUCER'], exp: inAnHour, aud: 'vigil' });
    const decoded = decodeAdminToken(`Bearer ${token}\n`, now);
    expect(decoded).toEqual({ ok: true, session: { token, sub: 'alice', roles: ['MODERATOR', 'SUPPORT'], expiresAt: new Date(inAnHour * 1000) } });
  });

  it('should read non-ASCII subjects', () => {
    const decoded = decodeAdminToken(jwt({ sub: 'zoë', roles: ['ADMIN'], exp: inAnHour }), now);
    expect(decoded.ok && decoded.session.sub).toBe('zoë');
  });

  it.each([
    ['', /Paste an admin token/],
    ['vgp_0123456789abcdef', /not an admin token/],
    ['a.!!!.c', /cannot be read/],
    [jwt({ sub: 'x', roles: ['PRODUCER'], exp: inAnHour }), /no admin role/],
    [jwt({ sub: 'x', roles: ['ADMIN'], exp: now / 1000 - 1 }), /expired/],
  ])('should refuse %j', (token, error) => {
    const decoded = decodeAdminToken(token, now);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(error);
  });
});

describe('sessions', () => {
  it('should keep the token in session storage and drop one that no longer reads as valid', () => {
    const storage = new MemoryStorage();
    const decoded = decodeAdminToken(jwt({ sub: 'alice', roles: ['ADMIN'], exp: inAnHour }), now);
    if (!decoded.ok) throw new Error(decoded.error);
    storeSession(storage, decoded.session);
    expect(restoreSession(storage, now)).toEqual(decoded.session);
    expect(restoreSession(storage, (inAnHour + 1) * 1000)).toBeNull();
    expect(storage.items.size).toBe(0);
  });
});

describe('access', () => {
  it.each([
    [['ADMIN'], ['Overview', 'Servers', 'Map', 'Chat', 'Tickets', 'Security', 'Players', 'Notifications']],
    [['OPERATOR'], ['Overview', 'Servers', 'Map', 'Players', 'Notifications']],
    [['MODERATOR'], ['Overview', 'Servers', 'Map', 'Chat', 'Tickets', 'Security', 'Players', 'Notifications']],
    [['SUPPORT'], ['Overview', 'Servers', 'Chat', 'Tickets', 'Players', 'Notifications']],
    [
      ['OPERATOR', 'SUPPORT'],
      ['Overview', 'Servers', 'Map', 'Chat', 'Tickets', 'Players', 'Notifications'],
    ],
  ] as const)('should show %j the pages %j', (roles, titles) => {
    expect(visiblePages(roles).map((page) => page.title)).toEqual(titles);
  });

  it.each([
    ['/', { page: 'overview' }],
    ['/servers', { page: 'servers' }],
    ['/servers/eu%2F1', { page: 'server', serverId: 'eu/1' }],
    ['/map', { page: 'map', mapId: null }],
    ['/map/world-1', { page: 'map', mapId: 'world-1' }],
    ['/security', { page: 'security' }],
    ['/security/x', { page: 'unknown', path: '/security/x' }],
    ['/players', { page: 'players' }],
    ['/players/p%2F1', { page: 'player', playerId: 'p/1' }],
    ['/players/p-1/x', { page: 'unknown', path: '/players/p-1/x' }],
    ['/replay', { page: 'replay' }],
    ['/nope', { page: 'unknown', path: '/nope' }],
  ])('should read %s as %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('should have a page spec for every page a route names', () => {
    expect(pages.map((page) => page.id).sort()).toEqual([
      'chat',
      'map',
      'notifications',
      'overview',
      'player',
      'players',
      'replay',
      'security',
      'server',
      'servers',
      'tickets',
    ]);
  });
});
