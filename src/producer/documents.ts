import { graphql } from './gql/index.ts';

/** The one request a producer makes: a mixed batch, answered with each stored event's envelope in order. */
export const ProducerIngest = graphql(`
  mutation ProducerIngest($events: [IngestEvent!]!) {
    ingest(events: $events) { id cursor stream type serverId occurredAt receivedAt priority }
  }
`);

export const SimulatorIssueProducerToken = graphql(`
  mutation SimulatorIssueProducerToken($serverId: ID!, $label: String) {
    issueProducerToken(serverId: $serverId, label: $label) { token producerToken { id serverId } }
  }
`);

export const SimulatorRevokeProducerToken = graphql(`
  mutation SimulatorRevokeProducerToken($id: ID!) { revokeProducerToken(id: $id) { id revokedAt } }
`);
