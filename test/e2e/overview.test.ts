import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible as visibleWithin } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

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

  it('should show SUPPORT no rate or incident tile', async () => {
    const page = await signedIn(['SUPPORT']);
    await tileReads(page, 'kpi-players', '65');
    await visible(page.getByTestId('kpi-tickets'));
    expect(await page.getByTestId('kpi-events').count()).toBe(0);
    expect(await page.getByTestId('kpi-deliveries').count()).toBe(0);
    expect(await page.getByTestId('kpi-incidents').count()).toBe(0);
    await page.close();
  });
});

async function screenshot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
