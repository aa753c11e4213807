import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { createClient, type Client, type ClientOptions } from 'graphql-sse';
import pino from 'pino';
import { afterAll, expect } from 'vitest';
import { buildApp, type VigilApp } from '../../src/app.ts';
import { loadConfig, type VigilConfigInput } from '../../src/config.ts';

/** Disposers run after each test file: servers, clients, temp folders. */
const leftovers: Array<() => unknown> = [];
afterAll(async () => {
  while (leftovers.length) await leftovers.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  leftovers.unshift(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestVigil {
  app: VigilApp;
  /** Typed request through yoga.fetch (no socket). */
  execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<ExecutionResult<R>>;
  /** Like execute, but fails the test on any GraphQL error and returns data. */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<R>;
  close(): Promise<void>;
}

/** A real Vigil in process, on a SQLite file in a fresh temp folder unless `databasePath` is given. */
export async function startVigil(overrides: VigilConfigInput = {}): Promise<TestVigil> {
  const config = loadConfig({ databasePath: join(tempDir(), 'vigil.db'), port: 0, logLevel: 'silent', ...overrides }, {});
  const app = await buildApp(config, pino({ level: 'silent' }));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  leftovers.push(close);
  const execute = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers: Record<string, string> = {}) => {
    const response = await app.yoga.fetch('http://vigil.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as ExecutionResult<R>;
  };
  return {
    app,
    execute,
    async ok(document, variables, headers) {
      const result = await execute(document, variables, headers);
      expectNoErrors(result, document);
      return result.data!;
    },
    close,
  };
}

export function expectNoErrors<R>(result: ExecutionResult<R>, document?: TypedDocumentNode<R, never> | unknown): asserts result is ExecutionResult<R> & { data: R } {
  if (result.errors?.length) {
    const request = document && typeof document === 'object' && 'kind' in document ? print(document as never) : '';
    expect.fail(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}\nfor request:\n${request}`);
  }
  expect(result.data).toBeTruthy();
}

export interface ServedVigil extends TestVigil {
  url: string;
  server: Server;
  /** A graphql-sse client for this server; single connection mode on /graphql/stream, distinct on /graphql. */
  sseClient(options?: Partial<ClientOptions<boolean>>): Client<boolean>;
}

/** A real Vigil listening on a free port of 127.0.0.1, for tests that need real sockets. */
export async function serveVigil(overrides: VigilConfigInput = {}): Promise<ServedVigil> {
  const vigil = await startVigil(overrides);
  const server = createServer(vigil.app.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    vigil.app.vigil.hub.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await vigil.close();
  };
  leftovers.push(stop);
  return {
    ...vigil,
    url,
    server,
    close: stop,
    sseClient(options = {}) {
      const client = createClient<boolean>({
        url: options.singleConnection ? `${url}/graphql/stream` : `${url}/graphql`,
        retryAttempts: 0,
        ...options,
        singleConnection: options.singleConnection ?? false,
      });
      leftovers.unshift(() => client.dispose());
      return client;
    },
  };
}
