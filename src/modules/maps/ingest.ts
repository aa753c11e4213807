import { z } from 'zod';
import { requires } from '../../auth/scopes.ts';
import { type EventDraft, lowerCase } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputDescriptions, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { inputRules } from '../ingest/rules.ts';
import { EntityActionEnum, EntityKindEnum, MapEntityEvent } from './types.ts';

const maxUpdatesPerBatch = 1000;
const coordinate = z.number({ error: 'must be a finite number' });

export const PositionInput = builder.inputType('PositionInput', {
  description: 'A point in map coordinates; leave `z` out on flat maps.',
  fields: (t) => ({
    x: t.float(),
    y: t.float(),
    z: t.float({ required: false }),
  }),
});

export const EntityUpdateInput = builder.inputType('EntityUpdateInput', {
  description: 'One entity appearing on, moving on, or leaving the map.',
  fields: (t) => ({
    entityId: t.id(),
    kind: t.field({ type: EntityKindEnum }),
    action: t.field({ type: EntityActionEnum }),
    position: t.field({ type: PositionInput, description: 'Where the entity is; for DESPAWN, where it was last.' }),
    heading: t.float({ required: false, description: 'Facing direction in degrees, 0..360; left out, the entity keeps its earlier one.' }),
    label: t.string({ required: false, description: 'Display name shown next to the entity; left out, the entity keeps its earlier one.' }),
  }),
});

// Position and update rules are checked with the batch (the only input holding them): one validation per batch.
const positionRules = inputRules({ x: coordinate, y: coordinate, z: coordinate });

const entityUpdateRules = inputRules({
  entityId: z.string().min(1).max(128),
  position: { object: positionRules },
  heading: z.number().min(0, 'must be at least 0').max(360, 'must be at most 360'),
  label: z.string().max(100, 'must be at most 100 characters'),
});

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const mapEntitiesRules = inputRules({
  ...envelopeRules,
  mapId: z.string().min(1).max(128),
  updates: {
    each: entityUpdateRules,
    list: z
      .array(z.unknown())
      .min(1, 'must contain at least one update')
      .max(maxUpdatesPerBatch, `must contain at most ${maxUpdatesPerBatch} updates`),
  },
});

export const MapEntitiesInput = builder.inputType('MapEntitiesInput', {
  description: 'A batch of entity updates on one map, stored all together or not at all.',
  fields: (t) => ({
    ...envelopeInputFields(t, {
      dedupKey: `${envelopeInputDescriptions.dedupKey} It stands for the whole batch: a retry with other updates, or another number of them, is a CONFLICT.`,
    }),
    mapId: t.id(),
    updates: t.field({ type: [EntityUpdateInput], description: `1 to ${maxUpdatesPerBatch} updates, applied in order.` }),
  }),
});

export function mapEntitiesDrafts(input: typeof MapEntitiesInput.$inferInput): EventDraft<'mapEntities'>[] {
  // One clock reading for the whole batch, so its updates share an occurredAt.
  const envelope = { ...input, occurredAt: input.occurredAt ?? new Date() };
  const size = input.updates.length;
  const dedupBatch = input.dedupKey == null ? null : { key: input.dedupKey, size };
  return input.updates.map((update, index) => ({
    dedupBatch,
    ...draftFrom(
      { ...envelope, dedupKey: dedupBatch && `${dedupBatch.key}#${index}/${size}` },
      {
        stream: 'mapEntities',
        type: `map.${lowerCase(update.action)}`,
        key: input.mapId,
        defaultPriority: update.kind === 'EVENT' ? 'NORMAL' : 'LOW',
        payload: {
          mapId: input.mapId,
          entityId: update.entityId,
          kind: update.kind,
          action: update.action,
          position: { x: update.position.x, y: update.position.y, z: update.position.z ?? null },
          heading: update.heading ?? null,
          label: update.label ?? null,
        },
      },
    ),
  }));
}

builder.mutationField('reportMapEntities', (t) =>
  t.field({
    ...requires(['PRODUCER']),
    type: [MapEntityEvent],
    description: 'A game server reports entities spawning, moving and despawning on one map; one event per update, stored atomically.',
    args: { input: t.arg({ type: MapEntitiesInput, validate: mapEntitiesRules }) },
    resolve: (_, { input }, { services, viewer }) => services.ingest.appendEvents(mapEntitiesDrafts(input), viewer),
  }),
);
