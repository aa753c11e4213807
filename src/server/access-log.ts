import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/**
 * One line per request once it is answered (for an event stream: once it closes): method, path without its query
 * (a query may carry `access_token`), status, duration. Never headers or bodies.
 */
export function logAccess(req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  const started = performance.now();
  const path = (req.url ?? '/').split('?')[0];
  res.once('close', () => {
    logger.info(
      { access: { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started), completed: res.writableFinished } },
      `${req.method} ${path} ${res.statusCode}`,
    );
  });
}
