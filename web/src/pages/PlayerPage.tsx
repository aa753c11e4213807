import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { featureRoles, mayUse, pageSpec, serverPath } from '../access.ts';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { clock, label } from '../format.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { ReplayLink } from '../replay/ReplayLink.tsx';
import { Link } from '../router.tsx';
import type { AdminRole } from '../session.ts';
import { applyChat, chatLineLimit, chatMessage, chatQuery, chatSubscription, chatText } from '../streams/chat.ts';
import { playerWindow } from '../streams/players.ts';
import { applySecurity, incidentLimit, securityMessage, securityQuery, securitySubscription } from '../streams/security.ts';
import { ticketLimit, ticketsFeed } from '../streams/tickets.ts';
import { usePlayers } from './PlayersPage.tsx';

/** Most rows a section draws. */
const shownRows = 100;
/** The hub's upper bound for `last` on chat and incident snapshots. */
const snapshotLast = 1_000;

export function PlayerPage({ playerId }: { playerId: string }) {
  const { client, session, onFatal } = useDashboard();
  const may = (roles: readonly AdminRole[]) => mayUse(session.roles, roles);
  const players = usePlayers();
  const mayReplay = may(pageSpec('replay').roles);
  const chat = useLiveFeed(
    'chat',
    'chat',
    () =>
      urqlFeed(client, {
        query: chatQuery,
        variables: { channel: null, serverId: null, last: Math.min(snapshotLast, chatLineLimit) },
        snapshot: (data) => ({ state: applyChat({ lines: [] }, data.chatMessages.messages), cursor: data.chatMessages.cursor }),
        subscription: chatSubscription,
        subscriptionVariables: (after) => ({ channel: null, serverId: null, after }),
        message: chatMessage,
        apply: applyChat,
      }),
    { onFatal, enabled: may(featureRoles.playerChat) },
  );
  const tickets = useLiveFeed('tickets', 'tickets', () => ticketsFeed(client), { onFatal, enabled: may(featureRoles.playerTickets) });
  const security = useLiveFeed(
    'security',
    'security',
    () =>
      urqlFeed(client, {
        query: securityQuery,
        variables: { last: Math.min(snapshotLast, incidentLimit) },
        snapshot: (data) => ({ state: { incidents: data.securityIncidents.incidents }, cursor: data.securityIncidents.cursor }),
        subscription: securitySubscription,
        subscriptionVariables: (after) => ({ after }),
        message: securityMessage,
        apply: applySecurity,
      }),
    { onFatal, enabled: may(featureRoles.playerIncidents) },
  );

  const activity = useMemo(() => (players.state?.events ?? []).filter((e) => e.payload.playerId === playerId).reverse(), [players.state, playerId]);
  const lines = useMemo(() => (chat.state?.lines ?? []).filter((line) => line.payload.playerId === playerId).reverse(), [chat.state, playerId]);
  const ownTickets = useMemo(
    () => [...(tickets.state?.values() ?? [])].filter((t) => t.playerId === playerId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [tickets.state, playerId],
  );
  const incidents = useMemo(() => (security.state?.incidents ?? []).filter((i) => i.payload.playerId === playerId), [security.state, playerId]);

  if (!players.state) return <Loading error={players.error} status={players.status} />;
  const name = activity[0]?.payload.playerName ?? lines[0]?.payload.playerName ?? playerId;
  const onlineOn = [...players.state.online.values()].filter((p) => p.playerId === playerId).map((p) => p.serverId);
  // Null for viewers the schema does not let read them; the newest value reported wins.
  const ipAddress = activity.find((e) => e.payload.ipAddress)?.payload.ipAddress ?? null;
  const email = activity.find((e) => e.payload.email)?.payload.email ?? null;

  return (
    <>
      <PageHeader
        title={name}
        subtitle={
          <>
            <code>{playerId}</code> ·{' '}
            <span data-testid="player-online">
              {onlineOn.length ? (
                <>
                  online on{' '}
                  {onlineOn.map((serverId, i) => (
                    <span key={serverId}>
                      {i > 0 && ', '}
                      <Link to={serverPath(serverId)}>{serverId}</Link>
                    </span>
                  ))}
                </>
              ) : (
                'not online, as far as the recent window shows'
              )}
            </span>
          </>
        }
      />
      <div className="panel" data-testid="player-contact">
        {ipAddress && (
          <p>
            IP address <code data-testid="player-ip">{ipAddress}</code>
          </p>
        )}
        {email && (
          <p>
            Email <code data-testid="player-email">{email}</code>
          </p>
        )}
        {!ipAddress && !email && (
          <p className="muted">
            {may(featureRoles.playerContact) ? 'No IP address or email reported recently.' : 'IP address and email are shown to ADMIN only.'}
          </p>
        )}
      </div>

      <Section title="Recent activity" count={activity.length} note={`of the last ${playerWindow} player events`} testId="player-activity">
        {activity.slice(0, shownRows).map((e) => (
          <tr key={e.id} data-testid="activity-row" data-kind={e.payload.kind}>
            <td>{clock(e.occurredAt)}</td>
            <td>
              <Link to={serverPath(e.serverId)}>{e.serverId}</Link>
            </td>
            <td>{label(e.payload.kind)}</td>
            <td className="wrap">{e.payload.detail ?? ''}</td>
          </tr>
        ))}
      </Section>

      {may(featureRoles.playerChat) &&
        (chat.state ? (
          <Section title="Chat" count={lines.length} note={`of the last ${snapshotLast} chat events`} testId="player-chat">
            {lines.slice(0, shownRows).map((line) => {
              const { text, redacted } = chatText(line);
              return (
                <tr key={line.id} data-testid="player-chat-line">
                  <td>{clock(line.receivedAt)}</td>
                  <td>{line.serverId}</td>
                  <td>#{line.payload.channel}</td>
                  <td className={redacted ? 'redacted wrap' : 'wrap'}>
                    {line.payload.kind === 'WHISPER' ? `to ${line.payload.recipientId}: ` : ''}
                    {text}
                  </td>
                </tr>
              );
            })}
          </Section>
        ) : (
          <Loading error={chat.error} status={chat.status} />
        ))}

      {may(featureRoles.playerTickets) &&
        (tickets.state ? (
          <Section title="Tickets" count={ownTickets.length} note={`of the newest ${ticketLimit} tickets`} testId="player-tickets">
            {ownTickets.slice(0, shownRows).map((t) => (
              <tr key={t.id} data-testid="player-ticket">
                <td>{clock(t.updatedAt)}</td>
                <td>{t.serverId}</td>
                <td>{label(t.status)}</td>
                <td className="wrap">{t.subject}</td>
              </tr>
            ))}
          </Section>
        ) : (
          <Loading error={tickets.error} status={tickets.status} />
        ))}

      {may(featureRoles.playerIncidents) &&
        (security.state ? (
          <Section title="Security incidents" count={incidents.length} note={`of the last ${snapshotLast} incidents`} testId="player-incidents">
            {incidents.slice(0, shownRows).map((i) => (
              <tr key={i.id} data-testid="player-incident">
                <td>{clock(i.receivedAt)}</td>
                <td>{i.serverId}</td>
                <td>
                  <span className={`sev sev-${i.priority.toLowerCase()}`}>{i.priority}</span> {label(i.payload.kind)}
                </td>
                <td className="wrap">{i.payload.description}</td>
                {mayReplay && (
                  <td>
                    <ReplayLink serverId={i.serverId} at={i.receivedAt} what="the incident" testId="incident-replay" />
                  </td>
                )}
              </tr>
            ))}
          </Section>
        ) : (
          <Loading error={security.error} status={security.status} />
        ))}
    </>
  );
}

function Section({ title, count, note, testId, children }: { title: string; count: number; note: string; testId: string; children: ReactNode }) {
  return (
    <section className="panel" data-testid={testId}>
      <h2 className="section-title">
        {title} <span className="muted">· {count}</span>
      </h2>
      {count === 0 ? (
        <p className="muted">None {note}.</p>
      ) : (
        <table className="table compact">
          <tbody>{children}</tbody>
        </table>
      )}
    </section>
  );
}
