import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event, or a filter's new answer, must show on the page. */
const live = 2_000;

const filterPageChat = graphql(`
  mutation FilterPageChat($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id }
  }
`);
const filterPageIngest = graphql(`
  mutation FilterPageIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { __typename }
  }
`);
const filterPageTicket = graphql(`
  mutation FilterPageTicket($input: OpenTicketInput!) {
    openTicket(input: $input) { payload { ticketId } }
  }
`);
const filterPageAssign = graphql(`
  mutation FilterPageAssign($ticketId: ID!, $assignee: String!) {
    assignTicket(ticketId: $ticketId, assignee: $assignee) { id }
  }
`);
const filterPageIncident = graphql(`
  mutation FilterPageIncident($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { id }
  }
`);

let vigil: ServedVigil;
let browser: Browser;
const tickets: Record<string, string> = {};

async function waitForLive(target: Page): Promise<void> {
  await target.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
    timeout: 10_000,
  });
}

/** Waits until the rows `locator` finds read `expected` (each row's text contains its entry), in order. */
async function rowsRead(locator: Locator, expected: string[]): Promise<void> {
  const deadline = Date.now() + live;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await locator.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText));
    if (seen.length === expected.length && seen.every((text, i) => text.includes(expected[i]!))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(seen).toEqual(expected.map((text) => expect.stringContaining(text)));
}

const cardIds = (page: Page) => page.getByTestId('ticket-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-ticket')).sort());

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  await vigil.ok(filterPageChat, {
    input: { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Aria', text: 'Anyone for the World Boss?' },
  });
  // Enough later chat that the line above is not among the ones a page loads unfiltered: only the hub's search finds it.
  const noise = Array.from({ length: 300 }, (_, i) => ({
    chat: { serverId: 'eu-2', channel: 'trade', playerId: 'p-2', playerName: 'Borin', text: `WTS ingot #${i}` },
  }));
  await vigil.ok(filterPageIngest, { events: noise });

  const open = async (name: string, serverId: string, category?: string) => {
    tickets[name] = (
      await vigil.ok(filterPageTicket, { input: { serverId, subject: name, body: 'please help', category } })
    ).openTicket.payload.ticketId;
  };
  await open('Lost my sword', 'eu-1', 'bug');
  await open('Refund please', 'eu-1', 'billing');
  await open('Lag spikes', 'us-1', 'bug');
  await open('Name change', 'us-1');
  await vigil.ok(filterPageAssign, { ticketId: tickets['Lost my sword']!, assignee: 'alice' });
  await vigil.ok(filterPageAssign, { ticketId: tickets['Refund please']!, assignee: 'bob' });

  await vigil.ok(filterPageIncident, { input: { serverId: 'eu-1', kind: 'BAN', playerId: 'p-7', description: 'ban on eu-1' } });
  await vigil.ok(filterPageIncident, { input: { serverId: 'eu-1', kind: 'VIOLATION', playerId: 'p-7', description: 'spam on eu-1' } });
  await vigil.ok(filterPageIncident, { input: { serverId: 'us-1', kind: 'BAN', playerId: 'p-8', description: 'ban on us-1' } });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('chat search', () => {
  it('should search chat by player and by text in the hub, and follow the search live', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['SUPPORT']));
    await page.goto(`${vigil.url}/chat`);
    await waitForLive(page);
    expect(await page.getByTestId('chat-line').filter({ hasText: 'World Boss' }).count()).toBe(0);

    await page.getByTestId('chat-player').fill('ari');
    await rowsRead(page.getByTestId('chat-line'), ['Anyone for the World Boss?']);
    await waitForLive(page);
    await vigil.ok(filterPageChat, { input: { serverId: 'us-1', channel: 'global', playerId: 'p-3', playerName: 'Arian', text: 'boss is down' } });
    await vigil.ok(filterPageChat, { input: { serverId: 'eu-2', channel: 'trade', playerId: 'p-2', playerName: 'Borin', text: 'boss? me too' } });
    await rowsRead(page.getByTestId('chat-line'), ['Anyone for the World Boss?', 'boss is down']);

    await page.getByTestId('chat-player').fill('');
    await page.getByTestId('chat-text').fill('BOSS');
    await rowsRead(page.getByTestId('chat-line'), ['Anyone for the World Boss?', 'boss is down', 'boss? me too']);
    await page.getByTestId('chat-player').fill('borin');
    await rowsRead(page.getByTestId('chat-line'), ['boss? me too']);
    await page.screenshot({ path: join(screenshots, '32-chat-search.png'), fullPage: true });

    await page.getByTestId('chat-text').fill('no such words');
    await page.getByTestId('chat-log').getByText('No chat matches the search.').waitFor({ timeout: live });
    await page.close();
  });
});

describe('ticket filters', () => {
  it('should filter the board by server and by category', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR']));
    await page.goto(`${vigil.url}/tickets`);
    await waitForLive(page);
    expect(await page.getByTestId('ticket-card').count()).toBe(4);

    await page.getByTestId('ticket-server').selectOption('eu-1');
    await waitForLive(page);
    await rowsRead(page.getByTestId('ticket-card'), ['Refund please', 'Lost my sword']);
    await page.getByTestId('ticket-category').selectOption('bug');
    await rowsRead(page.getByTestId('ticket-card'), ['Lost my sword']);
    await page.getByTestId('ticket-server').selectOption('');
    await rowsRead(page.getByTestId('ticket-card'), ['Lag spikes', 'Lost my sword']);
    await waitForLive(page);

    // A new ticket of the chosen category shows live; one of another category does not.
    await vigil.ok(filterPageTicket, { input: { serverId: 'eu-2', subject: 'Falling through the floor', body: 'again', category: 'Bug' } });
    await vigil.ok(filterPageTicket, { input: { serverId: 'eu-2', subject: 'Charged twice', body: 'gems', category: 'billing' } });
    await rowsRead(page.getByTestId('ticket-card'), ['Falling through the floor', 'Lag spikes', 'Lost my sword']);
    await page.screenshot({ path: join(screenshots, '33-ticket-filters.png'), fullPage: true });
    await page.close();
  });

  it('should show each signed-in admin only their own tickets under My tickets, following assignments live', async () => {
    const alice = await signedInPage(browser, vigil.url, await vigil.adminToken(['SUPPORT'], { sub: 'alice' }));
    const bob = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR'], { sub: 'bob' }));
    for (const page of [alice, bob]) {
      await page.goto(`${vigil.url}/tickets`);
      await waitForLive(page);
      await page.getByTestId('view-mine').click();
    }
    expect(await cardIds(alice)).toEqual([tickets['Lost my sword']]);
    expect(await cardIds(bob)).toEqual([tickets['Refund please']]);
    expect(await alice.getByTestId('mine-count').innerText()).toBe('1');

    await vigil.ok(filterPageAssign, { ticketId: tickets['Lag spikes']!, assignee: 'alice' });
    await rowsRead(alice.getByTestId('ticket-card'), ['Lag spikes', 'Lost my sword']);
    expect(await cardIds(bob)).toEqual([tickets['Refund please']]);

    // Taken from alice and given to bob: it leaves her view and enters his.
    await vigil.ok(filterPageAssign, { ticketId: tickets['Lost my sword']!, assignee: 'bob' });
    await rowsRead(alice.getByTestId('ticket-card'), ['Lag spikes']);
    await rowsRead(bob.getByTestId('ticket-card'), ['Refund please', 'Lost my sword']);
    await alice.screenshot({ path: join(screenshots, '34-my-tickets.png'), fullPage: true });

    await alice.getByTestId('view-all').click();
    expect(await alice.getByTestId('ticket-card').count()).toBeGreaterThan(3);
    await alice.close();
    await bob.close();
  });
});

describe('security filters', () => {
  it('should filter incidents by server and by type, live', async () => {
    const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['MODERATOR']));
    await page.goto(`${vigil.url}/security`);
    await waitForLive(page);
    await rowsRead(page.getByTestId('incident'), ['ban on us-1', 'spam on eu-1', 'ban on eu-1']);

    await page.getByTestId('security-kind').selectOption('BAN');
    await rowsRead(page.getByTestId('incident'), ['ban on us-1', 'ban on eu-1']);
    await page.getByTestId('security-server').selectOption('eu-1');
    await rowsRead(page.getByTestId('incident'), ['ban on eu-1']);
    await waitForLive(page);

    await vigil.ok(filterPageIncident, { input: { serverId: 'us-1', kind: 'BAN', playerId: 'p-9', description: 'another ban on us-1' } });
    await vigil.ok(filterPageIncident, { input: { serverId: 'eu-1', kind: 'HACK_DETECTED', playerId: 'p-9', description: 'hack on eu-1' } });
    await vigil.ok(filterPageIncident, { input: { serverId: 'eu-1', kind: 'BAN', playerId: 'p-9', description: 'second ban on eu-1' } });
    await rowsRead(page.getByTestId('incident'), ['second ban on eu-1', 'ban on eu-1']);
    await page.screenshot({ path: join(screenshots, '35-security-filters.png'), fullPage: true });
    await page.close();
  });
});
