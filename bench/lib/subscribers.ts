import { type Agent, request as httpRequest, type ClientRequest } from 'node:http';
import { createClient, type Client } from 'graphql-sse';

export type ClientKind = 'sse' | 'raw';
export type ClientMix = ClientKind | 'mixed';

/** Called for every `next` payload a subscriber receives, at the moment it is handed to JavaScript. */
export type OnEvent = (kind: ClientKind, subscriber: number, message: string | null) => void;

export interface Subscriber {
  index: number;
  kind: ClientKind;
  /** Resolves once the server answered with an event stream; rejects if it did not. */
  connected: Promise<void>;
  /** Set when the stream ended or failed before we closed it. */
  endedEarly: string | null;
  /** The first error a result carried (e.g. SLOW_CONSUMER, TOKEN_EXPIRED, FORBIDDEN). */
  firstError: string | null;
  close(): void;
}

export const benchSubscription = `subscription BenchFeed($serverId: ID) {
  serverStatus(serverId: $serverId) {
    ... on ServerStatusEvent {
      id cursor type serverId occurredAt receivedAt priority
      payload { state playerCount maxPlayers health message }
    }
    ... on ResyncRequired { reason message cursor }
  }
}`;

interface StatusPayload {
  data?: { serverStatus?: { payload?: { message?: string | null }; reason?: string; message?: string } } | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
}

function messageOf(result: StatusPayload): string | null {
  return result.data?.serverStatus?.payload?.message ?? null;
}

function noteErrors(subscriber: Subscriber, result: StatusPayload): void {
  if (subscriber.firstError) return;
  const error = result.errors?.[0];
  const resync = result.data?.serverStatus?.reason;
  if (error) subscriber.firstError = `${String(error.extensions?.code ?? 'ERROR')}: ${error.message}`.slice(0, 200);
  else if (resync) subscriber.firstError = `ResyncRequired ${resync}: ${result.data?.serverStatus?.message ?? ''}`.slice(0, 200);
}

function endReason(subscriber: Subscriber, how: string): string {
  return subscriber.firstError ? `${how} after ${subscriber.firstError}` : how;
}

/**
 * A subscriber through the graphql-sse client in distinct connections mode (one SSE request per subscribe), with
 * its own client and admin token, as every dashboard has.
 */
export function openSseSubscriber(url: string, token: string, index: number, serverId: string, onEvent: OnEvent): Subscriber {
  const client: Client<false> = createClient({ url: `${url}/graphql`, singleConnection: false, retryAttempts: 0, headers: { authorization: `Bearer ${token}` } });
  let markConnected!: () => void;
  let markFailed!: (error: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => ((markConnected = resolve), (markFailed = reject)));
  connected.catch(() => undefined);
  let closing = false;
  const subscriber: Subscriber = { index, kind: 'sse', connected, endedEarly: null, firstError: null, close: () => undefined };
  const unsubscribe = client.subscribe<StatusPayload['data']>(
    { query: benchSubscription, variables: { serverId } },
    {
      next: (result) => {
        noteErrors(subscriber, result as StatusPayload);
        onEvent('sse', index, messageOf(result as StatusPayload));
      },
      error: (error) => {
        if (closing) return;
        subscriber.endedEarly = endReason(subscriber, `error: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
        markFailed(error);
      },
      complete: () => {
        if (closing) return;
        subscriber.endedEarly = endReason(subscriber, 'complete');
        markFailed(new Error('stream completed before it was used'));
      },
    },
    { connected: () => markConnected() },
  );
  subscriber.close = () => {
    closing = true;
    unsubscribe();
    client.dispose();
  };
  return subscriber;
}

/**
 * A hand-written SSE reader: POST /graphql with `Accept: text/event-stream`, split the body into events on blank
 * lines and take the `data:` of every `event: next`. No client library in the receive path.
 */
export function openRawSubscriber(url: string, token: string, agent: Agent, index: number, serverId: string, onEvent: OnEvent): Subscriber {
  const body = JSON.stringify({ query: benchSubscription, variables: { serverId } });
  let markConnected!: () => void;
  let markFailed!: (error: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => ((markConnected = resolve), (markFailed = reject)));
  connected.catch(() => undefined);
  let closing = false;
  const subscriber: Subscriber = { index, kind: 'raw', connected, endedEarly: null, firstError: null, close: () => undefined };
  const fail = (reason: string) => {
    if (closing || subscriber.endedEarly) return;
    subscriber.endedEarly = endReason(subscriber, reason);
    markFailed(new Error(reason));
  };

  const req: ClientRequest = httpRequest(`${url}/graphql`, {
    method: 'POST',
    agent,
    headers: {
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    },
  });
  req.on('response', (res) => {
    if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/event-stream')) {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk.slice(0, 500)));
      res.on('end', () => fail(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
      return;
    }
    markConnected();
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data += (data ? '\n' : '') + line.slice(line.startsWith('data: ') ? 6 : 5);
        }
        if (event === 'next' && data) {
          let result: StatusPayload;
          try {
            result = JSON.parse(data) as StatusPayload;
          } catch {
            fail('unparsable data line');
            continue;
          }
          noteErrors(subscriber, result);
          onEvent('raw', index, messageOf(result));
        } else if (event === 'complete') fail('complete');
      }
    });
    res.on('end', () => fail('connection ended'));
    res.on('error', (error) => fail(`error: ${error.message}`));
  });
  req.on('error', (error) => fail(`error: ${error.message}`));
  req.end(body);
  subscriber.close = () => {
    closing = true;
    req.destroy();
  };
  return subscriber;
}

export interface RampResult {
  subscribers: Subscriber[];
  connected: number;
  failed: Array<{ index: number; kind: ClientKind; reason: string }>;
  elapsedMs: number;
}

/** Opens `count` subscribers in batches, waiting for each batch to connect (or fail) before the next. */
export async function rampSubscribers(options: {
  count: number;
  batchSize: number;
  batchTimeoutMs: number;
  deadline: number;
  mix: ClientMix;
  open: (index: number, kind: ClientKind) => Subscriber;
}): Promise<RampResult> {
  const started = performance.now();
  const subscribers: Subscriber[] = [];
  const failed: RampResult['failed'] = [];
  let connected = 0;
  for (let first = 0; first < options.count; first += options.batchSize) {
    if (Date.now() > options.deadline) throw new Error(`ramp-up exceeded its time budget after ${subscribers.length} subscribers`);
    const batch: Subscriber[] = [];
    for (let index = first; index < Math.min(options.count, first + options.batchSize); index++) {
      const kind: ClientKind = options.mix === 'mixed' ? (index % 2 === 0 ? 'sse' : 'raw') : options.mix;
      batch.push(options.open(index, kind));
    }
    subscribers.push(...batch);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.batchTimeoutMs)));
    const outcomes = await Promise.all(
      batch.map((subscriber) =>
        Promise.race([subscriber.connected.then(() => 'ok' as const), timeout]).catch((error: unknown) => (error instanceof Error ? error.message : String(error))),
      ),
    );
    clearTimeout(timer);
    outcomes.forEach((outcome, i) => {
      const subscriber = batch[i]!;
      if (outcome === 'ok') connected++;
      else {
        failed.push({ index: subscriber.index, kind: subscriber.kind, reason: outcome === 'timeout' ? `not connected within ${options.batchTimeoutMs} ms` : outcome });
        subscriber.close();
      }
    });
    if (failed.length > Math.max(10, options.count * 0.05)) {
      throw new Error(`${failed.length} subscribers failed to connect; first: ${failed[0]!.reason}`);
    }
  }
  return { subscribers, connected, failed, elapsedMs: performance.now() - started };
}
