import { useCallback, useRef, useState } from 'react';
import { useDashboard } from './context.ts';
import type { LiveStatus } from './live/follower.ts';
import { urqlFeed } from './live/urqlFeed.ts';
import { useLiveFeed } from './live/useLiveFeed.ts';
import {
  applyNotifications,
  headQuery,
  type Notification,
  type NotificationsState,
  notificationMessage,
  notificationSubscription,
  unreadCount,
} from './streams/notifications.ts';

export interface NotificationsFeed {
  items: readonly Notification[];
  status: LiveStatus;
  unread: number;
  markAllRead(): void;
}

/**
 * HIGH and CRITICAL events of every stream the viewer may read, for the bell, the toasts and the Notifications
 * page. There is no notifications snapshot: it starts at the log's head, and a resync keeps what was collected.
 */
export function useNotifications(): NotificationsFeed {
  const { client, onFatal } = useDashboard();
  const kept = useRef<NotificationsState>({ items: [] });
  const feed = useLiveFeed(
    'notifications',
    'notifications',
    () =>
      urqlFeed(client, {
        query: headQuery,
        variables: {},
        snapshot: (data) => ({ state: kept.current, cursor: data.servers.cursor }),
        subscription: notificationSubscription,
        subscriptionVariables: (after) => ({ after }),
        message: notificationMessage,
        apply: applyNotifications,
      }),
    { onFatal },
  );
  if (feed.state) kept.current = feed.state;
  const items = feed.state?.items ?? kept.current.items;
  const [lastReadId, setLastReadId] = useState<string | null>(null);
  const newest = items[0]?.id ?? null;
  const markAllRead = useCallback(() => setLastReadId(newest), [newest]);
  return { items, status: feed.status, unread: unreadCount(items, lastReadId), markAllRead };
}
