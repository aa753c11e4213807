/** A rectangle in canvas pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A label to place next to its entity's marker at (x, y); higher `rank` is placed first. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rank: number;
}

export interface PlacedLabel extends Box {
  id: string;
}

/** Half the size of the box a marker covers (the largest marker is 9 px from its centre, an event's halo). */
const markerRadius = 8;
/** Space kept between a marker and its label. */
const gap = 3;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Where a label may go around its marker, most natural first: right, left, above, below, the corners, then further out. */
function candidates({ x, y, width, height }: LabelRequest): Box[] {
  const near = markerRadius + gap;
  const boxes: Box[] = [];
  for (const ring of [0, 1, 2]) {
    const d = near + ring * (height + 2);
    const middle = y - height / 2;
    boxes.push(
      { left: x + d, top: middle, width, height },
      { left: x - d - width, top: middle, width, height },
      { left: x - width / 2, top: y - d - height, width, height },
      { left: x - width / 2, top: y + d, width, height },
      { left: x + d - 4, top: y - d - height + 4, width, height },
      { left: x + d - 4, top: y + d - 4, width, height },
      { left: x - d - width + 4, top: y - d - height + 4, width, height },
      { left: x - d - width + 4, top: y + d - 4, width, height },
    );
  }
  return boxes;
}

/**
 * Places labels so that no two overlap and none leaves the `width` x `height` canvas, avoiding markers where it can
 * (greedy, highest rank first). A label with no free spot is left out: its entity still has its hover card.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number): { placed: PlacedLabel[]; hidden: number } {
  const markers: Box[] = requests.map((r) => ({
    left: r.x - markerRadius,
    top: r.y - markerRadius,
    width: 2 * markerRadius,
    height: 2 * markerRadius,
  }));
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.rank - requests[a]!.rank || requests[a]!.id.localeCompare(requests[b]!.id));
  const placed: PlacedLabel[] = [];
  let hidden = 0;
  const inside = (box: Box) => box.left >= 0 && box.top >= 0 && box.left + box.width <= width && box.top + box.height <= height;
  const free = (box: Box) => !placed.some((other) => overlaps(box, other));
  for (const index of order) {
    const request = requests[index]!;
    const spots = candidates(request).filter((box) => inside(box) && free(box));
    const spot = spots.find((box) => !markers.some((marker, m) => m !== index && overlaps(box, marker))) ?? spots[0];
    if (spot) placed.push({ id: request.id, ...spot });
    else hidden++;
  }
  return { placed, hidden };
}
