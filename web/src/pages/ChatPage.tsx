import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { featureRoles, mayUse } from '../access.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { Loading, PageHeader } from '../components/PageHeader.tsx';
import { useDashboard } from '../context.ts';
import { clock } from '../format.ts';
import { urqlFeed } from '../live/urqlFeed.ts';
import { useLiveFeed } from '../live/useLiveFeed.ts';
import './story.css';
import { searchMaxLength, searchTerm, useSettled } from '../search.ts';
import { applyChat, type ChatLine, chatMessage, chatQuery, chatSubscription, chatText } from '../streams/chat.ts';

/** Lines drawn at once; the state keeps more (bounded) for filtering and scrolling back. */
const shownLines = 400;

export function ChatPage() {
  const { client, session, onFatal } = useDashboard();
  const [channel, setChannel] = useState<string | null>(null);
  const [serverId, setServerId] = useState<string | null>(null);
  const [playerInput, setPlayerInput] = useState('');
  const [textInput, setTextInput] = useState('');
  // The hub searches (its `player` and `text` arguments), so a search covers more than the lines loaded here.
  const player = searchTerm(useSettled(playerInput));
  const text = searchTerm(useSettled(textInput));
  const searching = player != null || text != null;
  const known = useRef({ channels: new Set<string>(), servers: new Set<string>() });
  const feed = useLiveFeed(
    'chat',
    JSON.stringify([channel, serverId, player, text]),
    () =>
      urqlFeed(client, {
        query: chatQuery,
        variables: { channel, serverId, player, text, last: 200 },
        snapshot: (data) => ({ state: applyChat({ lines: [] }, data.chatMessages.messages), cursor: data.chatMessages.cursor }),
        subscription: chatSubscription,
        subscriptionVariables: (after) => ({ channel, serverId, player, text, after }),
        message: chatMessage,
        apply: applyChat,
      }),
    { onFatal },
  );
  for (const line of feed.state?.lines ?? []) {
    known.current.channels.add(line.payload.channel);
    known.current.servers.add(line.serverId);
  }
  const channels = [...known.current.channels].sort();
  const servers = [...known.current.servers].sort();
  const whispersReadable = mayUse(session.roles, featureRoles.whisperText);

  return (
    <>
      <PageHeader
        title="Chat"
        subtitle={whispersReadable ? 'Channels and whispers, live.' : 'Channels, live. Whisper text is redacted for your roles.'}
      >
        <div className="inline-form filter-bar">
          <label className="field-inline">
            <span>Player</span>
            <input
              type="search"
              value={playerInput}
              maxLength={searchMaxLength}
              placeholder="Name or id"
              onChange={(e) => setPlayerInput(e.target.value)}
              data-testid="chat-player"
            />
          </label>
          <label className="field-inline">
            <span>Text</span>
            <input
              type="search"
              value={textInput}
              maxLength={searchMaxLength}
              placeholder="Words in a message"
              onChange={(e) => setTextInput(e.target.value)}
              data-testid="chat-text"
            />
          </label>
          <FilterSelect label="Server" value={serverId} onChange={setServerId} allLabel="All servers" options={servers} testId="chat-server" />
          <FilterSelect
            label="Channel"
            value={channel}
            onChange={setChannel}
            allLabel="All channels"
            options={channels}
            optionLabel={(name) => `#${name}`}
            testId="chat-channel"
          />
        </div>
      </PageHeader>
      {!feed.state ? <Loading error={feed.error} status={feed.status} /> : <ChatLog lines={feed.state.lines} searching={searching} />}
    </>
  );
}

function ChatLog({ lines, searching }: { lines: readonly ChatLine[]; searching: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const shown = lines.length > shownLines ? lines.slice(lines.length - shownLines) : lines;

  useEffect(() => {
    const element = box.current!;
    const onScroll = () => {
      pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
    };
    element.addEventListener('scroll', onScroll);
    return () => element.removeEventListener('scroll', onScroll);
  }, []);
  // Follows the newest line unless the reader scrolled up.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever lines change, to scroll to them
  useLayoutEffect(() => {
    if (pinned.current) box.current!.scrollTop = box.current!.scrollHeight;
  }, [lines]);

  return (
    <div className="panel chat-log" ref={box} data-testid="chat-log">
      {shown.length === 0 && <p className="empty">{searching ? 'No chat matches the search.' : 'No chat yet.'}</p>}
      {lines.length > shown.length && (
        <p className="muted center">
          Showing the latest {shown.length} of {lines.length} lines.
        </p>
      )}
      {shown.map((line) => (
        <ChatRow key={line.id} line={line} />
      ))}
    </div>
  );
}

/** One chat line: time, channel and server, who, and what (whisper text redacted where the viewer may not read it). */
export function ChatRow({ line }: { line: ChatLine }) {
  const { kind, channel, playerName, recipientId } = line.payload;
  const { text, redacted } = chatText(line);
  const system = kind === 'JOIN' || kind === 'LEAVE';
  return (
    <div className={`chat-line kind-${kind.toLowerCase()}`} data-testid="chat-line" data-kind={kind}>
      <time className="chat-time" dateTime={line.receivedAt}>
        {clock(line.receivedAt)}
      </time>
      <span className="chat-where">
        <span className="chat-channel">#{channel}</span>
        <span className="chat-server">{line.serverId}</span>
      </span>
      <span className="chat-body">
        <span className="chat-player">{playerName}</span>
        {kind === 'WHISPER' && <span className="chat-whisper-to">whispers to {recipientId}</span>}
        {system ? (
          <span className="muted"> {text}</span>
        ) : redacted ? (
          <span className="redacted" data-testid="redacted">
            redacted
          </span>
        ) : (
          <span className="chat-text">{text}</span>
        )}
      </span>
    </div>
  );
}
