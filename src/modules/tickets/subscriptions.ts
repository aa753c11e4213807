import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { TicketEvent, TicketStatusEnum } from './types.ts';

builder.subscriptionField('tickets', (t) =>
  t.field({
      ...requires(streamReaders.tickets),
    type: TicketEvent,
    description: 'Every change to every ticket, or only changes that leave a ticket in `status`.',
    args: { status: t.arg({ type: TicketStatusEnum, required: false }) },
    subscribe: (_, { status }, { vigil }) =>
      vigil.hub.subscribe(
        { stream: 'tickets' },
        { accept: status == null ? undefined : (event) => event.stream === 'tickets' && event.payload.status === status },
      ) as AsyncIterable<StoredEvent<'tickets'>>,
    resolve: (event) => event,
  }),
);
