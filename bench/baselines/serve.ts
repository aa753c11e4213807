import type { Server } from 'node:http';

/** Listens on BENCH_PORT (or `defaultPort`) of BENCH_HOST, and exits cleanly on SIGTERM or SIGINT. */
export function serveUntilStopped(server: Server, defaultPort: number): void {
  server.listen(Number(process.env.BENCH_PORT ?? defaultPort), process.env.BENCH_HOST ?? '127.0.0.1');
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
