import { ago, clock, label } from '../format.ts';
import { Link } from '../router.tsx';
import type { Notification } from '../streams/notifications.ts';
import { Severity } from './Bell.tsx';

/** Notifications as the bell describes them, newest first: the Notifications page and the Overview. */
export function NotificationList({
  items,
  now,
  testId,
  itemTestId,
}: {
  items: readonly Notification[];
  now: number;
  testId: string;
  itemTestId?: string;
}) {
  return (
    <ol className="incidents" data-testid={testId}>
      {items.map((item) => (
        <li
          key={item.id}
          className={`incident incident-${item.forYou ? 'normal' : item.priority.toLowerCase()}`}
          data-testid={itemTestId}
          data-for-you={item.forYou ? 'true' : undefined}
        >
          <Severity item={item} />
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
  );
}
