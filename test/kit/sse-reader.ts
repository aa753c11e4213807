/** One SSE message as a browser EventSource would see it: comments are not messages. */
export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** Reads a raw `text/event-stream` body message by message, counting the comment (keep-alive) lines on the way. */
export class SseReader {
  /** Comment lines (`:`) seen so far. */
  comments = 0;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private readonly messages: SseMessage[] = [];
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private ended = false;

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next message; rejects if none arrives within `timeoutMs` or the stream ends first. */
  async next(timeoutMs = 5_000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length === 0) {
      if (this.ended) throw new Error('the event stream ended');
      if (!(await this.read(deadline - Date.now()))) throw new Error(`no SSE message within ${timeoutMs} ms`);
    }
    return this.messages.shift()!;
  }

  /** Reads whatever arrives for `ms`, returning the messages (for asserting that nothing more comes). */
  async drain(ms: number): Promise<SseMessage[]> {
    const deadline = Date.now() + ms;
    while (!this.ended && Date.now() < deadline) await this.read(deadline - Date.now());
    return this.messages.splice(0);
  }

  /** Disconnects, as a browser closing the EventSource. */
  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }

  /** Reads one chunk unless `ms` pass first; false on timeout. */
  private async read(ms: number): Promise<boolean> {
    if (ms <= 0) return false;
    this.pending ??= this.reader.read();
    let timer: NodeJS.Timeout | undefined;
    const chunk = await Promise.race([this.pending, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]);
    clearTimeout(timer);
    if (chunk === null) return false;
    this.pending = null;
    if (chunk.done) {
      this.ended = true;
      return true;
    }
    this.buffer += this.decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) !== -1) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.parse(block);
    }
    return true;
  }

  private parse(block: string): void {
    const message: SseMessage = { data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.comments++;
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') message.id = value;
      else if (field === 'event') message.event = value;
      else if (field === 'data') data.push(value);
    }
    if (message.id === undefined && message.event === undefined && data.length === 0) return;
    message.data = data.join('\n');
    this.messages.push(message);
  }
}
