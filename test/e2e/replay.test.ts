import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityAction } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, signIn, visible } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon the page must show what it was asked for. */
const live = 2_000;

const replayMove = graphql(`
  mutation ReplayPageMove($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) { id receivedAt }
  }
`);
const replayChat = graphql(`
  mutation ReplayPageChat($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id receivedAt }
  }
`);
const replayIncident = graphql(`
  mutation ReplayPageIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id receivedAt }
  }
`);
const replayTicket = graphql(`
  mutation ReplayPageTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { receivedAt payload { ticketId } }
  }
`);

const mapId = 'eu-1:vale';
let vigil: ServedVigil;
let browser: Browser;
/** When the hub stored the incident and the ticket (its clock, ms). */
let incidentAt: number;
let ticketId: string;

function move(serverId: string, map: string, entityId: string, action: EntityAction, x: number, y: number) {
  return vigil.ok(replayMove, {
    input: { serverId, mapId: map, updates: [{ entityId, kind: 'PLAYER', action, position: { x, y }, label: entityId }] },
  });
}

function say(serverId: string, text: string) {
  return vigil.ok(replayChat, { input: { serverId, channel: 'global', playerId: 'p-1', playerName: 'Aria', text } });
}

/** Lets the hub clock (millisecond resolution) move on, so what comes next is received strictly later. */
const later = () => sleep(25);

/** The x, y each entity of the side list shows, by entity id. */
function positions(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-testid="entity-table"] tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => [row.getAttribute('data-entity'), row.querySelector('td.num')!.textContent!.trim()])),
    );
}

/** Waits until the side list shows exactly these positions; fails with what it last showed. */
async function positionsRead(page: Page, expected: Record<string, string>): Promise<void> {
  const deadline = Date.now() + live;
  let seen: Record<string, string> = {};
  while (Date.now() < deadline) {
    seen = (await page.getByTestId('entity-table').count()) === 0 ? {} : await positions(page);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await sleep(50);
  }
  expect(seen).toEqual(expected);
}

const chatTexts = (page: Page) => page.locator('[data-testid="replay-chat"] .chat-text').allInnerTexts();
const shownAt = async (page: Page) => Number(await page.getByTestId('replay-at').getAttribute('data-at'));

async function openFromIncident(): Promise<Page> {
  const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR'], { ttl: '3h' }));
  await page.goto(`${vigil.url}/security`);
  await page.getByTestId('incident-replay').click();
  await visible(page.getByTestId('replay'), live);
  return page;
}

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  // Another server's map, first by id: a replay of eu-1 must not open it.
  await move('eu-2', 'eu-2:dunes', 'd-1', 'SPAWN', 5, 5);
  await move('eu-1', mapId, 'p-1', 'SPAWN', 100, 100);
  await move('eu-1', mapId, 'p-2', 'SPAWN', 200, 200);
  await say('eu-1', 'before the incident');
  await say('eu-2', 'another server');
  await later();
  await move('eu-1', mapId, 'p-1', 'MOVE', 110, 120);
  await later();
  const incident = await vigil.ok(replayIncident, { input: { serverId: 'eu-1', kind: 'HACK_DETECTED', playerId: 'p-1', description: 'speed hack' } });
  incidentAt = Date.parse(incident.reportSecurityIncident.receivedAt);
  const ticket = await vigil.ok(replayTicket, { input: { serverId: 'eu-1', subject: 'Someone flew past me', body: 'p-1 is hacking' } });
  ticketId = ticket.openTicket.payload.ticketId;
  await later();
  await move('eu-1', mapId, 'p-1', 'MOVE', 300, 310);
  await move('eu-1', mapId, 'p-2', 'DESPAWN', 200, 200);
  await say('eu-1', 'after the incident');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('incident replay', () => {
  it("should open from a security incident on its server's map, with entities where they were at the incident and its chat until then", async () => {
    const page = await openFromIncident();
    expect(new URL(page.url()).pathname).toBe('/replay');
    expect(new URL(page.url()).searchParams.get('map')).toBe(mapId);
    expect(await page.getByTestId('replay').getAttribute('data-map')).toBe(mapId);
    expect(await shownAt(page)).toBe(incidentAt);
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    expect(await chatTexts(page)).toEqual(['before the incident']);
    await page.screenshot({ path: join(screenshots, '60-replay-incident.png') });
    await page.close();
  });

  it('should show the map at the instant the scrubber names, and jump back to the incident', async () => {
    const page = await openFromIncident();
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    const scrubber = page.getByTestId('replay-scrubber');
    await scrubber.focus();
    await page.keyboard.press('End');
    await positionsRead(page, { 'p-1': '300, 310' });
    expect(await chatTexts(page)).toEqual(['before the incident', 'after the incident']);
    // The window starts five minutes before the incident, before anything of this test was on the map.
    await page.keyboard.press('Home');
    expect(await shownAt(page)).toBe(incidentAt - 5 * 60_000);
    await positionsRead(page, {});
    expect(await chatTexts(page)).toEqual([]);
    await page.getByTestId('replay-jump').click();
    expect(await shownAt(page)).toBe(incidentAt);
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    await page.close();
  });

  it('should play on from the incident, at the speed chosen, until the end of the window', async () => {
    const page = await openFromIncident();
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    await page.getByTestId('replay-speed-16').click();
    await page.getByTestId('replay-play').click();
    await positionsRead(page, { 'p-1': '300, 310' });
    // The window ends when the replay opened, a few seconds after the incident: at 16x that is well within `live`.
    await page.locator('[data-testid="replay-play"][data-playing="false"]').waitFor({ timeout: live });
    expect(await shownAt(page)).toBe(Number(await page.getByTestId('replay-scrubber').getAttribute('max')));
    await page.close();
  });

  it('should go back to the live map, which then follows new movement', async () => {
    const page = await openFromIncident();
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    await page.getByTestId('replay-live').click();
    await page.waitForURL(`${vigil.url}/map/${encodeURIComponent(mapId)}`, { timeout: live });
    await positionsRead(page, { 'p-1': '300, 310' });
    await page.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
      timeout: 10_000,
    });
    await move('eu-1', mapId, 'p-1', 'MOVE', 400, 410);
    await positionsRead(page, { 'p-1': '400, 410' });
    await page.close();
  });

  it("should open from an incident on the player's page, at the incident", async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR'], { ttl: '3h' }));
    await page.goto(`${vigil.url}/players/p-1`);
    await page.getByTestId('player-incident').getByTestId('incident-replay').click();
    await visible(page.getByTestId('replay'), live);
    expect(await page.getByTestId('replay').getAttribute('data-map')).toBe(mapId);
    expect(await shownAt(page)).toBe(incidentAt);
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    await page.close();
  });

  it('should read the list of maps once a map is chosen, not every few seconds', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.clock.install();
    await signIn(page, vigil.url, await vigil.adminToken(['MODERATOR'], { ttl: '3h' }));
    let mapLists = 0;
    page.on('request', (request) => {
      if (request.postData()?.includes('query Maps')) mapLists++;
    });
    await page.goto(`${vigil.url}/security`);
    await page.getByTestId('incident-replay').click();
    await visible(page.getByTestId('replay'), live);
    const read = mapLists;
    await page.clock.runFor('01:00');
    expect(mapLists).toBe(read);
    expect(read).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('should open from a ticket, at the moment it was opened', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR'], { ttl: '3h' }));
    await page.goto(`${vigil.url}/tickets`);
    await page.locator(`[data-testid="ticket-card"][data-ticket="${ticketId}"]`).click();
    await page.getByTestId('ticket-replay').click();
    await visible(page.getByTestId('replay'), live);
    expect(await page.getByTestId('replay').getAttribute('data-map')).toBe(mapId);
    // The ticket came right after the incident, before anything moved again.
    await positionsRead(page, { 'p-1': '110, 120', 'p-2': '200, 200' });
    await page.close();
  });

  it('should not offer a replay to SUPPORT, who may not see maps', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['SUPPORT'], { ttl: '3h' }));
    await page.goto(`${vigil.url}/tickets`);
    await page.locator(`[data-testid="ticket-card"][data-ticket="${ticketId}"]`).click();
    await visible(page.getByTestId('ticket-detail'), live);
    expect(await page.getByTestId('ticket-replay').count()).toBe(0);
    await page.close();
  });
});
