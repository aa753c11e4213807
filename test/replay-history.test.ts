import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { EntityAction } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { startVigil, type TestVigil } from './kit/vigil.ts';

const Report = graphql(`
  mutation ReplayReport($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) { id cursor receivedAt }
  }
`);

const Replay = graphql(`
  query MapReplayWindow($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {
    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {
      mapId
      from
      to
      cursor
      complete
      initial { entityId kind position { x y } label serverId }
      events { id cursor receivedAt payload { entityId action position { x y } } }
    }
  }
`);

const move = (vigil: TestVigil, mapId: string, entityId: string, x: number, action: EntityAction = 'MOVE') =>
  vigil.ok(Report, { input: { serverId: 'eu-1', mapId, updates: [{ entityId, kind: 'PLAYER', action, position: { x, y: 0 }, label: entityId }] } });

/** A moment strictly between two ingests (the hub clock has millisecond resolution). */
async function moment(): Promise<Date> {
  await sleep(20);
  const at = new Date();
  await sleep(20);
  return at;
}

describe('mapReplay', () => {
  it('should answer the map at `from` and every change of the window, not those before or after it, nor of other maps', async () => {
    const vigil = await startVigil();
    await move(vigil, 'vale', 'a', 1, 'SPAWN');
    await move(vigil, 'vale', 'b', 5, 'SPAWN');
    await move(vigil, 'vale', 'a', 2);
    await move(vigil, 'hills', 'h', 9, 'SPAWN');
    const from = await moment();
    const inside = [await move(vigil, 'vale', 'a', 3), await move(vigil, 'vale', 'b', 0, 'DESPAWN'), await move(vigil, 'hills', 'h', 8)];
    const to = await moment();
    await move(vigil, 'vale', 'a', 4);

    const { mapReplay } = await vigil.ok(Replay, { mapId: 'vale', from: from.toISOString(), to: to.toISOString() });
    expect(mapReplay.initial).toEqual([
      { entityId: 'a', kind: 'PLAYER', position: { x: 2, y: 0 }, label: 'a', serverId: 'eu-1' },
      { entityId: 'b', kind: 'PLAYER', position: { x: 5, y: 0 }, label: 'b', serverId: 'eu-1' },
    ]);
    expect(mapReplay.events.map((e) => [e.payload.entityId, e.payload.action, e.payload.position.x])).toEqual([
      ['a', 'MOVE', 3],
      ['b', 'DESPAWN', 0],
    ]);
    expect(mapReplay.events.map((e) => e.id)).toEqual([inside[0]!.reportMapEntities[0]!.id, inside[1]!.reportMapEntities[0]!.id]);
    // The map's position at `to` (its last change in the window): following the live stream after it goes on with the next.
    expect(mapReplay.cursor).toBe(inside[1]!.reportMapEntities[0]!.cursor);
    expect(mapReplay).toMatchObject({ mapId: 'vale', from: from.toISOString(), to: to.toISOString(), complete: true });
  });

  it('should fold the retained events only, and say complete: false, once retention removed any map event, even of another map', async () => {
    const vigil = await startVigil({ retention: 'mapEntities=1h/2' });
    await move(vigil, 'hills', 'h', 9, 'SPAWN');
    await move(vigil, 'vale', 'a', 1, 'SPAWN');
    await move(vigil, 'vale', 'a', 2);
    const variables = { mapId: 'vale', from: (await moment()).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    expect((await vigil.ok(Replay, variables)).mapReplay.complete).toBe(true);

    expect(await vigil.app.services.log.trim(vigil.app.services.config.retention)).toEqual({ mapEntities: 1 });
    const { mapReplay } = await vigil.ok(Replay, variables);
    expect(mapReplay.initial.map((e) => [e.entityId, e.position.x])).toEqual([['a', 2]]);
    expect(mapReplay.complete).toBe(false);
  });

  it('should read up to now for a `to` in the future', async () => {
    const vigil = await startVigil();
    const from = new Date(Date.now() - 1000);
    const stored = await move(vigil, 'vale', 'a', 1, 'SPAWN');
    const { mapReplay } = await vigil.ok(Replay, { mapId: 'vale', from: from.toISOString(), to: new Date(Date.now() + 600_000).toISOString() });
    expect(mapReplay.initial).toEqual([]);
    expect(mapReplay.events.map((e) => e.id)).toEqual([stored.reportMapEntities[0]!.id]);
    expect(mapReplay.cursor).toBe(stored.reportMapEntities[0]!.cursor);
  });

  it('should refuse a window holding more changes than `first` with LIMIT_EXCEEDED naming it', async () => {
    const vigil = await startVigil();
    const from = await moment();
    for (const x of [1, 2, 3]) await move(vigil, 'vale', 'a', x, x === 1 ? 'SPAWN' : 'MOVE');
    const to = new Date(Date.now() + 1000).toISOString();
    const refused = await vigil.execute(Replay, { mapId: 'vale', from: from.toISOString(), to, first: 2 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first', limit: 2 });
    expect(refused.errors?.[0]?.message).toMatch(/^first: the window holds more than 2 changes/);
    const { mapReplay } = await vigil.ok(Replay, { mapId: 'vale', from: from.toISOString(), to, first: 3 });
    expect(mapReplay.events).toHaveLength(3);
  });

  it.each([
    { name: 'to before from', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T09:59:00.000Z', path: 'to', message: 'must be after from' },
    { name: 'to equal to from', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T10:00:00.000Z', path: 'to', message: 'must be after from' },
    {
      name: 'more than an hour',
      from: '2026-12-01T10:00:00.000Z',
      to: '2026-12-01T11:00:00.001Z',
      path: 'to',
      message: 'must be at most an hour after from',
    },
  ])('should refuse $name naming the argument', async ({ from, to, path, message }) => {
    const vigil = await startVigil();
    const result = await vigil.execute(Replay, { mapId: 'vale', from, to });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path, message }] });
    expect(result.errors?.[0]?.message).toBe(`Invalid input: ${path}: ${message}`);
  });

  it.each([0, 10_001])('should refuse first = %i naming the argument', async (first) => {
    const vigil = await startVigil();
    const result = await vigil.execute(Replay, { mapId: 'vale', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T10:05:00.000Z', first });
    expect(result.errors?.[0]?.message).toMatch(/^Invalid input: first: must be at (least 1|most 10000)/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse SUPPORT, who may not see maps', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(
      Replay,
      { mapId: 'vale', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T10:05:00.000Z' },
      { as: await vigil.adminToken(['SUPPORT']) },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
