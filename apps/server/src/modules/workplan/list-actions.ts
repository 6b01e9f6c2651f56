import { z } from 'zod';
import { authorize, ACTION_STATUSES } from '@opcat/domain';
import { QueryOrder } from '@mikro-orm/core';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Workplan, WorkplanAction } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badRequest } from '../../errors.ts';
import type { QueryWorkplanActionsArgs } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { auditConfidentialReads, page } from '../records/load-readable.ts';
import { readableBy } from '../records/read-filter.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { CLOSED_STATUSES } from './workplan-fields.ts';
import { localDate } from './workplan-input.ts';

type Where = FilterQuery<WorkplanAction>;

const filterInput = z.object({
  workplanId: z.string().nullish(),
  responsibleOrganisationId: z.string().nullish(),
  status: z.array(z.enum(ACTION_STATUSES)).max(ACTION_STATUSES.length).nullish(),
  dueBefore: localDate.nullish(),
  overdue: z.boolean().nullish(),
  jointCommitment: z.boolean().nullish(),
});
type Filter = z.infer<typeof filterInput>;

/** Overdue: a due date before today on an action that is neither done nor cancelled. */
function overdueWhere(overdue: boolean, today: string): Where {
  return overdue
    ? { dueDate: { $lt: today }, status: { $nin: [...CLOSED_STATUSES] } }
    : { $or: [{ dueDate: null }, { dueDate: { $gte: today } }, { status: { $in: [...CLOSED_STATUSES] } }] };
}

function whereOf(ctx: OperationContext, filter: Filter, today: string): Where | null {
  if ([filter.workplanId, filter.responsibleOrganisationId].some((id) => id != null && !isId(id))) return null;
  // Actions inherit the visibility of their plan: the plan's read filter, applied in SQL.
  const and: Where[] = [{ priority: { workplan: readableBy(ctx.actor, Workplan) } }];
  if (filter.workplanId) and.push({ priority: { workplan: filter.workplanId } });
  if (filter.responsibleOrganisationId) and.push({ responsibleOrganisation: filter.responsibleOrganisationId });
  if (filter.status) and.push({ status: { $in: filter.status } });
  if (filter.dueBefore) and.push({ dueDate: { $lte: filter.dueBefore } });
  if (filter.overdue != null) and.push(overdueWhere(filter.overdue, today));
  if (filter.jointCommitment != null) and.push({ jointCommitment: filter.jointCommitment });
  return { $and: and } as Where;
}

/** The actions list's order: soonest due first, undated last. */
export const ACTIONS_ORDER: QueryOrderMap<WorkplanAction>[] = [
  { dueDate: QueryOrder.ASC_NULLS_LAST },
  { id: QueryOrder.ASC },
];

/**
 * The actions list's conditions for a filter, the plans' read scope included (in SQL), or null when
 * an id in the filter cannot exist: an empty list. A page or an export's stream runs them.
 */
export function workplanActionsWhere(ctx: OperationContext, filter: QueryWorkplanActionsArgs['filter']): Where | null {
  const parsed = filterInput.safeParse(filter ?? {});
  if (!parsed.success) throw badRequest(`Invalid filter: ${parsed.error.issues[0]?.message ?? ''}`);
  return whereOf(ctx, parsed.data, todayUtc());
}

/** Actions of the workplans the viewer may read, filtered and paged in SQL, soonest due first. */
export async function listWorkplanActions(ctx: OperationContext, args: QueryWorkplanActionsArgs) {
  const where = workplanActionsWhere(ctx, args.filter);
  if (!where) return [];
  const actions = await ctx.em.find(WorkplanAction, where, {
    ...page(args.limit, args.offset),
    orderBy: ACTIONS_ORDER,
    populate: ['priority.workplan'],
  });
  const plans = [...new Set(actions.map((a) => a.priority.workplan))];
  for (const plan of plans) authorize(ctx.actor, 'record:read', recordFacts(plan));
  await auditConfidentialReads(ctx, plans);
  return actions;
}
