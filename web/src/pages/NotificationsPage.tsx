import { useEffect } from 'react';
import { PageHeader } from '../components/PageHeader.tsx';
import { ago, clock, label } from '../format.ts';
import { useNow } from '../hooks.ts';
import type { NotificationsFeed } from '../notifications.ts';
import { Link } from '../router.tsx';

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
        <ol className="incidents" data-testid="notifications">
          {items.map((item) => (
            <li key={item.id} className={`incident incident-${item.priority.toLowerCase()}`} data-testid="notification">
              <span className={`sev sev-${item.priority.toLowerCase()}`}>{item.priority}</span>
              <div className="incident-main">
                <div className="incident-title">
                  {item.href ? <Link to={item.href}>{item.title}</Link> : <strong>{item.title}</strong>}
                  <span className="muted"> · {label(item.stream)}</span>
                </div>
                <p className="incident-description">{item.detail}</p>
              </div>
              <time className="incident-time muted" dateTime={item.receivedAt}>
                {clock(item.receivedAt)} · {ago(item.receivedAt, now)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
