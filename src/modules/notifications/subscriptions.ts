import { builder } from '../../builder.ts';
import { type AnyStoredEvent, priorityRank } from '../../events/envelope.ts';
import { EventInterface, PriorityEnum } from '../../events/graphql.ts';

builder.subscriptionField('notifications', (t) =>
  t.field({
    type: EventInterface,
    description: 'HIGH and CRITICAL events of every stream, at or above `minPriority`.',
    args: { minPriority: t.arg({ type: PriorityEnum, required: false, defaultValue: 'HIGH' }) },
    subscribe: (_, { minPriority }, { vigil }) => {
      const minRank = priorityRank[minPriority ?? 'HIGH'];
      return vigil.hub.subscribe({ stream: 'notifications' }, { accept: (event) => priorityRank[event.priority] >= minRank });
    },
    resolve: (event: AnyStoredEvent) => event,
  }),
);
