import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { chatAccept, chatSearchArgs } from './filters.ts';
import { ChatEvent } from './types.ts';

const ChatFeed = feedUnion('ChatFeed', ChatEvent);

builder.subscriptionField('chat', (t) =>
  t.field({
    ...requires(streamReaders.chat),
    type: ChatFeed,
    description:
      'Chat of one channel, or of every channel when `channel` is omitted; only from `serverId`, of `player`, containing `text` when given.',
    args: {
      channel: t.arg.string({ required: false }),
      serverId: t.arg.id({ required: false }),
      ...chatSearchArgs(t.arg),
      after: afterArg(t.arg),
    },
    subscribe: (_, { channel, serverId, player, text, after }, context) =>
      subscribeFeed(context, keyedFeed('chat', channel, { accept: chatAccept({ serverId, player, text }, context.viewer) ?? undefined }), after),
    resolve: feedItem,
  }),
);
