import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { TelemetryEvent } from './types.ts';

const TelemetryFeed = feedUnion('TelemetryFeed', TelemetryEvent);

builder.subscriptionField('telemetry', (t) =>
  t.field({
    ...requires(streamReaders.telemetry),
    type: TelemetryFeed,
    description: 'Telemetry samples of one server as they arrive. A reader that falls behind gets the latest sample instead of every one.',
    args: { serverId: t.arg.id(), after: afterArg(t.arg) },
    subscribe: (_, { serverId, after }, context) =>
      subscribeFeed(context, keyedFeed('telemetry', serverId, { conflateBy: (event) => event.serverId }), after),
    resolve: feedItem,
  }),
);
