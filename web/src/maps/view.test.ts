import { describe, expect, it } from 'vitest';
import { fitView, paddedBox } from './view.ts';

describe('map view', () => {
  it('should pad the entities extent by 5 % on each side', () => {
    expect(paddedBox({ minX: 0, minY: 0, maxX: 1000, maxY: 1000 })).toEqual({ minX: -50, minY: -50, maxX: 1050, maxY: 1050 });
  });

  it('should fit a square map into a wide frame by narrowing the canvas, so the x axis does not run past the entities', () => {
    const view = fitView({ minX: 0, minY: 0, maxX: 1000, maxY: 1000 }, 900, 600, 320);
    expect([view.width, view.height]).toEqual([600, 600]);
    expect(view.box.minX).toBeCloseTo(-50);
    expect(view.box.maxX).toBeCloseTo(1050);
    expect(view.box.minY).toBeCloseTo(-50);
    expect(view.box.maxY).toBeCloseTo(1050);
    expect([view.x(-50), view.y(-50)]).toEqual([0, 600]);
  });

  it('should use the whole width for a wide map and cover the extra height evenly', () => {
    const view = fitView({ minX: 0, minY: 0, maxX: 1000, maxY: 100 }, 800, 600, 320);
    expect([view.width, view.height]).toEqual([800, 320]);
    expect(view.box.minX).toBeCloseTo(-50);
    expect(view.box.maxX).toBeCloseTo(1050);
    expect(view.box.minY + view.box.maxY).toBeCloseTo(100);
  });

  it('should give a single entity a square around it', () => {
    const view = fitView({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, 400, 400, 100);
    expect(view.box.minX).toBeCloseTo(-6);
    expect(view.box.maxX).toBeCloseTo(16);
  });
});
