import { useEffect, useRef, useState } from 'react';
import { ago } from '../format.ts';
import { useNow } from '../hooks.ts';
import type { NotificationsFeed } from '../notifications.ts';
import { Link, navigate } from '../router.tsx';
import type { Notification } from '../streams/notifications.ts';

/** The bell: what concerns the signed-in admin and the HIGH and CRITICAL events they may see, newest first, with an unread count. */
export function Bell({ notifications }: { notifications: NotificationsFeed }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const now = useNow(5_000);
  const { items, unread, markAllRead } = notifications;

  useEffect(() => {
    if (!open) return;
    markAllRead();
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open, markAllRead]);

  return (
    <div className="bell" ref={box}>
      <button
        type="button"
        className="bell-button"
        aria-label={`Notifications, ${unread} unread`}
        aria-expanded={open}
        data-testid="bell"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.5L4.5 16h15L18 12.5V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" data-testid="bell-panel">
          <div className="bell-head">
            <strong>Notifications</strong>
            <Link to="/notifications">See all</Link>
          </div>
          {items.length === 0 ? (
            <p className="empty">Nothing for you and nothing urgent since you signed in.</p>
          ) : (
            <ul className="bell-list">
              {items.slice(0, 12).map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="bell-item"
                    data-testid={item.forYou ? 'bell-item-for-you' : 'bell-item'}
                    onClick={() => {
                      setOpen(false);
                      if (item.href) navigate(item.href);
                    }}
                  >
                    <Severity item={item} />
                    <span className="bell-text">
                      <span className="bell-title">{item.title}</span>
                      <span className="bell-detail">{item.detail}</span>
                    </span>
                    <span className="bell-time">{ago(item.receivedAt, now)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** An urgent event's priority, or FOR YOU on a notification for the signed-in admin alone. */
export function Severity({ item }: { item: Notification }) {
  return item.forYou ? (
    <span className="sev sev-normal" title="For you alone">
      FOR YOU
    </span>
  ) : (
    <span className={`sev sev-${item.priority.toLowerCase()}`}>{item.priority}</span>
  );
}
