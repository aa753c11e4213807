import { fieldReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';

interface HubStats {
  engine: 'SQLITE' | 'REDIS';
  nodeId: string | null;
  nodes: number;
  epoch: string;
  head: string;
  subscribers: number;
  servers: number;
}

const HubEngineEnum = builder.enumType('HubEngine', {
  description: 'Where the event log lives.',
  values: {
    SQLITE: { description: 'The embedded SQLite file: one node.' },
    REDIS: { description: 'Redis, shared by every node pointed at it.' },
  } as const,
});

const HubStatsRef = builder.objectRef<HubStats>('HubStats').implement({
  description: 'How the hub is doing right now.',
  ...requires(fieldReaders.hubAdministration),
  fields: (t) => ({
    engine: t.field({ type: HubEngineEnum, description: 'Where the event log lives.', resolve: (s) => s.engine }),
    nodeId: t.exposeString('nodeId', { nullable: true, description: 'This node among those sharing the Redis log; null on the embedded engine.' }),
    nodes: t.exposeInt('nodes', {
      description: 'Vigil nodes serving this log right now (those that renewed their lease in the last 5 s), this one included.',
    }),
    epoch: t.exposeString('epoch', { description: 'Identity of the event log; a wiped log gets a new one.' }),
    head: t.field({ type: 'Cursor', description: 'The newest position of the log.', resolve: (s) => s.head }),
    subscribers: t.exposeInt('subscribers', { description: 'Live subscriptions on this node.' }),
    servers: t.exposeInt('servers', { description: 'Game servers the hub has heard from.' }),
  }),
});

builder.queryField('hubStats', (t) =>
  t.field({
    ...requires(fieldReaders.hubAdministration),
    type: HubStatsRef,
    resolve: async (_, __, { services }) => ({
      engine: services.log.engine === 'redis' ? ('REDIS' as const) : ('SQLITE' as const),
      nodeId: services.nodes?.id ?? null,
      nodes: services.nodes?.nodeCount ?? 1,
      epoch: services.log.epoch,
      head: cursorAt(await services.log.head(), services.log.epoch),
      subscribers: services.hub.subscriberCount,
      servers: services.state.slices.servers.size,
    }),
  }),
);
