import { describe, expect, it } from 'vitest';
import type { MyNotificationsFeedSubscription } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { type ServedVigil, serveVigil } from './kit/vigil.ts';

const MyNotificationsFeed = graphql(`
  subscription MyNotificationsFeed($after: Cursor) {
    myNotifications(after: $after) {
      __typename
      ... on MyNotification { kind event { id cursor type payload { kind ticketId assignee actor response { author body } } } ticket { subject } }
      ... on ResyncRequired { reason }
    }
  }
`);

const ViewerTicketsFeed = graphql(`
  subscription ViewerTicketsFeed { tickets { ... on TicketEvent { id } } }
`);

const ViewerOpenTicket = graphql(`
  mutation ViewerOpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { id cursor payload { ticketId } } }
`);

const ViewerAssign = graphql(`
  mutation ViewerAssign($ticketId: ID!, $assignee: String!) { assignTicket(ticketId: $ticketId, assignee: $assignee) { id } }
`);

const ViewerRespond = graphql(`
  mutation ViewerRespond($ticketId: ID!, $body: String!) { respondToTicket(ticketId: $ticketId, body: $body) { id } }
`);

type Item = MyNotificationsFeedSubscription['myNotifications'];

/** What one result says, as `kind event-id`: short enough to compare whole sequences. */
function said(item: Item | undefined): string {
  if (!item) return 'nothing';
  return item.__typename === 'MyNotification' ? `${item.kind} ${item.event.id}` : `resync ${item.reason}`;
}

/** Alice and Bob hold the same roles, so only their identity can keep their notifications apart; Carol hands out work. */
async function team(vigil: ServedVigil) {
  return {
    alice: await vigil.adminToken(['SUPPORT'], { sub: 'alice' }),
    bob: await vigil.adminToken(['SUPPORT'], { sub: 'bob' }),
    carol: await vigil.adminToken(['ADMIN'], { sub: 'carol' }),
  };
}

async function openTicket(vigil: ServedVigil, subject: string) {
  const { openTicket: opened } = await vigil.ok(ViewerOpenTicket, { input: { serverId: 'eu-1', subject, body: 'help', playerId: 'p-1' } });
  return opened;
}

describe('myNotifications', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    "should give each admin only their own notifications, never another viewer's (%o)",
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const { alice, bob, carol } = await team(vigil);
      const aliceFeed = subscribe(vigil.sseClient({ as: alice, singleConnection }), MyNotificationsFeed, {});
      const bobFeed = subscribe(vigil.sseClient({ as: bob, singleConnection }), MyNotificationsFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 2, 5_000, 'both subscribers');
      // Same operation, same variables, same role set: still one group each.
      expect(vigil.app.delivery.groupCount).toBe(2);

      const first = await openTicket(vigil, 'stuck in a wall');
      const second = await openTicket(vigil, 'lost my sword');
      const toAlice = await vigil.ok(ViewerAssign, { ticketId: first.payload.ticketId, assignee: 'alice' }, { as: carol });
      const replyToAlice = await vigil.ok(ViewerRespond, { ticketId: first.payload.ticketId, body: 'looking into it' }, { as: carol });
      // Alice's own reply on her ticket, and Bob replying on a ticket that is not his, notify nobody but the holder.
      await vigil.ok(ViewerRespond, { ticketId: first.payload.ticketId, body: 'moved you out' }, { as: alice });
      const bobOnAlice = await vigil.ok(ViewerRespond, { ticketId: first.payload.ticketId, body: 'I saw it too' }, { as: bob });
      const toBob = await vigil.ok(ViewerAssign, { ticketId: second.payload.ticketId, assignee: 'bob' }, { as: carol });
      const lastToAlice = await vigil.ok(ViewerRespond, { ticketId: first.payload.ticketId, body: 'closing soon' }, { as: carol });

      // Delivery is in log order: anything of Alice's reaching Bob would come before his own assignment.
      expect(said((await bobFeed.next()).data?.myNotifications)).toBe(`TICKET_ASSIGNED_TO_YOU ${toBob.assignTicket.id}`);
      const aliceGot = (await aliceFeed.take(4)).map((result) => said(result.data?.myNotifications));
      expect(aliceGot).toEqual([
        `TICKET_ASSIGNED_TO_YOU ${toAlice.assignTicket.id}`,
        `REPLY_ON_YOUR_TICKET ${replyToAlice.respondToTicket.id}`,
        `REPLY_ON_YOUR_TICKET ${bobOnAlice.respondToTicket.id}`,
        `REPLY_ON_YOUR_TICKET ${lastToAlice.respondToTicket.id}`,
      ]);

      // Bob's last event is after Alice's last one in the log: once Alice has it, Bob has had every chance to get it.
      const toBobAgain = await vigil.ok(ViewerRespond, { ticketId: second.payload.ticketId, body: 'on it' }, { as: carol });
      expect(said((await bobFeed.next()).data?.myNotifications)).toBe(`REPLY_ON_YOUR_TICKET ${toBobAgain.respondToTicket.id}`);
      expect(bobFeed.pending).toEqual([]);
      expect(aliceFeed.pending).toEqual([]);
    },
  );

  it('should carry the ticket change itself, and replay only your own after a cursor', async () => {
    const vigil = await serveVigil();
    const { alice, bob, carol } = await team(vigil);
    const opened = await openTicket(vigil, 'cannot trade');
    const { ticketId } = opened.payload;
    await vigil.ok(ViewerAssign, { ticketId, assignee: 'bob' }, { as: carol });
    const toAlice = await vigil.ok(ViewerAssign, { ticketId, assignee: 'alice' }, { as: carol });
    const reply = await vigil.ok(ViewerRespond, { ticketId, body: 'the market is back' }, { as: bob });

    const aliceReplay = subscribe(vigil.sseClient({ as: alice, singleConnection: true }), MyNotificationsFeed, { after: opened.cursor });
    const bobReplay = subscribe(vigil.sseClient({ as: bob }), MyNotificationsFeed, { after: opened.cursor });
    const [assigned, replied] = await aliceReplay.take(2);
    expect(assigned?.data?.myNotifications).toEqual({
      __typename: 'MyNotification',
      kind: 'TICKET_ASSIGNED_TO_YOU',
      event: {
        id: toAlice.assignTicket.id,
        cursor: expect.any(String),
        type: 'TICKET_ASSIGNED',
        payload: { kind: 'ASSIGNED', ticketId, assignee: 'alice', actor: 'carol', response: null },
      },
      ticket: { subject: 'cannot trade' },
    });
    expect(replied?.data?.myNotifications).toMatchObject({
      kind: 'REPLY_ON_YOUR_TICKET',
      event: {
        id: reply.respondToTicket.id,
        type: 'TICKET_RESPONSE',
        payload: { actor: 'bob', response: { author: 'bob', body: 'the market is back' } },
      },
    });

    // Bob was assigned first, then the ticket moved to Alice: his replay holds his assignment and nothing of hers.
    const bobFirst = await bobReplay.next();
    expect(bobFirst.data?.myNotifications).toMatchObject({ kind: 'TICKET_ASSIGNED_TO_YOU', event: { payload: { assignee: 'bob' } } });
    const marker = await openTicket(vigil, 'marker');
    const toBob = await vigil.ok(ViewerAssign, { ticketId: marker.payload.ticketId, assignee: 'bob' }, { as: carol });
    expect(said((await bobReplay.next()).data?.myNotifications)).toBe(`TICKET_ASSIGNED_TO_YOU ${toBob.assignTicket.id}`);
    expect(bobReplay.pending).toEqual([]);
    expect(aliceReplay.pending).toEqual([]);
  });

  it('should share no group between viewers, while a shared stream of the same role set still shares one', async () => {
    const vigil = await serveVigil();
    const { alice, bob } = await team(vigil);
    const feeds = [
      subscribe(vigil.sseClient({ as: alice }), ViewerTicketsFeed),
      subscribe(vigil.sseClient({ as: bob }), ViewerTicketsFeed),
      subscribe(vigil.sseClient({ as: alice }), MyNotificationsFeed, {}),
      subscribe(vigil.sseClient({ as: alice, singleConnection: true }), MyNotificationsFeed, {}),
      subscribe(vigil.sseClient({ as: bob }), MyNotificationsFeed, {}),
    ];
    await waitFor(() => vigil.app.services.hub.subscriberCount === feeds.length, 5_000, 'every subscriber');
    // tickets: one group for both; myNotifications: Alice's two streams share one, Bob has his own.
    expect(vigil.app.delivery.groupCount).toBe(3);
  });

  it('should refuse a viewer whose roles may not read tickets, and a producer', async () => {
    const vigil = await serveVigil();
    const operator = await vigil.adminToken(['OPERATOR'], { sub: 'olga' });
    const refused = subscribe(vigil.sseClient({ as: operator }), MyNotificationsFeed, {});
    expect((await refused.next()).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const producer = subscribe(vigil.sseClient({ as: await vigil.producerToken('eu-1') }), MyNotificationsFeed, {});
    expect((await producer.next()).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(vigil.app.services.hub.subscriberCount).toBe(0);
  });
});
