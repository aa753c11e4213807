import { useEffect, useRef, useState } from 'react';
import type { NotificationsFeed } from '../notifications.ts';
import { navigate } from '../router.tsx';
import { arrivedSince, type Notification } from '../streams/notifications.ts';

const toastMs = 12_000;
const maxToasts = 4;

/** A CRITICAL event raises a toast on every page until dismissed or timed out. */
export function Toasts({ notifications }: { notifications: NotificationsFeed }) {
  const [toasts, setToasts] = useState<Notification[]>([]);
  const seenTop = useRef<string | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const { items } = notifications;

  useEffect(() => {
    const arrived = arrivedSince(items, seenTop.current).filter((item) => item.priority === 'CRITICAL');
    seenTop.current = items[0]?.id ?? seenTop.current;
    if (arrived.length === 0) return;
    setToasts((current) => [...arrived.reverse(), ...current].slice(0, maxToasts));
    const ids = new Set(arrived.map((item) => item.id));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setToasts((current) => current.filter((toast) => !ids.has(toast.id)));
    }, toastMs);
    timers.current.add(timer);
  }, [items]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  const dismiss = (id: string) => setToasts((current) => current.filter((toast) => toast.id !== id));
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" role="alert" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast">
          <div className="toast-body">
            <span className="sev sev-critical">CRITICAL</span>
            <button
              type="button"
              className="toast-title link-button"
              onClick={() => {
                dismiss(toast.id);
                if (toast.href) navigate(toast.href);
              }}
            >
              {toast.title}
            </button>
            <p className="toast-detail">{toast.detail}</p>
          </div>
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
