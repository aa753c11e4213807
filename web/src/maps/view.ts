import { type Bounds, worldToCanvas } from '../streams/map.ts';

/** Room kept around the entities' extent, as a share of its span on each axis. */
const paddingShare = 0.05;
/** The least span a view covers, so a single entity or a line of them still gets a readable square. */
const minSpan = 20;

/** The world rectangle the map shows: the entities' extent with padding, or 0..100 when there are none yet. */
export function paddedBox(bounds: Bounds | null): Bounds {
  const b = bounds ?? { minX: 0, minY: 0, maxX: 100, maxY: 100 };
  const spanX = Math.max(b.maxX - b.minX, minSpan);
  const spanY = Math.max(b.maxY - b.minY, minSpan);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  const halfX = (spanX * (1 + 2 * paddingShare)) / 2;
  const halfY = (spanY * (1 + 2 * paddingShare)) / 2;
  return { minX: cx - halfX, minY: cy - halfY, maxX: cx + halfX, maxY: cy + halfY };
}

export interface MapView {
  width: number;
  height: number;
  /** The world rectangle the canvas shows, edge to edge. */
  box: Bounds;
  scale: number;
  x: (x: number) => number;
  y: (y: number) => number;
}

/**
 * Sizes the canvas to the padded extent of the entities (same scale on both axes, y up) within `maxWidth` x
 * `maxHeight`, at least `minHeight` tall: the axes then run over the entities and their padding, not past them.
 */
export function fitView(bounds: Bounds | null, maxWidth: number, maxHeight: number, minHeight: number): MapView {
  const box = paddedBox(bounds);
  const aspect = (box.maxY - box.minY) / (box.maxX - box.minX);
  let width = maxWidth;
  let height = Math.round(width * aspect);
  if (height > maxHeight) {
    height = maxHeight;
    width = Math.round(height / aspect);
  }
  height = Math.max(height, minHeight);
  const view = worldToCanvas(box, width, height, 0);
  // With the height raised to minHeight (a wide, flat map), the view is taller than the box: report what it shows.
  const shown: Bounds = {
    minX: box.minX + (0 - view.x(box.minX)) / view.scale,
    maxX: box.minX + (width - view.x(box.minX)) / view.scale,
    minY: box.minY - (height - view.y(box.minY)) / view.scale,
    maxY: box.minY + (view.y(box.minY) - 0) / view.scale,
  };
  return { width, height, box: shown, scale: view.scale, x: view.x, y: view.y };
}
