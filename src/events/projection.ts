import type { AnyStoredEvent } from './envelope.ts';
import type { EventLog } from './log/log.ts';

/** One stream module's part of the current state: it folds the events it cares about, in log order. */
export interface StateSlice {
  apply(event: AnyStoredEvent): void;
}

/**
 * The stream modules' slices by name, each declared by its module (`src/modules/<stream>/state.ts`) by merging into
 * this interface; `src/modules/state.ts` makes a fresh set.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the stream modules' declaration merging
export interface StateSlices {}

/**
 * Current state, a projection of the log: applied in log order from every appended batch and rebuilt from the
 * log on start. Histories (telemetry samples, chat, incidents) are read from the log itself.
 */
export class StateProjection {
  /** Seq of the last applied event: the state is consistent with this log position. */
  seq = 0;
  /** Events per stream this node has applied, less what its retention removed (for metrics). */
  readonly applied = new Map<string, number>();
  private readonly folds: readonly StateSlice[];

  constructor(readonly slices: StateSlices) {
    this.folds = Object.values(slices);
  }

  static async rebuild(log: EventLog, slices: StateSlices, pageSize = 10_000): Promise<StateProjection> {
    const state = new StateProjection(slices);
    for (;;) {
      const { events } = await log.read({ afterSeq: state.seq, limit: pageSize });
      for (const event of events) state.apply(event);
      if (events.length < pageSize) return state;
    }
  }

  apply(event: AnyStoredEvent): void {
    if (event.seq <= this.seq) return;
    this.seq = event.seq;
    this.applied.set(event.stream, (this.applied.get(event.stream) ?? 0) + 1);
    for (const slice of this.folds) slice.apply(event);
  }
}
