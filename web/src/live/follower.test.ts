import { describe, expect, it, vi } from 'vitest';
import { type FeedFailure, StreamFollower } from './follower.ts';
import { event, ManualClock, ScriptedFeed, settle } from './testkit.ts';

function setup(options: { random?: () => number; onFatal?: (failure: FeedFailure) => void } = {}) {
  const feed = new ScriptedFeed();
  const clock = new ManualClock();
  const frames: Array<() => void> = [];
  const follower = new StreamFollower(feed, {
    clock,
    random: options.random ?? (() => 1),
    onFatal: options.onFatal,
    stableAfterMs: 5_000,
    scheduleFlush: (flush) => {
      frames.push(flush);
      return () => frames.splice(frames.indexOf(flush), 1);
    },
  });
  const frame = () => {
    for (const flush of frames.splice(0)) flush();
  };
  return { feed, clock, follower, frame, view: () => follower.getView() };
}

async function started(options?: Parameters<typeof setup>[0]) {
  const context = setup(options);
  context.follower.start();
  context.feed.loads[0]!.resolve({ state: [0], cursor: 'c0' });
  await settle();
  return context;
}

const networkDown: FeedFailure = { message: 'network down', code: null, retryable: true };

describe('StreamFollower', () => {
  it('should load state, then subscribe after the cursor the state is consistent with', async () => {
    const { feed, follower, view } = setup();
    follower.start();
    expect(view().status).toBe('connecting');
    expect(feed.subscriptions).toHaveLength(0);
    feed.loads[0]!.resolve({ state: [0], cursor: 'c0' });
    await settle();
    expect(feed.live.after).toBe('c0');
    expect(view()).toMatchObject({ status: 'live', state: [0], cursor: 'c0' });
  });

  it('should say reconnecting, not live, until the server accepts the resumed subscription', async () => {
    const { feed, clock, view } = await started();
    feed.acceptAtOnce = false;
    feed.live.sink.error(networkDown);
    expect(view().status).toBe('reconnecting');
    clock.advance(1_000);
    expect(feed.live.after).toBe('c0');
    expect(view()).toMatchObject({ status: 'reconnecting', error: 'network down' });
    feed.live.sink.open();
    expect(view()).toMatchObject({ status: 'live', error: null });
  });

  it('should take the first event of a subscription as its acceptance', async () => {
    const { feed, follower, view } = setup();
    feed.acceptAtOnce = false;
    follower.start();
    feed.loads[0]!.resolve({ state: [0], cursor: 'c0' });
    await settle();
    expect(view().status).toBe('connecting');
    feed.live.sink.next({ kind: 'event', event: event(1) });
    expect(view().status).toBe('live');
  });

  it('should fold every event of a frame into the state in one batch', async () => {
    const { feed, frame, view } = await started();
    for (const n of [1, 2, 3]) feed.live.sink.next({ kind: 'event', event: event(n) });
    expect(view().state).toEqual([0]);
    frame();
    expect(feed.batches).toEqual([[1, 2, 3]]);
    expect(view()).toMatchObject({ state: [0, 1, 2, 3], cursor: 'c3', applied: 3 });
  });

  it('should resume after the last cursor received when the stream drops, even before it was drawn', async () => {
    const { feed, clock, frame, view } = await started();
    feed.live.sink.next({ kind: 'event', event: event(1) });
    feed.live.sink.next({ kind: 'event', event: event(2) });
    feed.live.sink.error(networkDown);
    expect(view()).toMatchObject({ status: 'reconnecting', error: 'network down', retryAt: 1_000 });
    expect(feed.subscriptions[0]!.stopped).toBe(true);
    clock.advance(1_000);
    expect(feed.live.after).toBe('c2');
    expect(feed.loads).toHaveLength(1);
    feed.live.sink.next({ kind: 'event', event: event(3) });
    frame();
    expect(view().state).toEqual([0, 1, 2, 3]);
  });

  it('should drop a redelivered event and ignore a stale subscription', async () => {
    const { feed, clock, frame, view } = await started();
    const first = feed.live;
    first.sink.next({ kind: 'event', event: event(1) });
    first.sink.error(networkDown);
    clock.advance(1_000);
    // A late message on the dropped subscription, and an overlap on the new one.
    first.sink.next({ kind: 'event', event: event(9) });
    feed.live.sink.next({ kind: 'event', event: event(1) });
    feed.live.sink.next({ kind: 'event', event: event(2) });
    frame();
    expect(view().state).toEqual([0, 1, 2]);
    expect(view().duplicates).toBe(1);
  });

  it('should back off exponentially, capped at 30 s, and start over once events flow', async () => {
    const { feed, clock, view } = await started();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      feed.live.sink.error(networkDown);
      const wait = view().retryAt! - clock.now();
      waits.push(wait);
      clock.advance(wait);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    feed.live.sink.next({ kind: 'event', event: event(1) });
    feed.live.sink.error(networkDown);
    expect(view().retryAt! - clock.now()).toBe(1_000);
    expect(view().reconnects).toBe(8);
  });

  it('should start the backoff over once a subscription has stayed up for a while', async () => {
    const { feed, clock, view } = await started();
    feed.live.sink.error(networkDown);
    clock.advance(1_000);
    feed.live.sink.error(networkDown);
    clock.advance(2_000);
    clock.advance(5_000);
    feed.live.sink.error(networkDown);
    expect(view().retryAt! - clock.now()).toBe(1_000);
  });

  it('should reconnect after the server ends the stream', async () => {
    const { feed, clock, view } = await started();
    feed.live.sink.complete();
    expect(view().status).toBe('reconnecting');
    clock.advance(1_000);
    expect(feed.subscriptions).toHaveLength(2);
  });

  it('should reload the state on ResyncRequired and follow after the new cursor', async () => {
    const { feed, frame, view } = await started();
    feed.live.sink.next({ kind: 'event', event: event(1) });
    feed.live.sink.next({ kind: 'resync', reason: 'TRIMMED', message: 'Retention has removed events after this cursor' });
    expect(view()).toMatchObject({ status: 'resyncing', state: [0, 1] });
    expect(feed.subscriptions[0]!.stopped).toBe(true);
    expect(feed.loads).toHaveLength(2);
    feed.loads[1]!.resolve({ state: [100], cursor: 'c100' });
    await settle();
    expect(feed.live.after).toBe('c100');
    feed.live.sink.next({ kind: 'event', event: event(101) });
    frame();
    expect(view()).toMatchObject({ status: 'live', state: [100, 101], cursor: 'c101', error: null });
  });

  it('should keep reloading with backoff while the reload fails, and follow once it succeeds', async () => {
    const { feed, clock, view } = await started();
    feed.live.sink.next({ kind: 'resync', reason: 'UNKNOWN_LOG', message: 'The log was wiped' });
    feed.loads[1]!.reject(new Error('fetch failed'));
    await settle();
    expect(view()).toMatchObject({ status: 'reconnecting', error: 'fetch failed' });
    clock.advance(1_000);
    expect(view().status).toBe('resyncing');
    feed.loads[2]!.resolve({ state: [7], cursor: 'c7' });
    await settle();
    expect(feed.live.after).toBe('c7');
  });

  it('should retry the first load with backoff', async () => {
    const { feed, clock, follower, view } = setup();
    follower.start();
    feed.loads[0]!.reject(networkDown);
    await settle();
    expect(view()).toMatchObject({ status: 'reconnecting', state: null });
    clock.advance(1_000);
    expect(feed.loads).toHaveLength(2);
    expect(view().status).toBe('connecting');
  });

  it('should stop for good on a failure retrying cannot fix', async () => {
    const onFatal = vi.fn();
    const { feed, clock, view } = await started({ onFatal });
    const expired: FeedFailure = { message: 'Your token has expired', code: 'TOKEN_EXPIRED', retryable: false };
    feed.live.sink.error(expired);
    expect(view()).toMatchObject({ status: 'failed', error: 'Your token has expired', retryAt: null });
    expect(onFatal).toHaveBeenCalledWith(expired);
    clock.advance(60_000);
    expect(feed.subscriptions).toHaveLength(1);
  });

  it('should reconnect at once on retryNow', async () => {
    const { feed, follower } = await started();
    feed.live.sink.error(networkDown);
    follower.retryNow();
    expect(feed.subscriptions).toHaveLength(2);
    expect(feed.live.after).toBe('c0');
  });

  it('should unsubscribe and cancel timers and frames on stop', async () => {
    const { feed, clock, follower, frame, view } = await started();
    feed.live.sink.next({ kind: 'event', event: event(1) });
    follower.stop();
    expect(feed.subscriptions[0]!.stopped).toBe(true);
    frame();
    clock.advance(60_000);
    expect(view()).toMatchObject({ status: 'stopped', state: [0] });
    expect(feed.subscriptions).toHaveLength(1);
  });

  it('should notify listeners with a new view on every change', async () => {
    const { feed, follower, frame } = await started();
    const views: unknown[] = [];
    follower.listen(() => views.push(follower.getView()));
    feed.live.sink.next({ kind: 'event', event: event(1) });
    feed.live.sink.next({ kind: 'event', event: event(2) });
    frame();
    expect(views).toHaveLength(1);
  });
});
