import { print } from 'graphql';
import { ProducerIngest } from './documents.ts';
import type { EventType, Priority, Stream } from './gql/graphql.ts';

/** The subject each stream's event types start with: `CHAT_WHISPER` is a CHAT event, `TICKET_ASSIGNED` a TICKETS one. */
interface EventTypeSubjects {
  SERVER_STATUS: 'SERVER';
  TELEMETRY: 'TELEMETRY';
  MAP_ENTITIES: 'MAP';
  CHAT: 'CHAT';
  TICKETS: 'TICKET';
  PLAYERS: 'PLAYER';
  SECURITY: 'SECURITY';
}

/** The event types one stream carries (the schema's `EventType` values of that stream). */
export type EventTypeOf<S extends Stream> = Extract<EventType, `${EventTypeSubjects[S]}_${string}`>;

// Fails to compile when the schema gains a stream, or an event type that belongs to no stream here.
const everyTypeHasItsStream: [Exclude<Stream, keyof EventTypeSubjects>, Exclude<EventType, EventTypeOf<Stream>>] extends [never, never]
  ? true
  : false = true;
void everyTypeHasItsStream;

/** What the hub answers for a stored event: its envelope, with the cursor to resume after it. */
export interface StoredEvent<S extends Stream = Stream> {
  id: string;
  cursor: string;
  stream: S;
  type: EventTypeOf<S>;
  serverId: string;
  occurredAt: string;
  receivedAt: string;
  priority: Priority;
}

/** The GraphQL response to `ProducerIngest`, as decoded: nothing in it is trusted yet. */
export interface IngestResponse {
  data?: { ingest?: StoredEvent[] } | null;
  errors?: IngestError[];
}

export interface IngestError {
  message?: string;
  extensions?: { code?: unknown; issues?: unknown; dedupKey?: unknown; limit?: unknown; retryAfterMs?: unknown };
}

/** How one ingest request went, before anyone judges it. */
export type IngestAnswer =
  /** No HTTP answer: refused connection, reset, timeout, or aborted by close. */
  | { kind: 'unreachable'; reason: string }
  /** An HTTP answer whose body is not JSON (a proxy's error page, a truncated body). */
  | { kind: 'undecodable'; status: number }
  | { kind: 'answered'; status: number; response: IngestResponse | null };

const ingestQuery = print(ProducerIngest);
const requestHead = `{"operationName":"ProducerIngest","query":${JSON.stringify(ingestQuery)},"variables":{"events":[`;

/** The producer's HTTP side: one `ProducerIngest` POST per batch, its body spliced from elements serialized once. */
export class IngestWire {
  private readonly headers: Record<string, string>;
  private readonly inFlight = new AbortController();

  constructor(
    private readonly url: string,
    token: string,
    private readonly timeoutMs: number,
  ) {
    this.headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    };
  }

  /** Sends the serialized `IngestEvent` elements as one request, byte for byte as given, so a retry is identical. */
  async post(elements: readonly string[]): Promise<IngestAnswer> {
    const body = `${requestHead}${elements.join(',')}]}}`;
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: this.headers,
        body,
        signal: AbortSignal.any([this.inFlight.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'unreachable', reason: cause?.code ?? cause?.message ?? (error as Error).message };
    }
    try {
      return { kind: 'answered', status, response: JSON.parse(text) as IngestResponse | null };
    } catch {
      return { kind: 'undecodable', status };
    }
  }

  /** Abandons the request in flight, for good: every later request is abandoned too. */
  abort(): void {
    this.inFlight.abort();
  }
}
