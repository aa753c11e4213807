import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from './services.ts';

function answer(req: IncomingMessage, res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** `/livez`: the process runs and answers. */
export function serveLiveness(req: IncomingMessage, res: ServerResponse): void {
  answer(req, res, 200, { status: 'live' });
}

/**
 * `/readyz`: this node takes traffic, 200, or says why not, 503: it is draining (shutting down), or its log does not
 * answer within `timeoutMs` (the SQLite file, or Redis).
 */
export async function serveReadiness(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  draining: boolean,
  timeoutMs: number,
): Promise<void> {
  const engine = services.log.engine;
  if (draining) return answer(req, res, 503, { status: 'not ready', reason: 'draining: this node is shutting down', engine });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const head = await Promise.race([services.log.head(), timeout]);
    answer(req, res, 200, { status: 'ready', engine, head, nodes: services.nodes?.nodeCount ?? 1 });
  } catch (error) {
    answer(req, res, 503, { status: 'not ready', reason: `the event log (${engine}) does not answer: ${(error as Error).message}`, engine });
  } finally {
    clearTimeout(timer);
  }
}
