import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import { entityActions, entityKinds, type MapEntityPayload, type Position as PositionPayload } from './payload.ts';
import type { MapEntityRecord } from './state.ts';

export const EntityKindEnum = builder.enumType('EntityKind', {
  values: entityKinds,
  description: 'What an entity on a map is: a player, a creature, an NPC, a map event or a waypoint.',
});

export const EntityActionEnum = builder.enumType('EntityAction', {
  values: entityActions,
  description: 'What happened to an entity: it appeared, moved, or left the map.',
});

export const Position = builder.objectRef<PositionPayload>('Position').implement({
  description: 'A point in map coordinates; `z` is null on flat maps.',
  fields: (t) => ({
    x: t.exposeFloat('x'),
    y: t.exposeFloat('y'),
    z: t.exposeFloat('z', { nullable: true }),
  }),
});

export const MapEntityUpdate = builder.objectRef<MapEntityPayload>('MapEntityUpdate').implement({
  description: 'One entity appearing on, moving on, or leaving a map.',
  fields: (t) => ({
    mapId: t.exposeID('mapId'),
    entityId: t.exposeID('entityId'),
    kind: t.field({ type: EntityKindEnum, resolve: (u) => u.kind }),
    action: t.field({ type: EntityActionEnum, resolve: (u) => u.action }),
    position: t.field({ type: Position, resolve: (u) => u.position }),
    heading: t.exposeFloat('heading', { nullable: true, description: 'Facing direction in degrees, 0..360; null when this update left it out.' }),
    label: t.exposeString('label', { nullable: true, description: 'Display name shown next to the entity; null when this update left it out.' }),
  }),
});

export const MapEntityEvent = eventObjectType(
  'mapEntities',
  'MapEntityEvent',
  MapEntityUpdate,
  'An entity update on a map, reported by a game server.',
);

export const MapEntity = builder.objectRef<MapEntityRecord>('MapEntity').implement({
  description: 'An entity currently on a map, as of its latest update.',
  fields: (t) => ({
    entityId: t.exposeID('entityId'),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind }),
    position: t.field({ type: Position, resolve: (e) => e.position }),
    heading: t.exposeFloat('heading', { nullable: true, description: 'Facing direction in degrees, 0..360, as last reported.' }),
    label: t.exposeString('label', { nullable: true, description: 'Display name, as last reported.' }),
    serverId: t.exposeID('serverId', { description: 'The game server that last reported the entity.' }),
    updatedAt: t.field({ type: 'DateTime', description: "When the hub stored the entity's latest update.", resolve: (e) => e.updatedAt }),
  }),
});
