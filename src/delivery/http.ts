import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult } from 'graphql';
import type { GraphQLParams } from 'graphql-yoga';

/** A refusal answered before any event stream starts, with the protocol's status code. */
export class HttpRefusal extends Error {
  override name = 'HttpRefusal';
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendRefusal(res: ServerResponse, refusal: HttpRefusal): void {
  sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }, refusal.headers);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-length': 0 });
  res.end();
}

/** The types an Accept header lists, parameters dropped. */
export function acceptedTypes(req: IncomingMessage): string[] {
  return (req.headers.accept ?? '').split(',').map((type) => type.split(';')[0]!.trim().toLowerCase());
}

/** A fetch Request carrying the headers, method and URL of `req` (no body): what authentication and context read. */
export function fetchRequestOf(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers });
}

/** Whether a POST body of this Content-Type is one Vigil reads: JSON only, so no form or multipart post (CSRF) runs. */
export function isJsonBody(contentType: string | null | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

export const unsupportedMediaType = () => new HttpRefusal(415, 'Send the operation as application/json', 'UNSUPPORTED_MEDIA_TYPE');

/** The body of a POST, which must be JSON. */
export function readPostBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  if (!isJsonBody(req.headers['content-type'])) return Promise.reject(unsupportedMediaType());
  return readBody(req, maxBytes);
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new HttpRefusal(413, `Request body exceeds the limit of ${maxBytes} bytes`, 'PAYLOAD_TOO_LARGE'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJsonParameter(name: string, text: string | null): Record<string, unknown> | undefined {
  if (text === null || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, `The ${name} parameter is not valid JSON`, 'BAD_REQUEST');
  }
  if (value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new HttpRefusal(400, `The ${name} parameter must be a JSON object`, 'BAD_REQUEST');
  return value as Record<string, unknown>;
}

/** The GraphQL-over-HTTP parameters of a GET (query string) or POST (JSON `body`, read with `readPostBody`) request. */
export function graphqlParams(method: string | undefined, url: URL, body: string | null): GraphQLParams {
  let params: Record<string, unknown>;
  if (method === 'GET') {
    const search = url.searchParams;
    params = {
      query: search.get('query') ?? undefined,
      operationName: search.get('operationName') ?? undefined,
      variables: parseJsonParameter('variables', search.get('variables')),
      extensions: parseJsonParameter('extensions', search.get('extensions')),
    };
  } else if (method === 'POST' && body !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new HttpRefusal(400, 'The request body is not valid JSON', 'BAD_REQUEST');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new HttpRefusal(400, 'The request body must be a JSON object', 'BAD_REQUEST');
    params = parsed as Record<string, unknown>;
  } else {
    throw new HttpRefusal(405, `${method} is not allowed here`, 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
  }
  const { query, operationName, variables, extensions } = params;
  if (typeof query !== 'string' || query === '') throw new HttpRefusal(400, 'Send the operation in `query`', 'BAD_REQUEST');
  if (operationName != null && typeof operationName !== 'string') throw new HttpRefusal(400, '`operationName` must be a string', 'BAD_REQUEST');
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables)))
    throw new HttpRefusal(400, '`variables` must be an object', 'BAD_REQUEST');
  if (extensions != null && (typeof extensions !== 'object' || Array.isArray(extensions)))
    throw new HttpRefusal(400, '`extensions` must be an object', 'BAD_REQUEST');
  return {
    query,
    operationName: operationName ?? undefined,
    variables: (variables as Record<string, unknown> | null) ?? undefined,
    extensions: (extensions as Record<string, unknown> | null) ?? undefined,
  };
}

/** Whether a result is a ready ExecutionResult (rather than a stream). */
export function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}

/** Lets yoga answer a request whose body was already read (handed over as it came), as it answers any other. */
export async function forwardToYoga(
  yoga: { handleRequest(request: Request, context: never): Response | Promise<Response> },
  req: IncomingMessage,
  res: ServerResponse,
  request: Request,
  body: string | null,
): Promise<void> {
  const forwarded = new Request(request.url, { method: request.method, headers: request.headers, body });
  const response = await yoga.handleRequest(forwarded, { req, res } as never);
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': payload.length });
  res.end(payload);
}
