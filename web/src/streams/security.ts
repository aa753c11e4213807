import type { IncidentKind, Priority, SecurityFeedSubscription } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { prependBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';

export const securityFields = graphql(`
  fragment SecurityFields on SecurityEvent {
    id
    cursor
    serverId
    occurredAt
    receivedAt
    priority
    payload { kind playerId description confidence banDurationSeconds }
  }
`);

export const securityQuery = graphql(`
  query SecurityIncidents($serverId: ID, $kind: IncidentKind, $last: Int) {
    securityIncidents(serverId: $serverId, kind: $kind, last: $last) {
      cursor
      incidents { ...SecurityFields }
    }
  }
`);

export const securitySubscription = graphql(`
  subscription SecurityFeed($serverId: ID, $kind: IncidentKind, $after: Cursor) {
    security(serverId: $serverId, kind: $kind, after: $after) {
      __typename
      ... on SecurityEvent { ...SecurityFields }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

export type SecurityEvent = Extract<SecurityFeedSubscription['security'], { __typename: 'SecurityEvent' }>;
export type Incident = Omit<SecurityEvent, '__typename'>;

/** Incidents newest first, bounded. */
export interface SecurityState {
  incidents: readonly Incident[];
}

export const incidentLimit = 2_000;
export const severities: readonly Priority[] = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'];
export const incidentKinds: readonly IncidentKind[] = ['HACK_DETECTED', 'BOT_DETECTED', 'BAN', 'VIOLATION'];

export function securityMessage(data: SecurityFeedSubscription): FeedMessage<SecurityEvent> {
  const item = data.security;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

export function applySecurity(state: SecurityState, events: readonly Incident[]): SecurityState {
  return { incidents: prependBounded(state.incidents, events, incidentLimit) };
}

export function countBySeverity(incidents: readonly Incident[]): Record<Priority, number> {
  const counts: Record<Priority, number> = { CRITICAL: 0, HIGH: 0, NORMAL: 0, LOW: 0 };
  for (const incident of incidents) counts[incident.priority]++;
  return counts;
}
