import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Every module a source file imports (static and dynamic), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

function sourcesIn(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs)$/.test(name))
    .map((name) => join(src, folder, name));
}

describe('layers', () => {
  it('should keep the event core (src/events) free of GraphQL, Pothos and everything outside it', () => {
    const files = sourcesIn('events');
    expect(files.length).toBeGreaterThan(5);
    const reaching = files.flatMap((file) =>
      importsOf(file)
        .filter(
          (name) =>
            name === 'graphql' ||
            name.startsWith('graphql/') ||
            name.startsWith('@pothos/') ||
            name.startsWith('graphql-yoga') ||
            (name.startsWith('.') && relative(join(src, 'events'), resolve(dirname(file), name)).startsWith('..')),
        )
        .map((name) => `${file.slice(src.length + 1)} imports ${name}`),
    );
    expect(reaching).toEqual([]);
  });

  it('should keep the modules’ payloads, state slices and projections (the core is typed with them) as free of GraphQL as the core', () => {
    const files = sourcesIn('modules').filter((file) => /\/(payload|state|projection)\.ts$/.test(file));
    expect(files.length).toBeGreaterThan(7);
    const reaching = files.flatMap((file) =>
      importsOf(file)
        .filter(
          (name) => !name.startsWith('.') || !/^(events\/|modules\/([^/]+\/)?(payload|state)\.ts$)/.test(relative(src, resolve(dirname(file), name))),
        )
        .map((name) => `${relative(src, file)} imports ${name}`),
    );
    expect(reaching).toEqual([]);
  });

  it('should keep the delivery (src/delivery) apart from the stream modules and the builder', () => {
    const reaching = sourcesIn('delivery').flatMap((file) =>
      importsOf(file)
        .filter((name) => name.includes('/modules/') || name.endsWith('/schema/builder.ts') || name.endsWith('/schema/index.ts'))
        .map((name) => `${file.slice(src.length + 1)} imports ${name}`),
    );
    expect(reaching).toEqual([]);
  });

  it('should let auth use only the events core’s shared names (streams, errors), never its internals', () => {
    const shared = new Set(['events/envelope.ts', 'events/errors.ts', 'events/payloads.ts']);
    const reaching = sourcesIn('auth').flatMap((file) =>
      importsOf(file)
        .filter((name) => name.startsWith('.'))
        .map((name) => relative(src, resolve(dirname(file), name)))
        .filter((target) => target.startsWith('events/') && !shared.has(target))
        .map((target) => `${relative(src, file)} imports ${target}`),
    );
    expect(reaching).toEqual([]);
  });

  it('should keep the stream modules from importing the entry points or the app wiring', () => {
    const reaching = sourcesIn('modules').flatMap((file) =>
      importsOf(file)
        .filter((name) => name.startsWith('.'))
        .map((name) => relative(src, resolve(dirname(file), name)))
        .filter((target) => target === 'main.ts' || target === 'cli.ts' || target === 'server/app.ts')
        .map((target) => `${relative(src, file)} imports ${target}`),
    );
    expect(reaching).toEqual([]);
  });
});
