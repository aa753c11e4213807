import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { PlayerEvent } from './types.ts';

const PlayerFeed = feedUnion('PlayerFeed', PlayerEvent);

builder.subscriptionField('players', (t) =>
  t.field({
    ...requires(streamReaders.players),
    type: PlayerFeed,
    description: 'Player joins, leaves and activity of one server, or of every server when `serverId` is omitted.',
    args: { serverId: t.arg.id({ required: false }), after: afterArg(t.arg) },
    subscribe: (_, { serverId, after }, context) => subscribeFeed(context, keyedFeed('players', serverId), after),
    resolve: feedItem,
  }),
);
