import { streamReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { eventObjectType } from '../../schema/events.ts';
import { type TicketPayload, type TicketResponseData, ticketEventKinds, ticketStatuses } from './payload.ts';
import type { TicketRecord } from './state.ts';

export const TicketStatusEnum = builder.enumType('TicketStatus', {
  values: ticketStatuses,
  description: 'Where a support ticket stands in its workflow.',
});

export const TicketEventKindEnum = builder.enumType('TicketEventKind', {
  values: ticketEventKinds,
  description: 'What happened to a ticket.',
});

export const TicketResponse = builder.objectRef<TicketResponseData>('TicketResponse').implement({
  description: "An admin's reply on a ticket.",
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.exposeString('author', { description: 'The admin who wrote it.' }),
    body: t.exposeString('body'),
    at: t.field({ type: 'DateTime', description: "When it was written, by the hub's clock.", resolve: (r) => new Date(r.at) }),
  }),
});

export const TicketChange = builder.objectRef<TicketPayload>('TicketChange').implement({
  description: 'One change to a ticket: its creation, a status change, a response or an assignment.',
  fields: (t) => ({
    kind: t.field({ type: TicketEventKindEnum, resolve: (c) => c.kind }),
    ticketId: t.exposeID('ticketId'),
    subject: t.exposeString('subject', { nullable: true, description: 'Set on CREATED.' }),
    body: t.exposeString('body', { nullable: true, description: "The player's message; set on CREATED." }),
    playerId: t.exposeString('playerId', { nullable: true, description: 'The player who opened the ticket; set on CREATED.' }),
    category: t.exposeString('category', { nullable: true, description: 'Set on CREATED.' }),
    status: t.field({ type: TicketStatusEnum, description: 'The status after this change.', resolve: (c) => c.status }),
    previousStatus: t.field({ type: TicketStatusEnum, nullable: true, description: 'Set on STATUS_CHANGED.', resolve: (c) => c.previousStatus }),
    assignee: t.exposeString('assignee', { nullable: true, description: 'The admin the ticket is assigned to after this change.' }),
    response: t.field({ type: TicketResponse, nullable: true, description: 'Set on RESPONSE_ADDED.', resolve: (c) => c.response }),
    actor: t.exposeString('actor', { description: 'Who did it: the producing server for CREATED, the admin otherwise.' }),
  }),
});

export const TicketEvent = eventObjectType('tickets', 'TicketEvent', TicketChange, 'A change to a support ticket.');

export const Ticket = builder.objectRef<TicketRecord>('Ticket').implement({
  description: 'A support ticket with its current status, assignee and responses.',
  ...requires(streamReaders.tickets),
  fields: (t) => ({
    id: t.exposeID('id'),
    serverId: t.exposeID('serverId', { description: 'The game server the ticket was opened on.' }),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    playerId: t.exposeString('playerId', { nullable: true }),
    category: t.exposeString('category', { nullable: true }),
    status: t.field({ type: TicketStatusEnum, resolve: (r) => r.status }),
    assignee: t.exposeString('assignee', { nullable: true }),
    responses: t.field({ type: [TicketResponse], description: 'Oldest first.', resolve: (r) => r.responses }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When the ticket last changed, by the hub clock.', resolve: (r) => r.updatedAt }),
  }),
});
