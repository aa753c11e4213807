import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { mapPath } from '../access.ts';
import { kindColors, MapCanvas } from '../components/MapCanvas.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { ago, label } from '../format.ts';
import type { EntityKind } from '../gql/graphql.ts';
import { useNow } from '../hooks.ts';
import type { FeedFailure } from '../live/follower.ts';
import { failureOf, urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { Link, navigate } from '../router.tsx';
import {
  applyMapEntities,
  entityKinds,
  type MapSummary,
  mapChoiceLabel,
  mapChoices,
  mapEntitiesQuery,
  mapEntitiesSubscription,
  mapEntityMessage,
  mapStateFrom,
  mapsQuery,
} from '../streams/map.ts';

const recentKey = 'vigil.recentMaps';

function recentMaps(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(recentKey) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 8) : [];
  } catch {
    return [];
  }
}

function remember(mapId: string): void {
  localStorage.setItem(recentKey, JSON.stringify([mapId, ...recentMaps().filter((m) => m !== mapId)].slice(0, 8)));
}

/** How often the picker re-reads which maps have entities; it also does whenever the page regains focus. */
const mapsPollMs = 10_000;

interface KnownMaps {
  /** Null until the first answer. */
  maps: readonly MapSummary[] | null;
  error: string | null;
}

/** The maps with entities on them, re-read every `mapsPollMs` while the page is visible and when it regains focus. */
function useKnownMaps(): KnownMaps {
  const { client, onFatal } = useDashboard();
  const [known, setKnown] = useState<KnownMaps>({ maps: null, error: null });
  useEffect(() => {
    let stopped = false;
    let loading = false;
    const load = async () => {
      if (stopped || loading || document.visibilityState === 'hidden') return;
      loading = true;
      try {
        const result = await client.query(mapsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
        if (stopped) return;
        if (result.data) {
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
    const timer = setInterval(() => void load(), mapsPollMs);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, onFatal]);
  return known;
}

function pickerPrompt({ maps, error }: KnownMaps): string {
  if (maps === null) return error ? 'Maps unavailable' : 'Loading maps…';
  return maps.length === 0 ? 'No maps with entities' : 'Choose a map';
}

export function MapPage({ mapId }: { mapId: string | null }) {
  const [draft, setDraft] = useState('');
  const known = useKnownMaps();
  // The open map's entity count as its live feed has it, for the picker.
  const [liveCount, setLiveCount] = useState<{ mapId: string; count: number } | null>(null);
  const first = known.maps?.[0]?.mapId ?? null;
  const choices = mapChoices(known.maps ?? [], mapId, recentMaps(), liveCount && liveCount.mapId === mapId ? liveCount.count : null);

  // With no map in the path, opens the first one there is (replacing /map, so Back leaves the page).
  useEffect(() => {
    if (mapId === null && first !== null) navigate(mapPath(first), { replace: true });
  }, [mapId, first]);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = draft.trim();
    if (!id) return;
    navigate(mapPath(id));
    setDraft('');
  };
  return (
    <>
      <PageHeader title="Map" subtitle="Entities of one map at their positions, moving live.">
        <label className="field-inline">
          <span>Map</span>
          <select
            value={mapId ?? ''}
            onChange={(e) => e.target.value && navigate(mapPath(e.target.value))}
            aria-label="Known maps"
            title={known.error ? `Could not load the list of maps: ${known.error}` : undefined}
            data-testid="map-picker"
          >
            {mapId === null && <option value="">{pickerPrompt(known)}</option>}
            {choices.live.length > 0 && (
              <optgroup label="With entities">
                {choices.live.map((map) => (
                  <option key={map.mapId} value={map.mapId}>
                    {mapChoiceLabel(map)}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.others.length > 0 && (
              <optgroup label="No entities now">
                {choices.others.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <form className="inline-form" onSubmit={open}>
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="other map id"
            title="A map not listed yet, e.g. eu-1:highlands"
            aria-label="Map id"
            data-testid="map-id"
          />
          <button type="submit" className="button">
            Open
          </button>
        </form>
      </PageHeader>
      {mapId ? <LiveMap key={mapId} mapId={mapId} onCount={setLiveCount} /> : <ChooseMap known={known} />}
    </>
  );
}

function ChooseMap({ known }: { known: KnownMaps }) {
  const recent = recentMaps();
  if (known.maps === null && !known.error) return <div className="panel loading">Loading maps…</div>;
  return (
    <div className="panel empty">
      {known.error ? <p className="error-text">Could not load the list of maps: {known.error}</p> : <p>No map has entities yet.</p>}
      <p>Enter the id of a map to watch.</p>
      {recent.length > 0 && (
        <p>
          Recently watched:{' '}
          {recent.map((id) => (
            <Link key={id} to={mapPath(id)} className="chip">
              {id}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}

function LiveMap({ mapId, onCount }: { mapId: string; onCount: (live: { mapId: string; count: number }) => void }) {
  const { client, onFatal } = useDashboard();
  const [kinds, setKinds] = useState<ReadonlySet<EntityKind>>(() => new Set(entityKinds));
  const now = useNow();
  const feed = useLiveFeed(
    `map ${mapId}`,
    mapId,
    () => {
      remember(mapId);
      return urqlFeed(client, {
        query: mapEntitiesQuery,
        variables: { mapId },
        snapshot: (data) => ({ state: mapStateFrom(data.mapEntities), cursor: data.mapEntities.cursor }),
        subscription: mapEntitiesSubscription,
        subscriptionVariables: (after) => ({ mapId, after }),
        message: mapEntityMessage,
        apply: applyMapEntities,
      });
    },
    { onFatal },
  );
  const counts = useMemo(() => {
    const result: Record<EntityKind, number> = { PLAYER: 0, CREATURE: 0, NPC: 0, EVENT: 0, WAYPOINT: 0 };
    for (const entity of feed.state?.entities.values() ?? []) result[entity.kind]++;
    return result;
  }, [feed.state]);
  const size = feed.state?.entities.size ?? null;
  useEffect(() => {
    if (size !== null) onCount({ mapId, count: size });
  }, [mapId, size, onCount]);
  const recent = useMemo(
    () =>
      [...(feed.state?.entities.values() ?? [])]
        .filter((e) => kinds.has(e.kind))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, 40),
    [feed.state, kinds],
  );

  if (!feed.state) return <Loading error={feed.error} status={feed.status} />;
  const toggle = (kind: EntityKind) => {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setKinds(next);
  };

  return (
    <div className="map-layout">
      <section className="panel map-panel">
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle chips styled as one control; a fieldset's own box and legend would fight the layout */}
        <div className="filters" role="group" aria-label="Entity kinds">
          {entityKinds.map((kind) => (
            <label key={kind} className={`filter-chip ${kinds.has(kind) ? 'on' : ''}`}>
              <input type="checkbox" checked={kinds.has(kind)} onChange={() => toggle(kind)} data-testid={`kind-${kind}`} />
              <span className="chart-swatch" style={{ background: kindColors[kind] }} />
              {label(kind)} <span className="muted">{counts[kind]}</span>
            </label>
          ))}
        </div>
        <div className="map-frame">
          <MapCanvas state={feed.state} kinds={kinds} />
        </div>
      </section>
      <aside className="panel map-side">
        <h2 className="side-title">
          Recently updated <span className="muted">· {feed.state.entities.size} on map</span>
        </h2>
        {recent.length === 0 ? (
          <p className="empty">No entities on “{mapId}” yet.</p>
        ) : (
          <table className="table compact" data-testid="entity-table">
            <thead>
              <tr>
                <th>Entity</th>
                <th>Kind</th>
                <th className="num">x, y</th>
                <th>Seen</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((e) => (
                <tr key={e.entityId} data-entity={e.entityId}>
                  <td>{e.label ?? e.entityId}</td>
                  <td>
                    <span className="chart-swatch" style={{ background: kindColors[e.kind] }} /> {label(e.kind)}
                  </td>
                  <td className="num">
                    {e.x.toFixed(0)}, {e.y.toFixed(0)}
                  </td>
                  <td className="muted">{ago(e.updatedAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </aside>
    </div>
  );
}
