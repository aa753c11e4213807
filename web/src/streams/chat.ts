import type { ChatFeedSubscription } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { appendBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const chatFields = graphql(`
  fragment ChatFields on ChatEvent {
    id
    cursor
    serverId
    receivedAt
    payload { kind channel playerId playerName recipientId text }
  }
`);

export const chatQuery = graphql(`
  query ChatMessages($channel: String, $serverId: ID, $player: String, $text: String, $last: Int) {
    chatMessages(channel: $channel, serverId: $serverId, player: $player, text: $text, last: $last) {
      cursor
      messages { ...ChatFields }
    }
  }
`);

export const chatSubscription = graphql(`
  subscription ChatFeed($channel: String, $serverId: ID, $player: String, $text: String, $after: Cursor) {
    chat(channel: $channel, serverId: $serverId, player: $player, text: $text, after: $after) {
      __typename
      ... on ChatEvent { ...ChatFields }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export type ChatEvent = Extract<ChatFeedSubscription['chat'], { __typename: 'ChatEvent' }>;
export type ChatLine = Omit<ChatEvent, '__typename'>;

/** Chat lines oldest first, bounded. */
export interface ChatState {
  lines: readonly ChatLine[];
}

export const chatLineLimit = 2_000;

export function chatMessage(data: ChatFeedSubscription): FeedMessage<ChatEvent> {
  const item = data.chat;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

export function applyChat(state: ChatState, events: readonly ChatLine[]): ChatState {
  return { lines: appendBounded(state.lines, events, chatLineLimit) };
}

/** What a line shows as its text: whisper text the viewer may not read comes back null and reads "redacted". */
export function chatText(line: ChatLine): { text: string; redacted: boolean } {
  const { kind, text, channel } = line.payload;
  if (kind === 'JOIN') return { text: `joined #${channel}`, redacted: false };
  if (kind === 'LEAVE') return { text: `left #${channel}`, redacted: false };
  if (text == null) return { text: 'redacted', redacted: true };
  return { text, redacted: false };
}
