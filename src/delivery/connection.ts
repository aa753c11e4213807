import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Beating, DeliveryClock } from './clock.ts';
import { keepAliveFrame } from './frames.ts';
import type { DeliveryStats } from './stats.ts';

/** What delivers on a connection: asked to take more frames when the connection has room again. */
export interface ConnectionMember {
  pump(): void;
}

const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  connection: 'keep-alive',
  'cache-control': 'no-cache',
  'content-encoding': 'none',
};

/** A frame queued on a connection: bytes shared with other connections, or text sent to this one only. */
export type Frame = Buffer | string;

/** `frames` copied into `target` from `at`; where they end. */
function copyFrames(frames: readonly Frame[], target: Buffer, at: number): number {
  for (const frame of frames) at += typeof frame === 'string' ? target.write(frame, at) : frame.copy(target, at);
  return at;
}

/**
 * The largest chunk a flush builds in the shared scratch buffer; a larger one gets a buffer of its own. A socket that
 * keeps part of a scratch chunk keeps the whole buffer: at most this much more than its own bound per connection.
 */
const scratchBytes = 64 * 1024;

/**
 * The buffer flushes build their chunks in, reused from write to write while the kernel takes each write whole (a
 * socket keeps no reference to a write it finished at once). A fresh buffer per write was ~100 MB/s of ArrayBuffers
 * at saturation: V8 counts them as external memory and answered with back-to-back mark-compacts (6 a second, its
 * four helper threads busy on the server's core), which doubled the CPU per delivery.
 */
let scratch: Buffer | null = null;

/**
 * `frames` as one chunk of a chunked HTTP/1.1 body (size line, the frames, CRLF): in the scratch buffer if it fits
 * and `reuse` says the socket has nothing queued, else in a buffer of its own size (a queued write keeps its buffer).
 */
function chunkOf(frames: readonly Frame[], bytes: number, reuse: boolean): Buffer {
  const head = `${bytes.toString(16)}\r\n`;
  const size = head.length + bytes + 2;
  const chunk = reuse && size <= scratchBytes ? (scratch ??= Buffer.allocUnsafeSlow(scratchBytes)).subarray(0, size) : Buffer.allocUnsafe(size);
  const at = copyFrames(frames, chunk, chunk.write(head, 0, 'latin1'));
  chunk[at] = 0x0d;
  chunk[at + 1] = 0x0a;
  return chunk;
}

/** `frames` as one buffer (a response the http layer frames itself). */
function concatFrames(frames: readonly Frame[], bytes: number): Buffer {
  if (frames.length === 1 && typeof frames[0] !== 'string') return frames[0]!;
  const all = Buffer.allocUnsafe(bytes);
  copyFrames(frames, all, 0);
  return all;
}

/**
 * Every connection with frames waiting is flushed once per round, all of them from setImmediate: an event fanned out
 * to a thousand subscribers costs a thousand array pushes and, per connection, one write. A round that takes longer
 * than `sliceMs` (ten thousand connections take about 100 ms of writes) yields to the event loop between slices and
 * goes on where it stopped, in the same order: ingest and the log's answers are not held up behind it, and frames of
 * a new event for a connection the round has not reached yet go out in that connection's one write.
 */
export class Flusher {
  /** Connections scheduled after the round in progress began: the next round. */
  private pending: SseConnection[] = [];
  /** The round in progress and how far it has come. */
  private round: SseConnection[] = [];
  private at = 0;
  private scheduled = false;

  constructor(
    /** Counts rounds and yields; `onFlushed` is called after each round (metrics: append to socket). */
    private readonly stats: Pick<DeliveryStats, 'flushes' | 'onFlushed'>,
    /** How long one slice of a round may hold the event loop before ingest, commits and reads get their turn. */
    private readonly sliceMs: number,
  ) {}

  schedule(connection: SseConnection): void {
    this.pending.push(connection);
    this.wake();
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.scheduled = false;
    if (this.at === this.round.length) {
      this.round = this.pending;
      this.at = 0;
      this.pending = [];
    }
    const round = this.round;
    const deadline = performance.now() + this.sliceMs;
    while (this.at < round.length) {
      round[this.at++]!.flush();
      // The clock is read every 64 writes: a write costs microseconds, a clock reading a fraction of one.
      if ((this.at & 63) === 0 && this.at < round.length && performance.now() >= deadline) {
        this.stats.flushes.yields++;
        this.wake();
        return;
      }
    }
    this.round = [];
    this.at = 0;
    this.stats.flushes.rounds++;
    this.stats.onFlushed?.();
    // What was scheduled meanwhile (a connection the round had passed) goes at the next turn, as one write.
    if (this.pending.length > 0) this.wake();
  };
}

/**
 * One SSE response: an outbound list of encoded frames written as one chunk per flush. Backpressure comes from the
 * socket: while its unsent bytes are over `highWaterBytes` the connection takes no frames, and its members' bounded
 * queues decide (conflate or SLOW_CONSUMER); they are pumped again once the socket drains.
 */
export class SseConnection implements Beating {
  readonly members = new Set<ConnectionMember>();
  private res: ServerResponse | null = null;
  /**
   * The response's socket, written to directly once the headers are out (one chunk of the chunked body per flush, one
   * write call, instead of the http layer's three-buffer writev); null when the response is not chunked (HTTP/1.0).
   */
  private socket: Socket | null = null;
  private readonly onDrain = () => {
    this.measure();
    if (this.blocked && this.roomy) this.resume();
  };
  private out: Frame[] = [];
  private outBytes = 0;
  private scheduled = false;
  private wroteSinceBeat = false;
  /** The frames waiting include a keep-alive: flushing them is no sign of activity. */
  private keepAliveQueued = false;
  private blocked = false;
  /** Whether the socket had room at the last flush (or drain): what this turn queues goes out at the next flush. */
  private roomy = false;
  private ended = false;
  private readonly closeListeners: Array<() => void> = [];
  private flushWaiters: Array<() => void> = [];

  constructor(
    private readonly flusher: Flusher,
    private readonly clock: DeliveryClock,
    private readonly highWaterBytes: number,
  ) {}

  get open(): boolean {
    return this.res !== null && !this.ended;
  }

  get closed(): boolean {
    return this.ended;
  }

  /**
   * Whether frames may be taken now; a member that finds no room waits for `pump`. Only what the socket has not
   * taken counts: what this turn queues is bounded by the subscribers' own queues and goes out at the flush.
   */
  get writable(): boolean {
    if (this.roomy) return true;
    this.blocked = true;
    return false;
  }

  /** Starts the event stream on `res`; frames pushed before are sent first. */
  attach(res: ServerResponse): void {
    this.res = res;
    this.roomy = true;
    res.writeHead(200, sseHeaders);
    if ((res as { chunkedEncoding?: boolean }).chunkedEncoding === true && res.socket) {
      res.flushHeaders();
      this.socket = res.socket;
      this.socket.on('drain', this.onDrain);
    } else {
      res.on('drain', this.onDrain);
    }
    // A first comment flushes the headers through proxies and browsers that wait for a body.
    this.out.unshift(keepAliveFrame);
    this.outBytes += keepAliveFrame.length;
    this.keepAliveQueued = true;
    this.schedule();
    res.on('close', () => this.close());
    this.clock.addBeating(this);
  }

  /** Queues a frame; it goes out with the next flush. */
  push(frame: Frame): void {
    if (this.ended) return;
    this.out.push(frame);
    this.outBytes += typeof frame === 'string' ? Buffer.byteLength(frame) : frame.length;
    this.schedule();
  }

  /** Resolves once what is queued now has been handed to the socket (or the connection has ended). */
  flushed(): Promise<void> {
    if (this.ended || this.out.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.flushWaiters.push(resolve));
  }

  flush(): void {
    this.scheduled = false;
    if (this.flushWaiters.length > 0) {
      const waiters = this.flushWaiters;
      this.flushWaiters = [];
      queueMicrotask(() => {
        for (const wake of waiters) wake();
      });
    }
    const res = this.res;
    if (res === null || this.ended || this.out.length === 0) return;
    if (this.keepAliveQueued) this.keepAliveQueued = false;
    else this.wroteSinceBeat = true;
    const socket = this.socket;
    if (socket) {
      const idle = socket.writableLength === 0;
      socket.write(chunkOf(this.out, this.outBytes, idle));
      // Bytes the kernel did not take are still in the chunk, which the socket now holds: the next flush needs a new one.
      if (idle && socket.writableLength > 0) scratch = null;
    } else res.write(concatFrames(this.out, this.outBytes));
    this.out = [];
    this.outBytes = 0;
    this.measure();
    if (this.blocked && this.roomy) this.resume();
  }

  private measure(): void {
    this.roomy = this.res !== null && !this.ended && (this.socket ?? this.res).writableLength < this.highWaterBytes;
  }

  beat(): void {
    if (!this.wroteSinceBeat && this.res !== null) {
      this.push(keepAliveFrame);
      this.keepAliveQueued = true;
    }
    this.wroteSinceBeat = false;
  }

  /** Ends the response after what is queued. */
  end(): void {
    if (this.ended) return;
    this.flush();
    this.res?.end();
    this.close();
  }

  /** Called once when the connection ends, whichever side ends it. */
  onClose(listener: () => void): void {
    if (this.ended) listener();
    else this.closeListeners.push(listener);
  }

  private close(): void {
    if (this.ended) return;
    this.ended = true;
    this.roomy = false;
    this.socket?.off('drain', this.onDrain);
    this.out = [];
    this.outBytes = 0;
    this.clock.removeBeating(this);
    for (const wake of this.flushWaiters.splice(0)) wake();
    for (const listener of this.closeListeners.splice(0)) listener();
  }

  private schedule(): void {
    if (this.scheduled || this.res === null) return;
    this.scheduled = true;
    this.flusher.schedule(this);
  }

  private resume(): void {
    this.blocked = false;
    for (const member of this.members) {
      member.pump();
      if (this.blocked) return;
    }
  }
}
