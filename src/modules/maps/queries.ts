import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { vigilError } from '../../schema/errors.ts';
import { cursorAt } from '../../schema/events.ts';
import { checkReplayWindow, replayWindowArgs, windowSeqs } from '../history/window.ts';
import { applyMapEntity, type MapEntityRecord } from './state.ts';
import { MapEntity, MapEntityEvent } from './types.ts';

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
      const entities = [...(services.state.slices.maps.get(key)?.values() ?? [])].sort((a, b) => a.entityId.localeCompare(b.entityId));
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
        maps: [...services.state.slices.maps]
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

interface MapReplay {
  mapId: string;
  from: Date;
  to: Date;
  cursor: string;
  initial: MapEntityRecord[];
  events: StoredEvent<'mapEntities'>[];
  complete: boolean;
}

const MapReplayRef = builder.objectRef<MapReplay>('MapReplay').implement({
  description: 'One map as it was from `from` to `to`, from the log: its entities at `from`, then every change until `to`, to play back.',
  fields: (t) => ({
    mapId: t.exposeID('mapId'),
    from: t.field({ type: 'DateTime', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
    cursor: t.field({
      type: 'Cursor',
      description:
        "The map's last change received at or before `to` (the log's head when `to` is in the future): follow the live stream `after` it to go on with the map's next change.",
      resolve: (r) => r.cursor,
    }),
    initial: t.field({ type: [MapEntity], description: 'The entities on the map at `from`, ordered by entityId.', resolve: (r) => r.initial }),
    events: t.field({
      type: [MapEntityEvent],
      description: 'Every change of the map received from `from` through `to`, oldest first.',
      resolve: (r) => r.events,
    }),
    complete: t.exposeBoolean('complete', {
      description:
        'False once retention has removed any map event (of any map) from the log: `initial` is folded from the retained events only, so an entity whose spawn or moves were removed may be missing or misplaced there, and a removal reaching past `from` also removed changes of the window.',
    }),
  }),
});

/** The most events of the map before `from` read to rebuild its state there. */
export const maxReplayStateScan = 200_000;
const replayPage = 1_000;
const defaultReplayEvents = 5_000;

builder.queryField('mapReplay', (t) =>
  t.field({
    ...requires(streamReaders.mapEntities),
    type: MapReplayRef,
    description:
      'One map as it was over a window of at most an hour (by the hub clock): its entities at `from` and every change until `to`, at most `first` changes.',
    args: {
      mapId: t.arg.id(),
      ...replayWindowArgs(t.arg, 'changes', defaultReplayEvents),
    },
    resolve: async (_, { mapId, from, to, first }, { services }) => {
      checkReplayWindow(from, to);
      const key = String(mapId);
      const limit = first ?? defaultReplayEvents;
      const log = services.log;
      const selection = { streams: ['mapEntities'] as const, key };
      const { fromSeq, toSeq } = await windowSeqs(log, selection, from, to);

      // The map at `from`: every retained event of it before, folded as the live state folds them.
      const entities = new Map<string, MapEntityRecord>();
      let afterSeq = 0;
      let scanned = 0;
      while (afterSeq < fromSeq) {
        const { events } = await log.read({ ...selection, afterSeq, limit: replayPage });
        const before = events.filter((event) => event.seq <= fromSeq);
        scanned += before.length;
        if (scanned > maxReplayStateScan) {
          throw vigilError('LIMIT_EXCEEDED', `from: the map has more than ${maxReplayStateScan} events before this time to rebuild its state from`, {
            argument: 'from',
            limit: maxReplayStateScan,
          });
        }
        for (const event of before) if (isStream(event, 'mapEntities')) applyMapEntity(entities, event);
        if (before.length < events.length || events.length < replayPage) break;
        afterSeq = events.at(-1)!.seq;
      }

      const { events } = await log.read({ ...selection, afterSeq: fromSeq, limit: limit + 1 });
      const window = events.filter((event) => event.seq <= toSeq);
      if (window.length > limit) {
        throw vigilError(
          'LIMIT_EXCEEDED',
          `first: the window holds more than ${limit} changes of the map; narrow from and to, or raise first (at most 10000)`,
          {
            argument: 'first',
            limit,
          },
        );
      }
      const trimmed = await log.trimmedThrough(['mapEntities']);
      return {
        mapId: key,
        from,
        to,
        cursor: cursorAt(toSeq, log.epoch),
        initial: [...entities.values()].sort((a, b) => a.entityId.localeCompare(b.entityId)),
        events: window.filter((event) => isStream(event, 'mapEntities')),
        complete: trimmed === 0,
      };
    },
  }),
);
