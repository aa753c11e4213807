import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import { cursorAt } from '../../events/graphql.ts';
import type { MapEntityRecord } from '../../events/projection.ts';
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
    resolve: (_, { mapId }, { vigil }) => {
      const key = String(mapId);
      const entities = [...(vigil.state.maps.get(key)?.values() ?? [])].sort((a, b) => a.entityId.localeCompare(b.entityId));
      return { cursor: cursorAt(vigil.state.seq, vigil.log.epoch), mapId: key, entities };
    },
  }),
);
