import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { buildDashboard, launchBrowser, screenshots, signedInPage, visible } from '../kit/browser.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

/** How soon an ingested event must show on the page. */
const live = 2_000;

const openTicket = graphql(`
  mutation BellOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { payload { ticketId } } }
`);
const assignTicket = graphql(`
  mutation BellAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }
`);
const respondToTicket = graphql(`
  mutation BellRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }
`);

let vigil: ServedVigil;
let browser: Browser;

beforeAll(async () => {
  buildDashboard();
  vigil = await serveVigil();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function waitForLive(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
    timeout: 10_000,
  });
}

/** A signed-in admin on the Notifications page, every stream of it live. */
async function onNotificationsPage(sub: string): Promise<Page> {
  const page = await signedInPage(browser, vigil.url, await vigil.adminToken(['SUPPORT'], { sub }));
  await page.getByRole('link', { name: 'Notifications' }).click();
  await visible(page.getByRole('heading', { name: 'Notifications' }), 5_000);
  await waitForLive(page);
  return page;
}

const forYou = (page: Page) => page.locator('[data-testid="notification"][data-for-you="true"]');

async function ticket(subject: string): Promise<string> {
  return (await vigil.ok(openTicket, { input: { serverId: 'eu-1', subject, body: 'help', playerId: 'p-1' } })).openTicket.payload.ticketId;
}

describe('notifications for the signed-in admin', () => {
  it("should show each admin their own tickets and replies in the bell, and never another admin's", async () => {
    const alice = await onNotificationsPage('alice');
    const bob = await onNotificationsPage('bob');
    const carol = { as: await vigil.adminToken(['ADMIN'], { sub: 'carol' }) };

    const alicesTicket = await ticket('stuck in a wall');
    const bobsTicket = await ticket('lost my sword');
    await vigil.ok(assignTicket, { ticketId: alicesTicket, assignee: 'alice' }, carol);
    await vigil.ok(respondToTicket, { ticketId: alicesTicket, body: 'we are looking into it' }, carol);

    await visible(forYou(alice).filter({ hasText: 'carol replied on your ticket' }), live);
    await visible(forYou(alice).filter({ hasText: 'carol assigned you a ticket' }), live);
    expect(await forYou(alice).count()).toBe(2);
    await expect.poll(() => forYou(alice).first().textContent()).toContain('“stuck in a wall”: we are looking into it');

    // Bob's first notification comes after Alice's in the log: had hers reached him, they would show by now.
    await vigil.ok(assignTicket, { ticketId: bobsTicket, assignee: 'bob' }, carol);
    await visible(forYou(bob).filter({ hasText: 'carol assigned you a ticket' }), live);
    expect(await forYou(bob).count()).toBe(1);
    expect(await forYou(bob).first().textContent()).toContain('“lost my sword” on eu-1');
    expect(await bob.getByTestId('notifications').textContent()).not.toContain('stuck in a wall');

    // And Alice, once her next one is in, has had every chance to get Bob's: she has not.
    await vigil.ok(respondToTicket, { ticketId: alicesTicket, body: 'fixed' }, carol);
    await visible(forYou(alice).filter({ hasText: '“stuck in a wall”: fixed' }), live);
    expect(await forYou(alice).count()).toBe(3);
    expect(await alice.getByTestId('notifications').textContent()).not.toContain('lost my sword');

    // The bell counts them and lists them as FOR YOU.
    await alice.goto(`${vigil.url}/tickets`);
    await waitForLive(alice);
    await vigil.ok(respondToTicket, { ticketId: alicesTicket, body: 'one more thing' }, carol);
    await visible(alice.getByTestId('bell-count'), live);
    expect(await alice.getByTestId('bell-count').textContent()).toBe('1');
    await alice.getByTestId('bell').click();
    const item = alice.getByTestId('bell-item-for-you');
    await visible(item, live);
    expect(await item.first().textContent()).toMatch(/^FOR YOU.*carol replied on your ticket.*one more thing/);
    await alice.screenshot({ path: join(screenshots, 'bell-for-you.png') });
    await bob.getByTestId('bell').click();
    await visible(bob.getByTestId('bell-panel'), live);
    expect(await bob.getByTestId('bell-item-for-you').count()).toBe(1);
    expect(await bob.getByTestId('bell-panel').textContent()).not.toContain('stuck in a wall');
  });
});
