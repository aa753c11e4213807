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
      <PageHeader
        title="Notifications"
        subtitle="Since you signed in: what concerns you alone (tickets assigned to you, replies on tickets you hold), and HIGH and CRITICAL events of every stream your roles may read."
      />
      {items.length === 0 ? (
        <div className="panel empty">
          Nothing yet. Tickets assigned to you, replies on your tickets, and HIGH and CRITICAL events appear here and on the bell as they happen.
        </div>
      ) : (
        <NotificationList items={items} now={now} testId="notifications" itemTestId="notification" />
      )}
    </>
  );
}
