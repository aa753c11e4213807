import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ExecutionResult, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil, tempDir } from './kit/vigil.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const operations = blocks.flatMap((block, index) =>
  parse(block)
    .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ block: index + 1, name: operation.name?.value ?? '', operation, source: block })),
);

/** What a README subscription needs to yield its first result: an event it follows, ingested once it is live. */
const triggers: Record<string, { serverId: string; query: string }> = {
  FollowEu1: {
    serverId: 'eu-1',
    query: 'mutation { reportServerStatus(input: { serverId: "eu-1", state: ONLINE, playerCount: 1, maxPlayers: 100 }) { id } }',
  },
  FollowGlobalChat: {
    serverId: 'eu-1',
    query: 'mutation { postChatMessage(input: { serverId: "eu-1", channel: "global", playerId: "p1", playerName: "Ann", text: "hi" }) { id } }',
  },
};

function expectNoErrors(result: ExecutionResult, request: string): void {
  expect(result.errors, `GraphQL errors for:\n${request}`).toBeUndefined();
  expect(result.data, request).toBeTruthy();
}

async function run(vigil: ServedVigil, { name, operation, source }: (typeof operations)[number]): Promise<ExecutionResult> {
  if (operation.operation === 'subscription') {
    const trigger = triggers[name];
    if (!trigger) throw new Error(`README subscription ${name} has no trigger event in test/readme.test.ts`);
    const before = vigil.app.services.hub.subscriberCount;
    const feed = vigil.sseClient().iterate({ query: source, operationName: name });
    const first = feed.next();
    await waitFor(() => vigil.app.services.hub.subscriberCount > before, 5_000, `${name} to go live`);
    expectNoErrors(await vigil.postRaw(JSON.stringify({ query: trigger.query }), { as: await vigil.producerToken(trigger.serverId) }), trigger.query);
    const { value } = await first;
    await feed.return?.();
    return value as ExecutionResult;
  }
  // A README mutation ingests as the game server it names, like the producer token the README tells you to mint.
  const serverId = /serverId:\s*"([^"]+)"/.exec(print(operation))?.[1];
  const as = operation.operation === 'mutation' && serverId ? await vigil.producerToken(serverId) : await vigil.adminToken();
  return vigil.postRaw(JSON.stringify({ query: source, operationName: name }), { as });
}

describe('README', () => {
  it('should have GraphQL examples', () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations)('should run block $block, operation $name, as written', async (entry) => {
    const vigil = await serveVigil();
    expectNoErrors(await run(vigil, entry), print(entry.operation));
  });
});

const run$ = promisify(execFile);
const curlBlock = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('IngestEvent'));
const rustBlock = /```rust\n([\s\S]*?)```/.exec(readme)?.[1];
/** The JSON body the curl block sends (its heredoc) and the one the Rust block sends (its raw string). */
const curlBody = curlBlock && /<<'JSON'\n([\s\S]*?)\nJSON\n/.exec(curlBlock)?.[1];
const rustBody = rustBlock && /r#"([\s\S]*?)"#/.exec(rustBlock)?.[1];
const rustc = process.env.RUSTC ?? (existsSync(join(homedir(), '.cargo/bin/rustc')) ? join(homedir(), '.cargo/bin/rustc') : 'rustc');

interface IngestAnswer {
  data?: { ingest: { id: string; cursor: string; type: string }[] };
  errors?: unknown[];
}

/** What the README's plain-HTTP examples ingest: one status report and one chat line of eu-1, once however often sent. */
async function expectIngested(vigil: ServedVigil, answers: IngestAnswer[]): Promise<void> {
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingest.map((event) => event.type)).toEqual(['SERVER_ONLINE', 'CHAT_MESSAGE']);
    expect(answer.data?.ingest).toEqual(answers[0]!.data?.ingest);
  }
  const { events } = await vigil.app.services.log.read({ limit: 10 });
  expect(events.map((event) => [event.type, event.serverId])).toEqual([
    ['server.online', 'eu-1'],
    ['chat.message', 'eu-1'],
  ]);
}

describe('README plain HTTP', () => {
  it('should send the same ingest from curl and from Rust', () => {
    expect(curlBody, 'the curl block and its JSON heredoc').toBeTruthy();
    expect(rustBody, "the Rust block's INGEST raw string").toBeTruthy();
    expect(JSON.parse(rustBody!)).toEqual(JSON.parse(curlBody!));
  });

  it('should run the curl block as written, twice, storing its events once', async () => {
    const vigil = await serveVigil();
    const env = { ...process.env, VIGIL_HOST: new URL(vigil.url).host, VIGIL_PRODUCER_TOKEN: await vigil.producerToken('eu-1') };
    const answers: IngestAnswer[] = [];
    for (let attempt = 0; attempt < 2; attempt++) answers.push(JSON.parse((await run$('bash', ['-c', curlBlock!], { env })).stdout) as IngestAnswer);
    await expectIngested(vigil, answers);
  });

  it('should compile and run the Rust block as written, twice, storing its events once', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ingest.rs'), rustBlock!);
    await run$(rustc, ['--edition', '2021', '-o', join(dir, 'ingest'), join(dir, 'ingest.rs')]).catch((error: Error) => {
      throw new Error(`The README's Rust example needs rustc (set RUSTC, or install Rust): ${error.message}`);
    });
    const vigil = await serveVigil();
    const env = { ...process.env, VIGIL_HOST: new URL(vigil.url).host, VIGIL_PRODUCER_TOKEN: await vigil.producerToken('eu-1') };
    const answers: IngestAnswer[] = [];
    for (let attempt = 0; attempt < 2; attempt++) answers.push(JSON.parse((await run$(join(dir, 'ingest'), [], { env })).stdout) as IngestAnswer);
    await expectIngested(vigil, answers);
  });
});
