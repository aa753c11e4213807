import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { subscribe, waitFor } from './kit/stream.ts';
import { serveVigil, startVigil } from './kit/vigil.ts';

const SecurityReport = graphql(`
  mutation SecurityReport($input: SecurityIncidentInput!) {
    reportSecurityIncident(input: $input) { ...SecurityEventFields }
  }
`);

// biome-ignore lint/correctness/noUnusedVariables: a fragment the documents below spread by name; codegen reads it from here
const SecurityEventFields = graphql(`
  fragment SecurityEventFields on SecurityEvent {
    id cursor stream type serverId occurredAt receivedAt priority
    payload { kind playerId description confidence banDurationSeconds }
  }
`);

const SecurityIncidents = graphql(`
  query SecurityIncidents($serverId: ID, $last: Int) {
    securityIncidents(serverId: $serverId, last: $last) { cursor incidents { ...SecurityEventFields } }
  }
`);

const SecurityFeed = graphql(`
  subscription SecurityFeed($serverId: ID) {
    security(serverId: $serverId) { ... on SecurityEvent { ...SecurityEventFields } }
  }
`);

const banInput = {
  serverId: 'eu-1',
  kind: 'BAN',
  playerId: 'p-7',
  description: 'Repeated speed hacking',
  confidence: 0.97,
  banDurationSeconds: 86_400,
} as const;

describe('security', () => {
  it.each([{ singleConnection: false }, { singleConnection: true }])(
    'should deliver exactly the reported incident to a subscriber (%o)',
    async ({ singleConnection }) => {
      const vigil = await serveVigil();
      const feed = subscribe(vigil.sseClient({ singleConnection }), SecurityFeed, {});
      await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

      const { reportSecurityIncident: stored } = await vigil.ok(SecurityReport, { input: { ...banInput, occurredAt: '2026-11-22T10:00:00.000Z' } });

      expect((await feed.next()).data?.security).toEqual(stored);
      expect(stored).toMatchObject({
        stream: 'SECURITY',
        type: 'SECURITY_BAN',
        serverId: 'eu-1',
        occurredAt: '2026-11-22T10:00:00.000Z',
        priority: 'HIGH',
        payload: { kind: 'BAN', playerId: 'p-7', description: 'Repeated speed hacking', confidence: 0.97, banDurationSeconds: 86_400 },
      });
      expect(feed.pending).toEqual([]);
    },
  );

  it('should deliver only incidents of the subscribed server', async () => {
    const vigil = await serveVigil();
    const feed = subscribe(vigil.sseClient(), SecurityFeed, { serverId: 'eu-1' });
    await waitFor(() => vigil.app.services.hub.subscriberCount === 1, 5_000, 'subscriber');

    await vigil.ok(SecurityReport, { input: { ...banInput, serverId: 'us-1' } });
    const { reportSecurityIncident: matching } = await vigil.ok(SecurityReport, {
      input: { serverId: 'eu-1', kind: 'VIOLATION', description: 'Spam in trade chat' },
    });

    expect((await feed.next()).data?.security).toEqual(matching);
    expect(feed.pending).toEqual([]);
  });

  it.each([
    ['VIOLATION', 'SECURITY_VIOLATION', 'NORMAL'],
    ['BAN', 'SECURITY_BAN', 'HIGH'],
    ['BOT_DETECTED', 'SECURITY_BOT_DETECTED', 'HIGH'],
    ['HACK_DETECTED', 'SECURITY_HACK_DETECTED', 'CRITICAL'],
  ] as const)('should type a %s incident %s with priority %s', async (kind, type, priority) => {
    const vigil = await startVigil();
    const { reportSecurityIncident } = await vigil.ok(SecurityReport, { input: { serverId: 'eu-1', kind, description: 'detected' } });
    expect(reportSecurityIncident).toMatchObject({ type, priority, payload: { kind, playerId: null, confidence: null, banDurationSeconds: null } });
  });

  it('should let the producer override the default priority', async () => {
    const vigil = await startVigil();
    const { reportSecurityIncident } = await vigil.ok(SecurityReport, {
      input: { serverId: 'eu-1', kind: 'HACK_DETECTED', description: 'maybe', priority: 'LOW' },
    });
    expect(reportSecurityIncident.priority).toBe('LOW');
  });

  it('should list the last incidents newest first, per server, at the cursor of the last event', async () => {
    const vigil = await startVigil();
    const { reportSecurityIncident: first } = await vigil.ok(SecurityReport, {
      input: { serverId: 'eu-1', kind: 'VIOLATION', description: 'first' },
    });
    const { reportSecurityIncident: other } = await vigil.ok(SecurityReport, {
      input: { serverId: 'us-1', kind: 'BOT_DETECTED', description: 'other' },
    });
    const { reportSecurityIncident: last } = await vigil.ok(SecurityReport, {
      input: { serverId: 'eu-1', kind: 'HACK_DETECTED', description: 'last' },
    });

    const all = await vigil.ok(SecurityIncidents, {});
    expect(all.securityIncidents.cursor).toBe(last.cursor);
    expect(all.securityIncidents.incidents).toEqual([last, other, first]);

    const eu = await vigil.ok(SecurityIncidents, { serverId: 'eu-1' });
    expect(eu.securityIncidents.incidents).toEqual([last, first]);

    const newest = await vigil.ok(SecurityIncidents, { last: 1 });
    expect(newest.securityIncidents.incidents).toEqual([last]);
  });

  it.each([0, 1_001])('should refuse last: %i naming the argument', async (last) => {
    const vigil = await startVigil();
    const result = await vigil.execute(SecurityIncidents, { last });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('last');
  });

  it.each([
    ['a confidence of 1.5', { confidence: 1.5 }, 'confidence'],
    ['a negative confidence', { confidence: -0.1 }, 'confidence'],
    ['an empty description', { description: '' }, 'description'],
    ['a blank description', { description: '   ' }, 'description'],
    ['a ban duration of zero', { banDurationSeconds: 0 }, 'banDurationSeconds'],
    ['a ban duration on a violation', { kind: 'VIOLATION' }, 'banDurationSeconds'],
    ['an unknown kind', { kind: 'CHEATING' }, 'kind'],
  ])('should refuse %s naming the field, storing nothing', async (_, change, field) => {
    const vigil = await startVigil();
    const result = await vigil.execute(SecurityReport, { input: { ...banInput, ...change } as typeof banInput });
    expect(result.errors?.[0]?.message).toContain(field);
    expect(result.data ?? null).toBeNull();
    expect((await vigil.ok(SecurityIncidents, {})).securityIncidents.incidents).toEqual([]);
  });
});
