import { z } from 'zod';
import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { cursorAt } from '../../schema/events.ts';
import { PlayerEvent } from './types.ts';

interface PlayerActivitySnapshot {
  cursor: string;
  events: StoredEvent<'players'>[];
}

const PlayerActivitySnapshotRef = builder.objectRef<PlayerActivitySnapshot>('PlayerActivitySnapshot').implement({
  description: 'Recent player activity, oldest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
  fields: (t) => ({
    cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
    events: t.field({ type: [PlayerEvent], resolve: (s) => s.events }),
  }),
});

builder.queryField('playerActivity', (t) =>
  t.field({
    ...requires(streamReaders.players),
    type: PlayerActivitySnapshotRef,
    description: 'The last `last` player joins, leaves and activities, of one server when given, oldest first.',
    args: {
      serverId: t.arg.id({ required: false }),
      last: t.arg.int({ required: false, defaultValue: 50, validate: z.number().int().min(1).max(1_000) }),
    },
    resolve: async (_, { serverId, last }, { services }) => {
      const { events, head } = await services.log.read({
        streams: ['players'],
        key: serverId == null ? undefined : String(serverId),
        limit: last ?? 50,
        from: 'newest',
      });
      return { cursor: cursorAt(head, services.log.epoch), events: events.filter((event) => isStream(event, 'players')) };
    },
  }),
);
