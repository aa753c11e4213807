import { describe, expect, it } from 'vitest';
import { defaultBackoff } from './backoff.ts';
import { type FeedFailure, StreamFollower } from './follower.ts';
import { defaultProbeBackoff, ReachabilityProbe } from './probe.ts';
import { event, ManualClock, ScriptedFeed, settle } from './testkit.ts';

/** A hub the test switches on and off; counts the probes it answers. */
class Hub {
  up = false;
  probes = 0;
  check = async () => {
    this.probes++;
    return this.up;
  };
}

const networkDown: FeedFailure = { message: 'network down', code: null, retryable: true };

function probeSetup(random = () => 1) {
  const hub = new Hub();
  const clock = new ManualClock();
  const probe = new ReachabilityProbe(hub.check, { clock, random });
  return { hub, clock, probe };
}

/** Moves the clock on by `ms`, letting each probe's answer settle as it comes. */
async function run(clock: ManualClock, ms: number, step = 50) {
  for (let t = 0; t < ms; t += step) {
    clock.advance(step);
    await settle();
  }
}

describe('ReachabilityProbe', () => {
  it('should probe only while someone watches, backing off with jitter up to its cap', async () => {
    const { hub, clock, probe } = probeSetup();
    await run(clock, 5_000);
    expect(hub.probes).toBe(0);
    const stop = probe.watch(() => expect.fail('the hub never came back'));
    // With the top of every jitter range: 500, 1000, then 2000 ms apart (the cap).
    await run(clock, 500);
    expect(hub.probes).toBe(1);
    await run(clock, 1_000);
    expect(hub.probes).toBe(2);
    await run(clock, 2_000);
    expect(hub.probes).toBe(3);
    await run(clock, 20_000);
    expect(hub.probes).toBe(13);
    stop();
    await run(clock, 10_000);
    expect(hub.probes).toBe(13);
  });

  it('should tell every watcher once when the hub answers after failing, within the cap of it coming back', async () => {
    const { hub, clock, probe } = probeSetup();
    const told: string[] = [];
    probe.watch(() => told.push('a'));
    probe.watch(() => told.push('b'));
    await run(clock, 10_000);
    expect(told).toEqual([]);
    hub.up = true;
    await run(clock, defaultProbeBackoff.capMs);
    expect(told).toEqual(['a', 'b']);
    const probes = hub.probes;
    await run(clock, 10_000);
    expect(hub.probes).toBe(probes);
    expect(told).toEqual(['a', 'b']);
  });

  it('should tell no one when the hub answered all along (the stream failed for another reason)', async () => {
    const { hub, clock, probe } = probeSetup();
    hub.up = true;
    const told: string[] = [];
    probe.watch(() => told.push('a'));
    await run(clock, 10_000);
    expect(told).toEqual([]);
    expect(hub.probes).toBeGreaterThan(0);
  });

  it('should take a probe that throws (network error) as the hub being down', async () => {
    const clock = new ManualClock();
    let up = false;
    const probe = new ReachabilityProbe(
      async () => {
        if (!up) throw new TypeError('Failed to fetch');
        return true;
      },
      { clock, random: () => 1 },
    );
    let told = 0;
    probe.watch(() => told++);
    await run(clock, 3_000);
    up = true;
    await run(clock, 2_000);
    expect(told).toBe(1);
  });
});

describe('StreamFollower with a reachability probe', () => {
  async function started() {
    const feed = new ScriptedFeed();
    const clock = new ManualClock();
    const hub = new Hub();
    hub.up = true;
    const follower = new StreamFollower(feed, {
      clock,
      random: () => 1,
      backSpreadMs: 300,
      reachability: new ReachabilityProbe(hub.check, { clock, random: () => 1 }),
      scheduleFlush: (flush) => {
        flush();
        return () => undefined;
      },
    });
    follower.start();
    feed.loads[0]!.resolve({ state: [0], cursor: 'c0' });
    await settle();
    return { feed, clock, hub, follower, view: () => follower.getView() };
  }

  it('should retry within the probe cap and the spread once the hub is back, not wait out a long backoff', async () => {
    const { feed, clock, hub, view } = await started();
    feed.live.sink.next({ kind: 'event', event: event(1) });
    hub.up = false;
    feed.acceptAtOnce = false;
    // The hub restarts: every reconnect fails for 10 s, and the backoff grows (1, 2, 4, 8 s at the top of the jitter).
    feed.live.sink.error(networkDown);
    const failEachAttempt = async (ms: number) => {
      for (let t = 0; t < ms; t += 50) {
        clock.advance(50);
        await settle();
        const last = feed.subscriptions.at(-1)!;
        if (!last.stopped && view().status === 'reconnecting' && !failed.has(last)) {
          failed.add(last);
          last.sink.error(networkDown);
        }
      }
    };
    const failed = new Set<(typeof feed.subscriptions)[number]>();
    await failEachAttempt(10_000);
    expect(view().status).toBe('reconnecting');
    // The next attempt by backoff alone is far off: 8 s or 16 s away.
    expect(view().retryAt! - clock.now()).toBeGreaterThan(defaultProbeBackoff.capMs + 300);
    hub.up = true;
    feed.acceptAtOnce = true;
    const back = clock.now();
    await run(clock, defaultProbeBackoff.capMs + 300 + 50);
    expect(view().status).toBe('live');
    expect(clock.now() - back).toBeLessThanOrEqual(defaultProbeBackoff.capMs + 350);
    // It resumed after the last cursor, and the backoff starts over.
    expect(feed.live.after).toBe('c1');
    feed.live.sink.error(networkDown);
    expect(view().retryAt! - clock.now()).toBe(defaultBackoff.baseMs);
  });

  it('should stop probing once live again, and when stopped', async () => {
    const { feed, clock, hub, follower } = await started();
    hub.up = false;
    feed.live.sink.error(networkDown);
    await run(clock, 3_000);
    hub.up = true;
    await run(clock, 3_000);
    const probes = hub.probes;
    await run(clock, 10_000);
    expect(hub.probes).toBe(probes);
    hub.up = false;
    feed.live.sink.error(networkDown);
    follower.stop();
    await run(clock, 10_000);
    expect(hub.probes).toBe(probes);
  });
});
