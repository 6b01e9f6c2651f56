import { z } from 'zod';
import { authorize, ACTION_STATUSES } from '@opcat/domain';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Workplan, WorkplanAction } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badRequest } from '../../errors.ts';
import type { QueryWorkplanActionsArgs } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { auditConfidentialReads } from '../records/load-readable.ts';
import { emptyPage, keysetPage, orderOfKeys, pageLimit } from '../records/keyset-page.ts';
import type { KeysetPage, SortKey } from '../records/keyset-page.ts';
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

/** Soonest due first, actions without a due date last, then by id (index `workplan_action_due_index`). */
const DUE_KEYS: readonly SortKey<WorkplanAction>[] = [
  { property: 'dueDate', direction: 'asc', kind: 'date', value: (a) => a.dueDate, nullable: true },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (a) => a.id },
];

/** The actions list's order, for an export's stream: the page's own. */
export const ACTIONS_ORDER: QueryOrderMap<WorkplanAction>[] = orderOfKeys(DUE_KEYS);

function parsedFilter(filter: QueryWorkplanActionsArgs['filter']): Filter {
  const parsed = filterInput.safeParse(filter ?? {});
  if (!parsed.success) throw badRequest(`Invalid filter: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * The actions list's conditions for a filter, the plans' read scope included (in SQL), or null when
 * an id in the filter cannot exist: an empty list. A page or an export's stream runs them.
 */
export function workplanActionsWhere(ctx: OperationContext, filter: QueryWorkplanActionsArgs['filter']): Where | null {
  return whereOf(ctx, parsedFilter(filter), todayUtc());
}

/**
 * Actions of the workplans the viewer may read, filtered and keyset-paged in SQL, soonest due first,
 * with a capped count; the plans' read scope is in the statement, and each row's plan is checked again.
 */
export async function listWorkplanActions(
  ctx: OperationContext,
  args: QueryWorkplanActionsArgs,
): Promise<KeysetPage<WorkplanAction>> {
  const limit = pageLimit(args.limit, 100);
  const filter = parsedFilter(args.filter);
  const today = todayUtc();
  if (!whereOf(ctx, filter, today)) return emptyPage();
  const page = await keysetPage(ctx.em, WorkplanAction, () => whereOf(ctx, filter, today) as Where, {
    sort: 'DUE',
    keys: DUE_KEYS,
    after: args.after,
    limit,
    join: ['priority', 'priority.workplan'],
  });
  const plans = [...new Set(page.nodes.map((a) => a.priority.workplan))];
  for (const plan of plans) authorize(ctx.actor, 'record:read', recordFacts(plan));
  await auditConfidentialReads(ctx, plans);
  return page;
}
