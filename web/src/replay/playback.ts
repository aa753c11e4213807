/** How much faster than real time a replay can run. */
export const speeds = [1, 4, 16] as const;
export type Speed = (typeof speeds)[number];

/** How far before and after the incident a replay reaches, at most (the hub reads at most an hour per replay). */
export const windowSpans = [60_000, 5 * 60_000, 15 * 60_000] as const;
export type WindowSpan = (typeof windowSpans)[number];
export const defaultSpan: WindowSpan = 5 * 60_000;

/** The stretch of the log a replay plays, in ms by the hub clock. */
export interface ReplayWindow {
  from: number;
  to: number;
}

/**
 * `span` before to `span` after the incident, ending no later than `now` (nothing has happened past it yet), and at
 * least a second long so a scrubber has room even for an incident a moment ago.
 */
export function replayWindow(incident: number, span: number, now: number): ReplayWindow {
  const from = incident - span;
  return { from, to: Math.max(Math.min(incident + span, now), from + 1_000) };
}

/** Where a replay is: the instant it shows, and whether (and how fast) it moves on. */
export interface Playback extends ReplayWindow {
  /** The moment replayed around: "jump to incident" goes back to it. */
  incident: number;
  /** The instant shown, within the window. */
  at: number;
  playing: boolean;
  speed: Speed;
}

export type PlaybackAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; speed: Speed }
  | { type: 'seek'; at: number }
  | { type: 'jumpToIncident' }
  /** Real time went by while playing. */
  | { type: 'tick'; elapsedMs: number };

const clamp = (value: number, { from, to }: ReplayWindow) => Math.min(Math.max(value, from), to);

/** Paused at the incident (or the window's nearer end, if the incident lies outside it), at 1x. */
export function startPlayback(window: ReplayWindow, incident: number): Playback {
  return { ...window, incident, at: clamp(incident, window), playing: false, speed: 1 };
}

export function playbackReducer(state: Playback, action: PlaybackAction): Playback {
  switch (action.type) {
    case 'play':
      // Playing from the end starts over from the beginning of the window.
      return { ...state, playing: true, at: state.at >= state.to ? state.from : state.at };
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'speed':
      return { ...state, speed: action.speed };
    case 'seek':
      return { ...state, at: clamp(action.at, state) };
    case 'jumpToIncident':
      return { ...state, at: clamp(state.incident, state), playing: false };
    case 'tick': {
      if (!state.playing || action.elapsedMs <= 0) return state;
      const at = state.at + action.elapsedMs * state.speed;
      return at >= state.to ? { ...state, at: state.to, playing: false } : { ...state, at };
    }
  }
}
