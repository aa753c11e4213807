import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

const running = new Set<Server>();
afterAll(async () => {
  for (const server of running) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

export interface Balancer {
  url: string;
  /** Which backend (index) each request went to, in order. */
  readonly routed: number[];
}

/**
 * A round-robin HTTP load balancer with no stickiness, as the simplest proxy in front of several nodes would be:
 * every request goes to the next backend, streamed both ways.
 */
export async function startBalancer(backends: readonly string[]): Promise<Balancer> {
  let next = 0;
  const routed: number[] = [];
  const server = createServer((req, res) => {
    const index = next++ % backends.length;
    routed.push(index);
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.add(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, routed };
}
