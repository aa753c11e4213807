import type { AnyStoredEvent, StoredEvent } from '../../events/envelope.ts';
import type { StateSlice } from '../../events/projection.ts';
import type { MapEntityPayload } from './payload.ts';

export interface MapEntityRecord extends MapEntityPayload {
  serverId: string;
  updatedAt: Date;
}

/** The entities on every map, by map id and then entity id: the maps' slice of the current state. */
export class MapsState extends Map<string, Map<string, MapEntityRecord>> implements StateSlice {
  apply(event: AnyStoredEvent): void {
    if (event.stream !== 'mapEntities') return;
    let entities = this.get(event.payload.mapId);
    if (!entities) this.set(event.payload.mapId, (entities = new Map()));
    applyMapEntity(entities, event);
  }
}

/** Folds one map event into that map's entities by id: a spawn or move sets the entity, a despawn removes it. */
export function applyMapEntity(entities: Map<string, MapEntityRecord>, event: StoredEvent<'mapEntities'>): void {
  const { payload } = event;
  if (payload.action === 'DESPAWN') {
    entities.delete(payload.entityId);
    return;
  }
  // An update that leaves out heading or label keeps the entity's earlier one (a MOVE rarely repeats its name).
  const earlier = entities.get(payload.entityId);
  entities.set(payload.entityId, {
    ...payload,
    heading: payload.heading ?? earlier?.heading ?? null,
    label: payload.label ?? earlier?.label ?? null,
    serverId: event.serverId,
    updatedAt: event.receivedAt,
  });
}

declare module '../../events/projection.ts' {
  interface StateSlices {
    maps: MapsState;
  }
}
