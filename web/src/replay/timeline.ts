import type { MapReplayQuery } from '../gql/graphql.ts';
import type { ChatLine } from '../streams/chat.ts';
import { applyMapEntities, type Bounds, type MapEntityEvent, type MapState, mapStateFrom } from '../streams/map.ts';

/** A map's replay ready to show at any instant: its state at the window's start, and its changes with their times. */
export interface MapTimeline {
  initial: MapState;
  events: readonly MapEntityEvent[];
  /** Each event's receivedAt in ms, ascending (the hub's clock never goes back along the log). */
  times: readonly number[];
  /** Every position the window visits, so the view stays put while it plays. */
  bounds: Bounds | null;
}

function extent(bounds: Bounds | null, x: number, y: number): Bounds {
  if (!bounds) return { minX: x, minY: y, maxX: x, maxY: y };
  return { minX: Math.min(bounds.minX, x), minY: Math.min(bounds.minY, y), maxX: Math.max(bounds.maxX, x), maxY: Math.max(bounds.maxY, y) };
}

export function mapTimeline(replay: MapReplayQuery['mapReplay']): MapTimeline {
  const initial = mapStateFrom({ cursor: '', mapId: replay.mapId, entities: replay.initial });
  let bounds = initial.bounds;
  for (const { payload } of replay.events) bounds = extent(bounds, payload.position.x, payload.position.y);
  return { initial, events: replay.events, times: replay.events.map((e) => Date.parse(e.receivedAt)), bounds };
}

/** How many of `times` (ascending) are at or before `at`. */
export function countUntil(times: readonly number[], at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The map as it was at `at`: the window's first state with every change received up to then applied. */
export function mapStateAt(timeline: MapTimeline, at: number): MapState {
  const applied = applyMapEntities(timeline.initial, timeline.events.slice(0, countUntil(timeline.times, at)));
  return { entities: applied.entities, bounds: timeline.bounds };
}

/** The chat lines (oldest first) received up to `at`. */
export function chatUntil(lines: readonly ChatLine[], times: readonly number[], at: number): readonly ChatLine[] {
  return lines.slice(0, countUntil(times, at));
}
