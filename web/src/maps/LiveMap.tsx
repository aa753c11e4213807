import { useEffect } from 'react';
import { Loading } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { useNow } from '../hooks.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { applyMapEntities, mapEntitiesQuery, mapEntitiesSubscription, mapEntityMessage, mapStateFrom } from '../streams/map.ts';
import { MapBoard } from './MapBoard.tsx';
import { remember } from './recent.ts';

/** One map's entities at their positions, following its live feed; reports its entity count to the picker. */
export function LiveMap({ mapId, onCount }: { mapId: string; onCount: (live: { mapId: string; count: number }) => void }) {
  const { client, onFatal } = useDashboard();
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
  const size = feed.state?.entities.size ?? null;
  useEffect(() => {
    if (size !== null) onCount({ mapId, count: size });
  }, [mapId, size, onCount]);

  if (!feed.state) return <Loading error={feed.error} status={feed.status} />;
  return <MapBoard mapId={mapId} state={feed.state} now={now} />;
}
