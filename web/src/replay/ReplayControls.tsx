import type { ReactNode } from 'react';
import { clock } from '../format.ts';
import { type Playback, type PlaybackAction, speeds } from './playback.ts';

/** "+1:05" / "-0:30": how far `at` is from the incident, in minutes and seconds. */
export function offsetLabel(at: number, incident: number): string {
  const seconds = Math.round((at - incident) / 1000);
  const abs = Math.abs(seconds);
  return `${seconds < 0 ? '-' : '+'}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Play/pause, speed, a scrubber over the window with the incident marked, a jump back to the incident, then `children`. */
export function ReplayControls({
  playback,
  dispatch,
  children,
}: {
  playback: Playback;
  dispatch: (action: PlaybackAction) => void;
  children?: ReactNode;
}) {
  const { from, to, at, incident, playing, speed } = playback;
  const iso = new Date(at).toISOString();
  return (
    <section className="panel replay-controls" data-testid="replay-controls">
      <button
        type="button"
        className="button"
        onClick={() => dispatch({ type: playing ? 'pause' : 'play' })}
        data-testid="replay-play"
        data-playing={playing}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons styled as one control */}
      <div className="replay-speeds" role="group" aria-label="Speed">
        {speeds.map((s) => (
          <button
            key={s}
            type="button"
            className={`button ${s === speed ? '' : 'ghost'}`}
            aria-pressed={s === speed}
            onClick={() => dispatch({ type: 'speed', speed: s })}
            data-testid={`replay-speed-${s}`}
          >
            {s}x
          </button>
        ))}
      </div>
      <input
        type="range"
        className="replay-scrubber"
        min={from}
        max={to}
        step={100}
        value={at}
        list="replay-incident"
        aria-label="Replay time"
        onChange={(e) => dispatch({ type: 'seek', at: Number(e.target.value) })}
        data-testid="replay-scrubber"
      />
      <datalist id="replay-incident">
        <option value={incident} label="incident" />
      </datalist>
      <time className="replay-at" dateTime={iso} title={iso} data-testid="replay-at" data-at={at}>
        {clock(iso)} <span className="muted">({offsetLabel(at, incident)})</span>
      </time>
      <button type="button" className="button secondary" onClick={() => dispatch({ type: 'jumpToIncident' })} data-testid="replay-jump">
        Jump to incident
      </button>
      {children}
    </section>
  );
}
