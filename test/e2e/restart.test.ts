import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible } from '../kit/browser.ts';
import { startVigil, type TestVigil, tempDir } from '../kit/vigil.ts';

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

/** A real Vigil on the given data file, listening on `port` of 127.0.0.1 (0: any free port). */
async function listen(databasePath: string, port: number): Promise<{ vigil: TestVigil; server: Server; port: number; stop: () => Promise<void> }> {
  const vigil = await startVigil({ databasePath });
  const server = createServer(vigil.app.listener);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = async () => {
    vigil.app.services.hub.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await vigil.close();
  };
  return { vigil, server, port: (server.address() as AddressInfo).port, stop };
}

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
    const first = await listen(databasePath, 0);
    const url = `http://127.0.0.1:${first.port}`;
    const move = (vigil: TestVigil, x: number) =>
      vigil.ok(reportEntities, {
        input: {
          serverId: 'eu-1',
          mapId: 'eu-1:vale',
          updates: [{ entityId: 'p-1', kind: 'PLAYER', action: 'MOVE', position: { x, y: 100 }, label: 'Aria' }],
        },
      });
    await move(first.vigil, 100);
    const page = await signedInPage(browser, url, await first.vigil.adminToken(['OPERATOR'], { ttl: '1h' }));
    await page.goto(`${url}/map/${encodeURIComponent('eu-1:vale')}`);
    await visible(page.locator('[data-entity="p-1"]').getByText('100, 100'), 5_000);
    await expect.poll(() => status(page), { timeout: 5_000 }).toBe('live');

    await first.stop();
    await expect.poll(() => status(page), { timeout: 5_000 }).toBe('reconnecting');
    await sleep(downMs);
    expect(await status(page)).toBe('reconnecting');

    const second = await listen(databasePath, first.port);
    const back = Date.now();
    try {
      await expect.poll(() => status(page), { timeout: backWithinMs, interval: 50 }).toBe('live');
      const after = Date.now() - back;
      expect(after).toBeLessThan(backWithinMs);
      // Followed on from where it was: a move reported to the new process shows.
      await move(second.vigil, 420);
      await visible(page.locator('[data-entity="p-1"]').getByText('420, 100'), 2_000);
      await page.screenshot({ path: join(screenshots, '33-after-restart.png') });
    } finally {
      await page.close();
      await second.stop();
    }
  }, 60_000);
});
