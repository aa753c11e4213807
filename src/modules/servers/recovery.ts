import type { AnyEventDraft, EventDraft } from '../../events/envelope.ts';
import type { ServerStatusPayload } from './payload.ts';
import type { ServersState } from './state.ts';

/** The status of a server that never reported one, as the hub assumes it when it must name one. */
export const unknownStatus: ServerStatusPayload = { state: 'ONLINE', playerCount: 0, maxPlayers: null, health: 'HEALTHY', message: null };

/**
 * What the hub stores before a batch (IngestService's `prepend`): a server marked UNREACHABLE that reports anything
 * but a status gets its previous status back first.
 */
export function serverRecoveries(servers: ServersState, drafts: readonly AnyEventDraft[]): EventDraft<'serverStatus'>[] {
  const recovered: EventDraft<'serverStatus'>[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.serverId)) continue;
    seen.add(draft.serverId);
    const server = servers.get(draft.serverId);
    if (server?.status?.state !== 'UNREACHABLE') continue;
    if (drafts.some((d) => d.serverId === draft.serverId && d.stream === 'serverStatus')) continue;
    if (draft.stream === 'tickets' && draft.payload.kind !== 'CREATED') continue;
    const previous = server.statusBeforeUnreachable ?? unknownStatus;
    recovered.push({
      stream: 'serverStatus',
      type: 'server.reachable',
      serverId: draft.serverId,
      key: draft.serverId,
      occurredAt: new Date(),
      priority: 'NORMAL',
      payload: { ...previous, message: 'reporting again' },
    });
  }
  return recovered;
}
