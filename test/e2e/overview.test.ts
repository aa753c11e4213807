import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, signIn, visible as visibleWithin } from '../kit/browser.ts';
import { type ServedVigil, serveVigil, tempDir } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page (the overview is throttled to 500 ms). */
const live = 3_000;

const reportStatus = graphql(`
  mutation OverviewPageStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) { id }
  }
`);
const openTicket = graphql(`
  mutation OverviewPageTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { id }
  }
`);
const reportIncident = graphql(`
  mutation OverviewPageIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id }
  }
`);

let vigil: ServedVigil;
let browser: Browser;

async function visible(locator: Locator, timeout = live): Promise<void> {
  await visibleWithin(locator, timeout);
}

async function signedIn(roles: Parameters<ServedVigil['adminToken']>[0]): Promise<Page> {
  return signedInPage(browser, vigil.url, await vigil.adminToken(roles));
}

/** Waits until the tile's figure reads `text`. */
async function tileReads(page: Page, testId: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) => document.querySelector(`[data-testid="${id}"] .kpi-value`)?.textContent === expected,
    [testId, text] as const,
    { timeout: live },
  );
}

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  await vigil.ok(reportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 40 } });
  await vigil.ok(reportStatus, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 10 } });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('overview page', () => {
  it('should be the home page and change its tiles live as events arrive', async () => {
    const page = await signedIn(['ADMIN']);
    expect(page.url()).toBe(`${vigil.url}/`);
    await tileReads(page, 'kpi-servers', '2 / 2');
    await tileReads(page, 'kpi-players', '50');
    await tileReads(page, 'kpi-tickets', '0');
    await vigil.ok(reportStatus, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 25, health: 'DEGRADED', message: 'lag spikes' } });
    await vigil.ok(reportStatus, { input: { serverId: 'us-1', state: 'STARTING', playerCount: 0 } });
    await vigil.ok(openTicket, { input: { serverId: 'eu-1', subject: 'Stuck', body: 'In a wall' } });
    await vigil.ok(reportIncident, { input: { serverId: 'eu-1', kind: 'HACK_DETECTED', description: 'speed hack', priority: 'CRITICAL' } });
    await tileReads(page, 'kpi-servers', '2 / 3');
    await tileReads(page, 'kpi-players', '65');
    await tileReads(page, 'kpi-tickets', '1');
    await tileReads(page, 'kpi-incidents', '1');
    expect(await page.getByTestId('kpi-players-delta').innerText()).toBe('▲ 15');
    await visible(page.getByTestId('overview-attention').getByText('eu-2'));
    await visible(page.getByTestId('overview-urgent').getByText('speed hack'));
    await visible(page.getByTestId('kpi-events'));
    await screenshot(page, '20-overview');
    await page.close();
  });

  it('should switch the players-online chart between 15 min, 1 h, 6 h and 24 h, asking the hub for that range', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const asked: unknown[] = [];
    const followed: unknown[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (body?.includes('query OverviewNow')) asked.push(JSON.parse(body).variables.range);
      // Updates carry the last minutes of the chart only, whatever its range.
      if (body?.includes('subscription OverviewFeed')) followed.push(JSON.parse(body).variables.recentRange);
    });
    await signIn(page, vigil.url, await vigil.adminToken(['ADMIN']));
    const chart = page.getByTestId('overview-players-chart');
    await page.waitForSelector('[data-testid="overview-players"][data-range="LAST_6_HOURS"]', { timeout: live });
    expect(await chart.getAttribute('data-span')).toBe('21600');
    expect(await page.getByTestId('range-LAST_6_HOURS').getAttribute('aria-pressed')).toBe('true');

    for (const [range, span] of [
      ['LAST_15_MINUTES', '900'],
      ['LAST_HOUR', '3600'],
      ['LAST_24_HOURS', '86400'],
    ] as const) {
      await page.getByTestId(`range-${range}`).click();
      await page.waitForSelector(`[data-testid="overview-players"][data-range="${range}"]`, { timeout: live });
      expect(await chart.getAttribute('data-span')).toBe(span);
      expect(await page.getByTestId(`range-${range}`).getAttribute('aria-pressed')).toBe('true');
    }
    expect(asked).toEqual(['LAST_6_HOURS', 'LAST_15_MINUTES', 'LAST_HOUR', 'LAST_24_HOURS']);
    expect(followed.length).toBeGreaterThanOrEqual(4);
    expect(new Set(followed)).toEqual(new Set(['LAST_15_MINUTES']));

    // Still live on the last range: the chart's newest figure follows the next status report.
    await vigil.ok(reportStatus, { input: { serverId: 'us-1', state: 'ONLINE', playerCount: 5 } });
    await tileReads(page, 'kpi-players', '70');
    await page.waitForFunction(() => document.querySelector('[data-testid="overview-players-chart"] strong')?.textContent === '70', null, {
      timeout: live,
    });
    await screenshot(page, '21-overview-players-24h');
    await page.close();
  });

  it('should show SUPPORT no rate or incident tile', async () => {
    const page = await signedIn(['SUPPORT']);
    await tileReads(page, 'kpi-players', '70');
    await visible(page.getByTestId('kpi-tickets'));
    expect(await page.getByTestId('kpi-events').count()).toBe(0);
    expect(await page.getByTestId('kpi-deliveries').count()).toBe(0);
    expect(await page.getByTestId('kpi-incidents').count()).toBe(0);
    await page.close();
  });
});

describe('overview page across a Vigil restart', () => {
  it('should reconnect its overview once Vigil serves again, and change its tiles live', async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const first = await serveVigil({ databasePath });
    const { url } = first;
    await first.ok(reportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 7 } });
    const page = await signedInPage(browser, url, await first.adminToken(['ADMIN'], { ttl: '1h' }));
    await tileReads(page, 'kpi-players', '7');
    const status = () => page.getByTestId('live-indicator').getAttribute('data-status');
    await expect.poll(status, { timeout: live }).toBe('live');

    await first.close();
    await expect.poll(status, { timeout: 5_000 }).toBe('reconnecting');
    const second = await serveVigil({ databasePath }, { port: Number(new URL(url).port) });
    try {
      // The probe's cap (2 s), the spread (0.3 s), and a margin.
      await expect.poll(status, { timeout: 4_000, interval: 50 }).toBe('live');
      await second.ok(reportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 9 } });
      await tileReads(page, 'kpi-players', '9');
    } finally {
      await page.close();
      await second.close();
    }
  }, 60_000);
});

async function screenshot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
