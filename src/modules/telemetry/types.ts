import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import type { TelemetryPayload } from './payload.ts';

export const TelemetrySample = builder.objectRef<TelemetryPayload>('TelemetrySample').implement({
  description: 'One metrics sample of a game server.',
  fields: (t) => ({
    cpuPercent: t.exposeFloat('cpuPercent', { description: 'CPU load, 0..100.' }),
    memoryUsedMb: t.exposeFloat('memoryUsedMb', { description: 'Memory in use, in megabytes.' }),
    memoryTotalMb: t.exposeFloat('memoryTotalMb', { nullable: true, description: 'Memory available to the server, in megabytes.' }),
    networkInKbps: t.exposeFloat('networkInKbps', { description: 'Inbound network traffic, in kilobits per second.' }),
    networkOutKbps: t.exposeFloat('networkOutKbps', { description: 'Outbound network traffic, in kilobits per second.' }),
    dbQueriesPerSecond: t.exposeFloat('dbQueriesPerSecond', { nullable: true, description: 'Database queries per second.' }),
    dbLatencyMs: t.exposeFloat('dbLatencyMs', { nullable: true, description: 'Database query latency, in milliseconds.' }),
    tickRate: t.exposeFloat('tickRate', { nullable: true, description: 'Simulation ticks per second.' }),
  }),
});

export const TelemetryEvent = eventObjectType('telemetry', 'TelemetryEvent', TelemetrySample, 'A metrics sample reported by a game server.');
