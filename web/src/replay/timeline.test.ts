import { describe, expect, it } from 'vitest';
import type { MapReplayQuery } from '../gql/graphql.ts';
import type { ChatLine } from '../streams/chat.ts';
import { chatUntil, countUntil, mapStateAt, mapTimeline } from './timeline.ts';

type Replay = MapReplayQuery['mapReplay'];
const t0 = Date.parse('2026-12-01T10:00:00.000Z');
const iso = (offsetMs: number) => new Date(t0 + offsetMs).toISOString();

const change = (offsetMs: number, entityId: string, action: 'SPAWN' | 'MOVE' | 'DESPAWN', x: number, y = 0): Replay['events'][number] => ({
  __typename: 'MapEntityEvent',
  id: `${entityId}-${offsetMs}`,
  cursor: `c${offsetMs}`,
  serverId: 'eu-1',
  receivedAt: iso(offsetMs),
  payload: { mapId: 'vale', entityId, kind: 'PLAYER', action, position: { x, y }, heading: null, label: null },
});

const replay: Replay = {
  mapId: 'vale',
  from: iso(0),
  to: iso(10_000),
  complete: true,
  initial: [{ entityId: 'a', kind: 'PLAYER', position: { x: 1, y: 1 }, heading: 90, label: 'Aria', serverId: 'eu-1', updatedAt: iso(-5_000) }],
  events: [
    change(1_000, 'a', 'MOVE', 2),
    change(2_000, 'b', 'SPAWN', 50, 40),
    change(3_000, 'a', 'MOVE', -20),
    change(4_000, 'b', 'DESPAWN', 50, 40),
  ],
};

const positions = (at: number) =>
  Object.fromEntries([...mapStateAt(mapTimeline(replay), at).entities.values()].map((e) => [e.entityId, [e.x, e.y, e.label, e.heading]]));

describe('map timeline', () => {
  it('should show the map at the start of the window before its first change', () => {
    expect(positions(t0)).toEqual({ a: [1, 1, 'Aria', 90] });
    expect(positions(t0 + 999)).toEqual({ a: [1, 1, 'Aria', 90] });
  });

  it('should apply every change received up to the instant, keeping label and heading a move leaves out', () => {
    expect(positions(t0 + 1_000)).toEqual({ a: [2, 0, 'Aria', 90] });
    expect(positions(t0 + 3_500)).toEqual({ a: [-20, 0, 'Aria', 90], b: [50, 40, null, null] });
    expect(positions(t0 + 4_000)).toEqual({ a: [-20, 0, 'Aria', 90] });
  });

  it('should go back in time as well as forward', () => {
    const timeline = mapTimeline(replay);
    mapStateAt(timeline, t0 + 9_000);
    expect(mapStateAt(timeline, t0 + 2_500).entities.get('a')?.x).toBe(2);
  });

  it('should keep one view over the whole window, whatever instant is shown', () => {
    const timeline = mapTimeline(replay);
    const box = { minX: -20, minY: 0, maxX: 50, maxY: 40 };
    expect(mapStateAt(timeline, t0).bounds).toEqual(box);
    expect(mapStateAt(timeline, t0 + 9_000).bounds).toEqual(box);
  });
});

describe('countUntil', () => {
  it('should count the times at or before the instant', () => {
    expect([0, 5, 10, 11, 100].map((at) => countUntil([5, 10, 10, 20], at))).toEqual([0, 1, 3, 3, 4]);
    expect(countUntil([], 5)).toBe(0);
  });
});

describe('chatUntil', () => {
  it('should keep the lines received up to the instant', () => {
    const lines = ['one', 'two', 'three'].map((text) => ({ id: text, payload: { text } }) as unknown as ChatLine);
    expect(chatUntil(lines, [t0, t0 + 1_000, t0 + 2_000], t0 + 1_500).map((line) => line.id)).toEqual(['one', 'two']);
  });
});
