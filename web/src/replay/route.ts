import { defaultSpan, type WindowSpan, windowSpans } from './playback.ts';

/** What a replay link names: the server and moment of an incident or ticket, and the map when known. */
export interface ReplayTarget {
  serverId: string;
  /** The moment by the hub clock (an incident's or ticket's receivedAt), ISO 8601. */
  at: string;
  mapId?: string | null;
  span?: WindowSpan;
}

export function replayPath({ serverId, at, mapId, span }: ReplayTarget): string {
  const search = new URLSearchParams({ server: serverId, at });
  if (mapId) search.set('map', mapId);
  if (span && span !== defaultSpan) search.set('span', String(span / 60_000));
  return `/replay?${search}`;
}

export type ParsedReplay = { ok: true; serverId: string; at: number; mapId: string | null; span: WindowSpan } | { ok: false; problem: string };

/** Reads `?server=..&at=<ISO time>[&map=..][&span=<minutes>]`; `span` is one of the offered windows, 5 minutes by default. */
export function parseReplaySearch(search: string): ParsedReplay {
  const params = new URLSearchParams(search);
  const serverId = params.get('server')?.trim();
  if (!serverId) return { ok: false, problem: 'The link names no server (?server=…).' };
  const at = Date.parse(params.get('at') ?? '');
  if (Number.isNaN(at)) return { ok: false, problem: 'The link names no moment to replay (?at=<ISO time>).' };
  const minutes = Number(params.get('span') ?? defaultSpan / 60_000);
  const span = windowSpans.find((s) => s === minutes * 60_000) ?? defaultSpan;
  return { ok: true, serverId, at, mapId: params.get('map')?.trim() || null, span };
}
