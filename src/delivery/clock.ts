/**
 * The timers of every connection and subscription in one place: one heartbeat interval for all connections and one
 * timeout for the earliest deadline (token expiry), instead of a timer per stream.
 */
export interface Beating {
  /** Called once per heartbeat interval; the connection sends a keep-alive if it wrote nothing since the last beat. */
  beat(): void;
}

interface Deadline {
  at: number;
  fire: () => void;
  cancelled: boolean;
}

// setTimeout cannot wait longer than this; a later deadline is reached in steps.
const maxTimer = 2 ** 31 - 1;

export class DeliveryClock {
  private readonly beating = new Set<Beating>();
  private heartbeat: NodeJS.Timeout | null = null;
  /** A binary min-heap on `at`. */
  private readonly deadlines: Deadline[] = [];
  private timer: NodeJS.Timeout | null = null;
  private armedAt = Infinity;

  constructor(private readonly heartbeatMs: number) {}

  addBeating(connection: Beating): void {
    this.beating.add(connection);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => {
        for (const each of this.beating) each.beat();
      }, this.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  removeBeating(connection: Beating): void {
    this.beating.delete(connection);
    if (this.beating.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /** Runs `fire` at `at` (ms since epoch) unless the returned cancel is called first. */
  at(at: number, fire: () => void): () => void {
    const deadline: Deadline = { at, fire, cancelled: false };
    this.push(deadline);
    if (at < this.armedAt) this.arm();
    return () => {
      deadline.cancelled = true;
    };
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    this.heartbeat = null;
    this.timer = null;
    this.beating.clear();
    this.deadlines.length = 0;
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armedAt = Infinity;
    while (this.deadlines.length > 0 && this.deadlines[0]!.cancelled) this.pop();
    const next = this.deadlines[0];
    if (!next) return;
    this.armedAt = next.at;
    this.timer = setTimeout(() => this.expire(), Math.min(Math.max(0, next.at - Date.now()), maxTimer));
    this.timer.unref();
  }

  private expire(): void {
    const now = Date.now();
    while (this.deadlines.length > 0 && this.deadlines[0]!.at <= now) {
      const due = this.pop()!;
      if (!due.cancelled) due.fire();
    }
    this.arm();
  }

  private push(deadline: Deadline): void {
    const heap = this.deadlines;
    heap.push(deadline);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.at <= heap[i]!.at) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private pop(): Deadline | undefined {
    const heap = this.deadlines;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left]!.at < heap[smallest]!.at) smallest = left;
        if (right < heap.length && heap[right]!.at < heap[smallest]!.at) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}
