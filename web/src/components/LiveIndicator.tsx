import { useSyncExternalStore } from 'react';
import { useNow } from '../hooks.ts';
import type { LiveStatus } from '../live/follower.ts';
import { listenStreams, overallStatus, streamStatuses } from '../live/status.ts';

const labels: Record<LiveStatus, string> = {
  connecting: 'connecting',
  live: 'live',
  reconnecting: 'reconnecting',
  resyncing: 'resyncing',
  failed: 'offline',
  stopped: 'stopped',
};

/** One dot for every stream of the screen: live, reconnecting (with a countdown), or resyncing. */
export function LiveIndicator() {
  const streams = useSyncExternalStore(listenStreams, streamStatuses);
  const status = overallStatus(streams);
  const now = useNow(500);
  const waiting = streams.filter((s) => s.status === 'reconnecting' && s.retryAt !== null);
  const nextRetry = waiting.length ? Math.min(...waiting.map((s) => s.retryAt!)) : null;
  const seconds = nextRetry !== null ? Math.max(0, Math.ceil((nextRetry - now) / 1000)) : null;
  const detail = streams.map((s) => `${s.name}: ${labels[s.status]}${s.error && s.status !== 'live' ? ` (${s.error})` : ''}`).join('\n');
  return (
    <div className={`live live-${status}`} data-testid="live-indicator" data-status={status} title={detail} role="status" aria-live="polite">
      <span className="live-dot" aria-hidden="true" />
      <span className="live-label">{labels[status]}</span>
      {status === 'reconnecting' && seconds !== null && <span className="live-retry">in {seconds} s</span>}
      {(status === 'reconnecting' || status === 'failed') && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            streams
              .filter((s) => s.status === 'reconnecting' || s.status === 'failed')
              .forEach((s) => {
                s.retryNow();
              })
          }
        >
          retry now
        </button>
      )}
    </div>
  );
}
