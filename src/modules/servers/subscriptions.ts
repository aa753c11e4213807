import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { ServerStatusEvent } from './types.ts';

const ServerStatusFeed = feedUnion('ServerStatusFeed', ServerStatusEvent);

builder.subscriptionField('serverStatus', (t) =>
  t.field({
    ...requires(streamReaders.serverStatus),
    type: ServerStatusFeed,
    description: 'Status changes of one server, or of every server when `serverId` is omitted.',
    args: { serverId: t.arg.id({ required: false }), after: afterArg(t.arg) },
    subscribe: (_, { serverId, after }, context) => subscribeFeed(context, keyedFeed('serverStatus', serverId), after),
    resolve: feedItem,
  }),
);
