import type { EventLog } from '../../events/log/log.ts';
import { badInput } from '../../schema/errors.ts';
import { type HistorySelection, seqReceivedFrom } from './seek.ts';

/** The longest window one replay covers. */
export const maxReplayMs = 3_600_000;

/** Refuses a replay window that is empty, reversed, or longer than an hour, naming `to`. */
export function checkReplayWindow(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw badInput([{ path: 'to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > maxReplayMs) throw badInput([{ path: 'to', message: 'must be at most an hour after from' }]);
}

/** The window's bounds in the log: read `after` fromSeq up to toSeq for the selected events received from `from` to `to`. */
export interface WindowSeqs {
  head: number;
  /** The last selected event received before `from` (0 when none). */
  fromSeq: number;
  /** The last selected event received at or before `to`; the head when `to` is in the future. */
  toSeq: number;
}

export async function windowSeqs(log: EventLog, selection: HistorySelection, from: Date, to: Date): Promise<WindowSeqs> {
  const head = await log.head();
  const fromSeq = await seqReceivedFrom(log, selection, from, head);
  const toSeq = to.getTime() >= Date.now() ? head : await seqReceivedFrom(log, selection, new Date(to.getTime() + 1), head);
  return { head, fromSeq, toSeq };
}
