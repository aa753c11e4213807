import { useEffect } from 'react';
import { NotificationList } from '../components/NotificationList.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useNow } from '../hooks.ts';
import type { NotificationsFeed } from '../notifications.ts';

export function NotificationsPage({ notifications }: { notifications: NotificationsFeed }) {
  const now = useNow();
  const { items, markAllRead } = notifications;
  useEffect(() => markAllRead(), [markAllRead]);
  return (
    <>
      <PageHeader title="Notifications" subtitle="HIGH and CRITICAL events of every stream your roles may read, since you signed in." />
      {items.length === 0 ? (
        <div className="panel empty">Nothing urgent yet. HIGH and CRITICAL events appear here and on the bell as they happen.</div>
      ) : (
        <NotificationList items={items} now={now} testId="notifications" itemTestId="notification" />
      )}
    </>
  );
}
