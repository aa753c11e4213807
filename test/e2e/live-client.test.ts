import { describe, expect, it } from 'vitest';
import { createVigilClient } from '../../web/src/client.ts';
import { type FeedFailure, type FollowerView, type LiveStatus, StreamFollower } from '../../web/src/live/follower.ts';
import { urqlFeed } from '../../web/src/live/urqlFeed.ts';
import { serverStatusMessage, serverStatusSubscription, serversQuery } from '../../web/src/streams/servers.ts';
import { graphql } from '../gql/index.ts';
import { waitFor } from '../kit/stream.ts';
import { type ServedVigil, serveVigil } from '../kit/vigil.ts';

const reportStatus = graphql(`
  mutation LiveClientStatus($input: ServerStatusInput!) {
    reportServerStatus(input: $input) { id }
  }
`);

/** The dashboard's own client and follower, on a feed that records every player count it folds in, in order. */
async function followPlayerCounts(
  vigil: ServedVigil,
  options: { token?: string; firstCursor?: string; onFatal?: (failure: FeedFailure) => void } = {},
) {
  const client = createVigilClient(options.token ?? (await vigil.adminToken(['SUPPORT'])), vigil.url);
  let loads = 0;
  const inner = urqlFeed(client.urql, {
    query: serversQuery,
    variables: {},
    snapshot: (data) => ({ state: [] as number[], cursor: data.servers.cursor }),
    subscription: serverStatusSubscription,
    subscriptionVariables: (after) => ({ serverId: 'eu-1', after }),
    message: serverStatusMessage,
    apply: (state, events) => [...state, ...events.map((event) => event.payload.playerCount)],
  });
  const follower = new StreamFollower(
    {
      ...inner,
      load: async () => {
        const snapshot = await inner.load();
        return loads++ === 0 && options.firstCursor ? { ...snapshot, cursor: options.firstCursor } : snapshot;
      },
    },
    { onFatal: options.onFatal },
  );
  const statuses: LiveStatus[] = [];
  follower.listen(() => {
    const { status } = follower.getView();
    if (statuses.at(-1) !== status) statuses.push(status);
  });
  follower.start();
  return {
    follower,
    statuses,
    view: (): FollowerView<number[]> => follower.getView(),
    loads: () => loads,
    stop() {
      follower.stop();
      client.dispose();
    },
  };
}

const report = (vigil: ServedVigil, playerCount: number) => vigil.ok(reportStatus, { input: { serverId: 'eu-1', state: 'ONLINE', playerCount } });

describe('the dashboard client against a real Vigil', () => {
  it('should resume after every connection is dropped, with each event published meanwhile exactly once', async () => {
    const vigil = await serveVigil();
    const live = await followPlayerCounts(vigil);
    await waitFor(() => live.view().status === 'live' && vigil.app.services.hub.subscriberCount > 0, 5_000, 'a live subscription');
    for (let n = 1; n <= 10; n++) await report(vigil, n);
    await waitFor(() => live.view().state?.length === 10, 5_000, 'the first ten events');

    vigil.server.closeAllConnections();
    for (let n = 11; n <= 30; n++) await report(vigil, n);
    await waitFor(() => live.view().state?.length === 30, 15_000, 'every event after the drop');

    expect(live.view().state).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(live.statuses).toContain('reconnecting');
    expect(live.view()).toMatchObject({ status: 'live', duplicates: 0 });
    expect(live.loads()).toBe(1);
    live.stop();
  });

  it('should reload the state when the server answers ResyncRequired, then follow on', async () => {
    const vigil = await serveVigil();
    const foreign = Buffer.from('v1:anotherlog:3').toString('base64url');
    const live = await followPlayerCounts(vigil, { firstCursor: foreign });
    await waitFor(() => live.loads() === 2 && live.view().status === 'live', 5_000, 'a reload after the resync');
    await waitFor(() => vigil.app.services.hub.subscriberCount > 0, 5_000, 'a live subscription');
    await report(vigil, 7);
    await waitFor(() => live.view().state?.length === 1, 5_000, 'the event after the reload');
    expect(live.view().state).toEqual([7]);
    expect(live.statuses).toContain('resyncing');
    live.stop();
  });

  it('should stop for good, and say why, when the token expires', async () => {
    const vigil = await serveVigil();
    const failures: FeedFailure[] = [];
    const token = await vigil.adminToken(['SUPPORT'], { ttl: '2s' });
    const live = await followPlayerCounts(vigil, { token, onFatal: (failure) => failures.push(failure) });
    await waitFor(() => live.view().status === 'failed', 8_000, 'the stream to fail');
    expect(failures).toEqual([expect.objectContaining({ code: 'TOKEN_EXPIRED', retryable: false })]);
    live.stop();
  });
});
