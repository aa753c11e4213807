import { useMemo, useRef, useState } from 'react';
import { mayUse, pageSpec, serverPath } from '../access.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { ago, clock, duration, label } from '../format.ts';
import type { IncidentKind, Priority } from '../gql/graphql.ts';
import { useNow, useToggleSet } from '../hooks.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import { ReplayLink } from '../replay/ReplayLink.tsx';
import { Link } from '../router.tsx';
import './story.css';
import {
  applySecurity,
  countBySeverity,
  type Incident,
  incidentKinds,
  securityMessage,
  securityQuery,
  securitySubscription,
  severities,
} from '../streams/security.ts';

const shownIncidents = 300;

export function SecurityPage() {
  const { client, onFatal } = useDashboard();
  const [shown, toggle] = useToggleSet<Priority>(severities);
  const now = useNow();
  // Server and kind are filtered by the hub; severity, a handful of chips, on the incidents loaded.
  const [serverId, setServerId] = useState<string | null>(null);
  const [kind, setKind] = useState<IncidentKind | null>(null);
  const knownServers = useRef(new Set<string>());
  const feed = useLiveFeed(
    'security',
    `${serverId ?? '*'}|${kind ?? '*'}`,
    () =>
      urqlFeed(client, {
        query: securityQuery,
        variables: { serverId, kind, last: 500 },
        snapshot: (data) => ({ state: { incidents: data.securityIncidents.incidents }, cursor: data.securityIncidents.cursor }),
        subscription: securitySubscription,
        subscriptionVariables: (after) => ({ serverId, kind, after }),
        message: securityMessage,
        apply: applySecurity,
      }),
    { onFatal },
  );
  const counts = useMemo(() => countBySeverity(feed.state?.incidents ?? []), [feed.state]);
  for (const incident of feed.state?.incidents ?? []) knownServers.current.add(incident.serverId);
  if (serverId) knownServers.current.add(serverId);
  const servers = [...knownServers.current].sort();
  const narrowed = serverId != null || kind != null || shown.size < severities.length;
  const visible = useMemo(() => (feed.state?.incidents ?? []).filter((i) => shown.has(i.priority)).slice(0, shownIncidents), [feed.state, shown]);

  return (
    <>
      <PageHeader title="Security" subtitle="Violations, bans, bots and hacks as game servers report them, newest first.">
        <div className="inline-form filter-bar">
          <FilterSelect label="Server" value={serverId} onChange={setServerId} allLabel="All servers" options={servers} testId="security-server" />
          <FilterSelect
            label="Type"
            value={kind}
            onChange={setKind}
            allLabel="All types"
            options={incidentKinds}
            optionLabel={label}
            testId="security-kind"
          />
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle chips styled as one control; a fieldset's own box and legend would fight the layout */}
        <div className="filters" role="group" aria-label="Severity">
          {severities.map((priority) => (
            <label key={priority} className={`filter-chip ${shown.has(priority) ? 'on' : ''}`}>
              <input type="checkbox" checked={shown.has(priority)} onChange={() => toggle(priority)} />
              <span className={`sev sev-${priority.toLowerCase()}`}>{priority}</span>
              <span className="muted">{counts[priority]}</span>
            </label>
          ))}
        </div>
      </PageHeader>
      {!feed.state ? (
        <Loading error={feed.error} status={feed.status} />
      ) : visible.length === 0 ? (
        <div className="panel empty">No incidents{narrowed ? ' match the filters' : ''}.</div>
      ) : (
        <ol className="incidents" data-testid="incidents">
          {visible.map((incident) => (
            <IncidentRow key={incident.id} incident={incident} now={now} />
          ))}
        </ol>
      )}
    </>
  );
}

function IncidentRow({ incident, now }: { incident: Incident; now: number }) {
  const { session } = useDashboard();
  const { kind, playerId, description, confidence, banDurationSeconds } = incident.payload;
  return (
    <li className={`incident incident-${incident.priority.toLowerCase()}`} data-testid="incident" data-severity={incident.priority}>
      <span className={`sev sev-${incident.priority.toLowerCase()}`}>{incident.priority}</span>
      <div className="incident-main">
        <div className="incident-title">
          <strong>{label(kind)}</strong>
          <span className="muted"> on </span>
          <Link to={serverPath(incident.serverId)}>{incident.serverId}</Link>
          {playerId && (
            <>
              <span className="muted"> · player </span>
              <code>{playerId}</code>
            </>
          )}
        </div>
        <p className="incident-description">{description}</p>
        <div className="incident-facts muted">
          {confidence != null && <span>confidence {(confidence * 100).toFixed(0)}%</span>}
          {kind === 'BAN' && <span>{banDurationSeconds ? `banned for ${duration(banDurationSeconds)}` : 'permanent ban'}</span>}
          {mayUse(session.roles, pageSpec('replay').roles) && (
            <ReplayLink serverId={incident.serverId} at={incident.receivedAt} what="the incident" testId="incident-replay" />
          )}
        </div>
      </div>
      <time className="incident-time muted" dateTime={incident.receivedAt} title={incident.receivedAt}>
        {clock(incident.receivedAt)} · {ago(incident.receivedAt, now)}
      </time>
    </li>
  );
}
