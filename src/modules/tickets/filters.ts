import type { ArgBuilder } from '@pothos/core';
import type { Viewer } from '../../auth/viewer.ts';
import type { VigilTypes } from '../../schema/builder.ts';
import { builder } from '../../schema/builder.ts';
import { badInput } from '../../schema/errors.ts';
import { notBlank } from '../../schema/validation.ts';
import type { TicketStatus } from './payload.ts';
import { TicketStatusEnum } from './types.ts';

export const TicketAssigneeEnum = builder.enumType('TicketAssignee', {
  description: 'Whose tickets: the signed-in admin’s, or nobody’s.',
  values: {
    ME: { description: 'Assigned to the signed-in admin: the subject (`sub`) of the admin token.' },
    UNASSIGNED: { description: 'Assigned to nobody.' },
  },
});

type TicketAssignee = typeof TicketAssigneeEnum.$inferType;

/** The arguments `tickets` (query and subscription) narrow by. */
export function ticketFilterArgs(arg: ArgBuilder<VigilTypes>) {
  return {
    status: arg({ type: TicketStatusEnum, required: false }),
    serverId: arg.id({ required: false, description: 'Only tickets opened on this game server.' }),
    category: arg.string({ required: false, description: 'Only tickets of this category, ignoring case.', validate: notBlank(64) }),
    assignedTo: arg({ type: TicketAssigneeEnum, required: false, description: 'Only tickets assigned to the signed-in admin (ME), or to nobody.' }),
  };
}

export interface TicketFilter {
  status?: TicketStatus | null;
  serverId?: string | number | null;
  category?: string | null;
  assignedTo?: TicketAssignee | null;
}

/** What a ticket filter looks at: the ticket as it stands (a record), or as a change leaves it. */
export interface TicketFacts {
  serverId: string;
  category: string | null;
  status: TicketStatus;
  assignee: string | null;
}

/** The tickets a filter keeps, or null when it keeps every one; ME is the viewer's own subject. */
export function ticketMatcher(filter: TicketFilter, viewer: Viewer): ((ticket: TicketFacts) => boolean) | null {
  const { status, assignedTo } = filter;
  const serverId = filter.serverId == null ? null : String(filter.serverId);
  const category = filter.category?.trim().toLowerCase() || null;
  if (assignedTo === 'ME' && viewer.kind !== 'admin')
    throw badInput([{ path: 'assignedTo', message: 'ME needs a signed-in admin: it is the subject of the admin token' }]);
  const assignee = assignedTo === 'ME' && viewer.kind === 'admin' ? viewer.sub : null;
  if (status == null && serverId == null && category == null && assignedTo == null) return null;
  return (ticket) =>
    (status == null || ticket.status === status) &&
    (serverId == null || ticket.serverId === serverId) &&
    (category == null || ticket.category?.toLowerCase() === category) &&
    (assignedTo == null || ticket.assignee === assignee);
}
