import type { TypedDocumentNode } from '@urql/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { mayUse, rolesFor } from './access.ts';
import { useDashboard } from './context.ts';
import type { MyNotificationFeedSubscription } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { prependBounded } from './live/bounded.ts';
import type { FeedMessage, LiveStatus, StreamEvent } from './live/follower.ts';
import { urqlFeed } from './live/urqlFeed.ts';
import { useLiveFeed } from './live/useLiveFeed.ts';
import {
  applyNotifications,
  headQuery,
  type Notification,
  type NotificationsState,
  notificationLimit,
  notificationMessage,
  notificationSubscription,
  unreadCount,
} from './streams/notifications.ts';

export interface NotificationsFeed {
  /** Newest first: HIGH and CRITICAL events, and what concerns the signed-in admin (`forYou`). */
  items: readonly Notification[];
  status: LiveStatus;
  unread: number;
  markAllRead(): void;
}

export const myNotificationSubscription = graphql(`
  subscription MyNotificationFeed($after: Cursor) {
    myNotifications(after: $after) {
      __typename
      ... on MyNotification {
        kind
        event { id cursor stream serverId receivedAt priority payload { ticketId assignee actor response { body } } }
        ticket { subject }
      }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

type MyFeedItem = MyNotificationFeedSubscription['myNotifications'];
type MyNotification = Extract<MyFeedItem, { __typename: 'MyNotification' }>;
/** A notification for me as the live feed carries it: the event's envelope (its cursor to resume after) and why. */
export type MyNotificationEvent = MyNotification['event'] & { kind: MyNotification['kind']; subject: string | null };

export function myNotificationMessage(data: MyNotificationFeedSubscription): FeedMessage<MyNotificationEvent> {
  const item = data.myNotifications;
  return item.__typename === 'ResyncRequired'
    ? { kind: 'resync', reason: item.reason, message: item.message }
    : { kind: 'event', event: { ...item.event, kind: item.kind, subject: item.ticket?.subject ?? null } };
}

const excerptLength = 80;
const excerpt = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength - 1)}…` : text);

/** A notification for the signed-in admin as one line of the bell (the counterpart of `describeNotification`). */
export function describeMyNotification(event: MyNotificationEvent): Notification {
  const { ticketId, actor, response } = event.payload;
  const ticket = event.subject === null ? `Ticket ${ticketId}` : `“${event.subject}”`;
  const base = {
    id: `mine:${event.id}`,
    stream: event.stream,
    serverId: event.serverId,
    receivedAt: event.receivedAt,
    priority: event.priority,
    href: '/tickets',
    forYou: true,
  };
  switch (event.kind) {
    case 'TICKET_ASSIGNED_TO_YOU':
      return { ...base, title: `${actor} assigned you a ticket`, detail: `${ticket} on ${event.serverId}` };
    case 'REPLY_ON_YOUR_TICKET':
      return { ...base, title: `${actor} replied on your ticket`, detail: `${ticket}: ${excerpt(response?.body ?? '')}` };
  }
}

export function applyMyNotifications(state: NotificationsState, events: readonly MyNotificationEvent[]): NotificationsState {
  return { items: prependBounded(state.items, events.map(describeMyNotification), notificationLimit) };
}

/** Both lists, newest first by the hub's clock (each already is). */
function mergeNewestFirst(a: readonly Notification[], b: readonly Notification[]): Notification[] {
  const merged: Notification[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.receivedAt >= b[j]!.receivedAt)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged.slice(0, notificationLimit);
}

/** Follows one notification stream from the log's head; a resync keeps what was collected. */
function useNotificationStream<E extends StreamEvent, SData>(
  name: string,
  subscription: TypedDocumentNode<SData, { after?: string | null }>,
  message: (data: SData) => FeedMessage<E>,
  apply: (state: NotificationsState, events: readonly E[]) => NotificationsState,
  enabled: boolean,
): { items: readonly Notification[]; status: LiveStatus } {
  const { client, onFatal } = useDashboard();
  const kept = useRef<NotificationsState>({ items: [] });
  const feed = useLiveFeed(
    name,
    name,
    () =>
      urqlFeed(client, {
        query: headQuery,
        variables: {},
        snapshot: (data) => ({ state: kept.current, cursor: data.servers.cursor }),
        subscription,
        subscriptionVariables: (after) => ({ after }),
        message,
        apply,
      }),
    { onFatal, enabled },
  );
  if (feed.state) kept.current = feed.state;
  return { items: feed.state?.items ?? kept.current.items, status: feed.status };
}

const myNotificationReaders = rolesFor('Subscription.myNotifications');

/**
 * HIGH and CRITICAL events of every stream the viewer may read, and the signed-in admin's own notifications (a
 * ticket assigned to them, a reply on a ticket they hold; only they receive these), for the bell, the toasts and the
 * Notifications page. There is no notifications snapshot: both start at the log's head.
 */
export function useNotifications(): NotificationsFeed {
  const { session } = useDashboard();
  const urgent = useNotificationStream('notifications', notificationSubscription, notificationMessage, applyNotifications, true);
  const mine = useNotificationStream(
    'my notifications',
    myNotificationSubscription,
    myNotificationMessage,
    applyMyNotifications,
    mayUse(session.roles, myNotificationReaders),
  );
  const items = useMemo(() => mergeNewestFirst(mine.items, urgent.items), [mine.items, urgent.items]);
  const [lastReadId, setLastReadId] = useState<string | null>(null);
  const newest = items[0]?.id ?? null;
  const markAllRead = useCallback(() => setLastReadId(newest), [newest]);
  return { items, status: urgent.status, unread: unreadCount(items, lastReadId), markAllRead };
}
