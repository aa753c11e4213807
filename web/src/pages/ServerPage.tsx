import { type ReactNode, useMemo, useState } from 'react';
import './story.css';
import { mayUse, playerPath, rolesFor } from '../access.ts';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { TelemetryCharts } from '../components/TelemetryCharts.tsx';
import { useDashboard } from '../context.ts';
import { ago, clock, label } from '../format.ts';
import { useNow } from '../hooks.ts';
import { later, useLastSeen } from '../lastSeen.ts';
import type { FeedFailure } from '../live/follower.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { type LiveFeedResult, useLiveFeed } from '../live/useLiveFeed.ts';
import { Link } from '../router.tsx';
import type { AdminRole } from '../session.ts';
import { applyChat, chatMessage, chatQuery, chatSubscription, chatText } from '../streams/chat.ts';
import {
  applyPlayers,
  onlineByServer,
  playerActivityQuery,
  playerMessage,
  playerSubscription,
  playersFrom,
  playerWindow,
} from '../streams/players.ts';
import { applySecurity, securityMessage, securityQuery, securitySubscription } from '../streams/security.ts';
import {
  applyServerStatus,
  applyTimeline,
  playersNote,
  serverQuery,
  serverRow,
  serverStatusHistoryQuery,
  serverStatusMessage,
  serverStatusSubscription,
  serverTimelineSubscription,
  timelineLimit,
} from '../streams/servers.ts';
import { type TicketsState, ticketColumns, ticketStatuses, ticketsFeed } from '../streams/tickets.ts';
import { HealthBadge, StateBadge } from './ServersPage.tsx';

/** Who may read each part of a server's story: the roles the schema admits to its query and its stream. */
const storyRoles = {
  timeline: rolesFor('Query.serverStatusHistory', 'Subscription.serverStatus'),
  telemetry: rolesFor('Query.telemetry', 'Subscription.telemetry'),
  players: rolesFor('Query.playerActivity', 'Subscription.players'),
  chat: rolesFor('Query.chatMessages', 'Subscription.chat'),
  tickets: rolesFor('Query.tickets', 'Subscription.tickets'),
  security: rolesFor('Query.securityIncidents', 'Subscription.security'),
} satisfies Record<string, readonly AdminRole[]>;

/** Rows a section of the story draws. */
const storyRows = 25;
const chatLast = 200;
const incidentLast = 200;

export function ServerPage({ serverId }: { serverId: string }) {
  const { client, session, onFatal } = useDashboard();
  const now = useNow();
  const may = (roles: readonly AdminRole[]) => mayUse(session.roles, roles);
  const mayReadTelemetry = may(storyRoles.telemetry);

  const status = useLiveFeed(
    `server ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: serverQuery,
        variables: { id: serverId },
        snapshot: (data) => ({ state: new Map(data.server.server ? [[serverId, serverRow(data.server.server)]] : []), cursor: data.server.cursor }),
        subscription: serverStatusSubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: serverStatusMessage,
        apply: applyServerStatus,
      }),
    { onFatal },
  );

  const [newestSample, setNewestSample] = useState<string>();

  const polled = useLastSeen(client);
  const streamed = status.state?.get(serverId);
  const row = streamed && {
    ...streamed,
    lastSeen: later(later(streamed.lastSeen, polled.get(serverId)), newestSample),
  };
  return (
    <>
      <PageHeader
        title={
          <>
            <Link to="/servers" className="crumb">
              Servers
            </Link>{' '}
            / {serverId}
          </>
        }
        subtitle={row ? `${row.state ? `State since ${ago(row.statusChangedAt, now)} · ` : ''}last seen ${ago(row.lastSeen, now)}` : undefined}
      >
        {row && (
          <div className="server-summary" data-testid="server-summary" data-state={row.state ?? ''}>
            <StateBadge state={row.state} />
            <HealthBadge health={row.health} state={row.state} />
            <span className="server-count" data-testid="player-count" data-stale={row.state === 'UNREACHABLE'}>
              {row.playerCount}
            </span>
            <span className="muted">{playersNote(row, now)}</span>
          </div>
        )}
      </PageHeader>
      {!status.state ? (
        <Loading error={status.error} status={status.status} />
      ) : !row ? (
        <div className="panel empty">The hub has not heard from “{serverId}” yet; this page fills in as soon as it reports.</div>
      ) : (
        row.message && <div className="panel server-message-panel">{row.message}</div>
      )}
      {mayReadTelemetry && <TelemetryCharts serverId={serverId} onNewest={setNewestSample} />}
      <div className="overview-columns story">
        {may(storyRoles.timeline) && <StatusTimeline serverId={serverId} onFatal={onFatal} />}
        {may(storyRoles.players) && <ServerPlayers serverId={serverId} onFatal={onFatal} now={now} />}
        {may(storyRoles.tickets) && <ServerTickets serverId={serverId} onFatal={onFatal} now={now} />}
        {may(storyRoles.security) && <ServerIncidents serverId={serverId} onFatal={onFatal} />}
        {may(storyRoles.chat) && <ServerChat serverId={serverId} onFatal={onFatal} />}
      </div>
    </>
  );
}

interface StoryProps {
  serverId: string;
  onFatal: (failure: FeedFailure) => void;
}

/** One part of the story: a titled panel that shows its feed's loading state until the feed has its first state. */
function StoryPanel<S>({
  title,
  count,
  testId,
  feed,
  empty,
  children,
}: {
  title: string;
  count: number | null;
  testId: string;
  feed: LiveFeedResult<S>;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="panel" data-testid={testId}>
      <h2 className="section-title">
        {title} {count != null && <span className="muted">· {count}</span>}
      </h2>
      {!feed.state ? <Loading error={feed.error} status={feed.status} /> : count === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

function StatusTimeline({ serverId, onFatal }: StoryProps) {
  const { client } = useDashboard();
  const feed = useLiveFeed(
    `status history ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: serverStatusHistoryQuery,
        variables: { serverId, last: timelineLimit },
        snapshot: (data) => ({ state: { events: data.serverStatusHistory.events }, cursor: data.serverStatusHistory.cursor }),
        subscription: serverTimelineSubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: serverStatusMessage,
        apply: applyTimeline,
      }),
    { onFatal },
  );
  const events = feed.state?.events ?? [];
  return (
    <StoryPanel title="Status timeline" count={events.length} testId="status-timeline" feed={feed} empty="No status reports yet.">
      <table className="table compact">
        <tbody>
          {events.slice(0, storyRows).map((event) => (
            <tr key={event.id} data-testid="timeline-row" data-state={event.payload.state}>
              <td>{clock(event.receivedAt)}</td>
              <td>
                <StateBadge state={event.payload.state} />
              </td>
              <td>
                <HealthBadge health={event.payload.health} state={event.payload.state} />
              </td>
              <td className="num">
                {event.payload.playerCount}
                {event.payload.maxPlayers ? ` / ${event.payload.maxPlayers}` : ''}
              </td>
              <td className="wrap muted">{event.payload.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StoryPanel>
  );
}

function ServerPlayers({ serverId, onFatal, now }: StoryProps & { now: number }) {
  const { client } = useDashboard();
  const feed = useLiveFeed(
    `players ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: playerActivityQuery,
        variables: { serverId, last: playerWindow },
        snapshot: (data) => ({ state: playersFrom(data.playerActivity.events, playerWindow), cursor: data.playerActivity.cursor }),
        subscription: playerSubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: playerMessage,
        apply: applyPlayers,
      }),
    { onFatal },
  );
  const online = useMemo(
    () => (feed.state ? (onlineByServer(feed.state.online).find(([id]) => id === serverId)?.[1] ?? []) : []),
    [feed.state, serverId],
  );
  const recent = useMemo(
    () =>
      (feed.state?.events ?? [])
        .filter((e) => e.payload.kind !== 'ACTIVITY')
        .slice(-storyRows)
        .reverse(),
    [feed.state],
  );
  return (
    <StoryPanel
      title="Players online"
      count={online.length}
      testId="server-players-online"
      feed={feed}
      empty="Nobody online, as far as the recent window shows."
    >
      <table className="table compact">
        <tbody>
          {online.slice(0, storyRows).map((player) => (
            <tr key={player.playerId} data-testid="online-player" data-player={player.playerId}>
              <td>
                <Link to={playerPath(player.playerId)}>{player.playerName}</Link>
              </td>
              <td className="muted">{player.joinedAt ? `joined ${ago(player.joinedAt, now)}` : 'joined before the window'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {online.length > storyRows && <p className="muted">+{online.length - storyRows} more</p>}
      <h3 className="field-title">Joins and leaves</h3>
      <ol className="plain-list small">
        {recent.map((e) => (
          <li key={e.id} data-testid="join-leave" data-kind={e.payload.kind}>
            <span className="muted">{clock(e.occurredAt)}</span> {e.payload.playerName} {e.payload.kind === 'JOIN' ? 'joined' : 'left'}
          </li>
        ))}
      </ol>
    </StoryPanel>
  );
}

function ServerTickets({ serverId, onFatal, now }: StoryProps & { now: number }) {
  const { client } = useDashboard();
  const feed = useLiveFeed(`tickets ${serverId}`, serverId, () => ticketsFeed(client, { serverId }), { onFatal });
  const tickets = useMemo(() => (feed.state ? byStatus(feed.state) : []), [feed.state]);
  return (
    <StoryPanel title="Tickets" count={tickets.length} testId="server-tickets" feed={feed} empty="No tickets opened on this server.">
      <table className="table compact">
        <tbody>
          {tickets.slice(0, storyRows).map((t) => (
            <tr key={t.id} data-testid="server-ticket" data-ticket={t.id} data-status={t.status}>
              <td>
                <span className={`badge status-${t.status.toLowerCase()}`}>{label(t.status)}</span>
              </td>
              <td className="wrap">{t.subject}</td>
              <td className="muted">{t.assignee ? `@${t.assignee}` : 'unassigned'}</td>
              <td className="muted">opened {ago(t.createdAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StoryPanel>
  );
}

/** A server's tickets, those still open first (in the board's order), then resolved and closed. */
function byStatus(state: TicketsState) {
  const columns = ticketColumns(state);
  return ticketStatuses.flatMap((status) => columns[status]);
}

function ServerIncidents({ serverId, onFatal }: StoryProps) {
  const { client } = useDashboard();
  const feed = useLiveFeed(
    `security ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: securityQuery,
        variables: { serverId, last: incidentLast },
        snapshot: (data) => ({ state: { incidents: data.securityIncidents.incidents }, cursor: data.securityIncidents.cursor }),
        subscription: securitySubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: securityMessage,
        apply: applySecurity,
      }),
    { onFatal },
  );
  const incidents = feed.state?.incidents ?? [];
  return (
    <StoryPanel title="Security incidents" count={incidents.length} testId="server-incidents" feed={feed} empty="No incidents on this server.">
      <table className="table compact">
        <tbody>
          {incidents.slice(0, storyRows).map((incident) => (
            <tr key={incident.id} data-testid="server-incident" data-severity={incident.priority}>
              <td>{clock(incident.receivedAt)}</td>
              <td>
                <span className={`sev sev-${incident.priority.toLowerCase()}`}>{incident.priority}</span> {label(incident.payload.kind)}
              </td>
              <td className="wrap">{incident.payload.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StoryPanel>
  );
}

function ServerChat({ serverId, onFatal }: StoryProps) {
  const { client } = useDashboard();
  const feed = useLiveFeed(
    `chat ${serverId}`,
    serverId,
    () =>
      urqlFeed(client, {
        query: chatQuery,
        variables: { serverId, last: chatLast },
        snapshot: (data) => ({ state: applyChat({ lines: [] }, data.chatMessages.messages), cursor: data.chatMessages.cursor }),
        subscription: chatSubscription,
        subscriptionVariables: (after) => ({ serverId, after }),
        message: chatMessage,
        apply: applyChat,
      }),
    { onFatal },
  );
  const lines = useMemo(() => (feed.state?.lines ?? []).slice(-storyRows).reverse(), [feed.state]);
  return (
    <StoryPanel title="Chat" count={feed.state?.lines.length ?? 0} testId="server-chat" feed={feed} empty="No chat on this server yet.">
      <table className="table compact">
        <tbody>
          {lines.map((line) => {
            const { text, redacted } = chatText(line);
            return (
              <tr key={line.id} data-testid="server-chat-line" data-kind={line.payload.kind}>
                <td>{clock(line.receivedAt)}</td>
                <td>#{line.payload.channel}</td>
                <td>{line.payload.playerName}</td>
                <td className={redacted ? 'redacted wrap' : 'wrap'}>
                  {line.payload.kind === 'WHISPER' ? `to ${line.payload.recipientId}: ` : ''}
                  {text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </StoryPanel>
  );
}
