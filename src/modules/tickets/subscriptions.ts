import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { keyedFeed } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { afterArg, feedUnion, subscribeFeed } from '../../schema/events.ts';
import { feedItem } from '../../schema/feed-item.ts';
import { ticketFilterArgs, ticketMatcher } from './filters.ts';
import { TicketEvent } from './types.ts';

const TicketFeed = feedUnion('TicketFeed', TicketEvent);

builder.subscriptionField('tickets', (t) =>
  t.field({
    ...requires(streamReaders.tickets),
    type: TicketFeed,
    description:
      'Every change to every ticket, or only changes that leave a ticket matching every filter given (`status`, `serverId`, `category`, `assignedTo`).',
    args: { ...ticketFilterArgs(t.arg), after: afterArg(t.arg) },
    subscribe: (_, { after, ...filter }, context) => {
      const matches = ticketMatcher(filter, context.viewer);
      const { tickets } = context.services.state.slices;
      return subscribeFeed(
        context,
        keyedFeed('tickets', null, {
          accept:
            matches == null
              ? undefined
              : (event) =>
                  event.stream === 'tickets' &&
                  matches({
                    serverId: event.serverId,
                    // Only CREATED carries the category, which never changes: later changes read it from the ticket.
                    category: event.payload.category ?? tickets.get(event.payload.ticketId)?.category ?? null,
                    status: event.payload.status,
                    assignee: event.payload.assignee,
                  }),
        }),
        after,
      );
    },
    resolve: feedItem,
  }),
);
