import { describe, expect, it } from 'vitest';
import { type Box, type LabelRequest, placeLabels } from './labels.ts';

function overlap(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

const label = (id: string, x: number, y: number, rank = 0, width = 60): LabelRequest => ({ id, x, y, width, height: 14, rank });

describe('placeLabels', () => {
  it('should put a lone label to the right of its marker', () => {
    const { placed, hidden } = placeLabels([label('a', 100, 100)], 400, 300);
    expect(hidden).toBe(0);
    expect(placed).toEqual([{ id: 'a', left: 111, top: 93, width: 60, height: 14 }]);
  });

  it('should give two entities at the same spot labels that do not overlap', () => {
    const { placed, hidden } = placeLabels([label('a', 100, 100), label('b', 100, 100)], 400, 300);
    expect(hidden).toBe(0);
    expect(placed).toHaveLength(2);
    expect(overlap(placed[0]!, placed[1]!)).toBe(false);
  });

  it('should place a crowd without overlaps, inside the canvas, leaving out what cannot fit', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => label(`p${i}`, 200 + (i % 5), 150 + (i % 3), i % 2));
    const { placed, hidden } = placeLabels(crowd, 400, 300);
    expect(placed.length + hidden).toBe(60);
    expect(placed.length).toBeGreaterThan(8);
    for (const [i, a] of placed.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(400);
      expect(a.top + a.height).toBeLessThanOrEqual(300);
      for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('should place higher ranks first and keep labels off the canvas edge', () => {
    const { placed } = placeLabels([label('low', 395, 150, 0), label('high', 395, 150, 5)], 400, 300);
    expect(placed.map((p) => p.id)).toEqual(['high', 'low']);
    expect(placed[0]!.left + placed[0]!.width).toBeLessThanOrEqual(400);
  });

  it('should avoid a neighbour marker when there is room elsewhere', () => {
    // An NPC at (100, 100) with a waypoint 20 px to its right: the NPC's label must not cover the waypoint.
    const { placed } = placeLabels([label('npc', 100, 100, 2), label('waypoint', 120, 100, 1)], 400, 300);
    const npc = placed.find((p) => p.id === 'npc')!;
    expect(overlap(npc, { left: 112, top: 92, width: 16, height: 16 })).toBe(false);
  });
});
