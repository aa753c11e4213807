import { Agent, request } from 'node:http';

/** Keep-alive connections for mutations: node:http is cheaper per request than fetch, so the generator limits less. */
export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });
}

export interface GraphqlAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: unknown } }> } | null;
  /** The first error, with its code, or the HTTP status when there was no GraphQL answer. */
  error: string | null;
}

/** POST a GraphQL request body (already JSON) to `<url>/graphql`; resolves with the answer, never rejects. */
export function postGraphql(agent: Agent, url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<GraphqlAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: GraphqlAnswer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: {
        ...headers,
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      },
      timeout: timeoutMs,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: GraphqlAnswer['body'] = null;
        try {
          parsed = JSON.parse(text) as GraphqlAnswer['body'];
        } catch {
          // reported below
        }
        const first = parsed?.errors?.[0];
        const error = first
          ? `${String(first.extensions?.code ?? 'ERROR')}: ${first.message}`.slice(0, 300)
          : !parsed || (res.statusCode ?? 0) >= 400
            ? `HTTP ${res.statusCode}: ${text.slice(0, 200)}`
            : null;
        settle({ status: res.statusCode ?? 0, body: parsed, error });
      });
      res.on('error', (e) => settle({ status: res.statusCode ?? 0, body: null, error: `response error: ${e.message}` }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => settle({ status: 0, body: null, error: `request error: ${e.message}` }));
    req.end(body);
  });
}
