import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { isStream, type StoredEvent } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { vigilError } from '../../schema/errors.ts';
import { cursorAt } from '../../schema/events.ts';
import { checkReplayWindow, replayWindowArgs, windowSeqs } from '../history/window.ts';
import { ChatEvent } from './types.ts';

interface ChatReplay {
  serverId: string;
  from: Date;
  to: Date;
  cursor: string;
  messages: StoredEvent<'chat'>[];
  complete: boolean;
}

const ChatReplayRef = builder.objectRef<ChatReplay>('ChatReplay').implement({
  description: "One server's chat as it was from `from` to `to`, from the log, to play back beside its map.",
  fields: (t) => ({
    serverId: t.exposeID('serverId'),
    from: t.field({ type: 'DateTime', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
    cursor: t.field({
      type: 'Cursor',
      description:
        "The last chat event (of any server) received at or before `to` (the log's head when `to` is in the future): follow the chat stream `after` it to go on from there.",
      resolve: (r) => r.cursor,
    }),
    messages: t.field({
      type: [ChatEvent],
      description: 'Every chat event of the server received from `from` through `to`, oldest first; whisper text as the viewer may read it.',
      resolve: (r) => r.messages,
    }),
    complete: t.exposeBoolean('complete', {
      description: 'False when retention has removed chat events received after `from`: the window may be missing its oldest lines.',
    }),
  }),
});

const defaultReplayMessages = 1_000;

builder.queryField('chatReplay', (t) =>
  t.field({
    ...requires(streamReaders.chat),
    type: ChatReplayRef,
    description:
      "One server's chat over a window of at most an hour (by the hub clock), every channel and whisper, at most `first` events, oldest first.",
    args: {
      serverId: t.arg.id(),
      ...replayWindowArgs(t.arg, 'chat events', defaultReplayMessages),
    },
    resolve: async (_, { serverId, from, to, first }, { services }) => {
      checkReplayWindow(from, to);
      const server = String(serverId);
      const limit = first ?? defaultReplayMessages;
      const log = services.log;
      const { fromSeq, toSeq } = await windowSeqs(log, { streams: ['chat'] }, from, to);
      const { events } = await log.read({ streams: ['chat'], serverId: server, afterSeq: fromSeq, limit: limit + 1 });
      const window = events.filter((event) => event.seq <= toSeq);
      if (window.length > limit) {
        throw vigilError(
          'LIMIT_EXCEEDED',
          `first: the window holds more than ${limit} chat events of the server; narrow from and to, or raise first (at most 10000)`,
          {
            argument: 'first',
            limit,
          },
        );
      }
      const trimmed = await log.trimmedThrough(['chat']);
      return {
        serverId: server,
        from,
        to,
        cursor: cursorAt(toSeq, log.epoch),
        messages: window.filter((event) => isStream(event, 'chat')),
        complete: trimmed <= fromSeq,
      };
    },
  }),
);
