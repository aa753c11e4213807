import { readableStreams } from '../../auth/access.ts';
import { roles } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { type AnyStoredEvent, priorityRank, type StreamName } from '../../events/envelope.ts';
import { type FeedItem, isResyncRequired } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, PriorityEnum, ResyncRequiredRef, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { ChatEvent } from '../chat/types.ts';
import { MapEntityEvent } from '../maps/types.ts';
import { PlayerEvent } from '../players/types.ts';
import { SecurityEvent } from '../security/types.ts';
import { ServerStatusEvent } from '../servers/types.ts';
import { TelemetryEvent } from '../telemetry/types.ts';
import { TicketEvent } from '../tickets/types.ts';

const eventTypes = {
  serverStatus: ServerStatusEvent,
  telemetry: TelemetryEvent,
  mapEntities: MapEntityEvent,
  chat: ChatEvent,
  tickets: TicketEvent,
  players: PlayerEvent,
  security: SecurityEvent,
} satisfies Record<StreamName, unknown>;

const NotificationFeed = builder.unionType('NotificationFeed', {
  description: 'A HIGH or CRITICAL event of any stream, or one final ResyncRequired.',
  types: [...Object.values(eventTypes), ResyncRequiredRef],
  resolveType: (item: FeedItem) => (isResyncRequired(item) ? ResyncRequiredRef : eventTypes[item.stream]),
});

builder.subscriptionField('notifications', (t) =>
  t.field({
    ...requires(roles),
    type: NotificationFeed,
    description: 'HIGH and CRITICAL events, at or above `minPriority`, of every stream you may read.',
    args: { minPriority: t.arg({ type: PriorityEnum, required: false, defaultValue: 'HIGH' }), after: afterArg(t.arg) },
    subscribe: (_, { minPriority, after }, context) => {
      const minRank = Math.max(priorityRank[minPriority ?? 'HIGH'], priorityRank.HIGH);
      const streams = readableStreams(context.viewer);
      const readable = new Set(streams);
      return subscribeFeed<AnyStoredEvent>(
        context,
        {
          topic: { stream: 'notifications' },
          history: { streams, minPriorityRank: minRank },
          streams,
          accept: (event) => readable.has(event.stream) && priorityRank[event.priority] >= minRank,
        },
        after,
      );
    },
    resolve: feedItem,
  }),
);
