import type { TelemetryFeedSubscription, TimeRange } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { appendBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const telemetryRangeQuery = graphql(`
  query TelemetryRange($serverId: ID!, $range: TimeRange!, $points: Int) {
    telemetryHistory(serverId: $serverId, range: $range, points: $points) {
      cursor
      sampled
      samples { ...TelemetryFields }
    }
  }
`);

/** The ranges a chart offers, as the schema names them. */
export const timeRanges: readonly { range: TimeRange; label: string; seconds: number }[] = [
  { range: 'LAST_15_MINUTES', label: '15 min', seconds: 15 * 60 },
  { range: 'LAST_HOUR', label: '1 h', seconds: 3600 },
  { range: 'LAST_6_HOURS', label: '6 h', seconds: 6 * 3600 },
  { range: 'LAST_24_HOURS', label: '24 h', seconds: 24 * 3600 },
];

/** How many samples a range's history asks for: a point per 1.5 s over 15 minutes, per 2.4 min over 24 hours. */
export const telemetryRangePoints = 600;

export const telemetryFields = graphql(`
  fragment TelemetryFields on TelemetryEvent {
    id
    cursor
    serverId
    occurredAt
    receivedAt
    payload { cpuPercent memoryUsedMb memoryTotalMb networkInKbps networkOutKbps dbQueriesPerSecond dbLatencyMs tickRate }
  }
`);

export const telemetrySubscription = graphql(`
  subscription TelemetryFeed($serverId: ID!, $after: Cursor) {
    telemetry(serverId: $serverId, after: $after) {
      __typename
      ... on TelemetryEvent { ...TelemetryFields }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export type TelemetryEvent = Extract<TelemetryFeedSubscription['telemetry'], { __typename: 'TelemetryEvent' }>;

/** One sample, timed when the server measured it (its own clock: one server's samples share it). */
export interface TelemetryPoint {
  id: string;
  /** Seconds since the epoch (uPlot's time unit). */
  t: number;
  cpu: number;
  memoryUsed: number;
  memoryTotal: number | null;
  netIn: number;
  netOut: number;
  dbQps: number | null;
  dbLatency: number | null;
  tickRate: number | null;
}

export interface TelemetryState {
  points: readonly TelemetryPoint[];
}

/** How far back the charts reach, and the most samples they keep. */
export const telemetryWindowSeconds = 15 * 60;
export const telemetryMaxPoints = 1_800;

export function telemetryPoint(event: Pick<TelemetryEvent, 'id' | 'occurredAt' | 'payload'>): TelemetryPoint {
  const p = event.payload;
  return {
    id: event.id,
    t: Date.parse(event.occurredAt) / 1000,
    cpu: p.cpuPercent,
    memoryUsed: p.memoryUsedMb,
    memoryTotal: p.memoryTotalMb ?? null,
    netIn: p.networkInKbps,
    netOut: p.networkOutKbps,
    dbQps: p.dbQueriesPerSecond ?? null,
    dbLatency: p.dbLatencyMs ?? null,
    tickRate: p.tickRate ?? null,
  };
}

export function telemetryMessage(data: TelemetryFeedSubscription): FeedMessage<TelemetryEvent> {
  const item = data.telemetry;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

/**
 * Appends samples, kept in time order (a chart needs it; a late sample is slotted in), and drops those older than
 * the window (relative to the newest) or beyond the cap.
 */
export function applyTelemetry(state: TelemetryState, events: readonly Pick<TelemetryEvent, 'id' | 'occurredAt' | 'payload'>[]): TelemetryState {
  return applyTelemetryWindow(state, events, telemetryWindowSeconds, 0);
}

/** Past this many points, a window with a step keeps only the newest sample of each step. */
export const telemetryThinAbove = telemetryMaxPoints / 2;

/**
 * Like applyTelemetry over a window of `windowSeconds`; once it holds more than `telemetryThinAbove` points, only
 * the newest sample of each `stepSeconds` step is kept (0: every sample), so a day's chart fed live at one sample a
 * second keeps its whole range within the cap.
 */
export function applyTelemetryWindow(
  state: TelemetryState,
  events: readonly Pick<TelemetryEvent, 'id' | 'occurredAt' | 'payload'>[],
  windowSeconds: number,
  stepSeconds: number,
): TelemetryState {
  let points = appendBounded(state.points, events.map(telemetryPoint), telemetryMaxPoints);
  if (points.some((point, i) => i > 0 && point.t < points[i - 1]!.t)) points.sort((a, b) => a.t - b.t);
  const newest = points[points.length - 1]?.t;
  if (newest !== undefined && points[0]!.t < newest - windowSeconds) {
    const from = points.findIndex((point) => point.t >= newest - windowSeconds);
    points = points.slice(from);
  }
  if (stepSeconds > 0 && points.length > telemetryThinAbove) {
    const step = (point: TelemetryPoint) => Math.floor(point.t / stepSeconds);
    points = points.filter((point, i) => i === points.length - 1 || step(points[i + 1]!) !== step(point));
  }
  return { points };
}
