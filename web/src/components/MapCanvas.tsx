import { useEffect, useRef, useState } from 'react';
import type { EntityKind } from '../gql/graphql.ts';
import { type MapEntity, type MapState, worldToCanvas } from '../streams/map.ts';

export const kindColors: Record<EntityKind, string> = {
  PLAYER: '#38bdf8',
  CREATURE: '#f87171',
  NPC: '#fbbf24',
  EVENT: '#c084fc',
  WAYPOINT: '#34d399',
};

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

/** The entities of one map at their positions (y up), redrawn whenever the state changes (at most once a frame). */
export function MapCanvas({ state, kinds }: { state: MapState; kinds: ReadonlySet<EntityKind> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 800, height: 560 });

  useEffect(() => {
    const element = canvas.current!.parentElement!;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: Math.max(420, Math.round(element.clientWidth * 0.62)) }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(size.width * ratio);
    element.height = Math.round(size.height * ratio);
    const ctx = element.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = '#0b1220';
    ctx.fillRect(0, 0, size.width, size.height);

    const view = worldToCanvas(state.bounds, size.width, size.height);
    const span = Math.max(size.width, size.height) / view.scale;
    const step = niceStep(span);
    ctx.strokeStyle = 'rgba(148, 163, 184, 0.10)';
    ctx.fillStyle = 'rgba(148, 163, 184, 0.55)';
    ctx.font = '11px ui-sans-serif, system-ui, sans-serif';
    ctx.lineWidth = 1;
    // World coordinates at the canvas edges, to lay the grid on round numbers.
    const worldX = (px: number) => (px - view.x(0)) / view.scale;
    const worldY = (py: number) => (view.y(0) - py) / view.scale;
    for (let gx = Math.ceil(worldX(0) / step) * step; gx <= worldX(size.width); gx += step) {
      const px = Math.round(view.x(gx)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(px, 0);
      ctx.lineTo(px, size.height);
      ctx.stroke();
      ctx.fillText(String(+gx.toFixed(6)), px + 3, size.height - 6);
    }
    for (let gy = Math.ceil(worldY(size.height) / step) * step; gy <= worldY(0); gy += step) {
      const py = Math.round(view.y(gy)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(0, py);
      ctx.lineTo(size.width, py);
      ctx.stroke();
      ctx.fillText(String(+gy.toFixed(6)), 4, py - 3);
    }

    const visible = [...state.entities.values()].filter((e) => kinds.has(e.kind));
    const labels = visible.length <= 250;
    ctx.textBaseline = 'middle';
    for (const e of visible) {
      const x = view.x(e.x);
      const y = view.y(e.y);
      drawEntity(ctx, e, x, y);
      if (labels && e.kind !== 'CREATURE') {
        ctx.fillStyle = 'rgba(226, 232, 240, 0.85)';
        ctx.fillText(e.label ?? e.entityId, x + 10, y);
      }
    }
    ctx.textBaseline = 'alphabetic';
  }, [state, kinds, size]);

  return (
    <canvas
      ref={canvas}
      className="map-canvas"
      style={{ width: size.width, height: size.height }}
      data-testid="map-canvas"
      data-entities={[...state.entities.values()].filter((e) => kinds.has(e.kind)).length}
    />
  );
}
