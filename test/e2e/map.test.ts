import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { label } from '../../web/src/format.ts';
import type { EntityKind } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signIn, visible } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page. */
const live = 2_000;

const reportEntities = graphql(`
  mutation MapPageEntities($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) { id receivedAt }
  }
`);

interface Spot {
  entityId: string;
  kind: EntityKind;
  x: number;
  y: number;
  label?: string;
}

/** The map of the test: two players on one spot, an NPC beside a waypoint, a creature, events at two corners. */
const spots: Spot[] = [
  { entityId: 'p-1', kind: 'PLAYER', x: 500, y: 500, label: 'Aria' },
  { entityId: 'p-2', kind: 'PLAYER', x: 500, y: 500, label: 'Borin' },
  { entityId: 'npc-1', kind: 'NPC', x: 300, y: 300, label: 'Merchant' },
  { entityId: 'wp-1', kind: 'WAYPOINT', x: 303, y: 300, label: 'North gate' },
  { entityId: 'c-1', kind: 'CREATURE', x: 150, y: 850, label: 'Wolf' },
  { entityId: 'ev-1', kind: 'EVENT', x: 0, y: 0, label: 'Rift' },
  { entityId: 'ev-2', kind: 'EVENT', x: 1000, y: 1000, label: 'Storm' },
];
/** Creatures spread over the middle of the map, enough for the side list to scroll. */
const herd: Spot[] = Array.from({ length: 60 }, (_, i) => ({
  entityId: `herd-${i}`,
  kind: 'CREATURE',
  x: 200 + (i % 10) * 60,
  y: 200 + Math.floor(i / 10) * 60,
}));

let vigil: ServedVigil;
let browser: Browser;
/** When the hub stored the plains map's entities (its clock). */
let plainsReceivedAt: number;

function report(mapId: string, entities: readonly Spot[]) {
  return vigil.ok(reportEntities, {
    input: {
      serverId: 'eu-1',
      mapId,
      updates: entities.map(({ x, y, label, ...e }) => ({ ...e, action: 'SPAWN' as const, position: { x, y }, label: label ?? null })),
    },
  });
}

/** The map page as an OPERATOR; `clockAt`, when given, fixes the page's clock there (Date.now, not its timers). */
async function openMap(mapId: string, clockAt?: number): Promise<Page> {
  const token = await vigil.adminToken(['OPERATOR'], { ttl: '3h' });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  if (clockAt !== undefined) await page.clock.setFixedTime(clockAt);
  await signIn(page, vigil.url, token);
  await page.goto(`${vigil.url}/map/${encodeURIComponent(mapId)}`);
  return page;
}

type Rect = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  await report('eu-1:vale', spots);
  const stored = await report('eu-1:plains', [...spots, ...herd]);
  plainsReceivedAt = Date.parse(stored.reportMapEntities.at(-1)!.receivedAt);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('map page', () => {
  it('should fit the axes to the entities with padding, not run past them', async () => {
    const page = await openMap('eu-1:vale');
    const canvas = page.locator(`[data-testid="map-canvas"][data-entities="${spots.length}"]`);
    await visible(canvas, live);
    const axes = await canvas.evaluate((c) => ['x-min', 'x-max', 'y-min', 'y-max'].map((a) => Number(c.getAttribute(`data-${a}`))));
    // The entities lie in 0..1000 on both axes: 5 % padding on each side.
    expect(axes).toEqual([-50, 1050, -50, 1050]);
    await page.close();
  });

  it('should give two entities at the same spot, and an NPC beside a waypoint, labels that do not overlap', async () => {
    const page = await openMap('eu-1:vale');
    await visible(page.locator(`[data-testid="map-canvas"][data-entities="${spots.length}"]`), live);
    const labels = page.getByTestId('map-label');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="map-label"]').length === n, spots.length, { timeout: live });
    const boxes = await labels.evaluateAll((spans) =>
      spans.map((span) => {
        const r = span.getBoundingClientRect();
        return {
          entity: span.getAttribute('data-entity')!,
          text: span.textContent,
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          fits: span.scrollWidth <= span.clientWidth,
        };
      }),
    );
    expect(boxes.map((b) => b.entity).sort()).toEqual(spots.map((s) => s.entityId).sort());
    expect(boxes.find((b) => b.entity === 'c-1')!.text).toBe('Wolf');
    for (const [i, a] of boxes.entries()) {
      expect(a.fits, `label of ${a.entity} is clipped`).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `labels of ${a.entity} and ${b.entity} overlap`).toBe(false);
    }
    await page.screenshot({ path: join(screenshots, '30-map-labels.png') });
    await page.close();
  });

  it.each(spots)('should show a hover card for $kind $entityId, with every entity on its spot', async (spot) => {
    const page = await openMap('eu-1:vale');
    const canvas = page.locator(`[data-testid="map-canvas"][data-entities="${spots.length}"]`);
    await visible(canvas, live);
    const anchor = page.locator(`[data-testid="map-label"][data-entity="${spot.entityId}"]`);
    await visible(anchor, live);
    const [x, y] = await anchor.evaluate((span) => [Number(span.getAttribute('data-anchor-x')), Number(span.getAttribute('data-anchor-y'))]);
    await canvas.hover({ position: { x: x!, y: y! } });
    const card = page.getByTestId('map-card');
    await visible(card, live);
    const text = await card.locator(`[data-entity="${spot.entityId}"]`).innerText();
    expect(text).toContain(spot.label!);
    expect(text).toContain(label(spot.kind));
    expect(text).toContain(`${spot.x}, ${spot.y}`);
    expect(text).toContain('eu-1');
    const together = spots.filter((s) => s.x === spot.x && s.y === spot.y).map((s) => s.entityId);
    for (const entityId of together) await visible(card.locator(`[data-entity="${entityId}"]`), live);
    await canvas.hover({ position: { x: 2, y: 2 } });
    await card.waitFor({ state: 'detached', timeout: live });
    await page.close();
  });

  it('should fit the side list columns at 1440 px and scroll the list instead of cutting it', async () => {
    // The longest "seen" text there is: with the page's clock 59.5 minutes ahead, every entity reads "59 min ago".
    const page = await openMap('eu-1:plains', plainsReceivedAt + 59 * 60_000 + 30_000);
    await visible(page.locator(`[data-testid="map-canvas"][data-entities="${spots.length + herd.length}"]`), live);
    // (page.waitForFunction polls with the page's timers, which a fixed clock stalls: poll from here.)
    await expect.poll(() => page.getByTestId('entity-seen').first().innerText(), { timeout: live }).toBe('59 min ago');
    const cells = await page
      .locator('[data-testid="entity-table"] td, [data-testid="entity-table"] th')
      .evaluateAll((all) =>
        all
          .filter((cell) => !cell.classList.contains('clip'))
          .map((cell) => ({ text: cell.textContent, clipped: cell.scrollWidth > cell.clientWidth })),
      );
    expect(cells.filter((cell) => cell.clipped)).toEqual([]);
    const list = page.getByTestId('entity-list');
    const metrics = await list.evaluate((element) => ({
      scrolls: element.scrollHeight > element.clientHeight,
      wide: element.scrollWidth > element.clientWidth,
      bottom: element.getBoundingClientRect().bottom,
      rows: element.querySelectorAll('tbody tr').length,
    }));
    expect(metrics).toMatchObject({ scrolls: true, wide: false, rows: spots.length + herd.length });
    expect(metrics.bottom).toBeLessThanOrEqual(900);
    // The last row is reachable by scrolling the list.
    const last = page.locator('[data-testid="entity-table"] tbody tr').last();
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(metrics.bottom + 1);
    await page.screenshot({ path: join(screenshots, '31-map-list.png') });
    await page.close();
  });
});
