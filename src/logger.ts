import pino, { type DestinationStream, type Logger } from 'pino';
import { redactSecrets } from './auth/secrets.ts';

export { redactSecrets };

/**
 * Pino logger that never writes credentials: auth headers are redacted by path, and every line passes through
 * redactSecrets on its way out (tokens in URLs, error messages, nested objects). Writes to stdout unless given a
 * destination.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization', '*.token', 'token'], censor: '[redacted]' },
    hooks: { streamWrite: redactSecrets },
  };
  return destination ? pino(options, destination) : pino(options);
}
