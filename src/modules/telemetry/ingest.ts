import { z } from 'zod';
import type { EventDraft } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { draftFrom, envelopeInputFields, envelopeRules } from '../../schema/events.ts';
import { ingestMutation } from '../../schema/ingest-mutation.ts';
import { inputRules } from '../ingest/rules.ts';
import { TelemetryEvent } from './types.ts';

const quantity = z.number().min(0, 'must not be negative');

/** Checked where the input is taken (this module's mutation and `ingest`): one validation per input. */
export const telemetryRules = inputRules({
  ...envelopeRules,
  cpuPercent: z.number().min(0, 'must not be negative').max(100, 'must not be above 100'),
  memoryUsedMb: quantity,
  memoryTotalMb: quantity,
  networkInKbps: quantity,
  networkOutKbps: quantity,
  dbQueriesPerSecond: quantity,
  dbLatencyMs: quantity,
  tickRate: quantity,
});

export const TelemetryInput = builder.inputType('TelemetryInput', {
  fields: (t) => ({
    ...envelopeInputFields(t),
    cpuPercent: t.float({ description: 'CPU load, 0..100.' }),
    memoryUsedMb: t.float({ description: 'Memory in use, in megabytes.' }),
    memoryTotalMb: t.float({ required: false, description: 'Memory available to the server, in megabytes.' }),
    networkInKbps: t.float({ description: 'Inbound network traffic, in kilobits per second.' }),
    networkOutKbps: t.float({ description: 'Outbound network traffic, in kilobits per second.' }),
    dbQueriesPerSecond: t.float({ required: false, description: 'Database queries per second.' }),
    dbLatencyMs: t.float({ required: false, description: 'Database query latency, in milliseconds.' }),
    tickRate: t.float({ required: false, description: 'Simulation ticks per second.' }),
  }),
});

export function telemetryDrafts(input: typeof TelemetryInput.$inferInput): EventDraft<'telemetry'>[] {
  return [
    draftFrom(input, {
      stream: 'telemetry',
      type: 'telemetry.sample',
      key: input.serverId,
      defaultPriority: 'LOW',
      payload: {
        cpuPercent: input.cpuPercent,
        memoryUsedMb: input.memoryUsedMb,
        memoryTotalMb: input.memoryTotalMb ?? null,
        networkInKbps: input.networkInKbps,
        networkOutKbps: input.networkOutKbps,
        dbQueriesPerSecond: input.dbQueriesPerSecond ?? null,
        dbLatencyMs: input.dbLatencyMs ?? null,
        tickRate: input.tickRate ?? null,
      },
    }),
  ];
}

ingestMutation('reportTelemetry', {
  description: 'A game server reports a metrics sample: CPU, memory, network and database load.',
  input: TelemetryInput,
  rules: telemetryRules,
  drafts: telemetryDrafts,
  event: TelemetryEvent,
});
