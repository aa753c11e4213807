import { type FormEvent, useEffect, useState } from 'react';
import { mapPath } from '../access.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ChooseMap } from '../maps/ChooseMap.tsx';
import { LiveMap } from '../maps/LiveMap.tsx';
import { recentMaps } from '../maps/recent.ts';
import { type KnownMaps, useKnownMaps } from '../maps/useKnownMaps.ts';
import { navigate } from '../router.tsx';
import { mapChoiceLabel, mapChoices } from '../streams/map.ts';

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
