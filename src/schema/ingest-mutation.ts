import type { ObjectRef } from '@pothos/core';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { requires } from '../auth/scopes.ts';
import type { EventDraft, StoredEvent, StreamName } from '../events/envelope.ts';
import { builder, type VigilTypes } from './builder.ts';

/**
 * A producer's mutation that stores one event of a stream: `name(input: <input>!): <event>!`, open to PRODUCER only,
 * with `input` checked by `rules` and turned into its draft by `drafts` (the same function `ingest` uses).
 */
export function ingestMutation<S extends StreamName, Input>(
  name: string,
  options: {
    description: string;
    input: PothosSchemaTypes.InputObjectRef<VigilTypes, Input>;
    rules: StandardSchemaV1;
    drafts: (input: Input) => EventDraft<S>[];
    event: ObjectRef<VigilTypes, StoredEvent<S>>;
  },
): void {
  const { description, input, rules, drafts, event } = options;
  builder.mutationField(name, (t) =>
    t.field({
      ...requires(['PRODUCER']),
      type: event,
      description,
      args: { input: t.arg({ type: input, validate: rules }) },
      resolve: async (_, args, { services, viewer }) => {
        const [stored] = await services.ingest.appendEvents(drafts((args as { input: Input }).input), viewer);
        return stored!;
      },
    }),
  );
}
