// A receiver process: holds a share of the subscribers (each an SSE connection, one file descriptor here), timestamps
// every event it receives and reports counts, completions and latency histograms to the bench over IPC. Started by
// ReceiverPool (receivers.ts) with `--import tsx`; exits when the bench disconnects.
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-sse';
import { mintAdminToken } from './auth.ts';
import { decodeText, monoMs } from './clock.ts';
import { LatencyHistogram } from './histogram.ts';
import type { ClientKind, FromReceiver, OpenCommand, PhaseStats, ReceiverStats, ToReceiver } from './protocol.ts';

if (!process.send) throw new Error('bench/lib/receiver.ts runs as a child process of the bench (it needs an IPC channel)');
const send = (message: FromReceiver) => process.send!(message);
process.on('disconnect', () => process.exit(0));

interface Sub {
  index: number;
  kind: ClientKind;
  /** Highest sequence number received, and the lower ones not received yet (concurrent publishers reorder). */
  maxSeq: number;
  missing: Set<number> | null;
  buffer: string;
  connected: boolean;
  ended: string | null;
  firstError: string | null;
  close: () => void;
}

interface PhaseAcc {
  received: number;
  firstAt: number;
  lastAt: number;
  histogram: LatencyHistogram;
}

const subs: Sub[] = [];
const phases = new Map<string, PhaseAcc>();
const seenMeasured = new Set<number>();
let duplicates = 0;
let reordered = 0;
let bytes = 0;
let live = 0;
let completion = false;
/** Receipts per w/m sequence number not yet received by every live subscriber. */
const pending = new Map<number, number>();
let doneQueue: number[] = [];
let doneScheduled = false;
let requested = 0;
let failed = 0;
let firstFailure: string | null = null;
let openStartedAt = 0;
let rampMs = 0;
let closing = false;

const textMarker = '"text":"';
/** Gaps wider than this are not tracked one by one (a late event from before such a gap counts as a duplicate). */
const maxGap = 10_000;

function phaseAcc(phase: string): PhaseAcc {
  let acc = phases.get(phase);
  if (!acc) phases.set(phase, (acc = { received: 0, firstAt: 0, lastAt: 0, histogram: new LatencyHistogram() }));
  return acc;
}

function flushDone(): void {
  doneScheduled = false;
  if (doneQueue.length === 0) return;
  const seqs = doneQueue;
  doneQueue = [];
  send({ type: 'done', seqs });
}

function markDone(seq: number): void {
  pending.delete(seq);
  doneQueue.push(seq);
  if (!doneScheduled) {
    doneScheduled = true;
    setImmediate(flushDone);
  }
}

function record(sub: Sub, text: string, now: number): void {
  const decoded = decodeText(text);
  if (!decoded) return;
  const seq = decoded.seq;
  if (seq > sub.maxSeq) {
    // Publishers send concurrently, so the server may store n+1 before n: remember the gap (if it is small).
    if (seq - sub.maxSeq - 1 <= maxGap) for (let gap = sub.maxSeq + 1; gap < seq; gap++) (sub.missing ??= new Set()).add(gap);
    sub.maxSeq = seq;
  } else if (sub.missing?.delete(seq)) {
    reordered++;
  } else {
    duplicates++;
    return;
  }
  const acc = phaseAcc(decoded.phase);
  acc.received++;
  if (acc.firstAt === 0) acc.firstAt = now;
  acc.lastAt = now;
  const timed = decoded.phase === 'm' || decoded.phase === 'w';
  if (!timed) return;
  acc.histogram.record(now - decoded.publishedAt);
  if (decoded.phase === 'm') seenMeasured.add(seq);
  if (completion) {
    const count = (pending.get(seq) ?? 0) + 1;
    if (count >= live) markDone(seq);
    else pending.set(seq, count);
  }
}

function noteResult(sub: Sub, data: string): void {
  if (sub.firstError) return;
  try {
    const result = JSON.parse(data) as {
      errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
      data?: { chat?: { reason?: string; message?: string } } | null;
    };
    const error = result.errors?.[0];
    if (error) sub.firstError = `${String(error.extensions?.code ?? 'ERROR')}: ${error.message}`.slice(0, 200);
    else if (result.data?.chat?.reason) sub.firstError = `ResyncRequired ${result.data.chat.reason}: ${result.data.chat.message ?? ''}`.slice(0, 200);
  } catch {
    sub.firstError = `unparsable data: ${data.slice(0, 100)}`;
  }
}

function endSub(sub: Sub, how: string): void {
  if (closing || sub.ended) return;
  sub.ended = sub.firstError ? `${how} after ${sub.firstError}` : how;
  if (!sub.connected) return;
  live--;
  if (completion) for (const [seq, count] of pending) if (count >= live) markDone(seq);
}

/** One SSE frame buf[start, end): a heartbeat comment, an event with our text, or something to look at closely. */
function handleFrame(sub: Sub, buf: string, start: number, end: number, now: number): void {
  if (buf.charCodeAt(start) === 58 /* ':' */) return;
  const at = buf.indexOf(textMarker, start);
  if (at >= 0 && at < end) {
    const from = at + textMarker.length;
    record(sub, buf.slice(from, buf.indexOf('"', from)), now);
    return;
  }
  const frame = buf.slice(start, end);
  let event = 'message';
  let data = '';
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(line.startsWith('data: ') ? 6 : 5);
  }
  if (event === 'complete') endSub(sub, 'complete');
  else if (data) noteResult(sub, data);
}

function onChunk(sub: Sub, chunk: string): void {
  const now = monoMs();
  bytes += chunk.length;
  const buf = sub.buffer ? sub.buffer + chunk : chunk;
  let pos = 0;
  for (;;) {
    const end = buf.indexOf('\n\n', pos);
    if (end < 0) break;
    handleFrame(sub, buf, pos, end, now);
    pos = end + 2;
  }
  sub.buffer = pos === 0 ? buf : buf.slice(pos);
}

/** One read buffer for every socket: each read is decoded (copied) synchronously before the next one lands. */
const readBuffer = Buffer.allocUnsafe(256 * 1_024);

/**
 * The raw reader: a plain TCP socket, a hand-written HTTP/1.1 request (POST /graphql, Accept: text/event-stream) and a
 * minimal response parser (status line, headers, chunked transfer coding), reading through `onread` into one shared
 * buffer and decoding latin1 (byte = char, so chunk sizes stay exact; our payloads are ASCII). No http client, no
 * stream machinery, no SSE library: the cheapest receive path Node offers, so the generator limits the ceiling as
 * little as it can.
 */
function openRaw(command: OpenCommand, index: number, token: string | null, onConnected: () => void, onFailed: (reason: string) => void): Sub {
  const target = new URL(command.url);
  const body = JSON.stringify({ query: command.query, variables: command.variables });
  const head =
    `POST /graphql HTTP/1.1\r\nHost: ${target.host}\r\nAccept: text/event-stream\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n${token ? `Authorization: Bearer ${token}\r\n` : ''}Connection: keep-alive\r\n\r\n`;
  const sub: Sub = {
    index,
    kind: 'raw',
    maxSeq: -1,
    missing: null,
    buffer: '',
    connected: false,
    ended: null,
    firstError: null,
    close: () => undefined,
  };
  const fail = (reason: string) => {
    const wasConnected = sub.connected;
    endSub(sub, reason);
    if (!wasConnected) onFailed(reason);
  };
  type Mode = 'head' | 'size' | 'data' | 'crlf' | 'identity' | 'refused' | 'done';
  let mode: Mode = 'head';
  let pending = '';
  let remaining = 0;
  let crlfLeft = 0;
  let refusal = '';
  const feed = (input: string) => {
    let text = input;
    let i = 0;
    let out = '';
    while (i < text.length) {
      if (mode === 'head') {
        pending += i === 0 ? text : text.slice(i);
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const header = pending.slice(0, end);
        text = pending.slice(end + 4);
        pending = '';
        i = 0;
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(header)?.[1] ?? 0);
        if (status !== 200 || !/\r\ncontent-type:\s*text\/event-stream/i.test(header)) {
          refusal = `HTTP ${status}: `;
          mode = 'refused';
          continue;
        }
        mode = /\r\ntransfer-encoding:\s*chunked/i.test(header) ? 'size' : 'identity';
        sub.connected = true;
        live++;
        onConnected();
      } else if (mode === 'size') {
        const nl = text.indexOf('\r\n', i);
        if (nl < 0) {
          pending += text.slice(i);
          break;
        }
        remaining = Number.parseInt(pending + text.slice(i, nl), 16);
        pending = '';
        i = nl + 2;
        if (!(remaining > 0)) {
          mode = 'done';
          break;
        }
        mode = 'data';
      } else if (mode === 'data') {
        const take = Math.min(remaining, text.length - i);
        out += take === text.length ? text : text.slice(i, i + take);
        remaining -= take;
        i += take;
        if (remaining === 0) {
          mode = 'crlf';
          crlfLeft = 2;
        }
      } else if (mode === 'crlf') {
        const skip = Math.min(crlfLeft, text.length - i);
        crlfLeft -= skip;
        i += skip;
        if (crlfLeft === 0) mode = 'size';
      } else if (mode === 'identity') {
        out += i === 0 ? text : text.slice(i);
        break;
      } else if (mode === 'refused') {
        refusal = (refusal + text.slice(i)).slice(0, 400);
        break;
      } else break;
    }
    if (out) onChunk(sub, out);
    if (mode === 'done') {
      socket.destroy();
      fail('stream ended');
    }
  };
  const socket: Socket = connect({
    host: target.hostname,
    port: Number(target.port),
    noDelay: true,
    onread: {
      buffer: readBuffer,
      callback: (bytes: number, buffer: Uint8Array) => {
        feed((buffer as Buffer).toString('latin1', 0, bytes));
        return true;
      },
    },
  });
  socket.on('connect', () => socket.write(head + body));
  socket.on('end', () => fail(mode === 'refused' ? refusal.replace(/\r\n/g, ' ').slice(0, 300) : 'connection ended'));
  socket.on('close', () => fail(mode === 'refused' ? refusal.replace(/\r\n/g, ' ').slice(0, 300) : 'connection closed'));
  socket.on('error', (error) => fail(`error: ${error.message}`));
  sub.close = () => socket.destroy();
  return sub;
}

function openSse(command: OpenCommand, index: number, token: string | null, onConnected: () => void, onFailed: (reason: string) => void): Sub {
  const client = createClient({
    url: `${command.url}/graphql`,
    singleConnection: false,
    retryAttempts: 0,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const sub: Sub = {
    index,
    kind: 'sse',
    maxSeq: -1,
    missing: null,
    buffer: '',
    connected: false,
    ended: null,
    firstError: null,
    close: () => undefined,
  };
  const fail = (reason: string) => {
    const wasConnected = sub.connected;
    endSub(sub, reason);
    if (!wasConnected) onFailed(reason);
  };
  const unsubscribe = client.subscribe(
    { query: command.query, variables: command.variables },
    {
      next: (result) => {
        const now = monoMs();
        const text = (result as { data?: { chat?: { payload?: { text?: string | null } } } }).data?.chat?.payload?.text;
        if (typeof text === 'string') record(sub, text, now);
        else noteResult(sub, JSON.stringify(result));
      },
      error: (error) => fail(`error: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
      complete: () => fail('complete'),
    },
    {
      connected: () => {
        sub.connected = true;
        live++;
        onConnected();
      },
    },
  );
  sub.close = () => {
    unsubscribe();
    client.dispose();
  };
  return sub;
}

async function open(command: OpenCommand): Promise<void> {
  completion = command.completion;
  requested = command.count;
  const tokens = command.auth
    ? await Promise.all(
        Array.from({ length: command.count }, (_, i) =>
          mintAdminToken(command.auth!.secret, `${command.auth!.subjectPrefix}${command.first + i}`, command.auth!.roles, command.auth!.ttlS),
        ),
      )
    : null;
  openStartedAt = monoMs();
  let connected = 0;
  for (let offset = 0; offset < command.count; offset += command.batch) {
    const size = Math.min(command.batch, command.count - offset);
    await new Promise<void>((resolve) => {
      let settled = 0;
      const timer = setTimeout(() => {
        const missing = size - settled;
        failed += missing;
        firstFailure ??= `${missing} not connected within ${command.batchTimeoutMs} ms`;
        resolve();
      }, command.batchTimeoutMs);
      const settle = () => {
        if (++settled === size) {
          clearTimeout(timer);
          resolve();
        }
      };
      for (let i = 0; i < size; i++) {
        const index = command.first + offset + i;
        const kind: ClientKind = command.client === 'mixed' ? (index % 2 === 0 ? 'sse' : 'raw') : command.client;
        const token = tokens ? tokens[offset + i]! : null;
        let once = false;
        const connectedNow = () => {
          if (once) return;
          once = true;
          connected++;
          settle();
        };
        const failedNow = (reason: string) => {
          if (once) return;
          once = true;
          failed++;
          firstFailure ??= reason;
          settle();
        };
        subs.push((kind === 'sse' ? openSse : openRaw)(command, index, token, connectedNow, failedNow));
      }
    });
    if (failed > Math.max(10, command.count * 0.05)) break;
  }
  rampMs = monoMs() - openStartedAt;
  send({ type: 'opened', connected, failed, firstFailure, rampMs, openStartedAt });
}

function stats(): ReceiverStats {
  const endReasons: Record<string, number> = {};
  let ended = 0;
  for (const sub of subs) {
    if (!sub.ended || !sub.connected) continue;
    ended++;
    const reason = sub.ended.replace(/\d+/g, 'N');
    endReasons[reason] = (endReasons[reason] ?? 0) + 1;
  }
  const out: Record<string, PhaseStats> = {};
  for (const [phase, acc] of phases)
    out[phase] = { received: acc.received, firstAt: acc.firstAt, lastAt: acc.lastAt, histogram: acc.histogram.toJSON() };
  return {
    requested,
    connected: subs.filter((s) => s.connected).length,
    failed,
    firstFailure,
    ended,
    endReasons,
    duplicates,
    reordered,
    phases: out,
    seenMeasured: [...seenMeasured],
    openStartedAt,
    rampMs,
    bytes,
  };
}

let elu = performance.eventLoopUtilization();
setInterval(() => {
  const now = performance.eventLoopUtilization();
  const received: Record<string, number> = {};
  for (const [phase, acc] of phases) received[phase] = acc.received;
  send({ type: 'tick', received, live, elu: performance.eventLoopUtilization(now, elu).utilization });
  elu = now;
}, 250);

process.on('message', (message: ToReceiver) => {
  if (message.type === 'open') {
    open(message).catch((error: unknown) => send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) }));
  } else if (message.type === 'stats') {
    send({ type: 'stats', stats: stats() });
  } else if (message.type === 'close') {
    closing = true;
    for (const sub of subs) sub.close();
    send({ type: 'closed' });
    setTimeout(() => process.exit(0), 50);
  }
});

send({ type: 'ready', pid: process.pid });
