import { describe, expect, it } from 'vitest';
import type { TelemetryInput } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const TelemetryReport = graphql(`
  mutation TelemetryReport($input: TelemetryInput!) {
    reportTelemetry(input: $input) {
      id
      cursor
      stream
      type
      serverId
      occurredAt
      receivedAt
      priority
      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }
    }
  }
`);

const TelemetryHistory = graphql(`
  query TelemetryHistory($serverId: ID!, $last: Int) {
    telemetry(serverId: $serverId, last: $last) {
      cursor
      serverId
      samples {
        id cursor stream type serverId occurredAt receivedAt priority
        payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }
      }
    }
  }
`);

const TelemetryFeed = graphql(`
  subscription TelemetryFeed($serverId: ID!) {
    telemetry(serverId: $serverId) { ... on TelemetryEvent {
      id cursor stream type serverId occurredAt receivedAt priority
      payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }
    } }
  }
`);

const sample = { cpuPercent: 37.5, memoryUsedMb: 2048, networkInKbps: 120.25, networkOutKbps: 340 } satisfies Partial<TelemetryInput>;

describe('telemetry', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the ingested sample to the subscriber of its server only (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), TelemetryFeed, { serverId: 'eu-1' });
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      await vigil.ok(TelemetryReport, { input: { serverId: 'us-1', ...sample } });
      const { reportTelemetry: stored } = await vigil.ok(TelemetryReport, {
        input: {
          serverId: 'eu-1',
          occurredAt: '2026-11-22T10:00:00.000Z',
          cpuPercent: 99.5,
          memoryUsedMb: 6144.5,
          memoryTotalMb: 8192,
          networkInKbps: 0,
          networkOutKbps: 512.75,
          dbQueriesPerSecond: 240,
          dbLatencyMs: 3.2,
          tickRate: 30,
        },
      });

      const result = await feed.next();
      expect(result.data?.telemetry).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'TELEMETRY',
        type: 'TELEMETRY_SAMPLE',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'LOW',
        payload: {
          cpuPercent: 99.5,
          memoryUsedMb: 6144.5,
          memoryTotalMb: 8192,
          networkInKbps: 0,
          networkOutKbps: 512.75,
          dbQueriesPerSecond: 240,
          dbLatencyMs: 3.2,
          tickRate: 30,
        },
      });
      expect(feed.pending).toEqual([]);
    },
  );

  it('should store null for the optional metrics a server leaves out and honour an explicit priority', async () => {
    const vigil = await startVigil();
    const { reportTelemetry } = await vigil.ok(TelemetryReport, { input: { serverId: 'eu-1', priority: 'HIGH', ...sample } });
    expect(reportTelemetry.priority).toBe('HIGH');
    expect(reportTelemetry.payload).toEqual({ ...sample, memoryTotalMb: null, dbQueriesPerSecond: null, dbLatencyMs: null, tickRate: null });
  });

  it("should answer the telemetry query with the server's last samples, oldest first, at the last event's cursor", async () => {
    const vigil = await startVigil();
    const reported = [];
    for (const cpuPercent of [10, 20, 30])
      reported.push((await vigil.ok(TelemetryReport, { input: { serverId: 'a', ...sample, cpuPercent } })).reportTelemetry);
    await vigil.ok(TelemetryReport, { input: { serverId: 'b', ...sample } });
    reported.push((await vigil.ok(TelemetryReport, { input: { serverId: 'a', ...sample, cpuPercent: 40 } })).reportTelemetry);

    const { telemetry: lastTwo } = await vigil.ok(TelemetryHistory, { serverId: 'a', last: 2 });
    expect(lastTwo).toEqual({ cursor: reported[3]!.cursor, serverId: 'a', samples: reported.slice(2) });

    const { telemetry: all } = await vigil.ok(TelemetryHistory, { serverId: 'a' });
    expect(all.samples).toEqual(reported);
  });

  it.each([0, 1001])('should refuse last = %i naming the argument', async (last) => {
    const vigil = await startVigil();
    const result = await vigil.execute(TelemetryHistory, { serverId: 'a', last });
    expect(result.errors?.[0]?.message).toMatch(/^Invalid input: last: /);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    { field: 'cpuPercent', invalid: { cpuPercent: 101 } },
    { field: 'cpuPercent', invalid: { cpuPercent: -1 } },
    { field: 'memoryUsedMb', invalid: { memoryUsedMb: -1 } },
    { field: 'memoryTotalMb', invalid: { memoryTotalMb: -8192 } },
    { field: 'networkInKbps', invalid: { networkInKbps: -0.5 } },
    { field: 'networkOutKbps', invalid: { networkOutKbps: -1 } },
    { field: 'dbQueriesPerSecond', invalid: { dbQueriesPerSecond: -1 } },
    { field: 'dbLatencyMs', invalid: { dbLatencyMs: -1 } },
    { field: 'tickRate', invalid: { tickRate: -30 } },
    { field: 'cpuPercent', invalid: { cpuPercent: 'abc' } },
    { field: 'priority', invalid: { priority: 'URGENT' } },
  ])('should refuse $invalid naming $field, storing nothing', async ({ field, invalid }) => {
    const vigil = await startVigil();
    const result = await vigil.execute(TelemetryReport, { input: { serverId: 'a', ...sample, ...invalid } as TelemetryInput });
    expect(result.errors?.[0]?.message).toContain(`input.${field}`);
    expect(result.data?.reportTelemetry ?? null).toBeNull();
    const { telemetry } = await vigil.ok(TelemetryHistory, { serverId: 'a' });
    expect(telemetry.samples).toEqual([]);
  });
});
