import { describe, expect, it } from 'vitest';
import { applyChat, type ChatLine, chatLineLimit, chatText } from './chat.ts';
import {
  applyMapEntities,
  type MapEntityEvent,
  type MapSummary,
  mapChoiceLabel,
  mapChoices,
  mapStateFrom,
  maxMapEntities,
  worldToCanvas,
} from './map.ts';
import { applyNotifications, arrivedSince, describeNotification, type NotificationEvent, unreadCount } from './notifications.ts';
import { applySecurity, countBySeverity, type Incident, incidentLimit } from './security.ts';
import {
  applyServerStatus,
  applyTimeline,
  currentHealth,
  playersNote,
  type ServerStatusEvent,
  serversFrom,
  sortServers,
  timelineLimit,
} from './servers.ts';
import { applyTelemetry, type TelemetryEvent, telemetryWindowSeconds } from './telemetry.ts';
import { applyTickets, type Ticket, type TicketEvent, ticketColumns, ticketLimit, ticketScopeKey, ticketTimes } from './tickets.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, seconds)).toISOString();

describe('servers', () => {
  it("should call an UNREACHABLE server's health unknown and its player count the last one seen", () => {
    const now = Date.parse(at(32));
    expect(currentHealth('UNREACHABLE', 'HEALTHY')).toBe('UNKNOWN');
    expect(currentHealth('ONLINE', 'DEGRADED')).toBe('DEGRADED');
    expect(currentHealth(null, null)).toBeNull();
    expect(playersNote({ state: 'UNREACHABLE', maxPlayers: 100, lastSeen: at(0) }, now)).toBe('/ 100 players (last seen 32 s ago)');
    expect(playersNote({ state: 'UNREACHABLE', maxPlayers: null, lastSeen: at(0) }, now)).toBe('players (last seen 32 s ago)');
    expect(playersNote({ state: 'ONLINE', maxPlayers: 100, lastSeen: at(0) }, now)).toBe('/ 100 players');
  });

  const status = (n: number, serverId: string, state: ServerStatusEvent['payload']['state'], playerCount = 10): ServerStatusEvent => ({
    __typename: 'ServerStatusEvent',
    id: `e${n}`,
    cursor: `c${n}`,
    serverId,
    receivedAt: at(n),
    priority: 'NORMAL',
    payload: { state, playerCount, maxPlayers: 100, health: 'HEALTHY', message: null },
  });
  const initial = serversFrom([
    {
      id: 'eu-1',
      state: 'ONLINE',
      playerCount: 5,
      status: { maxPlayers: 100, health: 'HEALTHY', message: null },
      statusChangedAt: at(0),
      firstSeen: at(0),
      lastSeen: at(0),
    },
  ]);

  it('should update a known server and add a new one', () => {
    const next = applyServerStatus(initial, [status(1, 'eu-1', 'ONLINE', 42), status(2, 'us-1', 'STARTING', 0)]);
    expect(next.get('eu-1')).toMatchObject({ playerCount: 42, statusChangedAt: at(0), lastSeen: at(1) });
    expect(next.get('us-1')).toMatchObject({ state: 'STARTING', statusChangedAt: at(2), lastSeen: at(2) });
    expect(initial.get('eu-1')!.playerCount).toBe(5);
  });

  it('should not count UNREACHABLE as a sign of life', () => {
    const next = applyServerStatus(initial, [status(3, 'eu-1', 'UNREACHABLE')]);
    expect(next.get('eu-1')).toMatchObject({ state: 'UNREACHABLE', statusChangedAt: at(3), lastSeen: at(0) });
  });

  it("should keep a server's timeline newest first and bounded", () => {
    const first = applyTimeline({ events: [] }, [status(1, 'eu-1', 'STARTING'), status(2, 'eu-1', 'ONLINE')]);
    expect(first.events.map((e) => e.payload.state)).toEqual(['ONLINE', 'STARTING']);
    const next = applyTimeline(first, [status(3, 'eu-1', 'UNREACHABLE')]);
    expect(next.events.map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
    const many = Array.from({ length: timelineLimit + 5 }, (_, i) => status(10 + i, 'eu-1', 'ONLINE', i));
    const bounded = applyTimeline(next, many);
    expect(bounded.events).toHaveLength(timelineLimit);
    expect(bounded.events[0]!.id).toBe(`e${10 + timelineLimit + 4}`);
  });

  it('should put servers that need attention first', () => {
    const next = applyServerStatus(initial, [status(1, 'a-1', 'ONLINE'), status(2, 'z-9', 'UNREACHABLE'), status(3, 'm-5', 'STOPPED')]);
    expect(sortServers(next.values()).map((row) => row.id)).toEqual(['z-9', 'm-5', 'a-1', 'eu-1']);
  });
});

describe('telemetry', () => {
  const sample = (n: number, seconds: number, cpuPercent = 50): Pick<TelemetryEvent, 'id' | 'occurredAt' | 'payload'> => ({
    id: `t${n}`,
    occurredAt: new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + seconds * 1000).toISOString(),
    payload: {
      cpuPercent,
      memoryUsedMb: 1_000,
      memoryTotalMb: 4_096,
      networkInKbps: 10,
      networkOutKbps: 20,
      dbQueriesPerSecond: null,
      dbLatencyMs: null,
      tickRate: null,
    },
  });

  it('should keep samples in time order, slotting a late one in', () => {
    const state = applyTelemetry({ points: [] }, [sample(1, 0), sample(2, 10), sample(3, 5)]);
    expect(state.points.map((p) => p.id)).toEqual(['t1', 't3', 't2']);
  });

  it('should drop samples older than the window', () => {
    const state = applyTelemetry({ points: [] }, [sample(1, 0), sample(2, 60), sample(3, telemetryWindowSeconds + 30)]);
    expect(state.points.map((p) => p.id)).toEqual(['t2', 't3']);
  });
});

describe('map entities', () => {
  const update = (n: number, entityId: string, action: MapEntityEvent['payload']['action'], x: number, y: number): MapEntityEvent => ({
    __typename: 'MapEntityEvent',
    id: `m${n}`,
    cursor: `c${n}`,
    serverId: 'eu-1',
    receivedAt: at(n),
    payload: { mapId: 'world-1', entityId, kind: 'PLAYER', action, position: { x, y }, heading: null, label: null },
  });
  const initial = mapStateFrom({
    cursor: 'c0',
    mapId: 'world-1',
    entities: [{ entityId: 'p-1', kind: 'NPC', position: { x: 0, y: 0 }, heading: null, label: 'Smith', serverId: 'eu-1', updatedAt: at(0) }],
  });

  it('should spawn, move and despawn entities by id, keeping the latest position', () => {
    const next = applyMapEntities(initial, [update(1, 'p-2', 'SPAWN', 10, 10), update(2, 'p-2', 'MOVE', 20, 15), update(3, 'p-1', 'DESPAWN', 0, 0)]);
    expect([...next.entities.keys()]).toEqual(['p-2']);
    expect(next.entities.get('p-2')).toMatchObject({ x: 20, y: 15, updatedAt: at(2) });
    expect(initial.entities.has('p-1')).toBe(true);
  });

  it('should keep the label and heading of an entity whose move leaves them out', () => {
    const named = { ...update(1, 'p-2', 'SPAWN', 10, 10), payload: { ...update(1, 'p-2', 'SPAWN', 10, 10).payload, heading: 90, label: 'Aria' } };
    const next = applyMapEntities(initial, [named, update(2, 'p-2', 'MOVE', 20, 15)]);
    expect(next.entities.get('p-2')).toMatchObject({ x: 20, y: 15, heading: 90, label: 'Aria' });
  });

  it(`should keep at most ${maxMapEntities} entities, dropping those updated longest ago`, () => {
    const crowd = Array.from({ length: maxMapEntities + 5 }, (_, i) => ({ ...update(i + 1, `e-${i}`, 'SPAWN', i, i), receivedAt: at(i + 1) }));
    const next = applyMapEntities(initial, crowd);
    expect(next.entities.size).toBe(maxMapEntities);
    expect(next.entities.has('p-1')).toBe(false);
    expect([...next.entities.keys()].filter((id) => ['e-0', 'e-3', 'e-4', 'e-5'].includes(id))).toEqual(['e-5']);
  });

  it('should widen the view to cover every position seen, so the map does not jump', () => {
    const next = applyMapEntities(initial, [update(1, 'p-2', 'SPAWN', -50, 80), update(2, 'p-2', 'MOVE', 30, 20)]);
    expect(next.bounds).toEqual({ minX: -50, minY: 0, maxX: 30, maxY: 80 });
  });

  it('should map world coordinates onto the canvas with y up', () => {
    const view = worldToCanvas({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, 264, 264, 32);
    expect([view.x(0), view.y(0)]).toEqual([32, 232]);
    expect([view.x(100), view.y(100)]).toEqual([232, 32]);
  });
});

describe('map picker', () => {
  const known: MapSummary[] = [
    { mapId: 'eu-1:highlands', entityCount: 1, serverIds: ['eu-1'] },
    { mapId: 'world-1', entityCount: 12, serverIds: ['eu-1', 'eu-2', 'us-1', 'us-2', 'ap-1'] },
  ];

  it('should offer the maps with entities, then the current and recent maps without, each once', () => {
    expect(mapChoices(known, 'world-1', ['world-1', 'old-map'])).toEqual({ live: known, others: ['old-map'] });
    expect(mapChoices(known, 'new-map', ['old-map', 'new-map', 'eu-1:highlands'])).toEqual({ live: known, others: ['new-map', 'old-map'] });
    expect(mapChoices([], null, [])).toEqual({ live: [], others: [] });
  });

  it('should show the live count of the open map rather than the polled one', () => {
    const { live } = mapChoices(known, 'world-1', [], 9);
    expect(live.map((m) => m.entityCount)).toEqual([1, 9]);
    expect(known[1]!.entityCount).toBe(12);
    expect(mapChoices(known, 'new-map', [], 3).live).toEqual(known);
  });

  it('should label a map with its entity count and first servers', () => {
    expect(known.map(mapChoiceLabel)).toEqual(['eu-1:highlands · 1 entity on eu-1', 'world-1 · 12 entities on eu-1, eu-2, us-1 +2']);
    expect(mapChoiceLabel({ mapId: 'm', entityCount: 0, serverIds: [] })).toBe('m · 0 entities');
  });
});

describe('chat', () => {
  const line = (n: number, kind: ChatLine['payload']['kind'] = 'MESSAGE', text: string | null = `line ${n}`): ChatLine => ({
    id: `ch${n}`,
    cursor: `c${n}`,
    serverId: 'eu-1',
    receivedAt: at(n),
    payload: { kind, channel: 'global', playerId: 'p-1', playerName: 'Aria', recipientId: kind === 'WHISPER' ? 'p-2' : null, text },
  });

  it('should keep only the newest lines, oldest first', () => {
    let state = applyChat(
      { lines: [] },
      Array.from({ length: chatLineLimit }, (_, i) => line(i)),
    );
    state = applyChat(state, [line(chatLineLimit), line(chatLineLimit + 1)]);
    expect(state.lines).toHaveLength(chatLineLimit);
    expect(state.lines[0]!.id).toBe('ch2');
    expect(state.lines.at(-1)!.id).toBe(`ch${chatLineLimit + 1}`);
  });

  it('should read whisper text that came back null as redacted', () => {
    expect(chatText(line(1, 'WHISPER', null))).toEqual({ text: 'redacted', redacted: true });
    expect(chatText(line(1, 'WHISPER', 'meet me'))).toEqual({ text: 'meet me', redacted: false });
    expect(chatText(line(1, 'JOIN', null))).toEqual({ text: 'joined #global', redacted: false });
  });
});

describe('tickets', () => {
  const change = (
    n: number,
    payload: Partial<TicketEvent['payload']> & Pick<TicketEvent['payload'], 'kind' | 'ticketId' | 'status'>,
  ): TicketEvent => ({
    __typename: 'TicketEvent',
    id: `tk${n}`,
    cursor: `c${n}`,
    serverId: 'eu-1',
    receivedAt: at(n),
    payload: {
      subject: null,
      body: null,
      playerId: null,
      category: null,
      previousStatus: null,
      assignee: null,
      response: null,
      actor: 'alice',
      ...payload,
    },
  });

  it('should build a ticket from CREATED and follow its assignment, responses and status', () => {
    const state = applyTickets(new Map(), [
      change(1, {
        kind: 'CREATED',
        ticketId: 't-1',
        status: 'OPEN',
        subject: 'Lost mount',
        body: 'Gone',
        playerId: 'p-1',
        category: 'bug',
        actor: 'eu-1',
      }),
      change(2, { kind: 'ASSIGNED', ticketId: 't-1', status: 'OPEN', assignee: 'alice' }),
      change(3, {
        kind: 'RESPONSE_ADDED',
        ticketId: 't-1',
        status: 'OPEN',
        assignee: 'alice',
        response: { id: 'r-1', author: 'alice', body: 'On it', at: at(3) },
      }),
      change(4, { kind: 'STATUS_CHANGED', ticketId: 't-1', status: 'IN_PROGRESS', previousStatus: 'OPEN', assignee: 'alice' }),
    ]);
    expect(state.get('t-1')).toMatchObject({ subject: 'Lost mount', status: 'IN_PROGRESS', assignee: 'alice', createdAt: at(1), updatedAt: at(4) });
    expect(state.get('t-1')!.responses.map((r) => r.body)).toEqual(['On it']);
    expect(ticketColumns(state).IN_PROGRESS.map((t) => t.id)).toEqual(['t-1']);
    expect(ticketColumns(state).OPEN).toEqual([]);
  });

  it('should order a column by creation, newest first, and show activity apart', () => {
    const state = applyTickets(new Map(), [
      change(1, { kind: 'CREATED', ticketId: 't-old', status: 'OPEN', subject: 'old' }),
      change(2, { kind: 'CREATED', ticketId: 't-new', status: 'OPEN', subject: 'new' }),
      change(40, {
        kind: 'RESPONSE_ADDED',
        ticketId: 't-old',
        status: 'OPEN',
        response: { id: 'r-1', author: 'alice', body: 'On it', at: at(40) },
      }),
    ]);
    expect(ticketColumns(state).OPEN.map((t) => t.id)).toEqual(['t-new', 't-old']);
    const now = Date.parse(at(50));
    expect(ticketTimes(state.get('t-old')!, now)).toBe('opened 49 s ago · active 10 s ago');
    expect(ticketTimes(state.get('t-new')!, now)).toBe('opened 48 s ago');
  });

  it("should keep only a viewer's own tickets in My tickets, following reassignment", () => {
    const state = applyTickets(new Map(), [
      change(1, { kind: 'CREATED', ticketId: 't-a', status: 'OPEN', subject: 'a' }),
      change(2, { kind: 'CREATED', ticketId: 't-b', status: 'OPEN', subject: 'b' }),
      change(3, { kind: 'ASSIGNED', ticketId: 't-a', status: 'OPEN', assignee: 'alice' }),
      change(4, { kind: 'ASSIGNED', ticketId: 't-b', status: 'OPEN', assignee: 'alice' }),
      change(5, { kind: 'ASSIGNED', ticketId: 't-b', status: 'OPEN', assignee: 'bob' }),
    ]);
    const mine = (who: string) => ticketColumns(state, (t) => t.assignee === who).OPEN.map((t) => t.id);
    expect(mine('alice')).toEqual(['t-a']);
    expect(mine('bob')).toEqual(['t-b']);
    expect(mine('carol')).toEqual([]);
    expect(ticketScopeKey({})).toBe('*|*');
    expect(ticketScopeKey({ serverId: 'eu-1', category: 'bug' })).toBe('eu-1|bug');
  });

  it('should ignore changes to a ticket it never saw, and stay bounded', () => {
    const lone = applyTickets(new Map(), [change(1, { kind: 'ASSIGNED', ticketId: 't-9', status: 'OPEN', assignee: 'bob' })]);
    expect(lone.size).toBe(0);
    const many = new Map<string, Ticket>(
      Array.from({ length: ticketLimit }, (_, i) => [
        `t${i}`,
        {
          id: `t${i}`,
          serverId: 'eu-1',
          subject: 's',
          body: 'b',
          playerId: null,
          category: null,
          status: 'OPEN',
          assignee: null,
          responses: [],
          createdAt: at(0),
          updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
        },
      ]),
    );
    const next = applyTickets(many, [change(60, { kind: 'CREATED', ticketId: 'new', status: 'OPEN', subject: 'new' })]);
    expect(next.size).toBe(ticketLimit);
    expect(next.has('new')).toBe(true);
    expect(next.has('t0')).toBe(false);
  });
});

describe('security', () => {
  const incident = (n: number, priority: Incident['priority']): Incident => ({
    id: `s${n}`,
    cursor: `c${n}`,
    serverId: 'eu-1',
    occurredAt: at(n),
    receivedAt: at(n),
    priority,
    payload: { kind: 'VIOLATION', playerId: null, description: `incident ${n}`, confidence: null, banDurationSeconds: null },
  });

  it('should keep incidents newest first and bounded, and count them by severity', () => {
    let state = applySecurity(
      { incidents: [] },
      Array.from({ length: incidentLimit }, (_, i) => incident(i, 'NORMAL')),
    );
    state = applySecurity(state, [incident(incidentLimit, 'HIGH'), incident(incidentLimit + 1, 'CRITICAL')]);
    expect(state.incidents).toHaveLength(incidentLimit);
    expect(state.incidents.slice(0, 2).map((i) => i.priority)).toEqual(['CRITICAL', 'HIGH']);
    expect(countBySeverity(state.incidents)).toEqual({ CRITICAL: 1, HIGH: 1, NORMAL: incidentLimit - 2, LOW: 0 });
  });
});

describe('notifications', () => {
  const hack: NotificationEvent = {
    __typename: 'SecurityEvent',
    id: 'n1',
    cursor: 'c1',
    stream: 'SECURITY',
    type: 'SECURITY_HACK_DETECTED',
    serverId: 'eu-1',
    receivedAt: at(1),
    priority: 'CRITICAL',
    security: { kind: 'HACK_DETECTED', playerId: 'p-8', description: 'Speed hack' },
  };
  const whisper: NotificationEvent = {
    __typename: 'ChatEvent',
    id: 'n2',
    cursor: 'c2',
    stream: 'CHAT',
    type: 'CHAT_WHISPER',
    serverId: 'eu-1',
    receivedAt: at(2),
    priority: 'HIGH',
    chat: { channel: 'global', playerName: 'Cyra', kind: 'WHISPER', text: null },
  };

  it('should describe any HIGH or CRITICAL event in words, redacting hidden whisper text', () => {
    expect(describeNotification(hack)).toMatchObject({
      title: 'Hack detected on eu-1',
      detail: 'Speed hack (player p-8)',
      href: '/security',
      priority: 'CRITICAL',
    });
    expect(describeNotification(whisper)).toMatchObject({ title: 'Whisper on #global', detail: 'Cyra: redacted', href: '/chat' });
  });

  it.each([
    ['UNREACHABLE', 'HEALTHY', 'no report for 32 s', 'us-1 is unreachable', 'health unknown · no report for 32 s'],
    ['ONLINE', 'DEGRADED', null, 'us-1 is online', 'health degraded'],
    ['RESTARTING', 'HEALTHY', 'rolling update', 'us-1 is restarting', 'health healthy · rolling update'],
  ] as const)('should describe a %s server in words, keeping the server id as written', (state, health, message, title, detail) => {
    const event: NotificationEvent = {
      __typename: 'ServerStatusEvent',
      id: 'n3',
      cursor: 'c3',
      stream: 'SERVER_STATUS',
      type: `SERVER_${state}`,
      serverId: 'us-1',
      receivedAt: at(3),
      priority: 'HIGH',
      payload: { state, health, message },
    };
    expect(describeNotification(event)).toMatchObject({ title, detail, href: '/servers/us-1' });
  });

  it('should list newest first, count unread ones and tell which arrived since', () => {
    const state = applyNotifications({ items: [] }, [hack, whisper]);
    expect(state.items.map((item) => item.id)).toEqual(['n2', 'n1']);
    expect(unreadCount(state.items, null)).toBe(2);
    expect(unreadCount(state.items, 'n1')).toBe(1);
    expect(unreadCount(state.items, 'n2')).toBe(0);
    expect(arrivedSince(state.items, 'n1').map((item) => item.id)).toEqual(['n2']);
    expect(arrivedSince(state.items, null).map((item) => item.id)).toEqual(['n1', 'n2']);
  });
});
