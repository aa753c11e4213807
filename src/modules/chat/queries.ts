import { recentEventsQuery } from '../../schema/recent-events.ts';
import { chatAccept, chatSearchArgs } from './filters.ts';
import { ChatEvent } from './types.ts';

recentEventsQuery('chatMessages', {
  stream: 'chat',
  event: ChatEvent,
  description:
    'The last `last` chat events, of one channel and/or one server when given, oldest first; `player` and `text` search the newest 10,000 of them.',
  snapshot: {
    name: 'ChatSnapshot',
    description: 'Recent chat, oldest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
    eventsField: 'messages',
  },
  keyArgument: 'channel',
  order: 'oldest first',
  filter: {
    args: chatSearchArgs,
    // The channel and server are read from the log; player and text are matched here.
    accept: (args, { viewer }) => chatAccept({ player: args.player as string | null, text: args.text as string | null }, viewer),
  },
});
