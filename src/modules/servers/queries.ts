import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { recentEventsQuery } from '../../schema/recent-events.ts';
import type { ServerRecord } from './state.ts';
import { Server, ServerStatusEvent } from './types.ts';

interface ServersSnapshot {
  cursor: string;
  servers: ServerRecord[];
}

const ServersSnapshotRef = builder.objectRef<ServersSnapshot>('ServersSnapshot').implement({
  description: 'Every known server, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    servers: t.field({ type: [Server], resolve: (s) => s.servers }),
  }),
});

interface ServerSnapshot {
  cursor: string;
  server: ServerRecord | null;
}

const ServerSnapshotRef = builder.objectRef<ServerSnapshot>('ServerSnapshot').implement({
  description: 'One server (null if the hub has never heard of it), consistent with `cursor`.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    server: t.field({ type: Server, nullable: true, resolve: (s) => s.server }),
  }),
});

builder.queryFields((t) => ({
  servers: t.field({
    ...requires(streamReaders.serverStatus),
    type: ServersSnapshotRef,
    description: 'Every server with its latest status, player count and last-seen time, ordered by id.',
    resolve: async (_, __, { services }) => {
      await services.caughtUp();
      return {
        cursor: cursorAt(services.state.seq, services.log.epoch),
        servers: [...services.state.slices.servers.values()].sort((a, b) => a.id.localeCompare(b.id)),
      };
    },
  }),
  server: t.field({
    ...requires(streamReaders.serverStatus),
    type: ServerSnapshotRef,
    args: { id: t.arg.id() },
    resolve: async (_, { id }, { services }) => {
      await services.caughtUp();
      return { cursor: cursorAt(services.state.seq, services.log.epoch), server: services.state.slices.servers.get(String(id)) ?? null };
    },
  }),
}));

recentEventsQuery('serverStatusHistory', {
  stream: 'serverStatus',
  event: ServerStatusEvent,
  description:
    'The last `last` status reports of one server (its timeline), or of every server when `serverId` is omitted, newest first; UNREACHABLE included.',
  snapshot: {
    name: 'ServerStatusHistory',
    description: 'Recent status reports, newest first, consistent with `cursor`: subscribe to `serverStatus` `after` it to follow on with no gap.',
    eventsField: 'events',
  },
  // Status events are keyed by their server.
  keyArgument: 'serverId',
  order: 'newest first',
});
