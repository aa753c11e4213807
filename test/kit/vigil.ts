import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Client, type ClientOptions, createClient } from 'graphql-sse';
import pino, { type Logger } from 'pino';
import { afterAll, expect } from 'vitest';
import { type Role, roles } from '../../src/auth/roles.ts';
import { buildApp, type VigilApp } from '../../src/server/app.ts';
import { loadConfig, type VigilConfigInput } from '../../src/server/config.ts';

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

export interface RequestOptions {
  /**
   * The bearer token to send; null sends none (anonymous). When absent, the kit picks a real credential: a mutation
   * whose variables name a `serverId` goes as that server's producer, everything else as an admin with every role.
   */
  as?: string | null;
}

export interface TestVigil {
  app: VigilApp;
  /** Typed request through yoga.fetch (no socket). */
  execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: RequestOptions): Promise<ExecutionResult<R>>;
  /** Like execute, but fails the test on any GraphQL error and returns data. */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: RequestOptions): Promise<R>;
  /** Posts a body as written (for JSON that JSON.stringify cannot produce) as `options.as`, anonymously when it is absent. */
  postRaw(body: string, options: RequestOptions): Promise<ExecutionResult>;
  /** A signed admin token (all roles unless given). */
  adminToken(roles?: readonly Role[], options?: { sub?: string; ttl?: string }): Promise<string>;
  /** A producer token for one server, issued once per server and reused. */
  producerToken(serverId: string): Promise<string>;
  close(): Promise<void>;
}

function firstServerId(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstServerId(item);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.serverId === 'string') return record.serverId;
    for (const item of Object.values(record)) {
      const found = firstServerId(item);
      if (found !== null) return found;
    }
  }
  return null;
}

export interface StartOptions {
  /** Where Vigil logs; silent unless given. */
  logger?: Logger;
  /** serveVigil: the port of 127.0.0.1 to listen on (a restart on the same port); any free one unless given. */
  port?: number;
}

/** A real Vigil in process, on a SQLite file in a fresh temp folder unless `databasePath` is given. */
export async function startVigil(overrides: VigilConfigInput = {}, { logger = pino({ level: 'silent' }) }: StartOptions = {}): Promise<TestVigil> {
  const config = loadConfig({ databasePath: join(tempDir(), 'vigil.db'), port: 0, logLevel: 'silent', ...overrides }, {});
  const app = await buildApp(config, logger);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  leftovers.push(close);
  const producerTokens = new Map<string, Promise<string>>();
  const producerToken = (serverId: string) => {
    let token = producerTokens.get(serverId);
    if (!token) producerTokens.set(serverId, (token = app.services.producers.issue(serverId, 'test').then((issued) => issued.token)));
    return token;
  };
  let fullAdmin: Promise<string> | null = null;
  const adminToken = (tokenRoles: readonly Role[] = roles, { sub = 'test-admin', ttl = '1h' } = {}) =>
    app.services.adminKeys.sign(sub, tokenRoles, ttl);
  const credentialFor = async (options: RequestOptions, isMutation: boolean, variables: unknown): Promise<string | null> => {
    if (options.as !== undefined) return options.as;
    const serverId = isMutation ? firstServerId(variables) : null;
    if (serverId !== null) return producerToken(serverId);
    return (fullAdmin ??= adminToken());
  };
  const post = async (body: string, token: string | null) => {
    const response = await app.yoga.fetch('http://vigil.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body,
    });
    return (await response.json()) as ExecutionResult;
  };
  const execute = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V, options: RequestOptions = {}) => {
    const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
    const token = await credentialFor(options, isMutation, variables);
    return (await post(JSON.stringify({ query: print(document), variables }), token)) as ExecutionResult<R>;
  };
  return {
    app,
    execute,
    async ok(document, variables, options) {
      const result = await execute(document, variables, options);
      expectNoErrors(result, document);
      return result.data!;
    },
    postRaw: async (body, options) => post(body, options.as ?? null),
    adminToken,
    producerToken,
    close,
  };
}

export function expectNoErrors<R>(
  result: ExecutionResult<R>,
  document?: TypedDocumentNode<R, never> | unknown,
): asserts result is ExecutionResult<R> & { data: R } {
  if (result.errors?.length) {
    const request = document && typeof document === 'object' && 'kind' in document ? print(document as never) : '';
    expect.fail(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}\nfor request:\n${request}`);
  }
  expect(result.data).toBeTruthy();
}

export interface ServedVigil extends TestVigil {
  url: string;
  server: Server;
  /** A graphql-sse client signed in as `as` (default: an admin with every role; null: anonymous): single connection mode on /graphql/stream, distinct on /graphql. */
  sseClient(options?: Partial<ClientOptions<boolean>> & { as?: string | null }): Client<boolean>;
}

/** A real Vigil listening on a free port of 127.0.0.1 (or `options.port`), for tests that need real sockets. */
export async function serveVigil(overrides: VigilConfigInput = {}, options: StartOptions = {}): Promise<ServedVigil> {
  const vigil = await startVigil(overrides, options);
  const server = createServer(vigil.app.listener);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    vigil.app.services.hub.close();
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
    sseClient({ as, ...options } = {}) {
      const token = as === undefined ? vigil.adminToken() : Promise.resolve(as);
      const client = createClient<boolean>({
        url: options.singleConnection ? `${url}/graphql/stream` : `${url}/graphql`,
        retryAttempts: 0,
        headers: async (): Promise<Record<string, string>> => {
          const value = await token;
          return value === null ? {} : { authorization: `Bearer ${value}` };
        },
        ...options,
        singleConnection: options.singleConnection ?? false,
      });
      leftovers.unshift(() => client.dispose());
      return client;
    },
  };
}
