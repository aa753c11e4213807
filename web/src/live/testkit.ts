import { expect } from 'vitest';
import type { Clock, FeedSink, LiveFeed, Snapshot } from './follower.ts';

export interface TestEvent {
  id: string;
  cursor: string;
  value: number;
}
export type TestState = readonly number[];

export const event = (n: number): TestEvent => ({ id: `e${n}`, cursor: `c${n}`, value: n });
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A feed driven by the test: it answers loads and pushes messages by hand. */
export class ScriptedFeed implements LiveFeed<TestState, TestEvent> {
  readonly loads: Array<{ resolve: (snapshot: Snapshot<TestState>) => void; reject: (error: unknown) => void }> = [];
  readonly subscriptions: Array<{ after: string; sink: FeedSink<TestEvent>; stopped: boolean }> = [];
  readonly batches: number[][] = [];
  /** Whether a subscription is accepted at once, as a server that is up does. */
  acceptAtOnce = true;

  load(): Promise<Snapshot<TestState>> {
    return new Promise((resolve, reject) => this.loads.push({ resolve, reject }));
  }

  subscribe(after: string, sink: FeedSink<TestEvent>): () => void {
    const subscription = { after, sink, stopped: false };
    this.subscriptions.push(subscription);
    if (this.acceptAtOnce) sink.open();
    return () => {
      subscription.stopped = true;
    };
  }

  apply = (state: TestState, events: readonly TestEvent[]): TestState => {
    this.batches.push(events.map((e) => e.value));
    return [...state, ...events.map((e) => e.value)];
  };

  get live() {
    const last = this.subscriptions.at(-1)!;
    expect(last.stopped).toBe(false);
    return last;
  }
}

/** Time that moves only when the test says so. */
export class ManualClock implements Clock {
  private time = 0;
  private nextId = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    this.timers.set(++this.nextId, { at: this.time + ms, run });
    return this.nextId;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }
}
