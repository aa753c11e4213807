import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphqlParams, HttpRefusal, isJsonBody, unsupportedMediaType } from '../delivery/http.ts';

function refusalError(refusal: HttpRefusal): GraphQLError {
  return new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: refusal.status, headers: refusal.headers } } });
}

function asGraphQLError(error: unknown): never {
  throw error instanceof HttpRefusal ? refusalError(error) : error;
}

/**
 * Yoga reads GET and POST parameters the way the hub's delivery does: a malformed `variables` or `extensions` is a
 * 400 naming it (yoga's own GET parser throws, a 500), and only JSON bodies are read (yoga also runs operations posted
 * as forms or multipart, which a cross-site page can send without a preflight).
 */
export function useStrictRequestParsing(): Plugin {
  return {
    onRequestParse({ request, url, setRequestParser }) {
      if (request.method === 'GET') {
        setRequestParser(() => {
          try {
            return graphqlParams('GET', url, null);
          } catch (error) {
            return asGraphQLError(error);
          }
        });
      } else if (request.method === 'POST') {
        setRequestParser(async () => {
          try {
            if (!isJsonBody(request.headers.get('content-type'))) throw unsupportedMediaType();
            return graphqlParams('POST', url, await request.text());
          } catch (error) {
            return asGraphQLError(error);
          }
        });
      }
    },
  };
}
