import type { TelemetryFeedSubscription } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { appendBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const telemetryQuery = graphql(`
  query Telemetry($serverId: ID!, $last: Int) {
    telemetry(serverId: $serverId, last: $last) {
      cursor
      samples { ...TelemetryFields }
    }
  }
`);

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
  let points = appendBounded(state.points, events.map(telemetryPoint), telemetryMaxPoints);
  if (points.some((point, i) => i > 0 && point.t < points[i - 1]!.t)) points.sort((a, b) => a.t - b.t);
  const newest = points[points.length - 1]?.t;
  if (newest !== undefined && points[0]!.t < newest - telemetryWindowSeconds) {
    const from = points.findIndex((point) => point.t >= newest - telemetryWindowSeconds);
    points = points.slice(from);
  }
  return { points };
}
