import { mapPath } from '../access.ts';
import { Link } from '../router.tsx';
import { recentMaps } from './recent.ts';
import type { KnownMaps } from './useKnownMaps.ts';

/** Shown while no map is open: why, and the maps watched lately. */
export function ChooseMap({ known }: { known: KnownMaps }) {
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
