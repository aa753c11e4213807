import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ago, label } from '../format.ts';
import type { EntityKind } from '../gql/graphql.ts';
import { type PlacedLabel, placeLabels } from '../maps/labels.ts';
import { fitView, type MapView } from '../maps/view.ts';
import type { MapEntity, MapState } from '../streams/map.ts';

export const kindColors: Record<EntityKind, string> = {
  PLAYER: '#38bdf8',
  CREATURE: '#f87171',
  NPC: '#fbbf24',
  EVENT: '#c084fc',
  WAYPOINT: '#34d399',
};

/** Whose label wins a crowded spot: players, then NPCs, waypoints, events and creatures. */
const labelRank: Record<EntityKind, number> = { PLAYER: 4, NPC: 3, WAYPOINT: 2, EVENT: 1, CREATURE: 0 };
/** Past this many entities in view, labels would be noise: hover cards only. */
const maxLabels = 250;
const labelFont = '11px ui-sans-serif, system-ui, sans-serif';
const labelHeight = 14;
const labelPadding = 3;
/** How near (in pixels) the pointer must be to an entity for its hover card. */
const hoverRadius = 12;

function niceStep(span: number): number {
  const raw = span / 8;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10) * power;
}

function drawEntity(ctx: CanvasRenderingContext2D, e: MapEntity, x: number, y: number): void {
  const color = kindColors[e.kind];
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (e.kind) {
    case 'PLAYER':
      ctx.arc(x, y, 5, 0, Math.PI * 2);
      ctx.fill();
      if (e.heading !== null) {
        // Heading 0 points north (up), clockwise.
        const angle = ((e.heading - 90) * Math.PI) / 180;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + Math.cos(angle) * 11, y + Math.sin(angle) * 11);
        ctx.stroke();
      }
      return;
    case 'CREATURE':
      ctx.moveTo(x, y - 6);
      ctx.lineTo(x + 6, y + 5);
      ctx.lineTo(x - 6, y + 5);
      ctx.closePath();
      ctx.fill();
      return;
    case 'NPC':
      ctx.rect(x - 4.5, y - 4.5, 9, 9);
      ctx.fill();
      return;
    case 'EVENT':
      ctx.arc(x, y, 9, 0, Math.PI * 2);
      ctx.globalAlpha = 0.25;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.beginPath();
      ctx.arc(x, y, 4, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'WAYPOINT':
      ctx.moveTo(x, y - 7);
      ctx.lineTo(x + 7, y);
      ctx.lineTo(x, y + 7);
      ctx.lineTo(x - 7, y);
      ctx.closePath();
      ctx.stroke();
      return;
  }
}

function drawGrid(ctx: CanvasRenderingContext2D, view: MapView): void {
  const { width, height, box } = view;
  const step = niceStep(Math.max(box.maxX - box.minX, box.maxY - box.minY));
  ctx.strokeStyle = 'rgba(148, 163, 184, 0.10)';
  ctx.fillStyle = 'rgba(148, 163, 184, 0.55)';
  ctx.font = labelFont;
  ctx.lineWidth = 1;
  for (let gx = Math.ceil(box.minX / step) * step; gx <= box.maxX; gx += step) {
    const px = Math.round(view.x(gx)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(px, 0);
    ctx.lineTo(px, height);
    ctx.stroke();
    const text = String(+gx.toFixed(6));
    // A tick label that would run off the right edge is left out rather than cut.
    if (px + 3 + ctx.measureText(text).width <= width) ctx.fillText(text, px + 3, height - 6);
  }
  for (let gy = Math.ceil(box.minY / step) * step; gy <= box.maxY; gy += step) {
    const py = Math.round(view.y(gy)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(0, py);
    ctx.lineTo(width, py);
    ctx.stroke();
    ctx.fillText(String(+gy.toFixed(6)), 4, py - 3);
  }
}

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d')!;
  measurer.font = labelFont;
  return Math.ceil(measurer.measureText(text).width);
}

const entityName = (e: MapEntity) => e.label ?? e.entityId;

/** Most entities one hover card lists; the rest are counted. */
const maxCarded = 4;

/** The card shown for the entities under the pointer (nearest first), beside them and inside the canvas. */
function HoverCard({ entities, view, now }: { entities: readonly MapEntity[]; view: MapView; now: number }) {
  const first = entities[0]!;
  const x = view.x(first.x);
  const y = view.y(first.y);
  const left = x > view.width - 280 ? undefined : x + 14;
  const right = left === undefined ? view.width - x + 14 : undefined;
  const top = Math.min(Math.max(4, y - 20), Math.max(4, view.height - 140 * Math.min(entities.length, maxCarded)));
  return (
    <div className="map-card" style={{ left, right, top }} data-testid="map-card" role="tooltip">
      {entities.slice(0, maxCarded).map((entity) => (
        <section key={entity.entityId} data-entity={entity.entityId}>
          <strong>
            <span className="chart-swatch" style={{ background: kindColors[entity.kind] }} /> {entityName(entity)}
          </strong>
          <dl>
            <dt>Kind</dt>
            <dd>{label(entity.kind)}</dd>
            {entity.label !== null && (
              <>
                <dt>Id</dt>
                <dd>{entity.entityId}</dd>
              </>
            )}
            <dt>Position</dt>
            <dd>
              {entity.x.toFixed(0)}, {entity.y.toFixed(0)}
              {entity.heading !== null && ` · heading ${entity.heading.toFixed(0)}°`}
            </dd>
            <dt>Server</dt>
            <dd>{entity.serverId}</dd>
            <dt>Seen</dt>
            <dd>{ago(entity.updatedAt, now)}</dd>
          </dl>
        </section>
      ))}
      {entities.length > maxCarded && <p className="muted">and {entities.length - maxCarded} more here</p>}
    </div>
  );
}

/**
 * The entities of one map at their positions (y up) on axes fitted to them, redrawn whenever the state changes (at
 * most once a frame); labels placed so none overlaps another, and a hover card for any entity under the pointer.
 */
export function MapCanvas({ state, kinds, now }: { state: MapState; kinds: ReadonlySet<EntityKind>; now: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState({ width: 800, height: 560 });
  const [hovered, setHovered] = useState<readonly string[]>([]);

  useEffect(() => {
    const element = frame.current!;
    const measure = () => setRoom({ width: element.clientWidth, height: Math.max(360, Math.round(window.innerHeight * 0.7)) });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  const view = useMemo(() => fitView(state.bounds, room.width, room.height, 320), [state.bounds, room]);
  const visible = useMemo(() => [...state.entities.values()].filter((e) => kinds.has(e.kind)), [state, kinds]);
  const labels = useMemo(() => {
    if (visible.length > maxLabels) return { placed: [] as PlacedLabel[], hidden: visible.length };
    const requests = visible.map((e) => ({
      id: e.entityId,
      x: view.x(e.x),
      y: view.y(e.y),
      width: textWidth(entityName(e)) + 2 * labelPadding,
      height: labelHeight,
      rank: labelRank[e.kind],
    }));
    return placeLabels(requests, view.width, view.height);
  }, [visible, view]);

  useEffect(() => {
    const element = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(view.width * ratio);
    element.height = Math.round(view.height * ratio);
    const ctx = element.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = '#0b1220';
    ctx.fillRect(0, 0, view.width, view.height);
    drawGrid(ctx, view);
    for (const e of visible) drawEntity(ctx, e, view.x(e.x), view.y(e.y));
  }, [visible, view]);

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const near = visible
      .map((e) => ({ id: e.entityId, d: (view.x(e.x) - px) ** 2 + (view.y(e.y) - py) ** 2 }))
      .filter((n) => n.d <= hoverRadius * hoverRadius)
      .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
      .map((n) => n.id);
    setHovered((previous) => (previous.length === near.length && previous.every((id, i) => id === near[i]) ? previous : near));
  };
  const hoveredEntities = hovered.map((id) => state.entities.get(id)).filter((e): e is MapEntity => e !== undefined && kinds.has(e.kind));
  const round = (n: number) => String(Math.round(n));

  return (
    <div ref={frame} className="map-frame">
      <div className="map-stage" style={{ width: view.width, height: view.height }}>
        <canvas
          ref={canvas}
          className="map-canvas"
          style={{ width: view.width, height: view.height }}
          onMouseMove={onMove}
          onMouseLeave={() => setHovered([])}
          data-testid="map-canvas"
          data-entities={visible.length}
          data-x-min={round(view.box.minX)}
          data-x-max={round(view.box.maxX)}
          data-y-min={round(view.box.minY)}
          data-y-max={round(view.box.maxY)}
          data-hidden-labels={labels.hidden}
        />
        <div className="map-labels" aria-hidden="true">
          {labels.placed.map((placed) => {
            const entity = state.entities.get(placed.id)!;
            return (
              <span
                key={placed.id}
                className="map-label"
                style={{ left: placed.left, top: placed.top, width: placed.width, height: placed.height, lineHeight: `${placed.height}px` }}
                data-testid="map-label"
                data-entity={placed.id}
                data-anchor-x={round(view.x(entity.x))}
                data-anchor-y={round(view.y(entity.y))}
              >
                {entityName(entity)}
              </span>
            );
          })}
        </div>
        {hoveredEntities.length > 0 && <HoverCard entities={hoveredEntities} view={view} now={now} />}
      </div>
    </div>
  );
}
