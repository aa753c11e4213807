// The ceiling: node:http and nothing else. `POST /graphql` with `Accept: text/event-stream` registers a subscriber
// (the query is ignored); any other `POST /graphql` whose query mentions postChatMessage publishes
// `variables.i.text`, and one whose query mentions `ingest(` publishes the text of each chat in `variables.e` (the
// ingest scenario's floor: the same requests answered with no auth, no storage and no GraphQL). Each event is
// JSON-encoded once into an SSE frame shaped like Vigil's, appended to every connection's outbound list, and each
// connection gets one write per event-loop turn (setImmediate flush), however many events arrived in that turn.
//
//   BENCH_PORT=4002 node --import tsx bench/baselines/raw.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { serveUntilStopped } from './serve.ts';

interface Connection {
  res: ServerResponse;
  out: string[];
}

const connections = new Set<Connection>();
let dirty: Connection[] = [];
let flushScheduled = false;
let seq = 0;

function flush(): void {
  flushScheduled = false;
  const list = dirty;
  dirty = [];
  for (const connection of list) {
    const out = connection.out;
    if (out.length === 0) continue;
    connection.res.write(out.length === 1 ? out[0]! : out.join(''));
    out.length = 0;
  }
}

function publish(text: string): { id: string; cursor: string } {
  seq++;
  const id = `raw-${seq}`;
  const cursor = String(seq);
  const frame = `id: ${cursor}\nevent: next\ndata: ${JSON.stringify({ data: { chat: { id, cursor, payload: { text } } } })}\n\n`;
  for (const connection of connections) if (connection.out.push(frame) === 1) dirty.push(connection);
  if (!flushScheduled && dirty.length > 0) {
    flushScheduled = true;
    setImmediate(flush);
  }
  return { id, cursor };
}

function subscribe(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(':\n\n');
  const connection: Connection = { res, out: [] };
  connections.add(connection);
  res.on('close', () => connections.delete(connection));
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = createServer({ noDelay: true, keepAliveTimeout: 60_000, requestTimeout: 0 }, (req, res) => {
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return answer(res, 404, { errors: [{ message: 'not found' }] });
  if (String(req.headers.accept ?? '').includes('text/event-stream')) return subscribe(req, res);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let body: { query?: string; variables?: { i?: { text?: string }; e?: Array<{ chat?: { text?: string } }> } };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return answer(res, 400, { errors: [{ message: 'body is not JSON' }] });
    }
    if (body.query?.includes('postChatMessage'))
      return answer(res, 200, { data: { postChatMessage: publish(String(body.variables?.i?.text ?? '')) } });
    if (body.query?.includes('ingest(') && Array.isArray(body.variables?.e))
      return answer(res, 200, { data: { ingest: body.variables.e.map((event) => publish(String(event.chat?.text ?? ''))) } });
    return answer(res, 200, { data: { __typename: 'Query' } });
  });
});

serveUntilStopped(server, 4002);
