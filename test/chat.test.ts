import { describe, expect, it } from 'vitest';
import type { ChatKind, ChatMessageInput } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

graphql(`
  fragment ChatEventFields on ChatEvent {
    id cursor stream type serverId occurredAt receivedAt priority
    payload { kind channel playerId playerName recipientId text }
  }
`);

const ChatPost = graphql(`
  mutation ChatPost($input: ChatMessageInput!) {
    postChatMessage(input: $input) { ...ChatEventFields }
  }
`);

const ChatRecent = graphql(`
  query ChatRecent($channel: String, $serverId: ID, $last: Int) {
    chatMessages(channel: $channel, serverId: $serverId, last: $last) { cursor messages { ...ChatEventFields } }
  }
`);

const ChatFeed = graphql(`
  subscription ChatFeed($channel: String, $serverId: ID) {
    chat(channel: $channel, serverId: $serverId) { ... on ChatEvent { ...ChatEventFields } }
  }
`);

function message(overrides: Partial<ChatMessageInput> = {}): ChatMessageInput {
  return { serverId: 'eu-1', channel: 'global', playerId: 'p-1', playerName: 'Ayla', text: 'gg', ...overrides };
}

describe('chat', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the ingested event to a subscriber (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), ChatFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      const { postChatMessage: stored } = await vigil.ok(ChatPost, {
        input: message({ kind: 'WHISPER', channel: 'trade', recipientId: 'p-2', text: 'selling a sword', occurredAt: '2026-11-22T10:00:00.000Z' }),
      });

      expect((await feed.next()).data?.chat).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'CHAT',
        type: 'CHAT_WHISPER',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'NORMAL',
        payload: { kind: 'WHISPER', channel: 'trade', playerId: 'p-1', playerName: 'Ayla', recipientId: 'p-2', text: 'selling a sword' },
      });
      expect(feed.pending).toEqual([]);
    },
  );

  it.each([
    { filter: 'channel', args: { channel: 'trade' }, skipped: [message({ channel: 'global' })] },
    { filter: 'serverId', args: { serverId: 'eu-1' }, skipped: [message({ serverId: 'us-1', channel: 'trade' })] },
    {
      filter: 'channel and serverId',
      args: { channel: 'trade', serverId: 'eu-1' },
      skipped: [message({ serverId: 'us-1', channel: 'trade' }), message({ serverId: 'eu-1', channel: 'global' })],
    },
  ])('should deliver only chat matching the $filter filter', async ({ args, skipped }) => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), ChatFeed, args);
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    for (const input of skipped) await vigil.ok(ChatPost, { input });
    const { postChatMessage: matching } = await vigil.ok(ChatPost, { input: message({ serverId: 'eu-1', channel: 'trade', text: 'wts sword' }) });

    expect((await feed.next()).data?.chat).toEqual(matching);
    expect(feed.pending).toEqual([]);
  });

  it('should return recent chat oldest first, filtered, with the cursor of the last event', async () => {
    const vigil = await startVigil();
    const join = await vigil.ok(ChatPost, { input: message({ kind: 'JOIN', text: null }) });
    const hello = await vigil.ok(ChatPost, { input: message({ text: 'hello' }) });
    const trade = await vigil.ok(ChatPost, { input: message({ serverId: 'us-1', channel: 'trade', text: 'wts sword' }) });
    const leave = await vigil.ok(ChatPost, { input: message({ kind: 'LEAVE', text: null }) });

    const all = await vigil.ok(ChatRecent, {});
    expect(all.chatMessages.messages).toEqual([join.postChatMessage, hello.postChatMessage, trade.postChatMessage, leave.postChatMessage]);
    expect(all.chatMessages.cursor).toBe(leave.postChatMessage.cursor);
    expect(all.chatMessages.messages.map((m) => [m.type, m.priority, m.payload.text])).toEqual([
      ['CHAT_JOIN', 'LOW', null],
      ['CHAT_MESSAGE', 'NORMAL', 'hello'],
      ['CHAT_MESSAGE', 'NORMAL', 'wts sword'],
      ['CHAT_LEAVE', 'LOW', null],
    ]);

    const global = await vigil.ok(ChatRecent, { channel: 'global', last: 2 });
    expect(global.chatMessages.messages).toEqual([hello.postChatMessage, leave.postChatMessage]);
    const fromUs = await vigil.ok(ChatRecent, { serverId: 'us-1' });
    expect(fromUs.chatMessages.messages).toEqual([trade.postChatMessage]);
    const none = await vigil.ok(ChatRecent, { channel: 'trade', serverId: 'eu-1' });
    expect(none.chatMessages).toEqual({ cursor: leave.postChatMessage.cursor, messages: [] });
  });

  it('should accept a message of exactly 2,000 characters', async () => {
    const vigil = await startVigil();
    const { postChatMessage } = await vigil.ok(ChatPost, { input: message({ text: 'a'.repeat(2_000) }) });
    expect(postChatMessage.payload.text).toHaveLength(2_000);
  });

  it.each([
    { refused: 'an empty message', input: message({ text: '' }), field: 'input.text' },
    { refused: 'a whitespace-only message', input: message({ text: ' \n\t ' }), field: 'input.text' },
    { refused: 'a message without text', input: message({ text: null }), field: 'input.text' },
    { refused: 'a message of 2,001 characters', input: message({ text: 'a'.repeat(2_001) }), field: 'input.text' },
    { refused: 'a whisper without recipient', input: message({ kind: 'WHISPER' }), field: 'input.recipientId' },
    { refused: 'a channel message with a recipient', input: message({ recipientId: 'p-2' }), field: 'input.recipientId' },
    { refused: 'a join carrying text', input: message({ kind: 'JOIN', text: 'hi' }), field: 'input.text' },
    { refused: 'an empty channel', input: message({ channel: '' }), field: 'input.channel' },
    { refused: 'a channel of 65 characters', input: message({ channel: 'c'.repeat(65) }), field: 'input.channel' },
  ])('should refuse $refused naming the field, storing nothing', async ({ input, field }) => {
    const vigil = await startVigil();
    const result = await vigil.execute(ChatPost, { input });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain(`${field}:`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { chatMessages } = await vigil.ok(ChatRecent, {});
    expect(chatMessages.messages).toEqual([]);
  });

  it('should refuse an unknown kind naming the field, storing nothing', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(ChatPost, { input: message({ kind: 'SHOUT' as unknown as ChatKind }) });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain('"input.kind"');
    expect(result.errors?.[0]?.message).toContain('ChatKind');
    const { chatMessages } = await vigil.ok(ChatRecent, {});
    expect(chatMessages.messages).toEqual([]);
  });
});
