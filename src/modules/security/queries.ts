import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { SecurityEvent } from './types.ts';

interface SecurityIncidentsSnapshot {
  cursor: string;
  incidents: StoredEvent<'security'>[];
}

const SecurityIncidentsSnapshotRef = builder.objectRef<SecurityIncidentsSnapshot>('SecurityIncidentsSnapshot').implement({
  description: 'Recent security incidents, newest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    incidents: t.field({ type: [SecurityEvent], resolve: (s) => s.incidents }),
  }),
});

builder.queryField('securityIncidents', (t) =>
  t.field({
    ...requires(streamReaders.security),
    type: SecurityIncidentsSnapshotRef,
    description: 'The last `last` security incidents of one server, or of every server when `serverId` is omitted, newest first.',
    args: {
      serverId: t.arg.id({ required: false }),
      last: t.arg.int({ required: false, defaultValue: 50, validate: z.number().int().min(1).max(1_000) }),
    },
    resolve: async (_, { serverId, last }, { services }) => {
      const { events, head } = await services.log.read({
        streams: ['security'],
        serverId: serverId == null ? undefined : String(serverId),
        limit: last ?? 50,
        from: 'newest',
      });
      return { cursor: cursorAt(head, services.log.epoch), incidents: (events as StoredEvent<'security'>[]).reverse() };
    },
  }),
);
