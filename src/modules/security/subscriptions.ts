import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { IncidentKindEnum, SecurityEvent } from './types.ts';

const SecurityFeed = feedUnion('SecurityFeed', SecurityEvent);

builder.subscriptionField('security', (t) =>
  t.field({
    ...requires(streamReaders.security),
    type: SecurityFeed,
    description:
      'Security incidents of one server, or of every server when `serverId` is omitted; only of `kind` when given. Never conflated or dropped.',
    args: {
      serverId: t.arg.id({ required: false }),
      kind: t.arg({ type: IncidentKindEnum, required: false, description: 'Only incidents of this kind.' }),
      after: afterArg(t.arg),
    },
    subscribe: (_, { serverId, kind, after }, context) =>
      subscribeFeed(
        context,
        keyedFeed('security', serverId, { accept: kind == null ? undefined : (event) => event.stream === 'security' && event.payload.kind === kind }),
        after,
      ),
    resolve: feedItem,
  }),
);
