import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** One request to the hub's GraphQL endpoint with an admin token; throws with the hub's messages unless it answers data. */
export async function adminRequest<R, V>(url: string, token: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  }).catch((error: Error & { cause?: { code?: string } }) => {
    throw new Error(`cannot reach the hub at ${url}: ${error.cause?.code ?? error.message}`);
  });
  const result = (await response.json().catch(() => null)) as { data?: R | null; errors?: Array<{ message: string }> } | null;
  if (!result?.data || result.errors?.length) {
    throw new Error(`${url} answered HTTP ${response.status}: ${result?.errors?.map((e) => e.message).join('; ') ?? 'not a GraphQL response'}`);
  }
  return result.data;
}
