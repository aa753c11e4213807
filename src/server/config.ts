import { resolve } from 'node:path';
import { z } from 'zod';
import { type StreamName, streamNames } from '../events/envelope.ts';
import type { RetentionPolicy } from '../events/log/log.ts';
import type { RateLimit } from '../events/rate-limit.ts';

/** Parses "1500ms", "30s", "5m", "8h", "1d" or a bare number of milliseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a duration (use e.g. 500ms, 30s, 5m, 8h, 1d)`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? 'ms']!;
  return Math.round(Number(match[1]) * unit);
}

/** Telemetry and map movement are high-volume and short-lived; chat, tickets and security are records. */
export const defaultRetention: RetentionPolicy = {
  serverStatus: { maxAgeMs: 30 * 86_400_000, maxCount: 1_000_000 },
  telemetry: { maxAgeMs: 86_400_000, maxCount: 500_000 },
  mapEntities: { maxAgeMs: 86_400_000, maxCount: 500_000 },
  chat: { maxAgeMs: 90 * 86_400_000, maxCount: 5_000_000 },
  tickets: { maxAgeMs: 365 * 86_400_000, maxCount: 1_000_000 },
  players: { maxAgeMs: 30 * 86_400_000, maxCount: 2_000_000 },
  security: { maxAgeMs: 365 * 86_400_000, maxCount: 1_000_000 },
};

/** Parses "telemetry=6h/100000,chat=30d/1000000" on top of the defaults. */
export function parseRetention(text: string): RetentionPolicy {
  const policy: RetentionPolicy = structuredClone(defaultRetention);
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\w+)=([^/]+)\/(\d+)$/.exec(part);
    if (!match) throw new Error(`"${part}" is not <stream>=<max age>/<max count>`);
    const stream = match[1] as StreamName;
    if (!(streamNames as readonly string[]).includes(stream)) throw new Error(`unknown stream "${stream}" (streams: ${streamNames.join(', ')})`);
    policy[stream] = { maxAgeMs: parseDuration(match[2]!), maxCount: Number(match[3]) };
  }
  return policy;
}

/** Parses "200/s,burst=1000", "200" (burst 5x the rate) or "off" (null: unlimited). */
export function parseRate(text: string): RateLimit | null {
  if (/^\s*off\s*$/i.test(text)) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*s)?\s*(?:,\s*burst\s*=\s*(\d+)\s*)?$/.exec(text);
  if (!match) throw new Error(`"${text}" is not <events>/s[,burst=<events>] or off (e.g. 200/s,burst=1000)`);
  const perSecond = Number(match[1]);
  if (!(perSecond > 0)) throw new Error('the rate must be greater than zero (or off)');
  const burst = match[2] === undefined ? Math.max(1, Math.ceil(5 * perSecond)) : Number(match[2]);
  if (burst < 1) throw new Error('the burst must be at least 1');
  return { perSecond, burst };
}

/** A duration setting ("500ms", "30s", "5m", ... or milliseconds) that `check` accepts or refuses by throwing its reason. */
function durationSetting(check: (ms: number) => void) {
  return z.union([z.string(), z.number()]).transform((value, ctx) => {
    try {
      const ms = parseDuration(value);
      check(ms);
      return ms;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

const duration = durationSetting((ms) => {
  if (ms <= 0) throw new Error('must be greater than zero');
});

/** A duration Vigil waits with a timer: Node's timers cannot wait longer than ~24.8 days (a longer delay fires at once). */
const timerDuration = duration.refine((ms) => ms <= 24 * 86_400_000, 'must be at most 24d');

/** A short span that may be zero: "2ms", "0". */
const sliceDuration = durationSetting((ms) => {
  if (ms > 1_000) throw new Error('must be at most 1s');
});

export const configSchema = z.object({
  /** TCP port the HTTP server listens on; 0 picks a free port. */
  port: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface the HTTP server binds to. */
  host: z.string().min(1).default('localhost'),
  /** SQLite file holding the event log; ":memory:" keeps it in memory (tests only). */
  databasePath: z.string().min(1).default('./data/vigil.db'),
  /**
   * redis:// (or rediss://) URL of the Redis holding the shared log: set, this node runs on the Redis engine with every
   * other node pointed at it; unset, on the embedded SQLite file.
   */
  redisUrl: z
    .string()
    .refine((url) => /^rediss?:\/\/[^\s]+$/.test(url), 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
    .optional(),
  /** Names this Vigil's keys in Redis (all under the hash tag {vigil:<prefix>}): several deployments can share one Redis. */
  redisPrefix: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, ".", "_" or "-"')
    .default('vigil'),
  /** A Redis command (append, read) that takes longer than this fails with UNAVAILABLE instead of hanging. */
  redisTimeout: timerDuration.default(2_000),
  /** A server silent for longer than this is reported UNREACHABLE. */
  livenessInterval: timerDuration.default(30_000),
  /** pino log level. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log lines as JSON (for a collector) or pretty (for a terminal). */
  logFormat: z.enum(['json', 'pretty']).default('json'),
  /** One log line per HTTP request (method, path without query, status, duration), credentials never included. */
  accessLog: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])], { error: 'must be true, false, 1 or 0' })
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(false),
  /** Bearer token a Prometheus scraper sends for /metrics; unset, /metrics is off. */
  metricsToken: z
    .string()
    .refine((token) => token.length >= 16 && !/\s/.test(token), 'must be at least 16 characters, without spaces')
    .optional(),
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: z.coerce.number().int().min(1024).default(1_048_576),
  /** Most events one ingest batch may carry. */
  maxBatchSize: z.coerce.number().int().min(1).max(100_000).default(5_000),
  /** HS256 secret for admin tokens, at least 32 bytes; generated into the data folder when no key is configured. */
  adminJwtSecret: z
    .string()
    .refine((s) => Buffer.byteLength(s) >= 32, 'must be at least 32 bytes')
    .optional(),
  /** PEM (SPKI) public key verifying RS256/ES256 admin tokens minted elsewhere. */
  adminPublicKeyFile: z.string().min(1).optional(),
  /** Algorithm of adminPublicKeyFile. */
  adminPublicKeyAlgorithm: z.enum(['RS256', 'ES256']).default('RS256'),
  /** JWKS file (JSON) of public keys verifying RS256/ES256 admin tokens. */
  adminJwksFile: z.string().min(1).optional(),
  /** `aud` claim admin tokens must carry. */
  adminJwtAudience: z.string().min(1).default('vigil'),
  /** Most concurrent subscriptions one viewer (admin subject or producer token) may hold. */
  maxStreamsPerViewer: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Most single-connection stream reservations one viewer may hold at once. */
  maxReservationsPerViewer: z.coerce.number().int().min(1).max(1_000).default(10),
  /** How long a single-connection reservation waits for its event stream before it lapses. */
  reservationTimeout: timerDuration.default(60_000),
  /** A producer's dedupKey is honoured for this long. */
  dedupWindow: duration.default(86_400_000),
  /** Idle event streams carry a keep-alive comment this often, so proxies keep them open. */
  heartbeatInterval: timerDuration.default(12_000),
  /**
   * The longest one slice of writing to the event streams holds the event loop before ingest, commits and reads get
   * a turn (0: a turn after every 64 writes); the round then goes on where it stopped.
   */
  flushSlice: sliceDuration.default(2),
  /** Most events queued for one subscriber that does not keep up. */
  subscriberQueueEvents: z.coerce.number().int().min(10).max(1_000_000).default(1_000),
  /** Most bytes queued for one subscriber that does not keep up. */
  subscriberQueueBytes: z.coerce.number().int().min(4_096).default(1_048_576),
  /** How often retention runs. */
  retentionInterval: timerDuration.default(60_000),
  /** Per-stream retention, "<max age>/<max count>" each, e.g. "telemetry=6h/100000,chat=30d/1000000"; unnamed streams keep their defaults. */
  retention: z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parseRetention(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /**
   * Events per second one producer token may ingest on one node, with a burst, e.g. "200/s,burst=1000"; "off" lifts
   * it. The default is twice the bench's ingest target for a whole node: only a runaway producer meets it.
   */
  producerRate: z
    .string()
    .default('100000/s,burst=500000')
    .transform((text, ctx) => {
      try {
        return parseRate(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** Whether GraphiQL is served on GET /graphql from a browser. */
  graphiql: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])], { error: 'must be true, false, 1 or 0' })
    .transform((v) => v === true || v === 'true' || v === '1')
    .default(true),
});

export type VigilConfig = z.output<typeof configSchema>;
export type VigilConfigInput = z.input<typeof configSchema>;

const envNames: Record<keyof VigilConfig, string> = {
  port: 'VIGIL_PORT',
  host: 'VIGIL_HOST',
  databasePath: 'VIGIL_DATABASE_PATH',
  redisUrl: 'VIGIL_REDIS_URL',
  redisPrefix: 'VIGIL_REDIS_PREFIX',
  redisTimeout: 'VIGIL_REDIS_TIMEOUT',
  livenessInterval: 'VIGIL_LIVENESS_INTERVAL',
  logLevel: 'VIGIL_LOG_LEVEL',
  logFormat: 'VIGIL_LOG_FORMAT',
  accessLog: 'VIGIL_ACCESS_LOG',
  metricsToken: 'VIGIL_METRICS_TOKEN',
  maxBodyBytes: 'VIGIL_MAX_BODY_BYTES',
  maxBatchSize: 'VIGIL_MAX_BATCH_SIZE',
  graphiql: 'VIGIL_GRAPHIQL',
  adminJwtSecret: 'VIGIL_ADMIN_JWT_SECRET',
  adminPublicKeyFile: 'VIGIL_ADMIN_PUBLIC_KEY_FILE',
  adminPublicKeyAlgorithm: 'VIGIL_ADMIN_PUBLIC_KEY_ALGORITHM',
  adminJwksFile: 'VIGIL_ADMIN_JWKS_FILE',
  adminJwtAudience: 'VIGIL_ADMIN_JWT_AUDIENCE',
  maxStreamsPerViewer: 'VIGIL_MAX_STREAMS_PER_VIEWER',
  maxReservationsPerViewer: 'VIGIL_MAX_RESERVATIONS_PER_VIEWER',
  reservationTimeout: 'VIGIL_RESERVATION_TIMEOUT',
  dedupWindow: 'VIGIL_DEDUP_WINDOW',
  heartbeatInterval: 'VIGIL_HEARTBEAT_INTERVAL',
  flushSlice: 'VIGIL_FLUSH_SLICE',
  subscriberQueueEvents: 'VIGIL_SUBSCRIBER_QUEUE_EVENTS',
  subscriberQueueBytes: 'VIGIL_SUBSCRIBER_QUEUE_BYTES',
  retentionInterval: 'VIGIL_RETENTION_INTERVAL',
  retention: 'VIGIL_RETENTION',
  producerRate: 'VIGIL_PRODUCER_RATE',
};

/** VIGIL_* variables that name no setting (a misspelling, or a producer-side variable): worth a warning at start. */
export function unknownSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  const known = new Set(Object.values(envNames));
  return Object.keys(env).filter((name) => name.startsWith('VIGIL_') && !known.has(name));
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates overrides (from code) on top of environment variables (VIGIL_*) on top of defaults. */
export function loadConfig(overrides: VigilConfigInput = {}, env: NodeJS.ProcessEnv = process.env): VigilConfig {
  const fromEnv: Record<string, string> = {};
  for (const [key, name] of Object.entries(envNames)) {
    const value = env[name]?.trim();
    if (value) fromEnv[key] = value;
  }
  const result = configSchema.safeParse({ ...fromEnv, ...overrides });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof VigilConfig;
      return `  ${envNames[key] ?? key} (${key}): ${issue.message}`;
    });
    throw new ConfigError(`Invalid Vigil configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.databasePath !== ':memory:') config.databasePath = resolve(config.databasePath);
  return config;
}

/** The settings as a start log line shows them: secrets only as whether they are set, URLs without credentials. */
export function settingsSummary(config: VigilConfig): Record<string, unknown> {
  const summary: Record<string, unknown> = { ...config };
  for (const key of ['adminJwtSecret', 'metricsToken'] as const) summary[key] = config[key] ? '[set]' : '[not set]';
  if (config.redisUrl) {
    try {
      const url = new URL(config.redisUrl);
      url.username = url.username ? '[redacted]' : '';
      url.password = url.password ? '[redacted]' : '';
      summary.redisUrl = url.toString();
    } catch {
      summary.redisUrl = '[set]';
    }
  }
  delete summary.retention;
  return summary;
}

export { envNames as configEnvNames };
