import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { type TimeRange, TimeRangeEnum, timeRangeMs } from '../history/range.ts';
import { sampleWindow, seqReceivedFrom } from '../history/seek.ts';
import { TelemetryEvent } from './types.ts';

interface TelemetrySnapshot {
  cursor: string;
  serverId: string;
  samples: StoredEvent<'telemetry'>[];
}

const TelemetrySnapshotRef = builder.objectRef<TelemetrySnapshot>('TelemetrySnapshot').implement({
  description: "A server's most recent telemetry samples, consistent with `cursor`: subscribe `after` it to follow on with no gap.",
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    serverId: t.exposeID('serverId'),
    samples: t.field({ type: [TelemetryEvent], description: 'Oldest first.', resolve: (s) => s.samples }),
  }),
});

const defaultSampleCount = 60;

builder.queryField('telemetry', (t) =>
  t.field({
    ...requires(streamReaders.telemetry),
    type: TelemetrySnapshotRef,
    description: 'The last `last` telemetry samples of one server, oldest first.',
    args: {
      serverId: t.arg.id(),
      last: t.arg.int({
        required: false,
        defaultValue: defaultSampleCount,
        validate: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
      }),
    },
    resolve: async (_, { serverId, last }, { services }) => {
      const key = String(serverId);
      const { events, head } = await services.log.read({ streams: ['telemetry'], key, limit: last ?? defaultSampleCount, from: 'newest' });
      return { cursor: cursorAt(head, services.log.epoch), serverId: key, samples: events.filter((event) => isStream(event, 'telemetry')) };
    },
  }),
);

interface TelemetryHistory {
  cursor: string;
  serverId: string;
  range: TimeRange;
  from: Date;
  samples: StoredEvent<'telemetry'>[];
  sampled: boolean;
}

const TelemetryHistoryRef = builder.objectRef<TelemetryHistory>('TelemetryHistory').implement({
  description:
    "A server's telemetry over a time range ending now, at most `points` samples, consistent with `cursor`: subscribe `after` it to follow on with no gap.",
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (h) => h.cursor }),
    serverId: t.exposeID('serverId'),
    range: t.field({ type: TimeRangeEnum, resolve: (h) => h.range }),
    from: t.field({ type: 'DateTime', description: 'Where the range starts (the hub clock).', resolve: (h) => h.from }),
    samples: t.field({ type: [TelemetryEvent], description: 'Oldest first.', resolve: (h) => h.samples }),
    sampled: t.exposeBoolean('sampled', {
      description: 'Whether the range held more than `points` samples: these are then spread evenly over it, one per step of the log.',
    }),
  }),
});

const defaultHistoryPoints = 600;

builder.queryField('telemetryHistory', (t) =>
  t.field({
    ...requires(streamReaders.telemetry),
    type: TelemetryHistoryRef,
    description: "One server's telemetry over the last 15 minutes, hour, 6 hours or 24 hours, at most `points` samples, oldest first.",
    args: {
      serverId: t.arg.id(),
      range: t.arg({ type: TimeRangeEnum, required: true }),
      points: t.arg.int({
        required: false,
        defaultValue: defaultHistoryPoints,
        description: 'The most samples to answer with (1 to 1000); a range holding more is sampled evenly.',
        validate: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
      }),
    },
    resolve: async (_, { serverId, range, points }, { services }) => {
      const key = String(serverId);
      const selection = { streams: ['telemetry'] as const, key };
      const head = await services.log.head();
      const from = new Date(Date.now() - timeRangeMs[range]);
      const afterSeq = await seqReceivedFrom(services.log, selection, from, head);
      const window = await sampleWindow(services.log, selection, afterSeq, head, points ?? defaultHistoryPoints);
      return {
        cursor: cursorAt(head, services.log.epoch),
        serverId: key,
        range,
        from,
        samples: window.events.filter((event) => isStream(event, 'telemetry')),
        sampled: window.sampled,
      };
    },
  }),
);
