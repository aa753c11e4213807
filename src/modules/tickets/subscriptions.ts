import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { TicketEvent, TicketStatusEnum } from './types.ts';

const TicketFeed = feedUnion('TicketFeed', TicketEvent);

builder.subscriptionField('tickets', (t) =>
  t.field({
    ...requires(streamReaders.tickets),
    type: TicketFeed,
    description: 'Every change to every ticket, or only changes that leave a ticket in `status`.',
    args: { status: t.arg({ type: TicketStatusEnum, required: false }), after: afterArg(t.arg) },
    subscribe: (_, { status, after }, context) =>
      subscribeFeed(
        context,
        keyedFeed('tickets', null, { accept: status == null ? undefined : (event) => event.stream === 'tickets' && event.payload.status === status }),
        after,
      ),
    resolve: feedItem,
  }),
);
