import { describe, expect, it } from 'vitest';
import { startVigil } from './kit/vigil.ts';

const mutations = {
  telemetry: 'mutation($input: TelemetryInput!) { reportTelemetry(input: $input) { id } }',
  chat: 'mutation($input: ChatMessageInput!) { postChatMessage(input: $input) { id } }',
  map: 'mutation($input: MapEntitiesInput!) { reportMapEntities(input: $input) { id } }',
  ingest: 'mutation($events: [IngestEvent!]!) { ingest(events: $events) { id } }',
  security: 'mutation($input: SecurityIncidentInput!) { reportSecurityIncident(input: $input) { id } }',
};

const telemetry = { serverId: 'eu-1', cpuPercent: 1, memoryUsedMb: 1, networkInKbps: 1, networkOutKbps: 1 };
const chat = { serverId: 'eu-1', channel: 'c', playerId: 'p', playerName: 'n', text: 't' };
const update = { entityId: 'e', kind: 'PLAYER', action: 'MOVE', position: { x: 1, y: 2 } };
const map = { serverId: 'eu-1', mapId: 'm', updates: [update] };
const incident = { serverId: 'eu-1', kind: 'VIOLATION', description: 'speed hack suspected' };
const tooShort = 'Too small: expected string to have >=1 characters';

// Each input is validated once, by its rules; these are the issues per-field `validate` options reported before.
describe('input validation', () => {
  it.each([
    [
      'only the first refused field of an object',
      'telemetry',
      { input: { ...telemetry, cpuPercent: 101, memoryUsedMb: -1 } },
      [['input.cpuPercent', 'must not be above 100']],
    ],
    ['the object rule only once its fields pass', 'chat', { input: { ...chat, kind: 'JOIN', recipientId: '' } }, [['input.recipientId', tooShort]]],
    [
      'every issue of the object rule',
      'chat',
      { input: { ...chat, kind: 'WHISPER', text: null } },
      [
        ['input.text', 'must not be empty for WHISPER'],
        ['input.recipientId', 'is required for WHISPER'],
      ],
    ],
    [
      'a refused field and every refused nested object',
      'map',
      {
        input: {
          ...map,
          serverId: '',
          updates: [
            { ...update, heading: 400 },
            { ...update, entityId: '', position: { x: 1, y: 2, z: 1 } },
          ],
        },
      },
      [
        ['input.serverId', tooShort],
        ['input.updates.0.heading', 'must be at most 360'],
        ['input.updates.1.entityId', tooShort],
      ],
    ],
    [
      'every rule of the chat kinds',
      'chat',
      { input: { ...chat, kind: 'JOIN', recipientId: 'p2' } },
      [
        ['input.text', 'must be omitted for JOIN'],
        ['input.recipientId', 'is only allowed for WHISPER'],
      ],
    ],
    [
      'the ban rule of a security incident',
      'security',
      { input: { ...incident, banDurationSeconds: 60 } },
      [['input.banDurationSeconds', 'is only allowed for a BAN']],
    ],
    [
      'the object rule only once its fields pass',
      'security',
      { input: { ...incident, confidence: 2, banDurationSeconds: 60 } },
      [['input.confidence', 'Too big: expected number to be <=1']],
    ],
    ['the list rule only once fields and elements pass', 'map', { input: { ...map, mapId: '', updates: [] } }, [['input.mapId', tooShort]]],
    [
      'one issue list for every element of a batch',
      'ingest',
      {
        events: [
          { telemetry: { ...telemetry, cpuPercent: 200 } },
          { chat: { ...chat, text: ' ' } },
          { mapEntities: { ...map, updates: [] } },
          { telemetry },
          { chat: { ...chat, serverId: '', text: ' ' } },
        ],
      },
      [
        ['events.0.telemetry.cpuPercent', 'must not be above 100'],
        ['events.1.chat.text', 'must not be empty for MESSAGE'],
        ['events.2.mapEntities.updates', 'must contain at least one update'],
        ['events.4.chat.serverId', tooShort],
      ],
    ],
    ['an empty batch', 'ingest', { events: [] }, [['events', 'must contain at least one event']]],
  ] as const)('should report %s', async (_, mutation, variables, issues) => {
    const vigil = await startVigil();
    const result = await vigil.postRaw(JSON.stringify({ query: mutations[mutation], variables }), { as: await vigil.producerToken('eu-1') });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe(`Invalid input: ${issues.map(([path, message]) => `${path}: ${message}`).join('; ')}`);
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: issues.map(([path, message]) => ({ path, message })) });
    expect(await vigil.app.services.log.head()).toBe(0);
  });
});
