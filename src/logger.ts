import pino, { type Logger } from 'pino';

/** Pino logger that never writes credentials: auth headers and `token=` query values are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization', '*.token', 'token'], censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
  });
}

/** Removes token values from free text such as URLs and error messages. */
export function redactSecrets(text: string): string {
  return text.replace(/([?&](?:token|access_token)=)[^&\s"]+/gi, '$1[redacted]').replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, '$1[redacted]');
}
