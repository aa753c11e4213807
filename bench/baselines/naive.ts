// The floor: what plain graphql-yoga + @pothos/core + yoga's createPubSub do with one chat subscription. Nothing is
// shared between subscribers: every subscriber's async iterator gets the event, executes the selection set and
// serializes the result itself, and yoga's built-in SSE (distinct connections) writes it. No auth, no storage.
//
//   BENCH_PORT=4001 node --import tsx bench/baselines/naive.ts
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import SchemaBuilder from '@pothos/core';
import { createPubSub, createYoga } from 'graphql-yoga';
import { serveUntilStopped } from './serve.ts';

interface ChatMessage {
  kind: string;
  channel: string;
  playerId: string;
  playerName: string;
  text: string | null;
}
interface ChatEvent {
  id: string;
  cursor: string;
  type: string;
  serverId: string;
  occurredAt: string;
  receivedAt: string;
  payload: ChatMessage;
}
interface ResyncRequired {
  reason: string;
  message: string;
  cursor: string;
}

// yoga's default EventTarget, with Node's leak warning (at 11 listeners of one topic) turned off: one listener per subscriber.
const eventTarget = new EventTarget();
setMaxListeners(Number.POSITIVE_INFINITY, eventTarget);
const pubsub = createPubSub<{ chat: [channel: string, event: ChatEvent] }>({ eventTarget });
// No plugin is loaded here. The cast only quiets the types: tsc checks bench/ with src/, whose Pothos plugins declare
// their (required) builder options globally.
const builder = new SchemaBuilder<{ Objects: { ChatEvent: ChatEvent; ChatMessage: ChatMessage; ResyncRequired: ResyncRequired } }>({} as never);

builder.objectType('ChatMessage', {
  fields: (t) => ({
    kind: t.exposeString('kind'),
    channel: t.exposeString('channel'),
    playerId: t.exposeID('playerId'),
    playerName: t.exposeString('playerName'),
    text: t.exposeString('text', { nullable: true }),
  }),
});
builder.objectType('ChatEvent', {
  fields: (t) => ({
    id: t.exposeID('id'),
    cursor: t.exposeString('cursor'),
    type: t.exposeString('type'),
    serverId: t.exposeID('serverId'),
    occurredAt: t.exposeString('occurredAt'),
    receivedAt: t.exposeString('receivedAt'),
    payload: t.field({ type: 'ChatMessage', resolve: (event) => event.payload }),
  }),
});
// Never sent here; present so the one subscription document of the bench validates against every server.
builder.objectType('ResyncRequired', {
  fields: (t) => ({ reason: t.exposeString('reason'), message: t.exposeString('message'), cursor: t.exposeString('cursor') }),
});
const ChatFeed = builder.unionType('ChatFeed', {
  types: ['ChatEvent', 'ResyncRequired'],
  resolveType: (value) => ('reason' in value ? 'ResyncRequired' : 'ChatEvent'),
});
const ChatMessageInput = builder.inputType('ChatMessageInput', {
  fields: (t) => ({
    serverId: t.id({ required: true }),
    channel: t.string({ required: true }),
    playerId: t.id({ required: true }),
    playerName: t.string({ required: true }),
    text: t.string(),
  }),
});

let seq = 0;
builder.queryType({ fields: (t) => ({ health: t.string({ resolve: () => 'ok' }) }) });
builder.mutationType({
  fields: (t) => ({
    postChatMessage: t.field({
      type: 'ChatEvent',
      args: { input: t.arg({ type: ChatMessageInput, required: true }) },
      resolve: (_root, { input }) => {
        seq++;
        const now = new Date().toISOString();
        const event: ChatEvent = {
          id: `naive-${seq}`,
          cursor: String(seq),
          type: 'chat.message',
          serverId: String(input.serverId),
          occurredAt: now,
          receivedAt: now,
          payload: {
            kind: 'MESSAGE',
            channel: input.channel,
            playerId: String(input.playerId),
            playerName: input.playerName,
            text: input.text ?? null,
          },
        };
        pubsub.publish('chat', input.channel, event);
        return event;
      },
    }),
  }),
});
builder.subscriptionType({
  fields: (t) => ({
    chat: t.field({
      type: ChatFeed,
      args: { channel: t.arg.string({ required: true }), after: t.arg.string() },
      subscribe: (_root, { channel }) => pubsub.subscribe('chat', channel),
      resolve: (event: ChatEvent) => event,
    }),
  }),
});

const yoga = createYoga({ schema: builder.toSchema(), graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
const server = createServer(yoga);
serveUntilStopped(server, 4001);
