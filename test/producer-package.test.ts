import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveVigil, tempDir } from './kit/vigil.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

interface PackResult {
  filename: string;
  files: { path: string }[];
  bundled: string[];
}

/** A game server's fresh project with the SDK installed from its tarball by `npm install <tarball> --offline`. */
let project: string;
let packed: PackResult;
/** What `npm install` put in the project's node_modules. */
let installed: string[];

/** Every bare module specifier the SDK's built files import (what the installed package needs beside itself). */
function bareImports(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js') || entry.parentPath.startsWith(join(dir, 'node_modules'))) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) if (!specifier!.startsWith('.')) found.add(specifier!);
  }
  return found;
}

// pack:producer builds dist/producer with tsc before packing it: a build, not a race, and slow on a busy 2-core box.
beforeAll(async () => {
  const destination = tempDir();
  const { stdout } = await run('npm', ['run', '-s', 'pack:producer', '--', '--json', '--pack-destination', destination], { cwd: root });
  packed = (JSON.parse(stdout.slice(stdout.indexOf('['))) as PackResult[])[0]!;
  project = tempDir();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'game-server', private: true, type: 'module' }));
  // Offline and with an empty cache of its own: the install may ask no registry for anything.
  await run('npm', ['install', join(destination, packed.filename), '--offline', '--cache', tempDir(), '--no-audit', '--no-fund'], {
    cwd: project,
  });
  installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
  // The outbox's better-sqlite3 is the game server's own install (an optional peer; npm would build it for ~70 s here).
  symlinkSync(join(root, 'node_modules/better-sqlite3'), join(project, 'node_modules/better-sqlite3'), 'dir');
}, 180_000);

describe('the producer SDK package', () => {
  it('should hold the built SDK with its type declarations, and none of the sources', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'index.js', 'index.d.ts', 'gql/graphql.d.ts']));
    const own = paths.filter((path) => !path.startsWith('node_modules/'));
    expect(own.filter((path) => !/\.(js|d\.ts)$/.test(path) && !['package.json', 'README.md'].includes(path))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/vigil/package.json'), 'utf8'));
    expect(manifest.exports['./producer']).toEqual({ types: './index.d.ts', default: './index.js' });
    expect(bareImports(join(project, 'node_modules/vigil'))).toEqual(new Set(['graphql', 'node:crypto', 'node:module']));
  });

  it('should declare only what the SDK needs, bundled, and install nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/vigil/package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['graphql', '@graphql-typed-document-node/core']);
    expect(packed.bundled.toSorted()).toEqual(['@graphql-typed-document-node/core', 'graphql']);
    expect(manifest.peerDependencies).toEqual({ 'better-sqlite3': expect.any(String) });
    expect(manifest.peerDependenciesMeta).toEqual({ 'better-sqlite3': { optional: true } });
    expect(installed).toEqual(['vigil']);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies).toEqual({ vigil: expect.stringMatching(/^file:.*\.tgz$/) });
  });

  it('should ingest into a real Vigil from plain Node ESM, outbox included', async () => {
    const vigil = await serveVigil();
    writeFileSync(
      join(project, 'game-server.mjs'),
      `import { createProducer } from 'vigil/producer';
const producer = createProducer({ url: process.env.VIGIL_URL, token: process.env.VIGIL_PRODUCER_TOKEN, serverId: 'eu-1', outbox: 'outbox.db' });
const status = await producer.serverStatus({ state: 'ONLINE', playerCount: 42, maxPlayers: 100 });
const chat = await producer.chat({ channel: 'global', playerId: 'p1', playerName: 'Ana', text: 'gg' });
await producer.close();
console.log(JSON.stringify([status, chat]));
`,
    );
    const { stdout } = await run(process.execPath, ['game-server.mjs'], {
      cwd: project,
      env: { ...process.env, VIGIL_URL: `${vigil.url}/graphql`, VIGIL_PRODUCER_TOKEN: await vigil.producerToken('eu-1') },
    });
    const stored = JSON.parse(stdout) as { id: string; stream: string; type: string; serverId: string }[];
    expect(stored.map(({ stream, type, serverId }) => ({ stream, type, serverId }))).toEqual([
      { stream: 'SERVER_STATUS', type: 'SERVER_ONLINE', serverId: 'eu-1' },
      { stream: 'CHAT', type: 'CHAT_MESSAGE', serverId: 'eu-1' },
    ]);
    const { events } = await vigil.app.services.log.read({ limit: 10 });
    expect(events.map((event) => event.id)).toEqual(stored.map((event) => event.id));
  });

  it("should type-check a game server's TypeScript against the package's declarations, and run it", async () => {
    const vigil = await serveVigil();
    writeFileSync(
      join(project, 'typed.ts'),
      `import { createProducer, type EventTypeOf, ProducerError, type ServerStatusReport, type StoredEvent } from 'vigil/producer';
const producer = createProducer({ url: ${JSON.stringify(`${vigil.url}/graphql`)}, token: ${JSON.stringify(await vigil.producerToken('eu-1'))}, serverId: 'eu-1' });
const whisper: StoredEvent<'CHAT'> = await producer.chat({ kind: 'WHISPER', channel: 'trade', playerId: 'p', playerName: 'P', recipientId: 'q', text: 'hi' });
const type: EventTypeOf<'CHAT'> = whisper.type;
// @ts-expect-error a chat event is never a server status type
const wrong: EventTypeOf<'CHAT'> = 'SERVER_ONLINE';
// @ts-expect-error the hub's enum is checked: there is no such state
const sleeping: ServerStatusReport = { state: 'SLEEPING', playerCount: 1 };
await producer.close();
console.log(JSON.stringify({ stream: whisper.stream, type, serverId: whisper.serverId, isError: ProducerError.prototype instanceof Error }));
export { wrong, sleeping };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        // No skipLibCheck and no @types/node: the package's declarations, and those they name, check on their own.
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: [] },
        files: ['typed.ts'],
      }),
    );
    const typescript = join(root, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [typescript, '-p', join(project, 'tsconfig.json')], { cwd: project }).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe('');
    const { stdout } = await run(process.execPath, ['typed.js'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ stream: 'CHAT', type: 'CHAT_WHISPER', serverId: 'eu-1', isError: true });
  });
});
