import type { ArgBuilder, ArgumentRef, ObjectRef } from '@pothos/core';
import { z } from 'zod';
import { streamReaders } from '../auth/roles.ts';
import { requires } from '../auth/scopes.ts';
import type { StoredEvent, StreamName } from '../events/envelope.ts';
import { builder, type VigilContext, type VigilTypes } from './builder.ts';
import { cursorAt } from './events.ts';

const defaultCount = 50;
/** How many of the newest events of the selection a filtered read looks through for its `last` matches. */
export const filteredScan = 10_000;

/** Arguments a stream adds to its snapshot query, and the filter they make (null when none is set). */
export interface RecentEventsFilter<S extends StreamName> {
  args: (arg: ArgBuilder<VigilTypes>) => Record<string, ArgumentRef<VigilTypes, unknown>>;
  accept: (args: Record<string, unknown>, context: VigilContext) => ((event: StoredEvent<S>) => boolean) | null;
}

interface RecentEvents<S extends StreamName> {
  cursor: string;
  events: StoredEvent<S>[];
}

/**
 * A snapshot query of one stream: `name(<channel: String>, serverId: ID, last: Int = 50): <snapshot.name>!`, for the
 * stream's readers, answering the last `last` (1 to 1000) events with the log position they are consistent with.
 * `keyArgument` names the argument matched against the events' partition key (a chat channel, a server); a
 * `serverId` that is not the key matches the reporting server. A `filter` adds arguments matched in the hub: those reads
 * look through the newest `filteredScan` events of the selection.
 */
export function recentEventsQuery<S extends StreamName>(
  name: string,
  options: {
    stream: S;
    event: ObjectRef<VigilTypes, StoredEvent<S>>;
    description: string;
    snapshot: { name: string; description: string; eventsField: string };
    keyArgument?: 'channel' | 'serverId';
    order: 'oldest first' | 'newest first';
    filter?: RecentEventsFilter<S>;
  },
): void {
  const { stream, event, snapshot, keyArgument, order, filter } = options;
  const SnapshotRef = builder.objectRef<RecentEvents<S>>(snapshot.name).implement({
    description: snapshot.description,
    fields: (t) => ({
      cursor: t.field({ type: 'Cursor', resolve: (s) => s.cursor }),
      [snapshot.eventsField]: t.field({ type: [event], resolve: (s) => s.events }),
    }),
  });

  builder.queryField(name, (t) =>
    t.field({
      ...requires(streamReaders[stream]),
      type: SnapshotRef,
      description: options.description,
      args: {
        ...(keyArgument === 'channel' ? { channel: t.arg.string({ required: false }) } : {}),
        serverId: t.arg.id({ required: false }),
        last: t.arg.int({ required: false, defaultValue: defaultCount, validate: z.number().int().min(1).max(1_000) }),
        ...filter?.args(t.arg),
      },
      resolve: async (_, args, context) => {
        const { services } = context;
        const accept = filter?.accept(args as Record<string, unknown>, context) ?? null;
        const last = args.last ?? defaultCount;
        const channel = 'channel' in args ? (args.channel ?? undefined) : undefined;
        const serverId = args.serverId == null ? undefined : String(args.serverId);
        const { events, head } = await services.log.read({
          streams: [stream],
          key: keyArgument === 'channel' ? channel : keyArgument === 'serverId' ? serverId : undefined,
          serverId: keyArgument === 'serverId' ? undefined : serverId,
          limit: accept ? filteredScan : last,
          from: 'newest',
        });
        // A read of one stream holds its events only, oldest first.
        const read = events as unknown as StoredEvent<S>[];
        const recent = accept ? read.filter(accept).slice(-last) : read;
        return { cursor: cursorAt(head, services.log.epoch), events: order === 'newest first' ? recent.reverse() : recent };
      },
    }),
  );
}
