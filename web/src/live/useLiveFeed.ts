import { useEffect, useState, useSyncExternalStore } from 'react';
import { type FeedFailure, type FollowerView, initialFollowerView, type LiveFeed, type StreamEvent, StreamFollower } from './follower.ts';
import { scheduleFrame } from './frame.ts';
import { vigilReachability } from './probe.ts';
import { registerStream } from './status.ts';

const noListen = () => () => undefined;

export interface LiveFeedResult<S> extends FollowerView<S> {
  retryNow(): void;
}

/**
 * Loads a stream's state and follows it while the component is mounted; a new `key` starts over (e.g. another
 * map). The stream shows in the header's indicator under `name`.
 */
export function useLiveFeed<S, E extends StreamEvent>(
  name: string,
  key: string,
  makeFeed: () => LiveFeed<S, E>,
  options: { enabled?: boolean; onFatal?: (failure: FeedFailure) => void } = {},
): LiveFeedResult<S> {
  const enabled = options.enabled ?? true;
  const [current, setCurrent] = useState<{ key: string; follower: StreamFollower<S, E> } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one follower per key: `key` names what makeFeed, name and onFatal follow, which callers recreate on every render
  useEffect(() => {
    if (!enabled) return;
    const follower = new StreamFollower(makeFeed(), {
      scheduleFlush: (flush) => scheduleFrame(flush),
      onFatal: options.onFatal,
      reachability: vigilReachability,
    });
    const entry = registerStream({ name, status: 'connecting', error: null, retryAt: null, retryNow: () => follower.retryNow() });
    const stopListening = follower.listen(() => {
      const view = follower.getView();
      entry.update({ name, status: view.status, error: view.error, retryAt: view.retryAt, retryNow: () => follower.retryNow() });
    });
    follower.start();
    setCurrent({ key, follower });
    return () => {
      stopListening();
      entry.remove();
      follower.stop();
    };
    // The feed is rebuilt only when its key changes; makeFeed closes over what the key names.
  }, [key, enabled]);

  const follower = current && current.key === key ? current.follower : null;
  const view = useSyncExternalStore(
    follower ? follower.listen : noListen,
    follower ? follower.getView : () => initialFollowerView as FollowerView<S>,
  );
  return { ...view, retryNow: () => follower?.retryNow() };
}
