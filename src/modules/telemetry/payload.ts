/** What a `telemetry` event carries: one sample of a server's load. */
export interface TelemetryPayload {
  cpuPercent: number;
  memoryUsedMb: number;
  memoryTotalMb: number | null;
  networkInKbps: number;
  networkOutKbps: number;
  dbQueriesPerSecond: number | null;
  dbLatencyMs: number | null;
  tickRate: number | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    telemetry: TelemetryPayload;
  }
}
