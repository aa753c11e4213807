import { z } from 'zod';
import { roles, streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import type { Priority } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { PriorityEnum } from '../../schema/events.ts';
import { TimeRangeEnum, timeRangeMs } from '../history/range.ts';
import { Server } from '../servers/types.ts';
import type { TicketStatus } from '../tickets/payload.ts';
import { TicketStatusEnum } from '../tickets/types.ts';
import { playersOnlineWindow } from './history.ts';
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

/** 6 hours of 30-second samples; 24 hours hold 2,880 of them. */
const defaultHistoryPoints = 720;
const maxHistoryPoints = 2_880;

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
      description:
        'Players online over `range` (sampled every 30 seconds, kept 24 hours, rebuilt from the newest 50,000 status reports when the hub starts), oldest first, ending with now; at most `points` samples, a range holding more thinned evenly.',
      args: {
        range: t.arg({ type: TimeRangeEnum, required: false, defaultValue: 'LAST_6_HOURS' }),
        points: t.arg.int({
          required: false,
          defaultValue: defaultHistoryPoints,
          description: `The most samples to answer with (1 to ${maxHistoryPoints}).`,
          validate: z.number().int().min(1, 'must be at least 1').max(maxHistoryPoints, `must be at most ${maxHistoryPoints}`),
        }),
      },
      resolve: (o, { range, points }) =>
        playersOnlineWindow(o.playersOnlineHistory, new Date(o.at.getTime() - timeRangeMs[range ?? 'LAST_6_HOURS']), points ?? defaultHistoryPoints),
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
