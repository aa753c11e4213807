import { useEffect, useReducer } from 'react';
import { type Playback, type PlaybackAction, playbackReducer, type ReplayWindow, startPlayback } from './playback.ts';

/** How often a playing replay moves on (and redraws). */
const frameMs = 100;

/** A replay's playback, moved on by the wall clock while it plays. */
export function usePlayback(range: ReplayWindow, incident: number): [Playback, (action: PlaybackAction) => void] {
  const [playback, dispatch] = useReducer(playbackReducer, null, () => startPlayback(range, incident));
  useEffect(() => {
    if (!playback.playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', elapsedMs: now - last });
      last = now;
    }, frameMs);
    return () => clearInterval(timer);
  }, [playback.playing]);
  return [playback, dispatch];
}
