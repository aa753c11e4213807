export const incidentKinds = ['VIOLATION', 'BAN', 'BOT_DETECTED', 'HACK_DETECTED'] as const;
export type IncidentKind = (typeof incidentKinds)[number];

/** What a `security` event carries: one incident a server's anti-cheat or moderation reported. */
export interface SecurityIncidentPayload {
  kind: IncidentKind;
  playerId: string | null;
  description: string;
  /** How sure the detector is, 0..1. */
  confidence: number | null;
  /** Set on BAN: how long, in seconds; null for permanent. */
  banDurationSeconds: number | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    security: SecurityIncidentPayload;
  }
}
