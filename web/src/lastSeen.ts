import type { Client } from '@urql/core';
import { useEffect, useState } from 'react';
import { serversQuery } from './streams/servers.ts';

/** How often the grid refreshes last-seen times that no stream carries. */
const lastSeenPollMs = 10_000;

/**
 * When the hub last heard from each server. The serverStatus stream moves it only on status reports, while any event
 * (telemetry, chat, ...) is a sign of life, so the servers snapshot is re-read now and then for this one field.
 */
export function useLastSeen(client: Client): ReadonlyMap<string, string> {
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await client.query(serversQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (!stopped && result.data) setSeen(new Map(result.data.servers.servers.map((server) => [server.id, server.lastSeen])));
    };
    const timer = setInterval(() => void poll(), lastSeenPollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client]);
  return seen;
}

/** The later of two ISO instants. */
export function later(a: string, b: string | undefined): string {
  return b !== undefined && Date.parse(b) > Date.parse(a) ? b : a;
}
