import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveVigil, tempDir } from './kit/vigil.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** A game server's project with the SDK installed from Vigil's tarball, as `npm install <tarball>` lays it out. */
let project: string;
let packed: PackResult;

/** Every bare module specifier the built files import (what the installed package needs beside itself). */
function bareImports(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) if (!specifier!.startsWith('.')) found.add(specifier!);
  }
  return found;
}

// npm pack runs `prepack`, which builds dist/producer with tsc: a build, not a race, and slow on a busy 2-core box.
beforeAll(async () => {
  const destination = tempDir();
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: root });
  packed = (JSON.parse(stdout.slice(stdout.indexOf('['))) as PackResult[])[0]!;
  project = tempDir();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'game-server', private: true, type: 'module' }));
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  await run('tar', ['-xzf', join(destination, packed.filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'vigil'));
  // The SDK's own run-time dependencies, as npm would install them beside it (offline: from this checkout).
  for (const dependency of ['graphql', 'better-sqlite3']) symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency), 'dir');
}, 180_000);

describe('the producer SDK package', () => {
  it('should hold the built SDK with its type declarations, and none of the sources', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining(['package.json', 'dist/producer/index.js', 'dist/producer/index.d.ts', 'dist/producer/gql/graphql.d.ts']),
    );
    expect(paths.filter((path) => !path.startsWith('dist/producer/') && !['package.json', 'README.md'].includes(path))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/vigil/package.json'), 'utf8'));
    expect(manifest.exports['./producer']).toEqual({ types: './dist/producer/index.d.ts', default: './dist/producer/index.js' });
    expect(bareImports(join(project, 'node_modules/vigil/dist/producer'))).toEqual(new Set(['graphql', 'node:crypto', 'node:module']));
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

  it("should type-check a game server's TypeScript against the package's declarations", async () => {
    writeFileSync(
      join(project, 'typed.ts'),
      `import { createProducer, type EventTypeOf, ProducerError, type StoredEvent } from 'vigil/producer';
const producer = createProducer({ url: 'http://localhost:4000/graphql', token: 'vgp_x', serverId: 'eu-1' });
const whisper: StoredEvent<'CHAT'> = await producer.chat({ kind: 'WHISPER', channel: 'trade', playerId: 'p', playerName: 'P', recipientId: 'q', text: 'hi' });
const type: EventTypeOf<'CHAT'> = whisper.type;
// @ts-expect-error a chat event is never a server status type
const wrong: EventTypeOf<'CHAT'> = 'SERVER_ONLINE';
// @ts-expect-error the hub's enum is checked: there is no such state
await producer.serverStatus({ state: 'SLEEPING', playerCount: 1 });
export { type, wrong, ProducerError };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        // skipLibCheck, as `tsc --init` sets it: the generated documents' declarations name @graphql-typed-document-node/core,
        // a devDependency of Vigil that a game server does not have (README, Producer SDK).
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        files: ['typed.ts'],
      }),
    );
    const typescript = join(root, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [typescript, '-p', join(project, 'tsconfig.json')], { cwd: project }).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe('');
  });
});
