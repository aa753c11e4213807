import type { EntityKind, MapEntitiesFeedSubscription, MapEntitiesQuery, MapsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { capMap } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

/** Most entities one map page keeps; past it, those updated longest ago go first (a map that big is unreadable anyway). */
export const maxMapEntities = 10_000;

export const mapEntitiesQuery = graphql(`
  query MapEntities($mapId: ID!) {
    mapEntities(mapId: $mapId) {
      cursor
      mapId
      entities { entityId kind position { x y } heading label serverId updatedAt }
    }
  }
`);

export const mapEntitiesSubscription = graphql(`
  subscription MapEntitiesFeed($mapId: ID!, $after: Cursor) {
    mapEntities(mapId: $mapId, after: $after) {
      __typename
      ... on MapEntityEvent {
        id
        cursor
        serverId
        receivedAt
        payload { mapId entityId kind action position { x y } heading label }
      }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export const mapsQuery = graphql(`
  query Maps {
    maps {
      cursor
      maps { mapId entityCount serverIds }
    }
  }
`);

export type MapSummary = MapsQuery['maps']['maps'][number];

/** What the map picker offers: the maps with entities now, then the current and recently watched maps that have none. */
export interface MapChoices {
  live: readonly MapSummary[];
  others: readonly string[];
}

/** `currentCount`, when given, is the live count of the current map, fresher than the polled list's. */
export function mapChoices(
  known: readonly MapSummary[],
  current: string | null,
  recent: readonly string[],
  currentCount: number | null = null,
): MapChoices {
  const listed = new Set(known.map((m) => m.mapId));
  const live = currentCount === null ? known : known.map((m) => (m.mapId === current ? { ...m, entityCount: currentCount } : m));
  const others: string[] = [];
  for (const id of current === null ? recent : [current, ...recent]) {
    if (!listed.has(id) && !others.includes(id)) others.push(id);
  }
  return { live, others };
}

/** "world-1 · 12 entities on eu-1, eu-2" for the picker (at most three servers named). */
export function mapChoiceLabel(map: MapSummary): string {
  const shown = map.serverIds.slice(0, 3).join(', ');
  const more = map.serverIds.length > 3 ? ` +${map.serverIds.length - 3}` : '';
  const servers = map.serverIds.length === 0 ? '' : ` on ${shown}${more}`;
  return `${map.mapId} · ${map.entityCount} ${map.entityCount === 1 ? 'entity' : 'entities'}${servers}`;
}

export const entityKinds: readonly EntityKind[] = ['PLAYER', 'CREATURE', 'NPC', 'EVENT', 'WAYPOINT'];

export interface MapEntity {
  entityId: string;
  kind: EntityKind;
  x: number;
  y: number;
  heading: number | null;
  label: string | null;
  serverId: string;
  updatedAt: string;
}

/** Every entity on the map by id, and the extent they have covered so far (so the view does not jump). */
export interface MapState {
  entities: ReadonlyMap<string, MapEntity>;
  bounds: Bounds | null;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type MapEntityEvent = Extract<MapEntitiesFeedSubscription['mapEntities'], { __typename: 'MapEntityEvent' }>;

function grow(bounds: Bounds | null, x: number, y: number): Bounds {
  if (!bounds) return { minX: x, minY: y, maxX: x, maxY: y };
  if (x >= bounds.minX && x <= bounds.maxX && y >= bounds.minY && y <= bounds.maxY) return bounds;
  return { minX: Math.min(bounds.minX, x), minY: Math.min(bounds.minY, y), maxX: Math.max(bounds.maxX, x), maxY: Math.max(bounds.maxY, y) };
}

export function mapStateFrom(snapshot: MapEntitiesQuery['mapEntities']): MapState {
  let bounds: Bounds | null = null;
  const entities = new Map<string, MapEntity>();
  for (const e of snapshot.entities) {
    entities.set(e.entityId, {
      entityId: e.entityId,
      kind: e.kind,
      x: e.position.x,
      y: e.position.y,
      heading: e.heading ?? null,
      label: e.label ?? null,
      serverId: e.serverId,
      updatedAt: e.updatedAt,
    });
    bounds = grow(bounds, e.position.x, e.position.y);
  }
  return { entities: capMap(entities, maxMapEntities, (entity) => entity.updatedAt), bounds };
}

export function mapEntityMessage(data: MapEntitiesFeedSubscription): FeedMessage<MapEntityEvent> {
  const item = data.mapEntities;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

/** Spawns and moves set an entity's latest position; a despawn removes it. */
export function applyMapEntities(state: MapState, events: readonly MapEntityEvent[]): MapState {
  const entities = new Map(state.entities);
  let bounds = state.bounds;
  for (const { payload, serverId, receivedAt } of events) {
    if (payload.action === 'DESPAWN') {
      entities.delete(payload.entityId);
      continue;
    }
    // An update that leaves out heading or label keeps the earlier one, as the hub's snapshot does.
    const earlier = entities.get(payload.entityId);
    entities.set(payload.entityId, {
      entityId: payload.entityId,
      kind: payload.kind,
      x: payload.position.x,
      y: payload.position.y,
      heading: payload.heading ?? earlier?.heading ?? null,
      label: payload.label ?? earlier?.label ?? null,
      serverId,
      updatedAt: receivedAt,
    });
    bounds = grow(bounds, payload.position.x, payload.position.y);
  }
  return { entities: capMap(entities, maxMapEntities, (entity) => entity.updatedAt), bounds };
}

/** Maps world coordinates into a canvas of `width` x `height` pixels, keeping the aspect ratio, y up. */
export function worldToCanvas(bounds: Bounds | null, width: number, height: number, padding = 32) {
  const b = bounds ?? { minX: 0, minY: 0, maxX: 100, maxY: 100 };
  // A single point or a line still gets a sensible square around it.
  const spanX = Math.max(b.maxX - b.minX, 10);
  const spanY = Math.max(b.maxY - b.minY, 10);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  return {
    scale,
    x: (x: number) => width / 2 + (x - cx) * scale,
    y: (y: number) => height / 2 - (y - cy) * scale,
  };
}
