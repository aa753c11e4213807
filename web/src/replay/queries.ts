import { graphql } from '../gql/index.ts';

export const mapReplayQuery = graphql(`
  query MapReplay($mapId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {
    mapReplay(mapId: $mapId, from: $from, to: $to, first: $first) {
      mapId
      from
      to
      complete
      initial { entityId kind position { x y } heading label serverId updatedAt }
      events {
        __typename
        id
        cursor
        serverId
        receivedAt
        payload { mapId entityId kind action position { x y } heading label }
      }
    }
  }
`);

export const chatReplayQuery = graphql(`
  query ChatReplay($serverId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {
    chatReplay(serverId: $serverId, from: $from, to: $to, first: $first) {
      complete
      messages { ...ChatFields }
    }
  }
`);
