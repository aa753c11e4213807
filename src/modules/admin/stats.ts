import { fieldReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { cursorAt } from '../../schema/events.ts';

interface HubStats {
  epoch: string;
  head: string;
  subscribers: number;
  servers: number;
}

const HubStatsRef = builder.objectRef<HubStats>('HubStats').implement({
  description: 'How the hub is doing right now.',
  ...requires(fieldReaders.hubAdministration),
  fields: (t) => ({
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
    resolve: async (_, __, { vigil }) => ({
      epoch: vigil.log.epoch,
      head: cursorAt(await vigil.log.head(), vigil.log.epoch),
      subscribers: vigil.hub.subscriberCount,
      servers: vigil.state.servers.size,
    }),
  }),
);
