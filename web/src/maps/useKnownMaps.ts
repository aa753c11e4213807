import { useEffect, useRef, useState } from 'react';
import { useDashboard } from '../context.ts';
import type { FeedFailure } from '../live/follower.ts';
import { failureOf } from '../live/urqlFeed.ts';
import { type MapSummary, mapsQuery } from '../streams/map.ts';

/** How often the picker re-reads which maps have entities; it also does whenever the page regains focus. */
const mapsPollMs = 10_000;

export interface KnownMaps {
  /** Null until the first answer. */
  maps: readonly MapSummary[] | null;
  error: string | null;
}

/**
 * The maps with entities on them, re-read every `mapsPollMs` while the page is visible and when it regains focus;
 * with `poll: false`, read once (a page that has chosen its map needs the list only to switch).
 */
export function useKnownMaps({ poll = true }: { poll?: boolean } = {}): KnownMaps {
  const { client, onFatal } = useDashboard();
  const [known, setKnown] = useState<KnownMaps>({ maps: null, error: null });
  const loaded = useRef(false);
  useEffect(() => {
    let stopped = false;
    let loading = false;
    const load = async () => {
      if (stopped || loading || document.visibilityState === 'hidden' || (!poll && loaded.current)) return;
      loading = true;
      try {
        const result = await client.query(mapsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
        if (stopped) return;
        if (result.data) {
          loaded.current = true;
          setKnown({ maps: result.data.maps.maps, error: null });
        } else {
          const failure: FeedFailure = result.error
            ? failureOf(result.error)
            : { message: 'The server answered without data', code: null, retryable: true };
          setKnown((previous) => ({ maps: previous.maps, error: failure.message }));
          if (!failure.retryable) {
            stopped = true;
            onFatal(failure);
          }
        }
      } finally {
        loading = false;
      }
    };
    const onFocus = () => void load();
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void load();
    };
    void load();
    if (!poll && loaded.current)
      return () => {
        stopped = true;
      };
    const timer = setInterval(() => void load(), mapsPollMs);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, onFatal, poll]);
  return known;
}
