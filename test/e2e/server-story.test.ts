import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible as visibleWithin } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page. */
const live = 2_000;

const storyStatus = graphql(`
  mutation StoryStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) { id }
  }
`);
const storyTelemetry = graphql(`
  mutation StoryTelemetry($input: TelemetryInput!) {
    reportTelemetry(input: $input) { id }
  }
`);
const storyPlayer = graphql(`
  mutation StoryPlayer($input: PlayerActivityInput!) {
    reportPlayerActivity(input: $input) { id }
  }
`);
const storyChat = graphql(`
  mutation StoryChat($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id }
  }
`);
const storyTicket = graphql(`
  mutation StoryTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { payload { ticketId } }
  }
`);
const storyIncident = graphql(`
  mutation StoryIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id }
  }
`);

let vigil: ServedVigil;
let browser: Browser;

async function visible(locator: Locator, timeout = live): Promise<void> {
  await visibleWithin(locator, timeout);
}

async function waitForLive(target: Page): Promise<void> {
  await target.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
    timeout: 10_000,
  });
}

/** The page's streams, by the names the live indicator lists them under. */
async function streamNames(target: Page): Promise<string[]> {
  const title = (await target.getByTestId('live-indicator').getAttribute('title')) ?? '';
  return title
    .split('\n')
    .map((line) => line.split(':')[0]!)
    .sort();
}

const texts = (locator: Locator) => locator.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText));

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  await vigil.ok(storyStatus, { input: { serverId: 'eu-1', state: 'STARTING', playerCount: 0, maxPlayers: 100 } });
  await vigil.ok(storyStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount: 1, maxPlayers: 100 } });
  await vigil.ok(storyStatus, { input: { serverId: 'eu-2', state: 'ONLINE', playerCount: 1, maxPlayers: 100 } });
  for (let i = 5; i > 0; i--) {
    await vigil.ok(storyTelemetry, {
      input: {
        serverId: 'eu-1',
        occurredAt: new Date(Date.now() - i * 15_000).toISOString(),
        cpuPercent: 40 + i,
        memoryUsedMb: 2_000,
        memoryTotalMb: 4_096,
        networkInKbps: 800,
        networkOutKbps: 1_500,
        dbQueriesPerSecond: 120,
        dbLatencyMs: 4,
      },
    });
  }
  await vigil.ok(storyPlayer, { input: { serverId: 'eu-1', kind: 'JOIN', playerId: 'p-1', playerName: 'Aria' } });
  await vigil.ok(storyPlayer, { input: { serverId: 'eu-2', kind: 'JOIN', playerId: 'p-2', playerName: 'Borin' } });
  await vigil.ok(storyChat, { input: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', text: 'hello from eu-1' } });
  await vigil.ok(storyChat, { input: { serverId: 'eu-2', channel: 'global', playerId: 'p-2', playerName: 'Borin', text: 'hello from eu-2' } });
  await vigil.ok(storyTicket, { input: { serverId: 'eu-1', playerId: 'p-1', subject: 'Stuck in a wall', body: 'near the docks' } });
  await vigil.ok(storyTicket, { input: { serverId: 'eu-2', playerId: 'p-2', subject: 'Other server ticket', body: 'not here' } });
  await vigil.ok(storyIncident, { input: { serverId: 'eu-1', kind: 'BOT_DETECTED', playerId: 'p-9', description: 'farming bot on eu-1' } });
  await vigil.ok(storyIncident, { input: { serverId: 'eu-2', kind: 'BAN', playerId: 'p-8', description: 'ban on eu-2' } });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('server story', () => {
  it("should tell an ADMIN the server's story: status timeline, telemetry, players, tickets, incidents and chat of that server, live", async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['ADMIN']));
    await page.goto(`${vigil.url}/servers/eu-1`);
    await waitForLive(page);
    expect(await streamNames(page)).toEqual(
      expect.arrayContaining(['chat eu-1', 'players eu-1', 'security eu-1', 'server eu-1', 'status history eu-1', 'telemetry eu-1', 'tickets eu-1']),
    );
    await visible(page.getByTestId('chart-cpu'));
    expect(await page.getByTestId('telemetry').getAttribute('data-samples')).toBe('5');
    expect(await page.getByTestId('timeline-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')))).toEqual([
      'ONLINE',
      'STARTING',
    ]);
    expect(await page.getByTestId('online-player').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-player')))).toEqual(['p-1']);
    expect(await texts(page.getByTestId('server-ticket'))).toEqual([expect.stringContaining('Stuck in a wall')]);
    expect(await texts(page.getByTestId('server-incident'))).toEqual([expect.stringContaining('farming bot on eu-1')]);
    expect(await texts(page.getByTestId('server-chat-line'))).toEqual([expect.stringContaining('hello from eu-1')]);

    await vigil.ok(storyPlayer, { input: { serverId: 'eu-1', kind: 'JOIN', playerId: 'p-3', playerName: 'Cyra' } });
    await vigil.ok(storyPlayer, { input: { serverId: 'eu-2', kind: 'JOIN', playerId: 'p-4', playerName: 'Dax' } });
    await visible(page.locator('[data-testid="online-player"][data-player="p-3"]'));
    await vigil.ok(storyChat, { input: { serverId: 'eu-2', channel: 'trade', playerId: 'p-4', playerName: 'Dax', text: 'eu-2 only' } });
    await vigil.ok(storyChat, { input: { serverId: 'eu-1', channel: 'trade', playerId: 'p-3', playerName: 'Cyra', text: 'WTB potions' } });
    await visible(page.getByTestId('server-chat-line').filter({ hasText: 'WTB potions' }));
    await vigil.ok(storyTicket, { input: { serverId: 'eu-1', playerId: 'p-3', subject: 'Quest will not finish', body: 'step 3' } });
    await visible(page.getByTestId('server-ticket').filter({ hasText: 'Quest will not finish' }));
    await vigil.ok(storyIncident, { input: { serverId: 'eu-1', kind: 'HACK_DETECTED', playerId: 'p-3', description: 'wall hack on eu-1' } });
    await visible(page.getByTestId('server-incident').filter({ hasText: 'wall hack on eu-1' }));
    await vigil.ok(storyStatus, { input: { serverId: 'eu-1', state: 'RESTARTING', playerCount: 2, maxPlayers: 100, message: 'patch 1.2' } });
    await visible(page.locator('[data-testid="timeline-row"][data-state="RESTARTING"]'));

    expect(await page.getByTestId('online-player').count()).toBe(2);
    expect(await page.getByTestId('server-chat-line').count()).toBe(2);
    expect(await page.getByTestId('server-ticket').count()).toBe(2);
    expect(await page.getByTestId('server-incident').count()).toBe(2);
    const main = await page.locator('main').innerText();
    for (const elsewhere of ['eu-2 only', 'hello from eu-2', 'Other server ticket', 'ban on eu-2', 'Borin', 'Dax'])
      expect(main).not.toContain(elsewhere);
    await page.screenshot({ path: join(screenshots, '30-server-story.png'), fullPage: true });
    await page.close();
  });

  it('should tell an OPERATOR the status timeline, telemetry and players, without chat, tickets or incidents', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['OPERATOR']));
    await page.goto(`${vigil.url}/servers/eu-1`);
    await waitForLive(page);
    const streams = await streamNames(page);
    expect(streams).toEqual(expect.arrayContaining(['players eu-1', 'server eu-1', 'status history eu-1', 'telemetry eu-1']));
    for (const name of ['chat eu-1', 'tickets eu-1', 'security eu-1']) expect(streams).not.toContain(name);
    await visible(page.getByTestId('chart-cpu'));
    await visible(page.getByTestId('timeline-row'));
    await visible(page.locator('[data-testid="online-player"][data-player="p-1"]'));
    for (const part of ['server-chat', 'server-tickets', 'server-incidents']) expect(await page.getByTestId(part).count()).toBe(0);
    await page.close();
  });

  it('should tell SUPPORT the story without telemetry or incidents, and never ask for them', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['SUPPORT']));
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.postData() ?? ''));
    await page.goto(`${vigil.url}/servers/eu-1`);
    await waitForLive(page);
    const streams = await streamNames(page);
    expect(streams).toEqual(expect.arrayContaining(['chat eu-1', 'players eu-1', 'server eu-1', 'status history eu-1', 'tickets eu-1']));
    expect(streams).not.toContain('telemetry eu-1');
    expect(streams).not.toContain('security eu-1');
    await visible(page.getByTestId('timeline-row'));
    await visible(page.getByTestId('server-ticket').filter({ hasText: 'Stuck in a wall' }));
    await visible(page.getByTestId('server-chat-line').filter({ hasText: 'hello from eu-1' }));
    await visible(page.locator('[data-testid="online-player"][data-player="p-1"]'));
    expect(await page.getByTestId('telemetry').count()).toBe(0);
    expect(await page.getByTestId('chart-cpu').count()).toBe(0);
    expect(await page.getByTestId('server-incidents').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Telemetry');
    expect(asked.filter((body) => /telemetry|securityIncidents|security\(/.test(body))).toEqual([]);

    await vigil.ok(storyChat, { input: { serverId: 'eu-1', channel: 'help', playerId: 'p-1', playerName: 'Aria', text: 'support, are you there?' } });
    await visible(page.getByTestId('server-chat-line').filter({ hasText: 'support, are you there?' }));
    await page.screenshot({ path: join(screenshots, '31-server-story-support.png'), fullPage: true });
    await page.close();
  });
});
