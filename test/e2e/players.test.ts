import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlayerActivityKind } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible as visibleWithin } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page. */
const live = 2_000;

const reportPlayer = graphql(`
  mutation PlayersPageActivity($input: PlayerActivityInput!) {
    reportPlayerActivity(input: $input) { id }
  }
`);
const postChat = graphql(`
  mutation PlayersPageChat($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id }
  }
`);
const openTicket = graphql(`
  mutation PlayersPageTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { id }
  }
`);
const reportIncident = graphql(`
  mutation PlayersPageIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id }
  }
`);

const aria = { playerId: 'p-1', playerName: 'Aria', ipAddress: '203.0.113.7', email: 'aria@example.com' };

let vigil: ServedVigil;
let browser: Browser;

/** Reports a player event as its game server (the kit sends it with that server's producer token). */
function player(
  serverId: string,
  kind: PlayerActivityKind,
  playerId: string,
  playerName: string,
  extra: { ipAddress?: string; email?: string } = {},
) {
  return vigil.ok(reportPlayer, { input: { serverId, kind, playerId, playerName, ...extra } });
}

async function visible(locator: Locator, timeout = live): Promise<void> {
  await visibleWithin(locator, timeout);
}

async function waitForLive(target: Page): Promise<void> {
  await target.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
    timeout: 10_000,
  });
}

async function signedIn(roles: Parameters<ServedVigil['adminToken']>[0]): Promise<Page> {
  return signedInPage(browser, vigil.url, await vigil.adminToken(roles));
}

const row = (page: Page, playerId: string) => page.locator(`[data-testid="player-row"][data-player="${playerId}"]`);

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  await player('eu-1', 'JOIN', aria.playerId, aria.playerName, { ipAddress: aria.ipAddress, email: aria.email });
  await player('eu-2', 'JOIN', 'p-2', 'Borin');
  await player('eu-1', 'JOIN', 'p-3', 'Cyra');
  await player('eu-1', 'LEAVE', 'p-3', 'Cyra');
  await vigil.ok(postChat, {
    input: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', text: 'anyone up for the world boss?' },
  });
  await vigil.ok(postChat, { input: { serverId: 'eu-1', channel: 'global', playerId: 'p-2', playerName: 'Borin', text: 'not me' } });
  await vigil.ok(openTicket, { input: { serverId: 'eu-1', playerId: 'p-1', subject: 'Lost my sword', body: 'It vanished after the patch.' } });
  await vigil.ok(reportIncident, {
    input: { serverId: 'eu-1', kind: 'HACK_DETECTED', playerId: 'p-1', description: 'speed hack suspected', confidence: 0.8 },
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('players page', () => {
  it('should list who is online per server, show a join and a leave live, and filter by name', async () => {
    const page = await signedIn(['ADMIN']);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Players', exact: true }).click();
    await waitForLive(page);
    await visible(row(page, 'p-1'));
    expect(await page.locator('[data-testid="server-players"][data-server="eu-1"] [data-testid="player-row"]').count()).toBe(1);
    expect(await row(page, 'p-2').count()).toBe(1);
    expect(await row(page, 'p-3').count()).toBe(0);
    expect(await page.getByTestId('players-window').getAttribute('data-truncated')).toBe('false');

    await player('us-1', 'JOIN', 'p-4', 'Dax');
    await visible(page.locator('[data-testid="server-players"][data-server="us-1"] [data-testid="player-row"][data-player="p-4"]'));
    await player('eu-2', 'LEAVE', 'p-2', 'Borin');
    await row(page, 'p-2').waitFor({ state: 'detached', timeout: live });
    expect(await page.getByTestId('online-count').innerText()).toBe('2');

    await page.getByTestId('player-search').fill('ARI');
    expect(await page.getByTestId('player-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-player')))).toEqual(['p-1']);
    await page.getByTestId('player-search').fill('nobody');
    expect(await page.getByTestId('player-row').count()).toBe(0);
    await page.getByTestId('player-search').fill('');
    await visible(row(page, 'p-4'));
    await page.screenshot({ path: join(screenshots, '20-players.png'), fullPage: true });

    await row(page, 'p-1').getByRole('link', { name: 'Aria' }).click();
    expect(page.url()).toBe(`${vigil.url}/players/p-1`);
    await waitForLive(page);
    expect(await page.getByTestId('player-ip').innerText()).toBe(aria.ipAddress);
    expect(await page.getByTestId('player-email').innerText()).toBe(aria.email);
    expect(await page.getByTestId('player-online').innerText()).toContain('eu-1');
    await visible(page.getByTestId('player-chat-line').filter({ hasText: 'world boss' }));
    expect(await page.getByTestId('player-chat').innerText()).not.toContain('not me');
    await visible(page.getByTestId('player-ticket').filter({ hasText: 'Lost my sword' }));
    await visible(page.getByTestId('player-incident').filter({ hasText: 'speed hack suspected' }));
    await vigil.ok(postChat, { input: { serverId: 'eu-1', channel: 'trade', playerId: 'p-1', playerName: 'Aria', text: 'WTS iron ingots' } });
    await visible(page.getByTestId('player-chat-line').filter({ hasText: 'WTS iron ingots' }));
    await page.screenshot({ path: join(screenshots, '21-player.png'), fullPage: true });
    await page.close();
  });

  it('should show a SUPPORT viewer no IP address, no email and no incidents', async () => {
    const page = await signedIn(['SUPPORT']);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.postData() ?? ''));
    await page.goto(`${vigil.url}/players/p-1`);
    await waitForLive(page);
    await visible(page.getByTestId('activity-row'));
    await visible(page.getByTestId('player-ticket').filter({ hasText: 'Lost my sword' }));
    await visible(page.getByTestId('player-chat-line').filter({ hasText: 'world boss' }));
    expect(await page.getByTestId('player-ip').count()).toBe(0);
    expect(await page.getByTestId('player-email').count()).toBe(0);
    expect(await page.getByTestId('player-incidents').count()).toBe(0);
    expect(await page.getByTestId('player-contact').innerText()).toContain('ADMIN only');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(aria.ipAddress);
    expect(text).not.toContain(aria.email);
    expect(asked.some((body) => body.includes('securityIncidents'))).toBe(false);
    await page.screenshot({ path: join(screenshots, '22-player-support.png'), fullPage: true });
    await page.close();
  });
});
