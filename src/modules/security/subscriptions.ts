import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { SecurityEvent } from './types.ts';

const SecurityFeed = feedUnion('SecurityFeed', SecurityEvent);

builder.subscriptionField('security', (t) =>
  t.field({
    ...requires(streamReaders.security),
    type: SecurityFeed,
    description: 'Security incidents of one server, or of every server when `serverId` is omitted. Never conflated or dropped.',
    args: { serverId: t.arg.id({ required: false }), after: afterArg(t.arg) },
    subscribe: (_, { serverId, after }, context) => subscribeFeed(context, keyedFeed('security', serverId), after),
    resolve: feedItem,
  }),
);
