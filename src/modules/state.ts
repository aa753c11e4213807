import type { StateSlices } from '../events/projection.ts';
import { MapsState } from './maps/state.ts';
import { ServersState } from './servers/state.ts';
import { TicketsState } from './tickets/state.ts';

/** An empty slice of current state for every stream module that keeps one, for `StateProjection.rebuild`. */
export function emptySlices(): StateSlices {
  // Servers first: every event is a sign of life of its server, before any other slice looks at it.
  return { servers: new ServersState(), maps: new MapsState(), tickets: new TicketsState() };
}
