import type { ArgBuilder } from '@pothos/core';
import { z } from 'zod';
import type { EventLog } from '../../events/log/log.ts';
import type { VigilTypes } from '../../schema/builder.ts';
import { badInput } from '../../schema/errors.ts';
import { type HistorySelection, seqReceivedFrom } from './seek.ts';

/** The longest window one replay covers. */
export const maxReplayMs = 3_600_000;

/** The most events one replay answers with. */
export const maxReplayEvents = 10_000;

/** `from`, `to` and `first` of a replay query (`mapReplay`, `chatReplay`): `first` counts `what`, `defaultFirst` by default. */
export function replayWindowArgs(arg: ArgBuilder<VigilTypes>, what: string, defaultFirst: number) {
  return {
    from: arg({ type: 'DateTime', required: true }),
    to: arg({ type: 'DateTime', required: true, description: 'After `from`, at most an hour after it; a time in the future reads up to now.' }),
    first: arg.int({
      required: false,
      defaultValue: defaultFirst,
      description: `The most ${what} to answer with (1 to ${maxReplayEvents}); a window holding more is refused with LIMIT_EXCEEDED.`,
      validate: z.number().int().min(1, 'must be at least 1').max(maxReplayEvents, `must be at most ${maxReplayEvents}`),
    }),
  };
}

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
