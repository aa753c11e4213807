import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
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
