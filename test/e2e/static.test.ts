import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { tempDir } from '../kit/vigil.ts';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers) await close();
});

/** A real Vigil on a free port serving the dashboard from `root`. */
async function serveFrom(root: string): Promise<string> {
  const config = loadConfig({ databasePath: join(tempDir(), 'vigil.db'), port: 0, logLevel: 'silent' }, {});
  const app = await buildApp(config, pino({ level: 'silent' }), { root });
  const server = createServer(app.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A stand-in for `web/dist`: an index page, a hashed asset, a file beside it. */
function fakeBuild(): string {
  const root = join(tempDir(), 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("vigil")');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(tempDir(), 'secret.txt'), 'not for the web');
  return root;
}

describe('serving the dashboard', () => {
  it('should serve files with their content types, hashed assets as immutable', async () => {
    const url = await serveFrom(fakeBuild());
    const cases = [
      ['/', 'text/html; charset=utf-8', 'no-cache'],
      ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/assets/index-abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/favicon.svg', 'image/svg+xml', 'no-cache'],
    ] as const;
    for (const [path, type, cache] of cases) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const page = await fetch(`${url}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('should answer client routes with index.html and unknown files with 404', async () => {
    const url = await serveFrom(fakeBuild());
    for (const path of ['/servers', '/servers/eu-1', '/map/world%3A1', '/security']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<div id="root">');
    }
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00.js'])(
    'should not serve %s from outside the build',
    async (path) => {
      const url = await serveFrom(fakeBuild());
      // fetch() would normalise the dots away; a raw request keeps them.
      const { request } = await import('node:http');
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${url}${path}`, { method: 'GET' }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(body).not.toContain('not for the web');
      expect([200, 400, 404]).toContain(status);
      if (status === 200) expect(body).toContain('<div id="root">');
    },
  );

  it('should answer HEAD without a body', async () => {
    const url = await serveFrom(fakeBuild());
    const response = await fetch(`${url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('should leave the API and GraphiQL to yoga', async () => {
    const url = await serveFrom(fakeBuild());
    const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
    const api = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(api.headers.get('content-type')).toContain('json');
  });

  it('should say how to build the dashboard when it is not built', async () => {
    const url = await serveFrom(join(tempDir(), 'nothing-here'));
    const response = await fetch(`${url}/servers`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('npm run build:web');
  });
});
