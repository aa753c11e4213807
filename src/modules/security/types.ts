import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import { incidentKinds, type SecurityIncidentPayload } from './payload.ts';

export const IncidentKindEnum = builder.enumType('IncidentKind', {
  values: incidentKinds,
  description: 'What a game server detected or did about a player.',
});

export const SecurityIncident = builder.objectRef<SecurityIncidentPayload>('SecurityIncident').implement({
  description: 'A rule violation, ban, bot or hack reported by a game server.',
  fields: (t) => ({
    kind: t.field({ type: IncidentKindEnum, resolve: (i) => i.kind }),
    playerId: t.exposeString('playerId', { nullable: true, description: 'The player concerned, when known.' }),
    description: t.exposeString('description'),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'How sure the detector is, 0..1.' }),
    banDurationSeconds: t.exposeInt('banDurationSeconds', { nullable: true, description: 'Set on BAN: how long, in seconds; null for permanent.' }),
  }),
});

export const SecurityEvent = eventObjectType('security', 'SecurityEvent', SecurityIncident, 'A security incident reported by a game server.');
