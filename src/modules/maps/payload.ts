export const entityKinds = ['PLAYER', 'CREATURE', 'NPC', 'EVENT', 'WAYPOINT'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const entityActions = ['SPAWN', 'MOVE', 'DESPAWN'] as const;
export type EntityAction = (typeof entityActions)[number];

export interface Position {
  x: number;
  y: number;
  z: number | null;
}

/** What a `mapEntities` event carries: one entity spawning, moving or despawning on a map. */
export interface MapEntityPayload {
  mapId: string;
  entityId: string;
  kind: EntityKind;
  action: EntityAction;
  position: Position;
  heading: number | null;
  label: string | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    mapEntities: MapEntityPayload;
  }
}
