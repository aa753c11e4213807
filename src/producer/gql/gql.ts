/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ProducerIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId occurredAt receivedAt priority }\n  }\n": typeof types.ProducerIngestDocument,
    "\n  mutation SimulatorIssueProducerToken($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId } }\n  }\n": typeof types.SimulatorIssueProducerTokenDocument,
    "\n  mutation SimulatorRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": typeof types.SimulatorRevokeProducerTokenDocument,
};
const documents: Documents = {
    "\n  mutation ProducerIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId occurredAt receivedAt priority }\n  }\n": types.ProducerIngestDocument,
    "\n  mutation SimulatorIssueProducerToken($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId } }\n  }\n": types.SimulatorIssueProducerTokenDocument,
    "\n  mutation SimulatorRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n": types.SimulatorRevokeProducerTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProducerIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId occurredAt receivedAt priority }\n  }\n"): (typeof documents)["\n  mutation ProducerIngest($events: [IngestEvent!]!) {\n    ingest(events: $events) { id cursor stream type serverId occurredAt receivedAt priority }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SimulatorIssueProducerToken($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId } }\n  }\n"): (typeof documents)["\n  mutation SimulatorIssueProducerToken($serverId: ID!, $label: String) {\n    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SimulatorRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"): (typeof documents)["\n  mutation SimulatorRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;