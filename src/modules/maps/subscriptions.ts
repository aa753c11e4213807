import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { MapEntityEvent } from './types.ts';

builder.subscriptionField('mapEntities', (t) =>
  t.field({
      ...requires(streamReaders.mapEntities),
    type: MapEntityEvent,
    description: 'Entity updates on one map as they arrive.',
    args: { mapId: t.arg.id() },
    subscribe: (_, { mapId }, { vigil }) => vigil.hub.subscribe({ stream: 'mapEntities', key: String(mapId) }) as AsyncIterable<StoredEvent<'mapEntities'>>,
    resolve: (event) => event,
  }),
);
