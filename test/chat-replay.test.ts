import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { startVigil, type TestVigil } from './kit/vigil.ts';

const Say = graphql(`
  mutation ChatReplaySay($input: ChatMessageInput!) {
    postChatMessage(input: $input) { id cursor }
  }
`);

const Replay = graphql(`
  query ChatReplayWindow($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {
    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {
      serverId
      from
      to
      cursor
      complete
      messages { id serverId payload { kind text } }
    }
  }
`);

const say = async (vigil: TestVigil, serverId: string, text: string, kind: 'MESSAGE' | 'WHISPER' = 'MESSAGE') =>
  (
    await vigil.ok(Say, {
      input: { serverId, channel: 'global', playerId: 'p1', playerName: 'Aria', kind, text, recipientId: kind === 'WHISPER' ? 'p2' : null },
    })
  ).postChatMessage;

/** A moment strictly between two ingests (the hub clock has millisecond resolution). */
async function moment(): Promise<Date> {
  await sleep(20);
  const at = new Date();
  await sleep(20);
  return at;
}

describe('chatReplay', () => {
  it("should answer the server's chat of the window, not before or after it, nor of other servers", async () => {
    const vigil = await startVigil();
    await say(vigil, 'eu-1', 'before');
    const from = await moment();
    const inside = [await say(vigil, 'eu-1', 'one'), await say(vigil, 'eu-2', 'elsewhere'), await say(vigil, 'eu-1', 'two')];
    const to = await moment();
    await say(vigil, 'eu-1', 'after');

    const { chatReplay } = await vigil.ok(Replay, { serverId: 'eu-1', from: from.toISOString(), to: to.toISOString() });
    expect(chatReplay.messages.map((m) => m.payload.text)).toEqual(['one', 'two']);
    expect(chatReplay.messages.map((m) => m.id)).toEqual([inside[0]!.id, inside[2]!.id]);
    // The last chat event of the window, of any server: the chat stream after it goes on with "after".
    expect(chatReplay.cursor).toBe(inside[2]!.cursor);
    expect(chatReplay).toMatchObject({ serverId: 'eu-1', from: from.toISOString(), to: to.toISOString(), complete: true });
  });

  it('should say complete: false only when retention removed chat from inside the window', async () => {
    const vigil = await startVigil({ retention: 'chat=1h/2' });
    const early = await moment();
    await say(vigil, 'eu-1', 'one');
    await say(vigil, 'eu-1', 'two');
    const late = await moment();
    await say(vigil, 'eu-1', 'three');
    expect(await vigil.app.services.log.trim(vigil.app.services.config.retention)).toEqual({ chat: 1 });
    const to = new Date(Date.now() + 60_000).toISOString();
    const fromEarly = await vigil.ok(Replay, { serverId: 'eu-1', from: early.toISOString(), to });
    expect(fromEarly.chatReplay).toMatchObject({ complete: false, messages: [{ payload: { text: 'two' } }, { payload: { text: 'three' } }] });
    const fromLate = await vigil.ok(Replay, { serverId: 'eu-1', from: late.toISOString(), to });
    expect(fromLate.chatReplay).toMatchObject({ complete: true, messages: [{ payload: { text: 'three' } }] });
  });

  it('should read whisper text as the viewer may: null for SUPPORT', async () => {
    const vigil = await startVigil();
    const from = await moment();
    await say(vigil, 'eu-1', 'psst', 'WHISPER');
    const variables = { serverId: 'eu-1', from: from.toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const moderator = await vigil.ok(Replay, variables, { as: await vigil.adminToken(['MODERATOR']) });
    const support = await vigil.ok(Replay, variables, { as: await vigil.adminToken(['SUPPORT']) });
    expect(moderator.chatReplay.messages.map((m) => m.payload.text)).toEqual(['psst']);
    expect(support.chatReplay.messages.map((m) => [m.payload.kind, m.payload.text])).toEqual([['WHISPER', null]]);
  });

  it('should refuse a window holding more than `first` events with LIMIT_EXCEEDED naming it', async () => {
    const vigil = await startVigil();
    const from = await moment();
    for (const text of ['a', 'b', 'c']) await say(vigil, 'eu-1', text);
    const to = new Date(Date.now() + 1000).toISOString();
    const refused = await vigil.execute(Replay, { serverId: 'eu-1', from: from.toISOString(), to, first: 2 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', limit: 2 });
    const { chatReplay } = await vigil.ok(Replay, { serverId: 'eu-1', from: from.toISOString(), to, first: 3 });
    expect(chatReplay.messages).toHaveLength(3);
  });

  it('should refuse a window of more than an hour naming `to`, and OPERATOR, who may not read chat', async () => {
    const vigil = await startVigil();
    const long = await vigil.execute(Replay, { serverId: 'eu-1', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T11:00:00.001Z' });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'to', message: 'must be at most an hour after from' }],
    });
    const operator = await vigil.execute(
      Replay,
      { serverId: 'eu-1', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T10:05:00.000Z' },
      { as: await vigil.adminToken(['OPERATOR']) },
    );
    expect(operator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
