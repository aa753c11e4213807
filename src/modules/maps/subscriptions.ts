import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { MapEntityEvent } from './types.ts';

const MapEntityFeed = feedUnion('MapEntityFeed', MapEntityEvent);

builder.subscriptionField('mapEntities', (t) =>
  t.field({
    ...requires(streamReaders.mapEntities),
    type: MapEntityFeed,
    description: 'Entity updates on one map as they arrive. A reader that falls behind gets the latest update per entity.',
    args: { mapId: t.arg.id(), after: afterArg(t.arg) },
    subscribe: (_, { mapId, after }, context) =>
      subscribeFeed(
        context,
        keyedFeed('mapEntities', mapId, { conflateBy: (event) => (event.stream === 'mapEntities' ? event.payload.entityId : event.id) }),
        after,
      ),
    resolve: feedItem,
  }),
);
