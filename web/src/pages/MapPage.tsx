import { useEffect, useState } from 'react';
import { mapPath } from '../access.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ChooseMap } from '../maps/ChooseMap.tsx';
import { LiveMap } from '../maps/LiveMap.tsx';
import { MapPicker } from '../maps/MapPicker.tsx';
import { recentMaps } from '../maps/recent.ts';
import { type KnownMaps, useKnownMaps } from '../maps/useKnownMaps.ts';
import { navigate } from '../router.tsx';
import { mapChoiceLabel, mapChoices } from '../streams/map.ts';

function pickerPrompt({ maps, error }: KnownMaps): string {
  if (maps === null) return error ? 'Maps unavailable' : 'Loading maps…';
  return maps.length === 0 ? 'No maps with entities' : 'Choose a map';
}

export function MapPage({ mapId }: { mapId: string | null }) {
  const known = useKnownMaps();
  // The open map's entity count as its live feed has it, for the picker.
  const [liveCount, setLiveCount] = useState<{ mapId: string; count: number } | null>(null);
  const first = known.maps?.[0]?.mapId ?? null;
  const choices = mapChoices(known.maps ?? [], mapId, recentMaps(), liveCount && liveCount.mapId === mapId ? liveCount.count : null);

  // With no map in the path, opens the first one there is (replacing /map, so Back leaves the page).
  useEffect(() => {
    if (mapId === null && first !== null) navigate(mapPath(first), { replace: true });
  }, [mapId, first]);

  return (
    <>
      <PageHeader title="Map" subtitle="Entities of one map at their positions, moving live.">
        <MapPicker
          mapId={mapId}
          prompt={pickerPrompt(known)}
          groups={[
            { label: 'With entities', maps: choices.live.map((map) => ({ id: map.mapId, label: mapChoiceLabel(map) })) },
            { label: 'No entities now', maps: choices.others.map((id) => ({ id })) },
          ]}
          onOpen={(id) => navigate(mapPath(id))}
          selectLabel="Known maps"
          selectTitle={known.error ? `Could not load the list of maps: ${known.error}` : undefined}
          selectTestId="map-picker"
          inputTitle="A map not listed yet, e.g. eu-1:highlands"
          inputTestId="map-id"
        />
      </PageHeader>
      {mapId ? <LiveMap key={mapId} mapId={mapId} onCount={setLiveCount} /> : <ChooseMap known={known} />}
    </>
  );
}
