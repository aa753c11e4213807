import { describe, expect, it } from 'vitest';
import { applyPlayers, onlineByServer, onlineKey, type PlayerLine, playerEventLimit, playersFrom } from './players.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, seconds)).toISOString();

let n = 0;
function event(serverId: string, kind: PlayerLine['payload']['kind'], playerId: string, playerName = playerId.toUpperCase()): PlayerLine {
  n++;
  return {
    id: `e${n}`,
    cursor: `c${n}`,
    serverId,
    occurredAt: at(n),
    receivedAt: at(n),
    payload: { kind, playerId, playerName, detail: null, ipAddress: null, email: null },
  };
}

const names = (state: ReturnType<typeof playersFrom>) =>
  onlineByServer(state.online).map(([serverId, players]) => [serverId, players.map((p) => p.playerId)]);

describe('online players', () => {
  it('should replay joins and leaves per server', () => {
    const state = playersFrom(
      [event('eu-1', 'JOIN', 'p-1'), event('eu-1', 'JOIN', 'p-2'), event('eu-2', 'JOIN', 'p-3'), event('eu-1', 'LEAVE', 'p-1')],
      50,
    );
    expect(names(state)).toEqual([
      ['eu-1', ['p-2']],
      ['eu-2', ['p-3']],
    ]);
    expect(state.window).toEqual({ since: state.events[0]!.occurredAt, truncated: false });
  });

  it('should place a player on every server they joined and not left', () => {
    const state = playersFrom([event('eu-1', 'JOIN', 'p-1'), event('eu-2', 'JOIN', 'p-1'), event('eu-2', 'LEAVE', 'p-1')], 50);
    expect(names(state)).toEqual([['eu-1', ['p-1']]]);
  });

  it('should take ACTIVITY as a sign of a join older than the window, and a LEAVE of an unknown player as a no-op', () => {
    const state = playersFrom([event('eu-1', 'ACTIVITY', 'p-1'), event('eu-1', 'LEAVE', 'p-9')], 2);
    expect(names(state)).toEqual([['eu-1', ['p-1']]]);
    expect(state.online.get(onlineKey('eu-1', 'p-1'))).toMatchObject({ joinedAt: null });
    expect(state.window.truncated).toBe(true);
  });

  it('should keep the join time through later activity and take the newest name', () => {
    const join = event('eu-1', 'JOIN', 'p-1', 'Aria');
    const state = applyPlayers(playersFrom([join], 50), [event('eu-1', 'ACTIVITY', 'p-1', 'Aria the Bold')]);
    expect(state.online.get(onlineKey('eu-1', 'p-1'))).toMatchObject({ playerName: 'Aria the Bold', joinedAt: join.occurredAt });
  });

  it('should follow live joins and leaves without changing the previous state', () => {
    const initial = playersFrom([event('eu-1', 'JOIN', 'p-1')], 50);
    const next = applyPlayers(initial, [event('eu-1', 'JOIN', 'p-2'), event('eu-1', 'LEAVE', 'p-1')]);
    expect(names(next)).toEqual([['eu-1', ['p-2']]]);
    expect(names(initial)).toEqual([['eu-1', ['p-1']]]);
    expect(next.events).toHaveLength(3);
  });

  it.each([
    ['ari', [['eu-1', ['p-1']]]],
    ['  BOR ', [['eu-2', ['p-2']]]],
    [
      'p-',
      [
        ['eu-1', ['p-1']],
        ['eu-2', ['p-2']],
      ],
    ],
    ['nobody', []],
  ])('should filter by name or id with %j', (search, expected) => {
    const state = playersFrom([event('eu-1', 'JOIN', 'p-1', 'Aria'), event('eu-2', 'JOIN', 'p-2', 'Borin')], 50);
    expect(onlineByServer(state.online, search).map(([serverId, players]) => [serverId, players.map((p) => p.playerId)])).toEqual(expected);
  });

  it('should sort players by name within a server', () => {
    const state = playersFrom([event('eu-1', 'JOIN', 'p-1', 'Zed'), event('eu-1', 'JOIN', 'p-2', 'Aria')], 50);
    expect(onlineByServer(state.online)[0]![1].map((p) => p.playerName)).toEqual(['Aria', 'Zed']);
  });

  it('should keep only the newest events', () => {
    const many = Array.from({ length: playerEventLimit + 5 }, (_, i) => event('eu-1', 'ACTIVITY', `p-${i}`));
    const state = applyPlayers(playersFrom([], 50), many);
    expect(state.events).toHaveLength(playerEventLimit);
    expect(state.events.at(-1)).toBe(many.at(-1));
  });
});
