import { useEffect, useState } from 'react';
import { useDashboard } from '../context.ts';
import { failureOf } from '../live/urqlFeed.ts';
import type { ChatLine } from '../streams/chat.ts';
import type { ReplayWindow } from './playback.ts';
import { chatReplayQuery, mapReplayQuery } from './queries.ts';
import { type MapTimeline, mapTimeline } from './timeline.ts';

/** The most changes (and chat events) one replay reads: the hub's own bound; a busier window is refused and should be narrowed. */
const replayReadLimit = 10_000;

export interface ReplayChat {
  lines: readonly ChatLine[];
  /** Each line's receivedAt in ms, ascending. */
  times: readonly number[];
  complete: boolean;
}

export type ReplayData =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  /** `chat` is null when the viewer's roles may not read chat. */
  | { status: 'ready'; map: MapTimeline; mapComplete: boolean; chat: ReplayChat | null };

/** Reads one map's replay, and its server's chat when `withChat`, over the window, once. */
export function useReplayData(mapId: string, serverId: string, range: ReplayWindow, withChat: boolean): ReplayData {
  const { client, onFatal } = useDashboard();
  const [data, setData] = useState<ReplayData>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    const variables = { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString(), first: replayReadLimit };
    const load = async () => {
      const [map, chat] = await Promise.all([
        client.query(mapReplayQuery, { ...variables, mapId }, { requestPolicy: 'network-only' }).toPromise(),
        withChat ? client.query(chatReplayQuery, { ...variables, serverId }, { requestPolicy: 'network-only' }).toPromise() : null,
      ]);
      if (stopped) return;
      const error = map.error ?? chat?.error;
      if (error || !map.data || (chat && !chat.data)) {
        const failure = error ? failureOf(error) : { message: 'The server answered without data', code: null, retryable: true };
        setData({ status: 'failed', error: failure.message });
        if (!failure.retryable) onFatal(failure);
        return;
      }
      const lines = chat?.data?.chatReplay.messages ?? null;
      setData({
        status: 'ready',
        map: mapTimeline(map.data.mapReplay),
        mapComplete: map.data.mapReplay.complete,
        chat: lines && { lines, times: lines.map((line) => Date.parse(line.receivedAt)), complete: chat!.data!.chatReplay.complete },
      });
    };
    void load();
    return () => {
      stopped = true;
    };
  }, [client, onFatal, mapId, serverId, range.from, range.to, withChat]);
  return data;
}
