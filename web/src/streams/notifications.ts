import type { NotificationFeedSubscription, Priority, Stream } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { prependBounded } from '../live/bounded.ts';
import type { FeedMessage } from '../live/follower.ts';
import { currentHealth } from './servers.ts';

/** The cheapest snapshot every role may read: its cursor is where notifications start. */
export const headQuery = graphql(`
  query Head {
    servers { cursor }
  }
`);

export const notificationSubscription = graphql(`
  subscription NotificationFeed($after: Cursor) {
    notifications(minPriority: HIGH, after: $after) {
      __typename
      ... on Event { id cursor stream type serverId receivedAt priority }
      ... on ServerStatusEvent { payload { state health message } }
      ... on TelemetryEvent { payload { cpuPercent } }
      ... on MapEntityEvent { mapEntity: payload { mapId entityId kind action label } }
      ... on ChatEvent { chat: payload { channel playerName kind text } }
      ... on TicketEvent { ticket: payload { ticketId kind subject status } }
      ... on PlayerEvent { player: payload { playerName kind detail } }
      ... on SecurityEvent { security: payload { kind playerId description } }
      ... on ResyncRequired { reason message cursor }
    }
  }
`);

type FeedItem = NotificationFeedSubscription['notifications'];
export type NotificationEvent = Exclude<FeedItem, { __typename: 'ResyncRequired' }>;

/** One line of the bell: what happened, where, how urgent. */
export interface Notification {
  id: string;
  stream: Stream;
  serverId: string;
  receivedAt: string;
  priority: Priority;
  title: string;
  detail: string;
  /** Where the dashboard shows more about it. */
  href: string | null;
  /** A notification for the signed-in admin alone (web/src/notifications.ts), not an urgent event of a stream. */
  forYou?: boolean;
}

export interface NotificationsState {
  /** Newest first. */
  items: readonly Notification[];
}

export const notificationLimit = 300;

export const emptyNotifications: NotificationsState = { items: [] };

export function notificationMessage(data: NotificationFeedSubscription): FeedMessage<NotificationEvent> {
  const item = data.notifications;
  return item.__typename === 'ResyncRequired' ? { kind: 'resync', reason: item.reason, message: item.message } : { kind: 'event', event: item };
}

const words = (text: string) => text.toLowerCase().replace(/_/g, ' ');
/** Capitalizes an enum's words only: server ids, channels and player names keep their case. */
const sentence = (text: string) => words(text).charAt(0).toUpperCase() + words(text).slice(1);

/**
 * Turns any HIGH or CRITICAL event into a line a person can read: the one formatter of the bell, the toasts and the
 * Notifications page.
 */
export function describeNotification(event: NotificationEvent): Notification {
  const base = { id: event.id, stream: event.stream, serverId: event.serverId, receivedAt: event.receivedAt, priority: event.priority };
  switch (event.__typename) {
    case 'SecurityEvent':
      return {
        ...base,
        title: `${sentence(event.security.kind)} on ${event.serverId}`,
        detail: event.security.description + (event.security.playerId ? ` (player ${event.security.playerId})` : ''),
        href: '/security',
      };
    case 'ServerStatusEvent':
      return {
        ...base,
        title: `${event.serverId} is ${words(event.payload.state)}`,
        detail: [`health ${words(currentHealth(event.payload.state, event.payload.health) ?? 'UNKNOWN')}`, event.payload.message]
          .filter(Boolean)
          .join(' · '),
        href: `/servers/${encodeURIComponent(event.serverId)}`,
      };
    case 'TelemetryEvent':
      return {
        ...base,
        title: `Telemetry alert on ${event.serverId}`,
        detail: `CPU ${event.payload.cpuPercent.toFixed(0)}%`,
        href: `/servers/${encodeURIComponent(event.serverId)}`,
      };
    case 'MapEntityEvent':
      return {
        ...base,
        title: `${sentence(event.mapEntity.kind)} ${words(event.mapEntity.action)} on ${event.mapEntity.mapId}`,
        detail: event.mapEntity.label ?? event.mapEntity.entityId,
        href: `/map/${encodeURIComponent(event.mapEntity.mapId)}`,
      };
    case 'ChatEvent':
      return {
        ...base,
        title: `${sentence(event.chat.kind)} on #${event.chat.channel}`,
        detail: `${event.chat.playerName}: ${event.chat.text ?? (event.chat.kind === 'WHISPER' ? 'redacted' : '')}`,
        href: '/chat',
      };
    case 'TicketEvent':
      return {
        ...base,
        title: `Ticket ${words(event.ticket.kind)}`,
        detail: `${event.ticket.subject ?? event.ticket.ticketId} — ${words(event.ticket.status)}`,
        href: '/tickets',
      };
    case 'PlayerEvent':
      return { ...base, title: `${event.player.playerName} ${words(event.player.kind)}`, detail: event.player.detail ?? event.serverId, href: null };
  }
}

export function applyNotifications(state: NotificationsState, events: readonly NotificationEvent[]): NotificationsState {
  return { items: prependBounded(state.items, events.map(describeNotification), notificationLimit) };
}

/** How many notifications are newer than the last one read (all of them when it has fallen off the list). */
export function unreadCount(items: readonly Notification[], lastReadId: string | null): number {
  if (lastReadId === null) return items.length;
  const index = items.findIndex((item) => item.id === lastReadId);
  return index === -1 ? items.length : index;
}

/** Notifications newer than `previousTopId`, oldest first (to raise toasts in order). */
export function arrivedSince(items: readonly Notification[], previousTopId: string | null): Notification[] {
  const index = previousTopId === null ? items.length : items.findIndex((item) => item.id === previousTopId);
  return items.slice(0, index === -1 ? items.length : index).reverse();
}
