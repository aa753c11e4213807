import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { viewerKey } from '../../auth/viewer.ts';
import type { AnyStoredEvent, StoredEvent } from '../../events/envelope.ts';
import { type FeedItem, isResyncRequired, keyedFeed, type ResyncRequired } from '../../events/feed.ts';
import { builder } from '../../schema/builder.ts';
import { vigilError } from '../../schema/errors.ts';
import { afterArg, ResyncRequiredRef, subscribeFeed } from '../../schema/events.ts';
import { Ticket, TicketEvent } from '../tickets/types.ts';

export const myNotificationKinds = ['TICKET_ASSIGNED_TO_YOU', 'REPLY_ON_YOUR_TICKET'] as const;
export type MyNotificationKind = (typeof myNotificationKinds)[number];

/**
 * Why an event concerns the admin `sub`, or null: someone else assigned a ticket to them, or someone else replied on a
 * ticket they hold (the ticket's assignee when the reply was written). What they did themselves never notifies them.
 */
export function notificationKindFor(event: AnyStoredEvent, sub: string): MyNotificationKind | null {
  if (event.stream !== 'tickets') return null;
  const { kind, assignee, actor } = event.payload;
  if (assignee !== sub || actor === sub) return null;
  if (kind === 'ASSIGNED') return 'TICKET_ASSIGNED_TO_YOU';
  if (kind === 'RESPONSE_ADDED') return 'REPLY_ON_YOUR_TICKET';
  return null;
}

interface MyNotification {
  kind: MyNotificationKind;
  event: StoredEvent<'tickets'>;
}

const MyNotificationKindEnum = builder.enumType('MyNotificationKind', {
  description: 'Why an event is a notification for you: what it is to you.',
  values: {
    TICKET_ASSIGNED_TO_YOU: { description: 'Someone else assigned a ticket to you.' },
    REPLY_ON_YOUR_TICKET: { description: 'Someone else replied on a ticket assigned to you.' },
  } satisfies Record<MyNotificationKind, { description: string }>,
});

const MyNotificationRef = builder.objectRef<MyNotification>('MyNotification').implement({
  description: 'An event that concerns you, the signed-in admin, and what it is to you. Only you receive it.',
  fields: (t) => ({
    kind: t.field({ type: MyNotificationKindEnum, resolve: (n) => n.kind }),
    event: t.field({ type: TicketEvent, resolve: (n) => n.event }),
    ticket: t.field({
      type: Ticket,
      nullable: true,
      description: 'The ticket as it stands now (its subject, status, every response); null once retention has removed it.',
      resolve: (n, _, { services }) => services.state.slices.tickets.get(n.event.payload.ticketId) ?? null,
    }),
  }),
});

const MyNotificationFeed = builder.unionType('MyNotificationFeed', {
  description: 'A notification for you, or one final ResyncRequired.',
  types: [MyNotificationRef, ResyncRequiredRef],
  resolveType: (item) => (isResyncRequired(item as FeedItem) ? ResyncRequiredRef : MyNotificationRef),
});

/** The feed only ever carries events `notificationKindFor` accepted for this viewer: the ticket change's kind alone says which it is. */
function notificationOf(item: StoredEvent<'tickets'> | ResyncRequired): MyNotification | ResyncRequired {
  if (isResyncRequired(item)) return item;
  return { kind: item.payload.kind === 'ASSIGNED' ? 'TICKET_ASSIGNED_TO_YOU' : 'REPLY_ON_YOUR_TICKET', event: item };
}

builder.subscriptionField('myNotifications', (t) =>
  t.field({
    ...requires(streamReaders.tickets),
    type: MyNotificationFeed,
    description:
      'Notifications for you, the signed-in admin: a ticket someone else assigned to you, a reply by someone else on a ticket you hold. Every other viewer has their own: nobody else receives yours.',
    args: { after: afterArg(t.arg) },
    subscribe: (_, { after }, context) => {
      const { viewer } = context;
      if (viewer.kind !== 'admin') throw vigilError('FORBIDDEN', 'myNotifications are for a signed-in admin');
      const { sub } = viewer;
      return subscribeFeed(
        context,
        { ...keyedFeed('tickets', null, { accept: (event) => notificationKindFor(event, sub) !== null }), audience: viewerKey(viewer) },
        after,
      );
    },
    resolve: (item) => notificationOf(item as StoredEvent<'tickets'> | ResyncRequired),
  }),
);
