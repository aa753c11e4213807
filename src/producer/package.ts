import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * Makes dist/producer (after `tsc -p src/producer/tsconfig.build.json`; `npm run build:producer` runs both) a package
 * of its own: the SDK with only what it needs, not the hub's dependencies. Those few are bundled, copied from Vigil's
 * node_modules, so `npm install <tarball>` asks no registry: npm 11 resolves a new dependency from a full packument,
 * which neither `npm ci` nor a warm cache holds, so an unbundled dependency cannot be installed offline.
 */
const hub = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const range = (name: string): string => hub.dependencies[name] ?? hub.devDependencies[name] ?? '*';
const target = new URL('../../dist/producer/', import.meta.url);
const resolve = createRequire(import.meta.url).resolve;

// graphql prints the ingest document; the generated documents' declarations name the types-only typed-document-node.
const bundled: Record<string, string> = {};
for (const name of ['graphql', '@graphql-typed-document-node/core']) {
  const manifest = resolve(`${name}/package.json`);
  const { version, dependencies } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; dependencies?: object };
  if (dependencies && Object.keys(dependencies).length > 0) throw new Error(`${name} has dependencies of its own: bundle them too`);
  cpSync(dirname(manifest), new URL(`node_modules/${name}`, target), { recursive: true });
  bundled[name] = version;
}

const manifest = {
  name: 'vigil',
  version: hub.version,
  description: "Vigil's producer SDK: a game server's typed, batched, exactly-once client for the hub's ingest.",
  type: 'module',
  engines: hub.engines,
  exports: { './producer': { types: './index.d.ts', default: './index.js' } },
  dependencies: bundled,
  bundleDependencies: Object.keys(bundled),
  // Loaded only for a producer given an `outbox`: a game server without one installs no native module.
  peerDependencies: { 'better-sqlite3': range('better-sqlite3') },
  peerDependenciesMeta: { 'better-sqlite3': { optional: true } },
};

writeFileSync(new URL('package.json', target), `${JSON.stringify(manifest, null, 2)}\n`);
