import { useMemo } from 'react';
import { kindColors, MapCanvas } from '../components/MapCanvas.tsx';
import { ago, label } from '../format.ts';
import type { EntityKind } from '../gql/graphql.ts';
import { useToggleSet } from '../hooks.ts';
import { entityKinds, type MapState } from '../streams/map.ts';

/** Most rows the side list shows (it scrolls); the map itself shows every entity. */
const maxListed = 500;

/** One map's entities: kind filters, the canvas, and the most recently updated entities in a side list that scrolls. */
export function MapBoard({ mapId, state, now }: { mapId: string; state: MapState; now: number }) {
  const [kinds, toggle] = useToggleSet<EntityKind>(entityKinds);
  const counts = useMemo(() => {
    const result: Record<EntityKind, number> = { PLAYER: 0, CREATURE: 0, NPC: 0, EVENT: 0, WAYPOINT: 0 };
    for (const entity of state.entities.values()) result[entity.kind]++;
    return result;
  }, [state]);
  const shown = useMemo(() => [...state.entities.values()].filter((e) => kinds.has(e.kind)), [state, kinds]);
  const recent = useMemo(() => [...shown].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, maxListed), [shown]);

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
        <MapCanvas state={state} kinds={kinds} now={now} />
      </section>
      <aside className="panel map-side">
        <h2 className="side-title">
          Recently updated{' '}
          <span className="muted">
            · {state.entities.size} on map{shown.length > recent.length && `, latest ${recent.length} listed`}
          </span>
        </h2>
        {recent.length === 0 ? (
          <p className="empty">No entities on “{mapId}” yet.</p>
        ) : (
          <div className="map-list" data-testid="entity-list">
            <table className="table compact entity-table" data-testid="entity-table">
              <colgroup>
                <col />
                <col className="col-kind" />
                <col className="col-xy" />
                <col className="col-seen" />
              </colgroup>
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
                    <td className="clip" title={e.label ? `${e.label} (${e.entityId})` : e.entityId}>
                      {e.label ?? e.entityId}
                    </td>
                    <td>
                      <span className="chart-swatch" style={{ background: kindColors[e.kind] }} /> {label(e.kind)}
                    </td>
                    <td className="num">
                      {e.x.toFixed(0)}, {e.y.toFixed(0)}
                    </td>
                    <td className="muted" data-testid="entity-seen">
                      {ago(e.updatedAt, now)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </aside>
    </div>
  );
}
