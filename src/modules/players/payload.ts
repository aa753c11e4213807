export const playerActivityKinds = ['JOIN', 'LEAVE', 'ACTIVITY'] as const;
export type PlayerActivityKind = (typeof playerActivityKinds)[number];

/** What a `players` event carries: a player joining, leaving or doing something of note. */
export interface PlayerActivityPayload {
  kind: PlayerActivityKind;
  playerId: string;
  playerName: string;
  /** Free-form description of the activity, e.g. "reached level 20". */
  detail: string | null;
  ipAddress: string | null;
  email: string | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    players: PlayerActivityPayload;
  }
}
