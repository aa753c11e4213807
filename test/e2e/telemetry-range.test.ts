import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page. */
const live = 2_000;

const report = graphql(`
  mutation RangeTelemetry($input: TelemetryInput!) {
    reportTelemetry(input: $input) { id }
  }
`);

let vigil: ServedVigil;
let browser: Browser;

const sample = (cpuPercent: number) =>
  vigil.ok(report, { input: { serverId: 'eu-1', cpuPercent, memoryUsedMb: 2048, networkInKbps: 10, networkOutKbps: 20 } });

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  for (const cpu of [10, 20, 30, 40, 50]) await sample(cpu);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('telemetry time ranges', () => {
  it('should load each range from its history query, span the charts over it, and keep following live', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['OPERATOR']));
    const asked: unknown[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (body?.includes('telemetryHistory')) asked.push(JSON.parse(body).variables);
    });
    await page.goto(`${vigil.url}/servers/eu-1`);
    const charts = page.getByTestId('telemetry');
    await page.waitForSelector('[data-testid="telemetry"][data-range="LAST_15_MINUTES"][data-samples="5"]', { timeout: live });
    expect(await page.getByTestId('chart-cpu').getAttribute('data-span')).toBe('900');
    expect(await page.getByTestId('range-LAST_15_MINUTES').getAttribute('aria-pressed')).toBe('true');

    for (const [range, span] of [
      ['LAST_HOUR', '3600'],
      ['LAST_6_HOURS', '21600'],
      ['LAST_24_HOURS', '86400'],
    ] as const) {
      await page.getByTestId(`range-${range}`).click();
      await page.waitForSelector(`[data-testid="telemetry"][data-range="${range}"][data-samples="5"]`, { timeout: live });
      expect(await page.getByTestId('chart-cpu').getAttribute('data-span')).toBe(span);
      expect(await page.getByTestId(`range-${range}`).getAttribute('aria-pressed')).toBe('true');
    }
    expect(asked).toEqual(
      ['LAST_15_MINUTES', 'LAST_HOUR', 'LAST_6_HOURS', 'LAST_24_HOURS'].map((range) => ({ serverId: 'eu-1', range, points: 600 })),
    );

    await sample(60);
    await page.waitForSelector('[data-testid="telemetry"][data-range="LAST_24_HOURS"][data-samples="6"]', { timeout: live });
    expect(await charts.getByTestId('chart-cpu').innerText()).toContain('60%');
    await page.screenshot({ path: join(screenshots, '32-telemetry-24h.png') });
    await page.close();
  });
});
