import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authenticate } from '../auth/authenticate.ts';
import { StreamLimits, useViewerRules } from '../auth/plugin.ts';
import { describeViewer } from '../auth/viewer.ts';
import { createDelivery, type Delivery, useHubDelivery } from '../delivery/index.ts';
import type { VigilContext } from '../schema/builder.ts';
import { toClientError } from '../schema/errors.ts';
import { schema } from '../schema/index.ts';
import { useInputErrorCodes } from '../schema/input-errors.ts';
import { logAccess } from './access-log.ts';
import type { VigilConfig } from './config.ts';
import { useFastExecution } from './execution.ts';
import { FastPost } from './fast-post.ts';
import { graphiqlOptions } from './graphiql.ts';
import { serveLiveness, serveReadiness } from './health.ts';
import { createLogger } from './logger.ts';
import { VigilMetrics } from './metrics.ts';
import { useOperationLimits } from './operation-limits.ts';
import { useStrictRequestParsing } from './request-parsing.ts';
import { openServices, type Services } from './services.ts';

export const graphqlEndpoint = '/graphql';
export const streamEndpoint = '/graphql/stream';
/** The built dashboard (`npm run build:web`), served at `/`. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface VigilApp {
  services: Services;
  yoga: YogaServerInstance<Record<string, never>, VigilContext>;
  /** Event streams in both SSE modes, from accepted subscription to socket. */
  delivery: Delivery;
  /** Mutations posted as JSON by signed-in callers, run below yoga's HTTP layer. */
  fastPost: FastPost;
  /** Node request listener: body-size limit, then the hub's delivery for event streams, yoga for the rest. */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * Starts a graceful shutdown: every subscription completes after what it holds, single-connection event streams
   * end once their operations have, and subscriptions that arrive meanwhile complete at once.
   */
  drain(): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const pageHeaders = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const notBuiltPage = `<!doctype html><meta charset="utf-8"><title>Vigil</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>The Vigil dashboard is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when missing), then reload.</p>
<p>The API and GraphiQL are at <a href="${graphqlEndpoint}">${graphqlEndpoint}</a>.</p>`;

/** GET and HEAD requests for anything but the API (GraphiQL stays at GET /graphql). */
function isDashboardRequest(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !(path === graphqlEndpoint || path.startsWith(`${graphqlEndpoint}/`));
}

/** The dashboard's client routes (web/src/access.ts parses the rest of the path); any other page is a 404. */
const dashboardRoutes = new Set(['', 'servers', 'map', 'chat', 'tickets', 'security', 'notifications', 'players', 'overview']);

function isDashboardRoute(path: string): boolean {
  return dashboardRoutes.has(path.split('/')[1] ?? '');
}

async function fileAt(path: string): Promise<{ size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built dashboard from `root`: its files, and index.html for client routes (paths without an extension),
 * never anything outside `root`.
 */
async function serveDashboard(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const send = (status: number, headers: Record<string, string | number>, body: string | null, file?: string) => {
    res.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers });
    if (req.method === 'HEAD') res.end();
    else if (file)
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    else res.end(body);
  };
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://vigil.local').pathname);
  } catch {
    return send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad path');
  }
  // A page the dashboard does not have is a 404 here, not its HTML: probes and scrapers learn the truth.
  if (extname(path) === '' && !isDashboardRoute(path)) return send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found');
  const index = join(root, 'index.html');
  const indexFile = await fileAt(index);
  if (!indexFile) return send(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...pageHeaders }, notBuiltPage);
  // normalize() resolves every `..` against the leading `/`, so the result stays under root; the check is a backstop.
  const candidate = resolve(root, `.${posix.normalize(`/${path}`)}`);
  if (path.includes('\0') || (candidate !== root && !candidate.startsWith(root + sep)))
    return send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found');
  const found = candidate === root ? null : await fileAt(candidate);
  if (found) {
    const type = contentTypes[extname(candidate).toLowerCase()] ?? 'application/octet-stream';
    const immutable = candidate.startsWith(join(root, 'assets') + sep);
    return send(
      200,
      {
        'content-type': type,
        'content-length': found.size,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(type.startsWith('text/html') ? pageHeaders : {}),
      },
      null,
      candidate,
    );
  }
  if (extname(path) !== '') return send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found');
  return send(
    200,
    { 'content-type': 'text/html; charset=utf-8', 'content-length': indexFile.size, 'cache-control': 'no-cache', ...pageHeaders },
    null,
    index,
  );
}

interface BodyRefusal {
  status: 411 | 413;
  message: string;
}

/** Bodies are bounded up front: a declared length above the limit, or a body of undeclared length, is refused. */
function bodyRefusal(req: IncomingMessage, maxBodyBytes: number): BodyRefusal | null {
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding']) return { status: 411, message: 'Send a Content-Length: bodies of undeclared length are not accepted' };
    return null;
  }
  const length = Number(declared);
  if (length > maxBodyBytes) return { status: 413, message: `Request body of ${length} bytes exceeds the limit of ${maxBodyBytes} bytes` };
  return null;
}

/** Answers a refused body after reading it (up to a bound), so the client sees the answer rather than a reset. */
function refuseBody(req: IncomingMessage, res: ServerResponse, refusal: BodyRefusal, maxBodyBytes: number): void {
  const answer = () => {
    if (res.headersSent) return;
    res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(
      JSON.stringify({
        errors: [
          { message: refusal.message, extensions: { code: refusal.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'LENGTH_REQUIRED', limit: maxBodyBytes } },
        ],
      }),
    );
  };
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxBodyBytes * 16) {
      answer();
      req.destroy();
    }
  });
  req.on('end', answer);
  req.on('error', () => undefined);
}

export interface WebOptions {
  /** Folder of the built dashboard; defaults to web/dist of this checkout. */
  root?: string;
}

/** Builds the whole app for one config: opens the log, rebuilds state, wires yoga. Does not listen. */
export async function buildApp(config: VigilConfig, logger: Logger = createLogger(config.logLevel), web: WebOptions = {}): Promise<VigilApp> {
  const webRoot = resolve(web.root ?? defaultWebRoot);
  const services = await openServices(config, logger);
  const limits = new StreamLimits(config.maxStreamsPerViewer, services.streams, (viewer, limit) =>
    logger.warn({ viewer: describeViewer(viewer), limit }, `stream refused: ${describeViewer(viewer)} already holds ${limit} streams`),
  );
  // Created before yoga (the viewer rules ask it which operations it serves) and bound to yoga right after.
  let delivery!: Delivery;
  const yoga = createYoga<Record<string, never>, VigilContext>({
    schema,
    graphqlEndpoint,
    context: async (initial) => ({ ...initial, services, viewer: await authenticate(initial.request, services) }),
    logging: logger,
    maskedErrors: { maskError: (error, message) => toClientError(error, message) },
    // The listener bounds every body before yoga sees it (VIGIL_MAX_BODY_BYTES, 411 without a length); yoga's own
    // limit pipes each body through a TransformStream, a cost on every request for a check already made.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: config.graphiql ? graphiqlOptions : false,
    renderGraphiQL,
    plugins: [
      useStrictRequestParsing(),
      useOperationLimits(),
      useViewerRules({
        limits,
        authenticate: (request) => authenticate(request, services),
        deliveredByHub: (context) => delivery.deliveredByHub(context),
      }),
      useInputErrorCodes(),
      useFastExecution(),
      useHubDelivery(),
    ],
  });
  delivery = createDelivery({
    yoga: yoga as never,
    logger,
    authenticate: (request) => authenticate(request, services),
    limits,
    directory: services.directory,
    graphqlEndpoint,
    streamEndpoint,
    maxBodyBytes: config.maxBodyBytes,
    heartbeatMs: config.heartbeatInterval,
    flushSliceMs: config.flushSlice,
    maxReservationsPerViewer: config.maxReservationsPerViewer,
    reservationTimeoutMs: config.reservationTimeout,
  });

  const fastPost = new FastPost({
    yoga: yoga as never,
    authenticate: (request) => authenticate(request, services),
    graphqlEndpoint,
    maxBodyBytes: config.maxBodyBytes,
  });

  const metrics = new VigilMetrics(services, delivery.stats);
  services.ingest.observer = metrics.ingest;
  // The overview's own messages are left out: counting them would make each update cause the next.
  services.overview.countDeliveries = () => {
    let total = 0;
    for (const [stream, { count }] of delivery.stats.deliveries) if (stream !== 'overview') total += count;
    return total;
  };
  services.onRetention = (removed) => metrics.retentionRemoved(removed);
  let draining = false;

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (config.accessLog) logAccess(req, res, logger);
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/livez' || path === '/health') return serveLiveness(req, res);
      if (path === '/readyz') return void serveReadiness(req, res, services, draining, config.redisTimeout);
      if (path === '/metrics') {
        return void metrics.serve(req, res, config.metricsToken).catch((error: unknown) => {
          logger.error({ err: error }, 'serving metrics failed');
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
      }
    }
    if (isDashboardRequest(req, path)) {
      serveDashboard(req, res, webRoot).catch((error: unknown) => {
        logger.error({ err: error }, 'serving the dashboard failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    const refusal = bodyRefusal(req, config.maxBodyBytes);
    if (refusal) return refuseBody(req, res, refusal, config.maxBodyBytes);
    if (delivery.handle(req, res)) return;
    if (fastPost.handle(req, res, path)) return;
    void yoga(req, res);
  };

  return {
    services,
    yoga,
    delivery,
    fastPost,
    listener,
    drain() {
      draining = true;
      services.hub.close();
      delivery.drain();
    },
    close: async () => {
      delivery.close();
      await services.close();
    },
  };
}
