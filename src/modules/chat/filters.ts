import type { ArgBuilder } from '@pothos/core';
import { fieldReaders, hasAnyRole } from '../../auth/roles.ts';
import type { Viewer } from '../../auth/viewer.ts';
import type { AnyStoredEvent } from '../../events/envelope.ts';
import type { VigilTypes } from '../../schema/builder.ts';
import { notBlank } from '../../schema/validation.ts';

/** What a chat reader may narrow its query or stream to, beyond the channel. */
export interface ChatFilter {
  serverId?: string | number | null;
  player?: string | null;
  text?: string | null;
}

const searchLength = 100;

/** `player` and `text`, shared by `chatMessages` and `chat`. */
export function chatSearchArgs(arg: ArgBuilder<VigilTypes>) {
  return {
    player: arg.string({
      required: false,
      description: `Only lines of this player: its id exactly, or part of its name, ignoring case (at most ${searchLength} characters).`,
      validate: notBlank(searchLength),
    }),
    text: arg.string({
      required: false,
      description: `Only messages and whispers whose text contains this, ignoring case (at most ${searchLength} characters). Whispers whose text the viewer may not read never match.`,
      validate: notBlank(searchLength),
    }),
  };
}

/** The events a chat filter keeps, or null when it keeps every one; whisper text the viewer may not read is never searched. */
export function chatAccept(filter: ChatFilter, viewer: Viewer): ((event: AnyStoredEvent) => boolean) | null {
  const serverId = filter.serverId == null ? null : String(filter.serverId);
  const player = filter.player?.trim().toLowerCase() || null;
  const text = filter.text?.trim().toLowerCase() || null;
  if (serverId == null && player == null && text == null) return null;
  const readsWhispers = viewer.kind === 'producer' || (viewer.kind === 'admin' && hasAnyRole(viewer.roles, fieldReaders.whisperText));
  return (event) => {
    if (event.stream !== 'chat') return false;
    if (serverId != null && event.serverId !== serverId) return false;
    const { payload } = event;
    if (player != null && payload.playerId.toLowerCase() !== player && !payload.playerName.toLowerCase().includes(player)) return false;
    if (text != null) {
      if (payload.text == null || (payload.kind === 'WHISPER' && !readsWhispers)) return false;
      if (!payload.text.toLowerCase().includes(text)) return false;
    }
    return true;
  };
}
