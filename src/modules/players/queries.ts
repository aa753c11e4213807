import { recentEventsQuery } from '../../schema/recent-events.ts';
import { PlayerEvent } from './types.ts';

recentEventsQuery('playerActivity', {
  stream: 'players',
  event: PlayerEvent,
  description: 'The last `last` player joins, leaves and activities, of one server when given, oldest first.',
  snapshot: {
    name: 'PlayerActivitySnapshot',
    description: 'Recent player activity, oldest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
    eventsField: 'events',
  },
  // Player events are keyed by their server.
  keyArgument: 'serverId',
  order: 'oldest first',
});
