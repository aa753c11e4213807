import type { StateSlices } from '../events/projection.ts';
import { MapsState } from './maps/state.ts';
import { TicketsState } from './tickets/state.ts';

/** An empty slice of current state for every stream module that keeps one, for `StateProjection.rebuild`. */
export function emptySlices(): StateSlices {
  return { maps: new MapsState(), tickets: new TicketsState() };
}
