import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { createProducer, type ProducerError, type StoredEvent } from 'vigil/producer';
import { afterAll, describe, expect, it } from 'vitest';
import type { VigilConfigInput } from '../src/server/config.ts';
import type { Stream } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { sleep } from './kit/stream.ts';
import { startVigil, type TestVigil, tempDir } from './kit/vigil.ts';

const ProducerHistory = graphql(`
  query ProducerHistory($stream: Stream, $after: Cursor) {
    events(stream: $stream, after: $after, first: 500) {
      events {
        id
        stream
        serverId
        ... on ChatEvent { payload { text } }
      }
      endCursor
      hasMore
    }
  }
`);

const servers: Server[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.closeAllConnections();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Intercepts a request before Vigil handles it; may rewrite how it answers. */
type Tap = (req: IncomingMessage, res: ServerResponse) => void;

interface ListeningVigil {
  vigil: TestVigil;
  url: string;
  /** POST requests to /graphql so far. */
  requests(): number;
  /** Stops the hub like a crash of its host: connections cut, listener closed, log closed. */
  stop(): Promise<void>;
}

/** A real Vigil on a SQLite file, listening on 127.0.0.1:`port` (0: a free one), counting requests. */
async function listenVigil(
  databasePath: string,
  { port = 0, tap, config = {} }: { port?: number; tap?: Tap; config?: VigilConfigInput } = {},
): Promise<ListeningVigil> {
  const vigil = await startVigil({ ...config, databasePath });
  let requests = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST') requests++;
    tap?.(req, res);
    vigil.app.listener(req, res);
  });
  servers.push(server);
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', listening);
  });
  return {
    vigil,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: () => requests,
    async stop() {
      vigil.app.services.hub.close();
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
      await vigil.close();
    },
  };
}

/** A port nothing listens on (any more). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((closed) => probe.close(() => closed()));
  return port;
}

/** The hub stores the batch, then the connection drops before the answer: the producer cannot know it was stored. */
const loseAnswers: Tap = (req, res) => {
  const cut = () => {
    req.socket.destroy();
    return res;
  };
  res.writeHead = cut as never;
  res.write = cut as never;
  res.end = cut as never;
};

type HistoryEvent = ResultOf<typeof ProducerHistory>['events']['events'][number];

/** Every event of the log (of one stream), oldest first. */
async function history(vigil: TestVigil, stream?: Stream): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ResultOf<typeof ProducerHistory> = await vigil.ok(ProducerHistory, { stream, after });
    events.push(...page.events.events);
    if (!page.events.hasMore) return events;
    after = page.events.endCursor ?? null;
  }
}

const textsOf = (events: HistoryEvent[]) => events.map((event) => ('payload' in event ? event.payload.text : null));

const chatLine = (text: string) => ({ channel: 'ops', playerId: 'p1', playerName: 'Ana', text });

describe('producer SDK', () => {
  it('should store every event exactly once, in the order sent, across a 3 s hub outage', { timeout: 60_000 }, async () => {
    const databasePath = join(tempDir(), 'vigil.db');
    const port = await freePort();
    let hub = await listenVigil(databasePath, { port });
    const token = await hub.vigil.producerToken('eu-1');
    const retries: string[] = [];
    const producer = createProducer({
      url: hub.url,
      token,
      serverId: 'eu-1',
      retry: { initialDelayMs: 50, maxDelayMs: 400 },
      onRetry: (info) => retries.push(info.reason),
    });

    const acknowledged: Array<Promise<StoredEvent>> = [];
    const send = () => acknowledged.push(producer.chat(chatLine(`#${acknowledged.length}`)));
    const sending = setInterval(() => {
      for (let i = 0; i < 5; i++) send();
    }, 20);

    await sleep(1_000);
    await hub.stop();
    const sentBeforeOutage = acknowledged.length;
    await sleep(3_000);
    expect(acknowledged.length - sentBeforeOutage).toBeGreaterThan(50);
    expect(producer.stats().queued).toBeGreaterThan(50);

    hub = await listenVigil(databasePath, { port });
    await sleep(1_000);
    clearInterval(sending);
    await producer.close();

    const stored = await Promise.all(acknowledged);
    const log = await history(hub.vigil, 'CHAT');
    expect(textsOf(log)).toEqual(acknowledged.map((_, i) => `#${i}`));
    expect(log.map((event) => event.id)).toEqual(stored.map((event) => event.id));
    expect(new Set(stored.map((event) => event.cursor)).size).toBe(acknowledged.length);
    expect(retries.length).toBeGreaterThan(0);
    expect(producer.stats()).toMatchObject({ queued: 0, sent: acknowledged.length, failed: 0 });
  });

  it('should store an event once when the answer to a stored batch is lost and the batch is retried', { timeout: 30_000 }, async () => {
    let lose = 2;
    const hub = await listenVigil(join(tempDir(), 'vigil.db'), {
      tap: (req, res) => {
        if (lose-- > 0) loseAnswers(req, res);
      },
    });
    const producer = createProducer({
      url: hub.url,
      token: await hub.vigil.producerToken('eu-1'),
      serverId: 'eu-1',
      retry: { initialDelayMs: 20, maxDelayMs: 100 },
    });
    const stored = await Promise.all([producer.chat(chatLine('one')), producer.chat(chatLine('two'))]);
    await producer.close();

    expect(hub.requests()).toBe(3);
    expect(producer.stats()).toMatchObject({ sent: 2, retried: 4, requests: 3 });
    const log = await history(hub.vigil, 'CHAT');
    expect(textsOf(log)).toEqual(['one', 'two']);
    expect(log.map((event) => event.id)).toEqual(stored.map((event) => event.id));
  });

  it('should send a burst of 10,000 events in 20 requests of 500 and store them all', { timeout: 90_000 }, async () => {
    const hub = await listenVigil(join(tempDir(), 'vigil.db'));
    const producer = createProducer({ url: hub.url, token: await hub.vigil.producerToken('eu-1'), serverId: 'eu-1' });
    const families = [
      () => producer.telemetry({ cpuPercent: 40, memoryUsedMb: 2_000, networkInKbps: 100, networkOutKbps: 300 }),
      () => producer.chat(chatLine('burst')),
      () => producer.playerActivity({ kind: 'ACTIVITY', playerId: 'p1', playerName: 'Ana', detail: 'crafted a sword' }),
      () => producer.serverStatus({ state: 'ONLINE', playerCount: 10 }),
      () =>
        producer
          .mapEntities({ mapId: 'm1', updates: [{ entityId: 'p1', kind: 'PLAYER', action: 'MOVE', position: { x: 1, y: 2 } }] })
          .then((events) => events[0]!),
    ];
    const acknowledged = Array.from({ length: 10_000 }, (_, i) => families[i % families.length]!());
    const stored = await Promise.all(acknowledged);
    await producer.close();

    expect(hub.requests()).toBe(20);
    expect(producer.stats()).toEqual({ queued: 0, sent: 10_000, retried: 0, failed: 0, requests: 20 });
    const log = await history(hub.vigil);
    expect(log).toHaveLength(10_000);
    expect(log.map((event) => event.id)).toEqual(stored.map((event) => event.id));
  });

  it('should wait at least retryAfterMs when the hub rate-limits it, and store every event once, in order', { timeout: 30_000 }, async () => {
    // What the hub answered each refused request, when it finished answering, and when every request arrived.
    const refusals: Array<{ retryAfterMs: number; answeredAt: number }> = [];
    const arrivals: number[] = [];
    const hub = await listenVigil(join(tempDir(), 'vigil.db'), {
      config: { producerRate: '50/s,burst=40' },
      tap: (req, res) => {
        if (req.method !== 'POST') return;
        arrivals.push(performance.now());
        const chunks: Buffer[] = [];
        const write = res.write.bind(res);
        const end = res.end.bind(res);
        res.write = ((chunk: unknown, ...rest: never[]) => (chunks.push(Buffer.from(chunk as string)), write(chunk as string, ...rest))) as never;
        res.end = ((chunk?: unknown, ...rest: never[]) => (
          chunk && typeof chunk !== 'function' && chunks.push(Buffer.from(chunk as string)), end(chunk as string, ...rest)
        )) as never;
        res.on('finish', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString()) as { errors?: Array<{ extensions?: { code?: string; retryAfterMs?: number } }> };
          const limited = body.errors?.find((error) => error.extensions?.code === 'RATE_LIMITED');
          if (limited) refusals.push({ retryAfterMs: limited.extensions!.retryAfterMs!, answeredAt: performance.now() });
        });
      },
    });
    const retries: Array<{ delayMs: number; retryAfterMs?: number; reason: string }> = [];
    const producer = createProducer({
      url: hub.url,
      token: await hub.vigil.producerToken('eu-1'),
      serverId: 'eu-1',
      onRetry: (info) => retries.push(info),
    });
    const acknowledged = Array.from({ length: 100 }, (_, i) => producer.chat(chatLine(`#${i}`)));
    const stored = await Promise.all(acknowledged);
    await producer.close();

    expect(refusals.length).toBeGreaterThan(0);
    expect(retries.map((retry) => retry.retryAfterMs)).toEqual(refusals.map((refusal) => refusal.retryAfterMs));
    for (const retry of retries) {
      expect(retry.reason).toMatch(/^RATE_LIMITED: /);
      expect(retry.delayMs).toBeGreaterThanOrEqual(retry.retryAfterMs!);
    }
    for (const refusal of refusals) {
      const next = arrivals.find((at) => at > refusal.answeredAt)!;
      // Node's timers keep whole milliseconds: allow the one the clocks may disagree by.
      expect(next - refusal.answeredAt).toBeGreaterThanOrEqual(refusal.retryAfterMs - 1);
    }
    const log = await history(hub.vigil, 'CHAT');
    expect(textsOf(log)).toEqual(acknowledged.map((_, i) => `#${i}`));
    expect(log.map((event) => event.id)).toEqual(stored.map((event) => event.id));
    expect(producer.stats()).toMatchObject({ queued: 0, sent: 100, failed: 0 });
  });

  it('should reject just the invalid events with the field at fault and store the others', { timeout: 30_000 }, async () => {
    const hub = await listenVigil(join(tempDir(), 'vigil.db'));
    const failed: ProducerError[] = [];
    const producer = createProducer({
      url: hub.url,
      token: await hub.vigil.producerToken('eu-1'),
      serverId: 'eu-1',
      onFailed: (error) => failed.push(error),
    });
    const move = { entityId: 'p1', kind: 'PLAYER' as const, action: 'MOVE' as const, position: { x: 1, y: 2 } };
    const outcomes = await Promise.allSettled([
      producer.chat(chatLine('before')),
      producer.chat({ ...chatLine('psst'), kind: 'WHISPER' }),
      producer.telemetry({ cpuPercent: 150, memoryUsedMb: 1, networkInKbps: 1, networkOutKbps: 1 }),
      producer.mapEntities({ mapId: 'm1', updates: [move, { ...move, heading: 400 }] }),
      // Outside the generated types: what a JavaScript caller could send.
      producer.chat({ ...chatLine('hi'), kind: 'SHOUT' as never }),
      producer.chat(chatLine('after')),
    ]);
    await producer.close();

    const reasons = outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as ProducerError) : null));
    expect(reasons.map((reason) => reason && { name: reason.name, code: reason.code, family: reason.family, field: reason.field })).toEqual([
      null,
      { name: 'ProducerError', code: 'BAD_USER_INPUT', family: 'chat', field: 'recipientId' },
      { name: 'ProducerError', code: 'BAD_USER_INPUT', family: 'telemetry', field: 'cpuPercent' },
      { name: 'ProducerError', code: 'BAD_USER_INPUT', family: 'mapEntities', field: 'updates.1.heading' },
      { name: 'ProducerError', code: 'BAD_USER_INPUT', family: 'chat', field: 'kind' },
      null,
    ]);
    expect(reasons[2]!.message).toContain('cpuPercent');
    expect(failed).toHaveLength(4);
    expect(textsOf(await history(hub.vigil, 'CHAT'))).toEqual(['before', 'after']);
    expect(await history(hub.vigil, 'MAP_ENTITIES')).toEqual([]);
    // Refused input is not retried: one round per kind of refusal, then the rest is stored.
    expect(producer.stats()).toMatchObject({ sent: 2, failed: 5, queued: 0 });
    expect(hub.requests()).toBeLessThanOrEqual(3);
  });

  it.each([
    ['at most 100 events per batch', { maxBatchSize: 100 }],
    ['request bodies of at most 4 KiB', { maxBodyBytes: 4_096 }],
  ] as const)(
    'should shrink its batches to a hub that accepts %s, and refuse only an event too large on its own',
    { timeout: 30_000 },
    async (_, config) => {
      const hub = await listenVigil(join(tempDir(), 'vigil.db'), { config });
      const producer = createProducer({ url: hub.url, token: await hub.vigil.producerToken('eu-1'), serverId: 'eu-1' });
      const lines = Array.from({ length: 300 }, (_, i) => producer.chat(chatLine(`line ${i}`)));
      const huge = producer.openTicket({ subject: 'crash log', body: 'x'.repeat(4_900) });
      const stored = await Promise.all(lines);
      const hugeOutcome = await huge.then(
        () => null,
        (error: ProducerError) => error.code,
      );
      await producer.close();

      expect(hugeOutcome).toBe('maxBodyBytes' in config ? 'PAYLOAD_TOO_LARGE' : null);
      const log = await history(hub.vigil, 'CHAT');
      expect(textsOf(log)).toEqual(lines.map((_, i) => `line ${i}`));
      expect(log.map((event) => event.id)).toEqual(stored.map((event) => event.id));
      expect(producer.stats()).toMatchObject({ queued: 0, sent: 'maxBodyBytes' in config ? 300 : 301 });
    },
  );

  it('should reject with FORBIDDEN when its token belongs to another server, and store nothing', async () => {
    const hub = await listenVigil(join(tempDir(), 'vigil.db'));
    const producer = createProducer({ url: hub.url, token: await hub.vigil.producerToken('us-1'), serverId: 'eu-1' });
    await expect(producer.chat(chatLine('wrong server'))).rejects.toMatchObject({ name: 'ProducerError', code: 'FORBIDDEN', family: 'chat' });
    await producer.close();
    expect(await history(hub.vigil)).toEqual([]);
  });

  it('should reject with TOKEN_REVOKED once its token is revoked, and store nothing more', async () => {
    const hub = await listenVigil(join(tempDir(), 'vigil.db'));
    const issued = await hub.vigil.app.services.producers.issue('eu-1', 'to revoke');
    const producer = createProducer({ url: hub.url, token: issued.token, serverId: 'eu-1' });
    await producer.chat(chatLine('while valid'));
    await hub.vigil.app.services.producers.revoke(issued.id);
    await expect(producer.chat(chatLine('after revocation'))).rejects.toMatchObject({ name: 'ProducerError', code: 'TOKEN_REVOKED', family: 'chat' });
    await producer.close();
    expect(textsOf(await history(hub.vigil, 'CHAT'))).toEqual(['while valid']);
  });

  it('should reject with QUEUE_FULL beyond maxQueuedEvents, and with CLOSED what a timed-out close leaves', async () => {
    const producer = createProducer({
      url: `http://127.0.0.1:${await freePort()}/graphql`,
      token: 'vgp_unused',
      serverId: 'eu-1',
      maxQueuedEvents: 3,
    });
    const held = [1, 2, 3].map((i) => producer.chat(chatLine(`held ${i}`)));
    await expect(producer.chat(chatLine('one too many'))).rejects.toMatchObject({ name: 'ProducerError', code: 'QUEUE_FULL' });
    expect(producer.stats()).toMatchObject({ queued: 3, failed: 1 });
    await expect(producer.close({ timeoutMs: 300 })).rejects.toMatchObject({ code: 'CLOSED' });
    for (const event of held) await expect(event).rejects.toMatchObject({ code: 'CLOSED' });
    await expect(producer.chat(chatLine('after close'))).rejects.toMatchObject({ code: 'CLOSED' });
  });

  describe('outbox', () => {
    const sdk = pathToFileURL(resolve('src/producer/index.ts')).href;
    /** A game server process: `enqueue` queues events and waits (to be killed); `drain` sends what its outbox holds and exits. */
    const childScript = `
      import { createProducer } from ${JSON.stringify(sdk)};
      const [url, token, outbox, mode, count] = process.argv.slice(2);
      const producer = createProducer({ url, token, serverId: 'eu-1', outbox, retry: { initialDelayMs: 50, maxDelayMs: 200 } });
      if (mode === 'enqueue') {
        for (let i = 0; i < Number(count); i++) producer.chat({ channel: 'ops', playerId: 'p1', playerName: 'Ana', text: 'outbox-' + i });
        console.log('queued ' + producer.stats().queued);
        setInterval(() => undefined, 1_000);
      } else {
        console.log('recovered ' + producer.stats().queued);
        await producer.close();
        console.log('stats ' + JSON.stringify(producer.stats()));
      }
    `;

    function runChild(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
      const dir = tempDir();
      const script = join(dir, 'game-server.mts');
      writeFileSync(script, childScript);
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      return { child, output: () => output, exited };
    }

    async function waitFor(check: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 20_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
        await sleep(25);
      }
    }

    it.each([
      ['the hub is unreachable', 'unreachable'],
      ['the hub stores batches but its answers are lost', 'answers lost'],
    ] as const)(
      'should deliver events queued when the producer process was killed (%s), once, on its next start',
      { timeout: 60_000 },
      async (_, scenario) => {
        let losing = scenario === 'answers lost';
        const hub = await listenVigil(join(tempDir(), 'vigil.db'), {
          tap: (req, res) => {
            if (losing) loseAnswers(req, res);
          },
        });
        const token = await hub.vigil.producerToken('eu-1');
        const outbox = join(tempDir(), 'outbox.db');
        const count = 50;

        const first = runChild([
          scenario === 'unreachable' ? `http://127.0.0.1:${await freePort()}/graphql` : hub.url,
          token,
          outbox,
          'enqueue',
          String(count),
        ]);
        await waitFor(() => first.output().includes(`queued ${count}`), first.output);
        // With answers lost, wait until the hub has stored some of them: the restart must not store those twice.
        if (scenario === 'answers lost') await waitFor(async () => (await history(hub.vigil, 'CHAT')).length > 0, first.output);
        first.child.kill('SIGKILL');
        await first.exited;
        losing = false;

        const second = runChild([hub.url, token, outbox, 'drain']);
        expect(await second.exited).toBe(0);
        expect(second.output()).toContain(`recovered ${count}`);
        expect(second.output()).toMatch(new RegExp(`"sent":${count},.*"failed":0`));

        const third = runChild([hub.url, token, outbox, 'drain']);
        expect(await third.exited).toBe(0);
        expect(third.output()).toContain('recovered 0');

        expect(textsOf(await history(hub.vigil, 'CHAT'))).toEqual(Array.from({ length: count }, (_, i) => `outbox-${i}`));
      },
    );
  });
});
