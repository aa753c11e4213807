import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactSecrets } from '../auth/secrets.ts';

export { redactSecrets };

/**
 * Pino logger that never writes credentials: auth headers are redacted by path, and every line passes through
 * redactSecrets on its way out (tokens in URLs, error messages, nested objects). Writes to stdout unless given a
 * destination.
 */
export function createLogger(level: string, destination?: DestinationStream, format: 'json' | 'pretty' = 'json'): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization', '*.token', 'token'], censor: '[redacted]' },
    hooks: { streamWrite: redactSecrets },
  };
  // Pretty only when asked (VIGIL_LOG_FORMAT=pretty): the lines are still redacted before they are formatted.
  const stream =
    format === 'pretty'
      ? pretty({ destination: destination ?? 1, colorize: destination === undefined && process.stdout.isTTY, sync: true })
      : destination;
  return stream ? pino(options, stream) : pino(options);
}
