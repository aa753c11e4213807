import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const root = join(import.meta.dirname, '../..');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests save their screenshots. */
export const screenshots = join(root, 'test-results/screenshots');

/** Builds the dashboard as `npm start` serves it (web/dist), once per test file. */
export function buildDashboard(): void {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Debian's Chromium, headless, on a fresh profile (Playwright gives every launch its own --user-data-dir). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Waits until `locator` is visible, failing after `timeout` ms. */
export async function visible(locator: Locator, timeout: number): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Signs `page` in on the dashboard at `url` with `token`, and waits until the header shows who is signed in. */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('sign-in').click();
  await visible(page.getByTestId('who'), 5_000);
}

/** A new 1440 x 900 page, signed in with `token`. */
export async function signedInPage(browser: Browser, url: string, token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, url, token);
  return page;
}
