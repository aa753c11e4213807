import { readFileSync } from 'node:fs';
import { type ExecutionResult, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

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
