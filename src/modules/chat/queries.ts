import { recentEventsQuery } from '../../schema/recent-events.ts';
import { ChatEvent } from './types.ts';

recentEventsQuery('chatMessages', {
  stream: 'chat',
  event: ChatEvent,
  description: 'The last `last` chat events, of one channel and/or one server when given, oldest first.',
  snapshot: {
    name: 'ChatSnapshot',
    description: 'Recent chat, oldest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
    eventsField: 'messages',
  },
  keyArgument: 'channel',
  order: 'oldest first',
});
