import type { GraphiQLOptions } from 'graphql-yoga';

/** What GraphiQL opens with: how to sign in, then one operation of each kind; nothing runs until Run is pressed. */
export const graphiqlDefaultQuery = `# Vigil: GraphQL over SSE for game operations.
#
# Sign in: in the Headers tab below, replace the
# placeholder with an admin token:
#   {"Authorization": "Bearer <token>"}
# Vigil prints one on its first start; mint another
# with: npm run -s vigil -- token admin --sub you \\
#         --roles ADMIN
# The schema loads only with a token: GraphiQL asks
# for it on open, and the UNAUTHENTICATED answer on
# the right is that request. After pasting,
# press "Re-fetch GraphQL schema" (arrows, bottom left).
#
# Nothing runs until you press Run; it asks which
# operation. The mutation ingests as game server eu-1
# and needs its producer token:
#   npm run vigil -- token producer --server eu-1

subscription FollowServerStatus {
  serverStatus {
    ... on ServerStatusEvent {
      serverId cursor type
      payload { state playerCount health }
    }
    ... on ResyncRequired { reason cursor }
  }
}

query Servers {
  servers {
    cursor
    servers { id state playerCount lastSeen }
  }
}

mutation ReportEu1Online {
  reportServerStatus(input: {
    serverId: "eu-1", state: ONLINE, playerCount: 42, maxPlayers: 100
  }) {
    id cursor payload { state playerCount }
  }
}
`;

/** GraphiQL on GET /graphql from a browser (VIGIL_GRAPHIQL). */
export const graphiqlOptions: GraphiQLOptions = {
  title: 'Vigil',
  defaultQuery: graphiqlDefaultQuery,
  // Tokens must not linger in the browser's localStorage.
  shouldPersistHeaders: false,
  headers: JSON.stringify({ Authorization: 'Bearer <paste an admin token>' }, null, 2),
  defaultEditorToolsVisibility: 'headers',
  subscriptionsProtocol: 'GRAPHQL_SSE',
};
