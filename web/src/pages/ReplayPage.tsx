import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { featureRoles, mapPath, mayUse } from '../access.ts';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { clock } from '../format.ts';
import { MapBoard } from '../maps/MapBoard.tsx';
import { MapPicker } from '../maps/MapPicker.tsx';
import { type KnownMaps, useKnownMaps } from '../maps/useKnownMaps.ts';
import { replayWindow, type WindowSpan, windowSpans } from '../replay/playback.ts';
import { ReplayControls } from '../replay/ReplayControls.tsx';
import { parseReplaySearch, replayPath } from '../replay/route.ts';
import { chatUntil, mapStateAt } from '../replay/timeline.ts';
import { usePlayback } from '../replay/usePlayback.ts';
import { type ReplayChat, useReplayData } from '../replay/useReplayData.ts';
import { navigate, useSearch } from '../router.tsx';
import { ChatRow } from './ChatPage.tsx';
import './story.css';
import '../replay/replay.css';

/** The maps the server has entities on now, first; then every other map with entities. */
function mapsOf(known: KnownMaps, serverId: string): { own: string[]; others: string[] } {
  const maps = known.maps ?? [];
  const own = maps.filter((m) => m.serverIds.includes(serverId)).map((m) => m.mapId);
  return { own, others: maps.map((m) => m.mapId).filter((id) => !own.includes(id)) };
}

/**
 * A map (and its server's chat) as it was around a moment, played back from the log. A link names the server and
 * the moment; without a map it opens the first map the server has entities on now, and offers the others.
 */
export function ReplayPage() {
  const parsed = parseReplaySearch(useSearch());
  // Once a map is chosen the list only offers the others: read once, not every few seconds.
  const known = useKnownMaps({ poll: !parsed.ok || parsed.mapId === null });
  // A link without a map opens the first map the server has entities on now (replacing it, so Back leaves the page).
  const fallback = parsed.ok && parsed.mapId === null ? (mapsOf(known, parsed.serverId).own[0] ?? null) : null;
  const fallbackPath =
    parsed.ok && fallback !== null
      ? replayPath({ serverId: parsed.serverId, at: new Date(parsed.at).toISOString(), span: parsed.span, mapId: fallback })
      : null;
  useEffect(() => {
    if (fallbackPath !== null) navigate(fallbackPath, { replace: true });
  }, [fallbackPath]);
  if (!parsed.ok) {
    return (
      <>
        <PageHeader title="Replay" subtitle="A map and its chat as they were around an incident." />
        <div className="panel notice error-text">{parsed.problem}</div>
      </>
    );
  }
  const { serverId, at, mapId, span } = parsed;
  const target = { serverId, at: new Date(at).toISOString(), span };
  const choices = mapsOf(known, serverId);

  return (
    <>
      <PageHeader title="Replay" subtitle={`${serverId} around ${clock(target.at)}, played back from the log.`}>
        <MapPicker
          mapId={mapId}
          prompt={known.maps === null ? 'Loading maps…' : 'Choose a map'}
          groups={[
            { label: `Maps of ${serverId}`, maps: choices.own.map((id) => ({ id })) },
            { label: 'Other maps', maps: choices.others.map((id) => ({ id })) },
          ]}
          onOpen={(id) => navigate(replayPath({ ...target, mapId: id }))}
          selectLabel="Map to replay"
          selectTestId="replay-map"
          inputTestId="replay-map-id"
        />
        <label className="field-inline">
          <span>Window</span>
          <select
            value={span}
            onChange={(e) => navigate(replayPath({ ...target, mapId, span: Number(e.target.value) as WindowSpan }))}
            aria-label="Replay window"
            data-testid="replay-span"
          >
            {windowSpans.map((s) => (
              <option key={s} value={s}>
                ±{s / 60_000} min
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      {mapId === null ? (
        <div className="panel empty">
          {known.maps === null && !known.error
            ? 'Loading maps…'
            : `${serverId} has no entities on any map now: choose a map, or enter its id, to replay.`}
        </div>
      ) : (
        <Replay key={`${mapId}|${at}|${span}`} mapId={mapId} serverId={serverId} incident={at} span={span} />
      )}
    </>
  );
}

function Replay({ mapId, serverId, incident, span }: { mapId: string; serverId: string; incident: number; span: WindowSpan }) {
  const { session } = useDashboard();
  const withChat = mayUse(session.roles, featureRoles.replayChat);
  // The window is fixed when the replay opens: a moment later it would reach a little further, but not move.
  const [range] = useState(() => replayWindow(incident, span, Date.now()));
  const data = useReplayData(mapId, serverId, range, withChat);
  const [playback, dispatch] = usePlayback(range, incident);
  const ready = data.status === 'ready' ? data : null;
  const state = useMemo(() => (ready ? mapStateAt(ready.map, playback.at) : null), [ready, playback.at]);

  if (data.status === 'loading') return <Loading error={null} status="loading" />;
  if (data.status === 'failed')
    return <div className="panel notice error-text">Could not load the replay: {data.error}. A shorter window reads less of the log.</div>;
  return (
    <div className="replay" data-testid="replay" data-map={mapId}>
      {/* Back to live in the controls' row, the note under the map: the map fits the first screen, as the live one does. */}
      <ReplayControls playback={playback} dispatch={dispatch}>
        <button type="button" className="button secondary" onClick={() => navigate(mapPath(mapId))} data-testid="replay-live">
          Back to live
        </button>
      </ReplayControls>
      <MapBoard mapId={mapId} state={state!} now={playback.at} />
      <p className="replay-note muted">
        {ready!.map.events.length} changes of {mapId} in the window
        {!ready!.mapComplete && ' · retention has removed older map events: entities that have not moved since may be missing'}
      </p>
      {ready!.chat ? (
        <ReplayChatLog chat={ready!.chat} at={playback.at} serverId={serverId} />
      ) : (
        <p className="panel muted">Chat is not available to your roles.</p>
      )}
    </div>
  );
}

function ReplayChatLog({ chat, at, serverId }: { chat: ReplayChat; at: number; serverId: string }) {
  const lines = chatUntil(chat.lines, chat.times, at);
  const box = useRef<HTMLElement>(null);
  // Keeps the line of the moment (the newest shown) in view as the replay plays.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the lines shown change, to scroll to them
  useLayoutEffect(() => {
    box.current!.scrollTop = box.current!.scrollHeight;
  }, [lines.length]);
  return (
    <section className="panel chat-log replay-chat" ref={box} data-testid="replay-chat">
      <h2 className="side-title">
        Chat of {serverId}{' '}
        <span className="muted">
          · {lines.length} of {chat.lines.length} lines of the window so far
        </span>
      </h2>
      {!chat.complete && <p className="muted">Retention has removed the oldest chat of this window.</p>}
      {lines.length === 0 && <p className="empty">No chat yet at this moment.</p>}
      {lines.map((line) => (
        <ChatRow key={line.id} line={line} />
      ))}
    </section>
  );
}
