import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { EntityUpdateInput, MapEntitiesInput } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const MapReport = graphql(`
  mutation MapReport($input: MapEntitiesInput!) {
    reportMapEntities(input: $input) {
      id
      cursor
      stream
      type
      serverId
      occurredAt
      receivedAt
      priority
      payload { mapId entityId kind action position { x y z } heading label }
    }
  }
`);

const MapSnapshot = graphql(`
  query MapSnapshot($mapId: ID!) {
    mapEntities(mapId: $mapId) {
      cursor
      mapId
      entities { entityId kind position { x y z } heading label serverId updatedAt }
    }
  }
`);

const MapEntitiesFeed = graphql(`
  subscription MapEntitiesFeed($mapId: ID!) {
    mapEntities(mapId: $mapId) { ... on MapEntityEvent {
      id cursor stream type serverId occurredAt receivedAt priority
      payload { mapId entityId kind action position { x y z } heading label }
    } }
  }
`);

const MapTelemetryReport = graphql(`
  mutation MapTelemetryReport($input: TelemetryInput!) {
    reportTelemetry(input: $input) { id }
  }
`);

function spawn(entityId: string, x = 1, y = 2): EntityUpdateInput {
  return { entityId, kind: 'PLAYER', action: 'SPAWN', position: { x, y } };
}

describe('mapEntities', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the ingested updates to the subscriber of their map only (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), MapEntitiesFeed, { mapId: 'forest' });
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      await vigil.ok(MapReport, { input: { serverId: 'eu-1', mapId: 'desert', updates: [spawn('p-9')] } });
      const { reportMapEntities: stored } = await vigil.ok(MapReport, {
        input: {
          serverId: 'eu-1',
          mapId: 'forest',
          occurredAt: '2026-11-22T10:00:00.000Z',
          updates: [
            { entityId: 'p-1', kind: 'PLAYER', action: 'SPAWN', position: { x: 10.5, y: -3, z: 7.25 }, heading: 90, label: 'Aria' },
            { entityId: 'ev-1', kind: 'EVENT', action: 'MOVE', position: { x: 0, y: 0 } },
          ],
        },
      });

      const results = await feed.take(2);
      expect(results.map((result) => result.data?.mapEntities)).toEqual(stored);
      expect(stored).toMatchObject([
        {
          stream: 'MAP_ENTITIES',
          type: 'MAP_SPAWN',
          serverId: 'eu-1',
          occurredAt: '2026-11-22T10:00:00.000Z',
          priority: 'LOW',
          payload: {
            mapId: 'forest',
            entityId: 'p-1',
            kind: 'PLAYER',
            action: 'SPAWN',
            position: { x: 10.5, y: -3, z: 7.25 },
            heading: 90,
            label: 'Aria',
          },
        },
        {
          stream: 'MAP_ENTITIES',
          type: 'MAP_MOVE',
          occurredAt: '2026-11-22T10:00:00.000Z',
          priority: 'NORMAL',
          payload: {
            mapId: 'forest',
            entityId: 'ev-1',
            kind: 'EVENT',
            action: 'MOVE',
            position: { x: 0, y: 0, z: null },
            heading: null,
            label: null,
          },
        },
      ]);
      expect(feed.pending).toEqual([]);
    },
  );

  it("should show every entity on the map with its latest update, ordered by entityId, at the last event's cursor", async () => {
    const vigil = await startVigil();
    await vigil.ok(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', updates: [spawn('p-2', 5, 5), spawn('p-1')] } });
    await vigil.ok(MapReport, { input: { serverId: 'eu-2', mapId: 'desert', updates: [spawn('p-3')] } });
    const { reportMapEntities } = await vigil.ok(MapReport, {
      input: {
        serverId: 'eu-2',
        mapId: 'forest',
        updates: [{ entityId: 'p-1', kind: 'PLAYER', action: 'MOVE', position: { x: 8, y: 9, z: 1 }, heading: 180, label: 'Aria' }],
      },
    });

    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.cursor).toBe(reportMapEntities[0]!.cursor);
    expect(mapEntities.mapId).toBe('forest');
    expect(mapEntities.entities.map(({ updatedAt: _, ...entity }) => entity)).toEqual([
      { entityId: 'p-1', kind: 'PLAYER', position: { x: 8, y: 9, z: 1 }, heading: 180, label: 'Aria', serverId: 'eu-2' },
      { entityId: 'p-2', kind: 'PLAYER', position: { x: 5, y: 5, z: null }, heading: null, label: null, serverId: 'eu-1' },
    ]);
    expect(mapEntities.entities[0]!.updatedAt).toBe(reportMapEntities[0]!.receivedAt);
  });

  it('should keep the label and heading of an entity whose later update leaves them out', async () => {
    const vigil = await startVigil();
    await vigil.ok(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', updates: [{ ...spawn('p-1'), heading: 90, label: 'Aria' }] } });
    await vigil.ok(MapReport, {
      input: { serverId: 'eu-1', mapId: 'forest', updates: [{ entityId: 'p-1', kind: 'PLAYER', action: 'MOVE', position: { x: 3, y: 4 } }] },
    });
    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.entities).toMatchObject([{ entityId: 'p-1', position: { x: 3, y: 4 }, heading: 90, label: 'Aria' }]);
  });

  it('should remove a despawned entity from the snapshot', async () => {
    const vigil = await startVigil();
    await vigil.ok(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', updates: [spawn('p-1'), spawn('npc-1')] } });
    const { reportMapEntities } = await vigil.ok(MapReport, {
      input: { serverId: 'eu-1', mapId: 'forest', updates: [{ entityId: 'npc-1', kind: 'NPC', action: 'DESPAWN', position: { x: 1, y: 2 } }] },
    });
    expect(reportMapEntities[0]?.type).toBe('MAP_DESPAWN');
    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.entities.map((entity) => entity.entityId)).toEqual(['p-1']);
  });

  it('should store a retried batch once, answering with the original events', async () => {
    const vigil = await startVigil();
    const input: MapEntitiesInput = {
      serverId: 'eu-1',
      mapId: 'forest',
      dedupKey: 'tick-7',
      occurredAt: '2026-11-22T10:00:00.000Z',
      updates: [spawn('p-1'), spawn('p-2')],
    };
    const first = await vigil.ok(MapReport, { input });
    const retry = await vigil.ok(MapReport, { input });
    expect(new Set(first.reportMapEntities.map((event) => event.id)).size).toBe(2);
    expect(retry).toEqual(first);
    expect(await vigil.app.services.log.head()).toBe(2);
  });

  it.each([
    { path: 'input.updates', input: { updates: [] } },
    { path: 'input.updates.1.heading', input: { updates: [spawn('p-1'), { ...spawn('p-2'), heading: 361 }] } },
    { path: 'input.updates.0.heading', input: { updates: [{ ...spawn('p-1'), heading: -1 }] } },
    { path: 'input.updates.1.label', input: { updates: [spawn('p-1'), { ...spawn('p-2'), label: 'x'.repeat(101) }] } },
    { path: 'input.updates[1].kind', input: { updates: [spawn('p-1'), { ...spawn('p-2'), kind: 'DRAGON' }] } },
    { path: 'input.updates[0].action', input: { updates: [{ ...spawn('p-1'), action: 'TELEPORT' }] } },
    { path: 'input.updates[1].position.x', input: { updates: [spawn('p-1'), { ...spawn('p-2'), position: { x: 'abc', y: 0 } }] } },
    { path: 'input.updates[0].position.y', input: { updates: [{ ...spawn('p-1'), position: { x: 0, y: null } }] } },
  ])('should refuse updates naming $path, storing none of the batch', async ({ path, input }) => {
    const vigil = await startVigil();
    const result = await vigil.execute(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', ...input } as MapEntitiesInput });
    expect(result.errors?.[0]?.message).toContain(path);
    expect(result.data?.reportMapEntities ?? null).toBeNull();
    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.entities).toEqual([]);
    expect(await vigil.app.services.log.head()).toBe(0);
  });

  it('should refuse a batch of more than 1000 updates naming the field', async () => {
    const vigil = await startVigil();
    const updates = Array.from({ length: 1001 }, (_, index) => spawn(`p-${index}`));
    const result = await vigil.execute(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', updates } });
    expect(result.errors?.[0]?.message).toContain('input.updates: must contain at most 1000 updates');
    expect(await vigil.app.services.log.head()).toBe(0);
  });

  it.each([
    {
      where: 'a variable',
      path: 'input.updates[0].position.x',
      body: `{"query": ${JSON.stringify(print(MapReport))}, "variables": {"input": {"serverId": "eu-1", "mapId": "forest", "updates": [{"entityId": "p-1", "kind": "PLAYER", "action": "SPAWN", "position": {"x": 1e999, "y": 0}}]}}}`,
    },
    {
      where: 'a literal',
      path: 'input.updates.0.position.x',
      body: JSON.stringify({
        query:
          'mutation { reportMapEntities(input: { serverId: "eu-1", mapId: "forest", updates: [{ entityId: "p-1", kind: PLAYER, action: SPAWN, position: { x: 1e999, y: 0 } }] }) { id } }',
      }),
    },
  ])('should refuse an infinite coordinate in $where naming $path', async ({ path, body }) => {
    const vigil = await startVigil();
    const result = await vigil.postRaw(body, { as: await vigil.producerToken('eu-1') });
    expect(result.errors?.[0]?.message).toContain(path);
    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.entities).toEqual([]);
  });

  it('should store none of a batch whose later update conflicts with a stored dedupKey', async () => {
    const vigil = await startVigil();
    await vigil.ok(MapTelemetryReport, {
      input: { serverId: 'eu-1', dedupKey: 'tick-1#1/2', cpuPercent: 1, memoryUsedMb: 1, networkInKbps: 1, networkOutKbps: 1 },
    });

    const result = await vigil.execute(MapReport, {
      input: { serverId: 'eu-1', mapId: 'forest', dedupKey: 'tick-1', updates: [spawn('p-1'), spawn('p-2')] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { mapEntities } = await vigil.ok(MapSnapshot, { mapId: 'forest' });
    expect(mapEntities.entities).toEqual([]);
    expect(await vigil.app.services.log.head()).toBe(1);
  });
});

describe('map batch dedup', () => {
  it.each([
    ['more updates', [spawn('p-1'), spawn('p-2'), spawn('p-3')]],
    ['fewer updates', [spawn('p-1')]],
  ])('should refuse a retry of a batch dedupKey with %s as CONFLICT, storing nothing', async (_, updates) => {
    const vigil = await startVigil();
    const first = await vigil.ok(MapReport, {
      input: { serverId: 'eu-1', mapId: 'forest', dedupKey: 'batch-1', updates: [spawn('p-1'), spawn('p-2')] },
    });
    const retry = await vigil.ok(MapReport, {
      input: { serverId: 'eu-1', mapId: 'forest', dedupKey: 'batch-1', updates: [spawn('p-1'), spawn('p-2')] },
    });
    expect(retry.reportMapEntities).toEqual(first.reportMapEntities);

    const changed = await vigil.execute(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', dedupKey: 'batch-1', updates } });
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await vigil.app.services.log.head()).toBe(2);
  });
});

const MapList = graphql(`
  query MapList { maps { cursor maps { mapId entityCount serverIds } } }
`);

describe('maps', () => {
  it('should list the maps that have entities, with counts and reporting servers', async () => {
    const vigil = await startVigil();
    await vigil.ok(MapReport, { input: { serverId: 'eu-1', mapId: 'forest', updates: [spawn('p-1'), spawn('p-2')] } });
    await vigil.ok(MapReport, { input: { serverId: 'eu-2', mapId: 'forest', updates: [spawn('c-1')] } });
    const last = await vigil.ok(MapReport, {
      input: { serverId: 'eu-1', mapId: 'desert', updates: [spawn('p-3'), { ...spawn('p-3'), action: 'DESPAWN' }] },
    });
    const { maps } = await vigil.ok(MapList);
    expect(maps.cursor).toBe(last.reportMapEntities.at(-1)!.cursor);
    expect(maps.maps).toEqual([{ mapId: 'forest', entityCount: 3, serverIds: ['eu-1', 'eu-2'] }]);
  });
});
