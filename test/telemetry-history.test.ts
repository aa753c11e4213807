import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { sampleWindow, seqReceivedFrom } from '../src/modules/history/seek.ts';
import type { TimeRange } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { startVigil, type TestVigil } from './kit/vigil.ts';

const Ingest = graphql(`
  mutation TelemetryHistoryIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { id cursor receivedAt }
  }
`);

const History = graphql(`
  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {
    telemetryHistory(serverId: $serverId, range: $range, points: $points) {
      cursor
      serverId
      range
      from
      sampled
      samples { id cursor serverId payload { memoryUsedMb } }
    }
  }
`);

/** `count` samples of one server in one batch, memoryUsedMb counting up from `first`. */
async function samples(vigil: TestVigil, serverId: string, count: number, first = 0) {
  const events = Array.from({ length: count }, (_, i) => ({
    telemetry: { serverId, cpuPercent: 50, memoryUsedMb: first + i, networkInKbps: 1, networkOutKbps: 1 },
  }));
  return (await vigil.ok(Ingest, { events })).ingest;
}

describe('telemetry history over a time range', () => {
  it.each<TimeRange>(['LAST_15_MINUTES', 'LAST_HOUR', 'LAST_6_HOURS', 'LAST_24_HOURS'])(
    'should answer every sample of the range when they fit, for %s, with the cursor to follow on from',
    async (range) => {
      const vigil = await startVigil();
      const stored = await samples(vigil, 'eu-1', 12);
      const other = await samples(vigil, 'us-1', 3);
      const before = Date.now();
      const { telemetryHistory } = await vigil.ok(History, { serverId: 'eu-1', range });
      expect(telemetryHistory.samples.map((s) => s.id)).toEqual(stored.map((s) => s.id));
      expect(telemetryHistory.samples.every((s) => s.serverId === 'eu-1')).toBe(true);
      expect(telemetryHistory).toMatchObject({ serverId: 'eu-1', range, sampled: false });
      // Consistent with the whole log read: the newest event of any server.
      expect(telemetryHistory.cursor).toBe(other.at(-1)!.cursor);
      const span = { LAST_15_MINUTES: 15 * 60_000, LAST_HOUR: 3_600_000, LAST_6_HOURS: 6 * 3_600_000, LAST_24_HOURS: 86_400_000 }[range];
      expect(Math.abs(Date.parse(telemetryHistory.from) - (before - span))).toBeLessThan(5_000);
    },
  );

  it('should spread at most `points` samples over a range that holds more, oldest first, the first sample included', async () => {
    const vigil = await startVigil();
    const stored = await samples(vigil, 'eu-1', 200);
    const { telemetryHistory } = await vigil.ok(History, { serverId: 'eu-1', range: 'LAST_HOUR', points: 20 });
    expect(telemetryHistory.sampled).toBe(true);
    const counter = telemetryHistory.samples.map((s) => s.payload.memoryUsedMb);
    expect(counter).toHaveLength(20);
    expect(counter[0]).toBe(0);
    expect(counter).toEqual([...counter].sort((a, b) => a - b));
    // Evenly spread: 200 samples in 20 steps of 10.
    expect(counter).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(new Set(telemetryHistory.samples.map((s) => s.id)).size).toBe(20);
    expect(stored.map((s) => s.id)).toEqual(expect.arrayContaining(telemetryHistory.samples.map((s) => s.id)));
  });

  it.each([0, 1001])('should refuse points = %i naming the argument', async (points) => {
    const vigil = await startVigil();
    const result = await vigil.execute(History, { serverId: 'eu-1', range: 'LAST_HOUR', points });
    expect(result.errors?.[0]?.message).toMatch(/^Invalid input: points: must be at (least 1|most 1000)/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse a range that is not one of the four', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(History, { serverId: 'eu-1', range: 'LAST_WEEK' as TimeRange });
    expect(result.errors?.[0]?.message).toMatch(/Value "LAST_WEEK" does not exist in "TimeRange" enum/);
  });

  it('should refuse a role without telemetry', async () => {
    const vigil = await startVigil();
    const result = await vigil.execute(History, { serverId: 'eu-1', range: 'LAST_HOUR' }, { as: await vigil.adminToken(['SUPPORT']) });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});

describe('seeking the log by time', () => {
  it('should find the seq after which every event was received from a time on, in a few reads of one event', async () => {
    const vigil = await startVigil();
    const log = vigil.app.services.log;
    const early = await samples(vigil, 'eu-1', 30);
    await sleep(30);
    const boundary = new Date();
    await sleep(30);
    const late = await samples(vigil, 'eu-1', 30);
    await samples(vigil, 'us-1', 10);
    const head = await log.head();
    const selection = { streams: ['telemetry'] as const, key: 'eu-1' };

    const afterSeq = await seqReceivedFrom(log, selection, boundary, head);
    const { events } = await log.read({ ...selection, afterSeq, limit: 1000 });
    expect(events.map((e) => e.id)).toEqual(late.map((e) => e.id));
    expect(Date.parse(early.at(-1)!.receivedAt)).toBeLessThan(boundary.getTime());

    expect(await seqReceivedFrom(log, selection, new Date(0), head)).toBe(0);
    const future = await seqReceivedFrom(log, selection, new Date(Date.now() + 60_000), head);
    expect((await log.read({ ...selection, afterSeq: future, limit: 10 })).events).toEqual([]);
  });

  it('should sample nothing past the head it was given', async () => {
    const vigil = await startVigil();
    const log = vigil.app.services.log;
    await samples(vigil, 'eu-1', 40);
    const head = await log.head();
    await samples(vigil, 'eu-1', 40, 40);
    const selection = { streams: ['telemetry'] as const, key: 'eu-1' };
    const all = await sampleWindow(log, selection, 0, head, 100);
    expect(all).toMatchObject({ sampled: false });
    expect(all.events).toHaveLength(40);
    const some = await sampleWindow(log, selection, 0, head, 8);
    expect(some.sampled).toBe(true);
    expect(some.events.every((e) => e.seq <= head)).toBe(true);
    expect(some.events).toHaveLength(8);
  });
});
