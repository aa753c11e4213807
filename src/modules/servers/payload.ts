export const serverStates = ['STARTING', 'ONLINE', 'RESTARTING', 'STOPPED', 'UNREACHABLE'] as const;
export type ServerState = (typeof serverStates)[number];

export const serverHealths = ['HEALTHY', 'DEGRADED', 'CRITICAL'] as const;
export type ServerHealth = (typeof serverHealths)[number];

/** What a `serverStatus` event carries: a server's state, players and health (the hub itself writes UNREACHABLE and recovery events with it). */
export interface ServerStatusPayload {
  state: ServerState;
  playerCount: number;
  maxPlayers: number | null;
  health: ServerHealth;
  message: string | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    serverStatus: ServerStatusPayload;
  }
}
