import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Page } from 'playwright-core';
import { buildApp, graphqlEndpoint } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { createLogger } from '../src/server/logger.ts';
import { adminRequest } from '../src/simulator/admin.ts';
import { fleetServerIds, issueFleetTokens, revokeFleetTokens, startFleet } from '../src/simulator/index.ts';
import type { TicketStatus } from '../test/gql/graphql.ts';
import { buildDashboard, launchBrowser, signedInPage, visible } from '../test/kit/browser.ts';

/** The README's pictures: a real Vigil on a temp database with the simulator running, shot in headless Chromium. */
const out = join(import.meta.dirname, '../docs/screenshots');
/** The simulator runs at least this long before the first picture, so the overview's chart and lists have something to show. */
const warmUpMs = 75_000;
/** Who is signed in: the tickets assigned to them make "My tickets" and the bell. */
const viewer = 'alex';
/** Another admin, who hands the viewer tickets. */
const lead = 'sam';

const ticketsDocument: TypedDocumentNode<
  { tickets: { tickets: Array<{ id: string; subject: string; status: string; assignee: string | null }> } },
  object
> = parse('query ScreenshotTickets { tickets { tickets { id subject status assignee } } }');
const incidentsDocument: TypedDocumentNode<
  { securityIncidents: { incidents: Array<{ serverId: string; payload: { playerId: string | null } }> } },
  object
> = parse('query ScreenshotIncidents { securityIncidents(last: 50) { incidents { serverId payload { playerId } } } }');
const assignDocument: TypedDocumentNode<{ assignTicket: { id: string } }, { ticketId: string; assignee: string }> = parse(
  'mutation ScreenshotAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }',
);
const respondDocument: TypedDocumentNode<{ respondToTicket: { id: string } }, { ticketId: string; body: string }> = parse(
  'mutation ScreenshotRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }',
);
const statusDocument: TypedDocumentNode<{ setTicketStatus: { id: string } }, { ticketId: string; status: TicketStatus }> = parse(
  'mutation ScreenshotStatus($ticketId: ID!, $status: TicketStatus!) { setTicketStatus(ticketId: $ticketId, status: $status) { id } }',
);

/** Waits until the simulator has opened `count` tickets nobody holds yet, of different subjects if it can, and returns them. */
async function unassignedTickets(url: string, token: string, count: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { tickets } = (await adminRequest(url, token, ticketsDocument, {})).tickets;
    const open = tickets.filter((t) => t.assignee === null && t.status === 'OPEN');
    const distinct = [...new Map(open.map((t) => [t.subject, t])).values()];
    if (distinct.length >= count) return distinct.slice(0, count);
    if (Date.now() > deadline) {
      if (open.length >= count) return open.slice(0, count);
      throw new Error(`the simulator opened only ${open.length} unassigned tickets in time; need ${count}`);
    }
    await sleep(2_500);
  }
}

function say(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
}

async function main(): Promise<void> {
  say('building the dashboard');
  buildDashboard();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-screenshots-'));
  const config = loadConfig({ databasePath: join(dir, 'vigil.db'), port: 0, host: '127.0.0.1', logLevel: 'warn' }, {});
  const app = await buildApp(config, createLogger('warn'));
  const server = createServer(app.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}${graphqlEndpoint}`;
  const { adminKeys } = app.services;
  const simulatorToken = await adminKeys.sign('simulator', ['ADMIN'], '1h');
  const leadToken = await adminKeys.sign(lead, ['ADMIN'], '1h');
  const { tokens, tokenIds } = await issueFleetTokens(url, simulatorToken, fleetServerIds(5));
  const fleet = startFleet({ url, tokens, players: 200, seed: 13, log: say });
  const browser = await launchBrowser();
  try {
    say(`simulating 5 servers and 200 players against ${url} for ${warmUpMs / 1000} s or more`);
    // Signed in from the start and moving within the app (no reloads), so the bell and the overview's latest events
    // hold what arrived while the fleet warmed up.
    const page = await signedInPage(browser, base, await adminKeys.sign(viewer, ['ADMIN'], '1h'));
    await sleep(warmUpMs / 2);
    // Halfway (or once the simulator has opened enough), so the viewer's tickets have a history by the pictures.
    const mine = await unassignedTickets(url, leadToken, 3, 120_000);
    for (const ticket of mine) await adminRequest(url, leadToken, assignDocument, { ticketId: ticket.id, assignee: viewer });
    await adminRequest(url, leadToken, respondDocument, { ticketId: mine[0]!.id, body: 'Thanks, we are on it. When did it happen, roughly?' });
    await adminRequest(url, leadToken, statusDocument, { ticketId: mine[0]!.id, status: 'WAITING_ON_PLAYER' });
    await adminRequest(url, leadToken, statusDocument, { ticketId: mine[1]!.id, status: 'IN_PROGRESS' });
    await sleep(warmUpMs / 2);

    const { incidents } = (await adminRequest(url, leadToken, incidentsDocument, {})).securityIncidents;
    const incident = incidents.find((i) => i.payload.playerId !== null);
    if (!incident) throw new Error(`no security incident naming a player after ${warmUpMs / 1000} s`);
    const serverId = incident.serverId;
    const playerId = incident.payload.playerId!;
    const mapId = fleet.maps.get(serverId)![0]!;
    say(`shooting: server ${serverId}, player ${playerId}, map ${mapId}`);

    mkdirSync(out, { recursive: true });
    const shoot = async (name: string, path: string, ready: string[], prepare?: (page: Page) => Promise<void>) => {
      await page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await prepare?.(page);
      for (const testId of ready) await visible(page.getByTestId(testId), 15_000);
      await page.waitForFunction(() => document.querySelector('[data-testid="live-indicator"]')?.getAttribute('data-status') === 'live', undefined, {
        timeout: 15_000,
      });
      // Lets live rows and charts of the last second settle, and the pointer leave whatever it hovered.
      await page.mouse.move(0, 0);
      await sleep(1_500);
      const errors = await page.locator('.error-text, .signin-error').allInnerTexts();
      if (errors.some((text) => text.trim())) throw new Error(`${name}: the page shows an error: ${errors.join(' | ')}`);
      const file = join(out, `${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      say(`  ${file} (${Math.round(statSync(file).size / 1024)} KB)`);
    };

    await shoot('overview', '/', ['kpis']);
    await shoot('players', '/players', ['player-row']);
    await shoot('player', `/players/${encodeURIComponent(playerId)}`, ['activity-row', 'player-incident']);
    await shoot('server', `/servers/${encodeURIComponent(serverId)}`, ['timeline-row', 'server-incident', 'chart-cpu']);
    await shoot('tickets', '/tickets', ['ticket-card'], async (p) => {
      await p.getByTestId('view-mine').click();
      // The one with a reply, waiting on its player: the detail then shows the conversation.
      await p.getByTestId('ticket-card').filter({ hasText: 'reply' }).first().click();
    });
    await shoot('security', '/security', ['incident']);
    await shoot('map', `/map/${encodeURIComponent(mapId)}`, ['entity-list']);
    await shoot('replay', '/security', ['replay'], async (p) => {
      await p.getByTestId('incident').filter({ hasText: playerId }).first().getByTestId('incident-replay').click();
    });
    await page.close();
  } finally {
    await browser.close();
    say('stopping the simulator and Vigil');
    await fleet.stop();
    await revokeFleetTokens(url, simulatorToken, tokenIds);
    app.services.hub.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
