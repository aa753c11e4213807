import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { type GraphQLParams, processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import { withoutSecrets } from '../auth/secrets.ts';
import type { Viewer } from '../auth/viewer.ts';
import {
  fetchRequestOf,
  forwardToYoga,
  graphqlParams,
  HttpRefusal,
  isExecutionResult,
  isJsonBody,
  readPostBody,
  sendRefusal,
} from '../delivery/http.ts';

export interface FastPostOptions {
  yoga: YogaServerInstance<Record<string, never>, Record<string, unknown>>;
  authenticate: (request: Request) => Promise<Viewer>;
  graphqlEndpoint: string;
  maxBodyBytes: number;
}

type RegularMediaType = 'application/json' | 'application/graphql-response+json';

type Enveloped = ReturnType<FastPostOptions['yoga']['getEnveloped']>;

/** The most validated documents FastPost keeps (the oldest goes first). */
const maxRememberedDocuments = 500;

/**
 * The media type yoga answers a non-streaming result with for this Accept header, or null where yoga would pick
 * another processor or refuse: yoga's own choice (the first type listed that a processor serves; none means JSON).
 */
export function regularMediaType(accept: string | undefined): RegularMediaType | null {
  const listed = (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  for (const item of listed) {
    const [type, ...parameters] = item.split(';');
    const charset = parameters.find((parameter) => parameter.includes('charset=')) ?? 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    if (type === 'application/graphql-response+json' || type === 'application/json') return type;
    if (type === '*/*' || type === 'application/*') return 'application/json';
    // text/event-stream, multipart/mixed, text/*: yoga's streaming processors (or its 406) decide.
    return null;
  }
  return null;
}

/** What processRegularResult builds, kept as it is: no fetch Response, no stream. */
class CapturedResponse {
  constructor(
    readonly body: string,
    readonly init: { status: number; headers: Record<string, string> },
  ) {}
}
const captureFetchAPI = { Response: CapturedResponse } as never;

/**
 * Mutations posted as JSON by a signed-in producer or admin, run below yoga's HTTP layer: the same envelop (parse and
 * validation caches, armor, the viewer rules, scope-auth, masking, error codes) and the same result processing as
 * yoga (`processRegularResult`: status, headers, body), without the fetch Request/Response adapters and the plugin
 * chain around them, which cost more than the mutation itself. Anything else (queries, subscriptions, a request from
 * a browser (Origin: CORS), another Accept, an anonymous caller, a body or operation that does not parse or
 * validate) is yoga's, unchanged: the request is handed over before anything runs.
 */
export class FastPost {
  private readonly origin = 'http://vigil.local';
  /** Mutations run here, and requests read here but then answered by yoga (for stats and tests). */
  readonly counts = { served: 0, handedToYoga: 0 };
  /**
   * Documents that parsed and validated here, by their text: a producer sends the same few mutations over and over,
   * and the parse and validation hooks (yoga's caches behind them) cost more than a lookup. Validation does not
   * depend on who asks (the cost limits and the redaction of errors read the document alone), so a document valid
   * once is valid for every caller; the operation is still picked per request (operationName).
   */
  private readonly validated = new Map<string, DocumentNode>();

  constructor(private readonly options: FastPostOptions) {}

  /** Serves `req` when it may be a fast mutation; false (nothing read) when yoga should serve it. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (req.method !== 'POST' || path !== this.options.graphqlEndpoint) return false;
    if (req.headers.origin !== undefined || !req.headers.authorization || !isJsonBody(req.headers['content-type'])) return false;
    const mediaType = regularMediaType(req.headers.accept);
    if (!mediaType) return false;
    this.serve(req, res, mediaType).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ errors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      this.options.yoga.logger.error(error);
    });
    return true;
  }

  private async serve(req: IncomingMessage, res: ServerResponse, mediaType: RegularMediaType): Promise<void> {
    let body: string;
    try {
      body = await readPostBody(req, this.options.maxBodyBytes);
    } catch (error) {
      if (error instanceof HttpRefusal) return sendRefusal(res, error);
      throw error;
    }
    const params = paramsOf(body);
    if (!params) return this.toYoga(req, res, body);
    const request = requestView(req, this.origin);
    const viewer = await this.options.authenticate(request);
    if (viewer.kind === 'anonymous') return this.toYoga(req, res, body);
    const enveloped = this.options.yoga.getEnveloped({ req, res, request, params } as never);
    const document = this.validated.get(params.query!) ?? this.parseAndValidate(enveloped, params.query!, params.operationName);
    if (!document || getOperationAST(document, params.operationName)?.operation !== 'mutation') return this.toYoga(req, res, body);
    const contextValue = await enveloped.contextFactory();
    const result: unknown = await enveloped.execute({
      schema: enveloped.schema,
      document,
      contextValue,
      variableValues: params.variables ?? null,
      operationName: params.operationName ?? null,
    });
    if (!isExecutionResult(result)) throw new Error('A mutation returned a stream');
    const { body: text, init } = processRegularResult(
      withoutSecrets(result as ExecutionResult),
      captureFetchAPI,
      mediaType,
    ) as unknown as CapturedResponse;
    this.counts.served++;
    res.writeHead(init.status, { ...init.headers, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  /** A mutation's document through envelop's parse and validation (then remembered), or null for yoga to answer. */
  private parseAndValidate(enveloped: Enveloped, query: string, operationName: string | undefined): DocumentNode | null {
    let document: DocumentNode;
    try {
      document = enveloped.parse(query);
      if (getOperationAST(document, operationName)?.operation !== 'mutation') return null;
      if (enveloped.validate(enveloped.schema, document).length > 0) return null;
    } catch {
      // Parse errors and armor's limits (thrown from validation) are answered by yoga, as always.
      return null;
    }
    if (this.validated.size >= maxRememberedDocuments) this.validated.delete(this.validated.keys().next().value!);
    this.validated.set(query, document);
    return document;
  }

  /** Yoga answers the request as it always does (the body handed over as it came). */
  private toYoga(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    this.counts.handedToYoga++;
    return forwardToYoga(this.options.yoga, req, res, fetchRequestOf(req, this.origin), body);
  }
}

/**
 * What authentication and the context read of a request (method, URL, headers by name), straight from the node
 * request: a fetch Request costs more to build (its Headers, an AbortSignal) than the rest of a small mutation's
 * bookkeeping. Only envelop's plugins and the resolvers see it, and they read nothing else.
 */
function requestView(req: IncomingMessage, origin: string): Request {
  const headers = {
    get(name: string): string | null {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    has(name: string): boolean {
      return req.headers[name.toLowerCase()] !== undefined;
    },
  };
  let url: string | undefined;
  return {
    method: req.method ?? 'POST',
    headers,
    get url() {
      url ??= new URL(req.url ?? '/', origin).href;
      return url;
    },
  } as unknown as Request;
}

/** A POST's parameters come from its body alone: the URL is not read. */
const postUrl = new URL('http://vigil.local/graphql');

/** The GraphQL parameters of a body, read as yoga reads them (useStrictRequestParsing), or null for yoga to answer. */
function paramsOf(body: string): GraphQLParams | null {
  try {
    return graphqlParams('POST', postUrl, body);
  } catch {
    return null;
  }
}
