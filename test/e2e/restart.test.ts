import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible } from '../kit/browser.ts';
import { serveVigil, type TestVigil, tempDir } from '../kit/vigil.ts';

/** How long Vigil stays down: long enough for the streams' own backoff to grow to several seconds. */
const downMs = 8_000;
/** How soon the dashboard must be live once Vigil serves again: the probe's cap (2 s), the spread (0.3 s), and a margin. */
const backWithinMs = 4_000;

const reportEntities = graphql(`
  mutation RestartEntities($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) { id }
  }
`);

let browser: Browser;

const status = (page: Page) => page.getByTestId('live-indicator').getAttribute('data-status');

beforeAll(async () => {
  buildDashboard();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('dashboard across a Vigil restart', () => {
  it('should be live again within seconds of Vigil serving again on the same port, and follow on', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await serveVigil({ databasePath });
    const { url } = first;
    const move = (vigil: TestVigil, x: number) =>
      vigil.ok(reportEntities, {
        input: {
          serverId: 'eu-1',
          mapId: 'eu-1:vale',
          updates: [{ entityId: 'p-1', kind: 'PLAYER', action: 'MOVE', position: { x, y: 100 }, label: 'Aria' }],
        },
      });
    await move(first, 100);
    const page = await signedInPage(browser, url, await first.adminToken(['OPERATOR'], { ttl: '1h' }));
    await page.goto(`${url}/map/${encodeURIComponent('eu-1:vale')}`);
    await visible(page.locator('[data-entity="p-1"]').getByText('100, 100'), 5_000);
    await expect.poll(() => status(page), { timeout: 5_000 }).toBe('live');

    await first.close();
    await expect.poll(() => status(page), { timeout: 5_000 }).toBe('reconnecting');
    await sleep(downMs);
    expect(await status(page)).toBe('reconnecting');

    const second = await serveVigil({ databasePath }, { port: Number(new URL(url).port) });
    const back = Date.now();
    try {
      await expect.poll(() => status(page), { timeout: backWithinMs, interval: 50 }).toBe('live');
      const after = Date.now() - back;
      expect(after).toBeLessThan(backWithinMs);
      // Followed on from where it was: a move reported to the new process shows.
      await move(second, 420);
      await visible(page.locator('[data-entity="p-1"]').getByText('420, 100'), 2_000);
      await page.screenshot({ path: join(screenshots, '33-after-restart.png') });
    } finally {
      await page.close();
      await second.close();
    }
  }, 60_000);
});
