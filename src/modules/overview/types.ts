import { roles, streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import type { Priority } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { PriorityEnum } from '../../schema/events.ts';
import { Server } from '../servers/types.ts';
import type { TicketStatus } from '../tickets/payload.ts';
import { TicketStatusEnum } from '../tickets/types.ts';
import type { Overview, PlayersOnlineSample } from './projection.ts';

const PlayersOnlineSampleRef = builder.objectRef<PlayersOnlineSample>('PlayersOnlineSample').implement({
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (s) => s.at }),
    players: t.exposeInt('players'),
  }),
});

const TicketStatusCount = builder.objectRef<{ status: TicketStatus; count: number }>('TicketStatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: TicketStatusEnum, resolve: (c) => c.status }),
    count: t.exposeInt('count'),
  }),
});

const PriorityCount = builder.objectRef<{ priority: Priority; count: number }>('PriorityCount').implement({
  fields: (t) => ({
    priority: t.field({ type: PriorityEnum, resolve: (c) => c.priority }),
    count: t.exposeInt('count'),
  }),
});

/** The hub's rates count every stream, telemetry included: only telemetry readers see them. */
const rateReaders = streamReaders.telemetry;

export const OverviewRef = builder.objectRef<Overview>('Overview').implement({
  description:
    'The hub at a glance, recomputed at most a few times a second and only when a figure changed. Each figure needs the roles of the stream it comes from.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the figures were computed (hub clock).', resolve: (o) => o.at }),
    serversOnline: t.exposeInt('serversOnline', { ...requires(streamReaders.serverStatus), description: 'Servers whose state is ONLINE.' }),
    serversTotal: t.exposeInt('serversTotal', { ...requires(streamReaders.serverStatus), description: 'Every server the hub has heard from.' }),
    playersOnline: t.exposeInt('playersOnline', {
      ...requires(streamReaders.serverStatus),
      description: 'Players on servers that are up, by their latest status reports.',
    }),
    playersOnlineHistory: t.field({
      ...requires(streamReaders.serverStatus),
      type: [PlayersOnlineSampleRef],
      description: 'Players online sampled every 30 seconds over the last 6 hours (since the hub started), oldest first, ending with now.',
      resolve: (o) => o.playersOnlineHistory,
    }),
    serversNeedingAttention: t.field({
      ...requires(streamReaders.serverStatus),
      type: [Server],
      description: 'UNREACHABLE servers, then servers reporting CRITICAL, then DEGRADED health.',
      resolve: (o) => o.serversNeedingAttention,
    }),
    openTickets: t.field({
      ...requires(streamReaders.tickets),
      type: [TicketStatusCount],
      description: 'Tickets not RESOLVED or CLOSED, by status.',
      resolve: (o) => o.openTickets,
    }),
    incidentsLastHour: t.field({
      ...requires(streamReaders.security),
      type: [PriorityCount],
      description: 'Security incidents received in the last hour, by priority.',
      resolve: (o) => o.incidentsLastHour,
    }),
    eventsPerSecond: t.exposeFloat('eventsPerSecond', {
      ...requires(rateReaders),
      description: 'Events appended per second (every stream), over the last 5 seconds.',
    }),
    deliveriesPerSecond: t.exposeFloat('deliveriesPerSecond', {
      ...requires(rateReaders),
      description: 'Messages delivered to subscribers per second (the overview’s own excepted), over the last 5 seconds.',
    }),
  }),
});

export const overviewReaders = roles;
