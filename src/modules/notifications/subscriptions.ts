import { builder } from '../../builder.ts';
import { readableStreams } from '../../auth/access.ts';
import { requires } from '../../auth/scopes.ts';
import { roles } from '../../auth/roles.ts';
import { type AnyStoredEvent, priorityRank } from '../../events/envelope.ts';
import { EventInterface, PriorityEnum } from '../../events/graphql.ts';

builder.subscriptionField('notifications', (t) =>
  t.field({
      ...requires(roles),
    type: EventInterface,
    description: 'HIGH and CRITICAL events, at or above `minPriority`, of every stream you may read.',
    args: { minPriority: t.arg({ type: PriorityEnum, required: false, defaultValue: 'HIGH' }) },
    subscribe: (_, { minPriority }, { vigil, viewer }) => {
      const minRank = priorityRank[minPriority ?? 'HIGH'];
      const readable = new Set(readableStreams(viewer));
      return vigil.hub.subscribe({ stream: 'notifications' }, { accept: (event) => readable.has(event.stream) && priorityRank[event.priority] >= minRank });
    },
    resolve: (event: AnyStoredEvent) => event,
  }),
);
