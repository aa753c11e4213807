import { useEffect, useMemo } from 'react';
import { kindColors, MapCanvas } from '../components/MapCanvas.tsx';
import { Loading } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { ago, label } from '../format.ts';
import type { EntityKind } from '../gql/graphql.ts';
import { useNow, useToggleSet } from '../hooks.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { applyMapEntities, entityKinds, mapEntitiesQuery, mapEntitiesSubscription, mapEntityMessage, mapStateFrom } from '../streams/map.ts';
import { remember } from './recent.ts';

/** One map's entities at their positions, following its live feed; reports its entity count to the picker. */
export function LiveMap({ mapId, onCount }: { mapId: string; onCount: (live: { mapId: string; count: number }) => void }) {
  const { client, onFatal } = useDashboard();
  const [kinds, toggle] = useToggleSet<EntityKind>(entityKinds);
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
