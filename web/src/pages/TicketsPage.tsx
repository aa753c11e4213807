import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { mayUse, pageSpec } from '../access.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { clock, label } from '../format.ts';
import type { TicketStatus } from '../gql/graphql.ts';
import { useNow } from '../hooks.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { ReplayLink } from '../replay/ReplayLink.tsx';
import './story.css';
import {
  assignTicketMutation,
  respondToTicketMutation,
  setTicketStatusMutation,
  type Ticket,
  ticketColumns,
  ticketScopeKey,
  ticketStatuses,
  ticketsFeed,
  ticketTimes,
} from '../streams/tickets.ts';

type TicketView = 'all' | 'mine';

/** Cards drawn per column; the column header still counts all of them. */
const cardsPerColumn = 60;

export function TicketsPage() {
  const { client, session, onFatal } = useDashboard();
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<TicketView>('all');
  const [serverId, setServerId] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const known = useRef({ servers: new Set<string>(), categories: new Set<string>() });
  const now = useNow(5_000);
  const scope = { serverId, category };
  const feed = useLiveFeed('tickets', ticketScopeKey(scope), () => ticketsFeed(client, scope), { onFatal });
  const me = session.sub;
  const columns = useMemo(
    () => (feed.state ? ticketColumns(feed.state, view === 'mine' ? (t) => t.assignee === me : undefined) : null),
    [feed.state, view, me],
  );
  const mine = useMemo(() => [...(feed.state?.values() ?? [])].filter((t) => t.assignee === me).length, [feed.state, me]);
  const ticket = selected ? feed.state?.get(selected) : undefined;
  for (const t of feed.state?.values() ?? []) {
    known.current.servers.add(t.serverId);
    if (t.category) known.current.categories.add(t.category);
  }
  const servers = [...known.current.servers].sort();
  const categories = [...known.current.categories].sort((a, b) => a.localeCompare(b));

  return (
    <>
      <PageHeader title="Tickets" subtitle="Support tickets by status, live. Select one to assign, respond or move it.">
        <div className="inline-form filter-bar">
          {/* biome-ignore lint/a11y/useSemanticElements: two toggle buttons styled as one control, like the severity chips */}
          <div className="filters" role="group" aria-label="View">
            <button
              type="button"
              className={`filter-chip ${view === 'all' ? 'on' : ''}`}
              onClick={() => setView('all')}
              data-testid="view-all"
              aria-pressed={view === 'all'}
            >
              All tickets
            </button>
            <button
              type="button"
              className={`filter-chip ${view === 'mine' ? 'on' : ''}`}
              onClick={() => setView('mine')}
              aria-pressed={view === 'mine'}
              data-testid="view-mine"
            >
              My tickets{' '}
              <span className="muted" data-testid="mine-count">
                {mine}
              </span>
            </button>
          </div>
          <FilterSelect label="Server" value={serverId} onChange={setServerId} allLabel="All servers" options={servers} testId="ticket-server" />
          <FilterSelect
            label="Category"
            value={category}
            onChange={setCategory}
            allLabel="All categories"
            options={categories}
            testId="ticket-category"
          />
        </div>
      </PageHeader>
      {!columns ? (
        <Loading error={feed.error} status={feed.status} />
      ) : (
        <div className={`tickets-layout ${ticket ? 'with-detail' : ''}`}>
          <div className="board" data-testid="ticket-board">
            {ticketStatuses.map((status) => (
              <section key={status} className="column" data-testid={`column-${status}`}>
                <header className="column-head">
                  <span className={`dot status-${status.toLowerCase()}`} />
                  {label(status)}
                  <span className="column-count">{columns[status].length}</span>
                </header>
                <div className="column-cards">
                  {columns[status].slice(0, cardsPerColumn).map((t) => (
                    <button
                      key={t.id}
                      type="button"
                      className={`ticket-card ${t.id === selected ? 'selected' : ''}`}
                      onClick={() => setSelected(t.id === selected ? null : t.id)}
                      data-testid="ticket-card"
                      data-ticket={t.id}
                    >
                      <span className="ticket-subject">{t.subject}</span>
                      <span className="ticket-meta">
                        {t.serverId}
                        {t.category ? ` · ${t.category}` : ''} · {ticketTimes(t, now)}
                      </span>
                      <span className="ticket-meta">
                        {t.assignee ? <span className="assignee">@{t.assignee}</span> : <span className="muted">unassigned</span>}
                        {t.responses.length > 0 && (
                          <span className="muted">
                            {' '}
                            · {t.responses.length} repl{t.responses.length === 1 ? 'y' : 'ies'}
                          </span>
                        )}
                      </span>
                    </button>
                  ))}
                  {columns[status].length > cardsPerColumn && <p className="muted center">+{columns[status].length - cardsPerColumn} more</p>}
                </div>
              </section>
            ))}
          </div>
          {ticket && <TicketDetail key={ticket.id} ticket={ticket} onClose={() => setSelected(null)} />}
        </div>
      )}
    </>
  );
}

function TicketDetail({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const { session } = useDashboard();
  const [assignee, setAssignee] = useState(ticket.assignee ?? session.sub);
  const [reply, setReply] = useState('');
  const [status, setStatus] = useState<TicketStatus>(ticketStatuses.find((s) => s !== ticket.status)!);
  const [assigned, assign] = useMutation(assignTicketMutation);
  const [responded, respond] = useMutation(respondToTicketMutation);
  const [moved, move] = useMutation(setTicketStatusMutation);
  const error = assigned.error ?? responded.error ?? moved.error;
  const targets = ticketStatuses.filter((s) => s !== ticket.status);
  // The ticket may have moved (live) onto the status that was picked.
  const target = targets.includes(status) ? status : targets[0]!;

  const onAssign = (event: FormEvent) => {
    event.preventDefault();
    if (assignee.trim()) void assign({ ticketId: ticket.id, assignee: assignee.trim() });
  };
  const onRespond = async (event: FormEvent) => {
    event.preventDefault();
    if (!reply.trim()) return;
    const result = await respond({ ticketId: ticket.id, body: reply.trim() });
    if (!result.error) setReply('');
  };
  const onMove = (event: FormEvent) => {
    event.preventDefault();
    void move({ ticketId: ticket.id, status: target });
  };

  return (
    <aside className="panel ticket-detail" data-testid="ticket-detail">
      <header className="detail-head">
        <div>
          <h2>{ticket.subject}</h2>
          <p className="muted">
            {ticket.serverId}
            {ticket.playerId ? ` · player ${ticket.playerId}` : ''}
            {ticket.category ? ` · ${ticket.category}` : ''} · opened {clock(ticket.createdAt)}
            {mayUse(session.roles, pageSpec('replay').roles) && (
              <>
                {' · '}
                <ReplayLink serverId={ticket.serverId} at={ticket.createdAt} what="the moment the ticket was opened" testId="ticket-replay" />
              </>
            )}
          </p>
        </div>
        <button type="button" className="toast-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="detail-status">
        <span className={`badge status-${ticket.status.toLowerCase()}`} data-testid="ticket-status">
          {label(ticket.status)}
        </span>
        {ticket.assignee ? <span className="assignee">@{ticket.assignee}</span> : <span className="muted">unassigned</span>}
      </div>
      <blockquote className="ticket-body">{ticket.body}</blockquote>
      {ticket.responses.length > 0 && <h3 className="field-title">Responses</h3>}
      <ol className="responses" data-testid="responses">
        {ticket.responses.map((response) => (
          <li key={response.id}>
            <span className="response-author">{response.author}</span> <span className="muted">{clock(response.at)}</span>
            <p>{response.body}</p>
          </li>
        ))}
      </ol>
      <h3 className="field-title">Respond</h3>
      <form className="stack" onSubmit={onRespond}>
        <textarea
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          placeholder="Write a response to the player…"
          rows={3}
          aria-label="Response"
          data-testid="reply"
        />
        <button type="submit" className="button" disabled={responded.fetching || !reply.trim()} data-testid="send-response">
          Send response
        </button>
      </form>
      <h3 className="field-title">Assignee</h3>
      <form className="row" onSubmit={onAssign}>
        <input value={assignee} onChange={(e) => setAssignee(e.target.value)} aria-label="Assignee" data-testid="assignee" />
        <button type="submit" className="button secondary" disabled={assigned.fetching} data-testid="assign">
          Assign
        </button>
      </form>
      <h3 className="field-title">Status</h3>
      <form className="row" onSubmit={onMove}>
        <select value={target} onChange={(e) => setStatus(e.target.value as TicketStatus)} aria-label="New status" data-testid="new-status">
          {targets.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
        <button type="submit" className="button secondary" disabled={moved.fetching} data-testid="move">
          Move
        </button>
      </form>
      {error && <p className="error-text">{error.graphQLErrors[0]?.message ?? error.message}</p>}
    </aside>
  );
}
