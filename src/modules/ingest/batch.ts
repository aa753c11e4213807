import { z } from 'zod';
import { requires } from '../../auth/scopes.ts';
import type { AnyEventDraft } from '../../events/envelope.ts';
import { builder } from '../../schema/builder.ts';
import { EventInterface } from '../../schema/events.ts';
import { ChatMessageInput, chatDrafts, chatMessageRules } from '../chat/ingest.ts';
import { MapEntitiesInput, mapEntitiesDrafts, mapEntitiesRules } from '../maps/ingest.ts';
import { PlayerActivityInput, playerActivityDrafts, playerActivityRules } from '../players/ingest.ts';
import { SecurityIncidentInput, securityIncidentDrafts, securityIncidentRules } from '../security/ingest.ts';
import { ServerStatusInput, serverStatusDrafts, serverStatusRules } from '../servers/ingest.ts';
import { TelemetryInput, telemetryDrafts, telemetryRules } from '../telemetry/ingest.ts';
import { OpenTicketInput, openTicketDrafts, openTicketRules } from '../tickets/ingest.ts';
import { inputRules, listRules } from './rules.ts';

export const IngestEvent = builder.inputType('IngestEvent', {
  description: 'One element of a mixed ingest batch: set exactly one member.',
  isOneOf: true,
  fields: (t) => ({
    serverStatus: t.field({ type: ServerStatusInput, required: false }),
    telemetry: t.field({ type: TelemetryInput, required: false }),
    mapEntities: t.field({ type: MapEntitiesInput, required: false }),
    chat: t.field({ type: ChatMessageInput, required: false }),
    playerActivity: t.field({ type: PlayerActivityInput, required: false }),
    securityIncident: t.field({ type: SecurityIncidentInput, required: false }),
    openTicket: t.field({ type: OpenTicketInput, required: false }),
  }),
});

type IngestEventValue = typeof IngestEvent.$inferInput;

const ingestEventRules = inputRules<IngestEventValue>({
  serverStatus: { object: serverStatusRules },
  telemetry: { object: telemetryRules },
  mapEntities: { object: mapEntitiesRules },
  chat: { object: chatMessageRules },
  playerActivity: { object: playerActivityRules },
  securityIncident: { object: securityIncidentRules },
  openTicket: { object: openTicketRules },
} satisfies Record<keyof IngestEventValue, unknown>);

/** The drafts one batch element stands for (a map element may stand for many). */
export function draftsOf(element: IngestEventValue): AnyEventDraft[] {
  if (element.serverStatus) return serverStatusDrafts(element.serverStatus);
  if (element.telemetry) return telemetryDrafts(element.telemetry);
  if (element.mapEntities) return mapEntitiesDrafts(element.mapEntities);
  if (element.chat) return chatDrafts(element.chat);
  if (element.playerActivity) return playerActivityDrafts(element.playerActivity);
  if (element.securityIncident) return securityIncidentDrafts(element.securityIncident);
  if (element.openTicket) return openTicketDrafts(element.openTicket);
  return [];
}

builder.mutationField('ingest', (t) =>
  t.field({
    ...requires(['PRODUCER']),
    type: [EventInterface],
    description: 'Stores a mixed batch atomically — every event or none — and returns the stored events in order, with their cursors.',
    args: {
      // One validation per element, by its member's rules.
      events: t.arg({ type: [IngestEvent], validate: listRules(ingestEventRules, z.array(z.unknown()).min(1, 'must contain at least one event')) }),
    },
    resolve: async (_, { events }, { services, viewer }) => {
      const outcomes = await services.ingest.append(events.flatMap(draftsOf), viewer);
      return outcomes.map((outcome) => outcome.event);
    },
  }),
);
