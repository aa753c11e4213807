import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import type { MapEntityRecord } from '../../events/projection.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { MapEntity } from './types.ts';

interface MapSnapshot {
  cursor: string;
  mapId: string;
  entities: MapEntityRecord[];
}

const MapSnapshotRef = builder.objectRef<MapSnapshot>('MapSnapshot').implement({
  description: 'Every entity on one map, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    mapId: t.exposeID('mapId'),
    entities: t.field({ type: [MapEntity], description: 'Ordered by entityId.', resolve: (s) => s.entities }),
  }),
});

builder.queryField('mapEntities', (t) =>
  t.field({
    ...requires(streamReaders.mapEntities),
    type: MapSnapshotRef,
    description: 'The entities currently on one map, with their latest positions.',
    args: { mapId: t.arg.id() },
    resolve: async (_, { mapId }, { services }) => {
      await services.caughtUp();
      const key = String(mapId);
      const entities = [...(services.state.maps.get(key)?.values() ?? [])].sort((a, b) => a.entityId.localeCompare(b.entityId));
      return { cursor: cursorAt(services.state.seq, services.log.epoch), mapId: key, entities };
    },
  }),
);

interface MapSummary {
  mapId: string;
  entityCount: number;
  serverIds: string[];
}

const MapSummaryRef = builder.objectRef<MapSummary>('MapSummary').implement({
  description: 'A map with entities on it.',
  fields: (t) => ({
    mapId: t.exposeID('mapId'),
    entityCount: t.exposeInt('entityCount'),
    serverIds: t.exposeIDList('serverIds', { description: 'Servers reporting entities on this map, ordered by id.' }),
  }),
});

const MapsSnapshotRef = builder.objectRef<{ cursor: string; maps: MapSummary[] }>('MapsSnapshot').implement({
  description: 'Every map with entities on it, consistent with `cursor`.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    maps: t.field({ type: [MapSummaryRef], description: 'Ordered by mapId.', resolve: (s) => s.maps }),
  }),
});

builder.queryField('maps', (t) =>
  t.field({
    ...requires(streamReaders.mapEntities),
    type: MapsSnapshotRef,
    description: 'The maps that currently have entities, with how many.',
    resolve: async (_, __, { services }) => {
      await services.caughtUp();
      return {
        cursor: cursorAt(services.state.seq, services.log.epoch),
        maps: [...services.state.maps]
          .filter(([, entities]) => entities.size > 0)
          .map(([mapId, entities]) => ({
            mapId,
            entityCount: entities.size,
            serverIds: [...new Set([...entities.values()].map((entity) => entity.serverId))].sort(),
          }))
          .sort((a, b) => a.mapId.localeCompare(b.mapId)),
      };
    },
  }),
);
