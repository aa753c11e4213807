import { z } from 'zod';
import { mayRead, readableStreams } from '../../auth/access.ts';
import { roles } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import type { AnyStoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { vigilError } from '../../schema/errors.ts';
import { cursorAt, EventInterface, StreamEnum, seqFromCursor } from '../../schema/events.ts';

interface EventPage {
  events: AnyStoredEvent[];
  endCursor: string | null;
  hasMore: boolean;
  head: string;
}

const EventPageRef = builder.objectRef<EventPage>('EventPage').implement({
  description: 'A page of the event log in order. Pass `endCursor` as `after` for the next page.',
  fields: (t) => ({
    events: t.field({ type: [EventInterface], resolve: (page) => page.events }),
    endCursor: t.field({
      type: 'Cursor',
      nullable: true,
      description: 'Cursor of the last event of this page; the `after` given when the page is empty.',
      resolve: (page) => page.endCursor,
    }),
    hasMore: t.exposeBoolean('hasMore', { description: 'Whether more events follow this page right now.' }),
    head: t.field({ type: 'Cursor', description: 'The newest position of the log when the page was read.', resolve: (page) => page.head }),
  }),
});

builder.queryField('events', (t) =>
  t.field({
    ...requires(roles),
    type: EventPageRef,
    description: 'Pages through the event history, oldest first, of one stream or of every stream you may read.',
    args: {
      stream: t.arg({ type: StreamEnum, required: false }),
      after: t.arg({ type: 'Cursor', required: false, description: 'Start after this position; from the oldest retained event when omitted.' }),
      first: t.arg.int({ required: false, defaultValue: 100, validate: z.number().int().min(1).max(1_000) }),
    },
    resolve: async (_, { stream, after, first }, { services, viewer }) => {
      if (stream && !mayRead(viewer, stream)) throw vigilError('FORBIDDEN', `The ${stream} stream is not available to your role(s)`);
      const afterSeq = seqFromCursor(after, services.log.epoch);
      const streams = stream ? [stream] : readableStreams(viewer);
      if (afterSeq !== undefined && afterSeq < (await services.log.trimmedThrough(streams))) {
        throw vigilError('CURSOR_EXPIRED', 'after: retention has removed events after this cursor; page from the start or from a newer cursor');
      }
      const limit = first ?? 100;
      const { events, head } = await services.log.read({ streams, afterSeq, limit: limit + 1 });
      const page = events.slice(0, limit);
      return {
        events: page,
        endCursor: page.at(-1)?.cursor ?? after ?? null,
        hasMore: events.length > limit,
        head: cursorAt(head, services.log.epoch),
      };
    },
  }),
);
