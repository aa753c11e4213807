import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import { type ServerStatusPayload, serverHealths, serverStates } from './payload.ts';
import type { ServerRecord } from './state.ts';

export const ServerStateEnum = builder.enumType('ServerState', {
  values: serverStates,
  description: 'Lifecycle state of a game server. UNREACHABLE is set by the hub when a server goes silent.',
});

export const ServerHealthEnum = builder.enumType('ServerHealth', { values: serverHealths });

export const ServerStatus = builder.objectRef<ServerStatusPayload>('ServerStatus').implement({
  fields: (t) => ({
    state: t.field({ type: ServerStateEnum, resolve: (s) => s.state }),
    playerCount: t.exposeInt('playerCount'),
    maxPlayers: t.exposeInt('maxPlayers', { nullable: true }),
    health: t.field({ type: ServerHealthEnum, resolve: (s) => s.health }),
    message: t.exposeString('message', { nullable: true }),
  }),
});

export const ServerStatusEvent = eventObjectType(
  'serverStatus',
  'ServerStatusEvent',
  ServerStatus,
  'A status report of a game server, or UNREACHABLE from the hub.',
);

export const Server = builder.objectRef<ServerRecord>('Server').implement({
  description: 'A game server the hub has heard from, with its latest status.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({
      type: ServerStatus,
      nullable: true,
      description: 'Latest status; null until the server reports one.',
      resolve: (s) => s.status,
    }),
    state: t.field({ type: ServerStateEnum, nullable: true, resolve: (s) => s.status?.state ?? null }),
    playerCount: t.int({ resolve: (s) => s.status?.playerCount ?? 0 }),
    statusChangedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.statusChangedAt }),
    firstSeen: t.field({ type: 'DateTime', resolve: (s) => s.firstSeen }),
    lastSeen: t.field({ type: 'DateTime', description: 'When the hub last received anything from this server.', resolve: (s) => s.lastSeen }),
  }),
});
