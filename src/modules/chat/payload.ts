export const chatKinds = ['MESSAGE', 'WHISPER', 'JOIN', 'LEAVE'] as const;
export type ChatKind = (typeof chatKinds)[number];

/** What a `chat` event carries: a message, a whisper, or a player joining or leaving a channel. */
export interface ChatPayload {
  kind: ChatKind;
  channel: string;
  playerId: string;
  playerName: string;
  /** The whisper's recipient; null for channel traffic. */
  recipientId: string | null;
  /** Message text; null for join/leave. */
  text: string | null;
}

declare module '../../events/payloads.ts' {
  interface StreamPayloads {
    chat: ChatPayload;
  }
}
