import { describe, expect, it } from 'vitest';
import { parseReplaySearch, replayPath } from './route.ts';

describe('replay links', () => {
  it('should read back what they write', () => {
    const path = replayPath({ serverId: 'eu 1', at: '2026-12-01T10:00:00.000Z', mapId: 'eu-1:vale', span: 60_000 });
    expect(path).toBe('/replay?server=eu+1&at=2026-12-01T10%3A00%3A00.000Z&map=eu-1%3Avale&span=1');
    expect(parseReplaySearch(path.slice('/replay'.length))).toEqual({
      ok: true,
      serverId: 'eu 1',
      at: Date.parse('2026-12-01T10:00:00.000Z'),
      mapId: 'eu-1:vale',
      span: 60_000,
    });
  });

  it('should default to no map and a 5 minute span, also for a span not offered', () => {
    expect(parseReplaySearch('?server=eu-1&at=2026-12-01T10:00:00.000Z&span=7')).toMatchObject({ ok: true, mapId: null, span: 300_000 });
    expect(replayPath({ serverId: 'eu-1', at: '2026-12-01T10:00:00.000Z', span: 300_000 })).toBe(
      '/replay?server=eu-1&at=2026-12-01T10%3A00%3A00.000Z',
    );
  });

  it.each(['?at=2026-12-01T10:00:00.000Z', '?server=eu-1', '?server=eu-1&at=yesterday'])('should refuse %s, saying what is missing', (search) => {
    expect(parseReplaySearch(search)).toMatchObject({ ok: false, problem: expect.stringMatching(/^The link names no/) });
  });
});
