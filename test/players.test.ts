import { describe, expect, it } from 'vitest';
import type { PlayerActivityInput, PlayerActivityKind } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

graphql(`
  fragment PlayerEventFields on PlayerEvent {
    id cursor stream type serverId occurredAt receivedAt priority
    payload { kind playerId playerName detail ipAddress email }
  }
`);

const PlayerReport = graphql(`
  mutation PlayerReport($input: PlayerActivityInput!) {
    reportPlayerActivity(input: $input) { ...PlayerEventFields }
  }
`);

const PlayerRecent = graphql(`
  query PlayerRecent($serverId: ID, $last: Int) {
    playerActivity(serverId: $serverId, last: $last) { cursor events { ...PlayerEventFields } }
  }
`);

const PlayerFeed = graphql(`
  subscription PlayerFeed($serverId: ID) {
    players(serverId: $serverId) { ... on PlayerEvent { ...PlayerEventFields } }
  }
`);

function activity(overrides: Partial<PlayerActivityInput> = {}): PlayerActivityInput {
  return { serverId: 'eu-1', kind: 'JOIN', playerId: 'p-1', playerName: 'Ayla', ...overrides };
}

describe('players', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the ingested event to a subscriber (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), PlayerFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      const { reportPlayerActivity: stored } = await vigil.ok(PlayerReport, {
        input: activity({ detail: 'first login', ipAddress: '2001:db8::7', email: 'ayla@example.com', occurredAt: '2026-11-22T10:00:00.000Z' }),
      });

      expect((await feed.next()).data?.players).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'PLAYERS',
        type: 'PLAYER_JOIN',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'NORMAL',
        payload: { kind: 'JOIN', playerId: 'p-1', playerName: 'Ayla', detail: 'first login', ipAddress: '2001:db8::7', email: 'ayla@example.com' },
      });
      expect(feed.pending).toEqual([]);
    },
  );

  it('should deliver only activity of the requested server', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), PlayerFeed, { serverId: 'eu-1' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    await vigil.ok(PlayerReport, { input: activity({ serverId: 'us-1' }) });
    const { reportPlayerActivity: matching } = await vigil.ok(PlayerReport, { input: activity({ kind: 'LEAVE' }) });

    expect((await feed.next()).data?.players).toEqual(matching);
    expect(feed.pending).toEqual([]);
  });

  it('should return recent activity oldest first, filtered, with the cursor of the last event', async () => {
    const vigil = await startVigil();
    const join = await vigil.ok(PlayerReport, { input: activity({ ipAddress: '203.0.113.9' }) });
    const elsewhere = await vigil.ok(PlayerReport, { input: activity({ serverId: 'us-1', playerId: 'p-2', playerName: 'Bo' }) });
    const levelled = await vigil.ok(PlayerReport, { input: activity({ kind: 'ACTIVITY', detail: 'reached level 20' }) });
    const leave = await vigil.ok(PlayerReport, { input: activity({ kind: 'LEAVE' }) });

    const all = await vigil.ok(PlayerRecent, {});
    expect(all.playerActivity.events).toEqual([join, elsewhere, levelled, leave].map((r) => r.reportPlayerActivity));
    expect(all.playerActivity.cursor).toBe(leave.reportPlayerActivity.cursor);
    expect(all.playerActivity.events.map((e) => [e.type, e.priority])).toEqual([
      ['PLAYER_JOIN', 'NORMAL'],
      ['PLAYER_JOIN', 'NORMAL'],
      ['PLAYER_ACTIVITY', 'LOW'],
      ['PLAYER_LEAVE', 'NORMAL'],
    ]);

    const eu = await vigil.ok(PlayerRecent, { serverId: 'eu-1', last: 2 });
    expect(eu.playerActivity).toEqual({
      cursor: leave.reportPlayerActivity.cursor,
      events: [levelled.reportPlayerActivity, leave.reportPlayerActivity],
    });
  });

  it.each([
    { refused: 'an IPv4 address out of range', input: activity({ ipAddress: '300.1.2.3' }), field: 'input.ipAddress' },
    { refused: 'a host name as IP address', input: activity({ ipAddress: 'game.example.com' }), field: 'input.ipAddress' },
    { refused: 'an email without domain', input: activity({ email: 'ayla@' }), field: 'input.email' },
    { refused: 'an email that is not one', input: activity({ email: 'ayla' }), field: 'input.email' },
    { refused: 'an empty player name', input: activity({ playerName: '' }), field: 'input.playerName' },
    { refused: 'a player name of 65 characters', input: activity({ playerName: 'n'.repeat(65) }), field: 'input.playerName' },
    { refused: 'a detail of 501 characters', input: activity({ kind: 'ACTIVITY', detail: 'd'.repeat(501) }), field: 'input.detail' },
  ])('should refuse $refused naming the field, storing nothing', async ({ input, field }) => {
    const vigil = await startVigil();
    const result = await vigil.execute(PlayerReport, { input });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain(`${field}:`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { playerActivity } = await vigil.ok(PlayerRecent, {});
    expect(playerActivity.events).toEqual([]);
  });

  it('should refuse an unknown kind naming the field, storing nothing', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(PlayerReport, { input: activity({ kind: 'RESPAWN' as unknown as PlayerActivityKind }) });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain('"input.kind"');
    expect(result.errors?.[0]?.message).toContain('PlayerActivityKind');
    const { playerActivity } = await vigil.ok(PlayerRecent, {});
    expect(playerActivity.events).toEqual([]);
  });
});
