import type { IncomingMessage, ServerResponse } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authenticate } from './auth/authenticate.ts';
import { useViewerRules } from './auth/plugin.ts';
import { viewerKey } from './auth/viewer.ts';
import type { VigilContext } from './builder.ts';
import type { VigilConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { schema } from './schema.ts';
import { useSingleConnectionSSE } from './sse.ts';
import { useResumableSSE } from './sse-resumable.ts';
import { openVigil, type Vigil } from './vigil.ts';

export const graphqlEndpoint = '/graphql';
export const streamEndpoint = '/graphql/stream';

export interface VigilApp {
  vigil: Vigil;
  yoga: YogaServerInstance<Record<string, never>, VigilContext>;
  /** Node request listener: body-size limit, then yoga. */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

/** Builds the whole app for one config: opens the log, rebuilds state, wires yoga. Does not listen. */
export async function buildApp(config: VigilConfig, logger: Logger = createLogger(config.logLevel)): Promise<VigilApp> {
  const vigil = await openVigil(config, logger);
  const yoga = createYoga<Record<string, never>, VigilContext>({
    schema,
    graphqlEndpoint,
    context: async (initial) => ({ ...initial, vigil, viewer: await authenticate(initial.request, vigil) }),
    logging: logger,
    landingPage: false,
    graphiql: config.graphiql
      ? {
          title: 'Vigil',
          // Tokens must not linger in the browser's localStorage.
          shouldPersistHeaders: false,
          subscriptionsProtocol: 'GRAPHQL_SSE',
          headers: JSON.stringify({ Authorization: 'Bearer <paste an admin token>' }, null, 2),
        }
      : false,
    renderGraphiQL,
    plugins: [
      EnvelopArmorPlugin({
        // Our own types nest shallowly; the bound matters for introspection, which GraphiQL's query reaches depth 21.
        maxDepth: { n: 30, ignoreIntrospection: false },
        maxAliases: { n: 30 },
        maxTokens: { n: 4_000 },
        maxDirectives: { n: 30 },
        costLimit: { maxCost: 20_000 },
        blockFieldSuggestion: { enabled: false },
      }),
      useViewerRules({ maxStreams: config.maxStreamsPerViewer }),
      useResumableSSE({ heartbeatMs: config.heartbeatInterval }),
      useSingleConnectionSSE({ endpoint: streamEndpoint, logger, identify: async (request) => viewerKey(await authenticate(request, vigil)) }),
    ],
  });

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > config.maxBodyBytes) {
      res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: `Request body of ${length} bytes exceeds the limit of ${config.maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      return;
    }
    void yoga(req, res);
  };

  return {
    vigil,
    yoga,
    listener,
    close: () => vigil.close(),
  };
}
