import { can } from '@opcat/domain';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { CollabVersion } from '../../db/entities/collab.ts';
import { DiscussionComment, Workplan, WorkplanAction, WorkplanPriority } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadReference } from '../load-reference.ts';
import { recordFacts } from '../records/facts.ts';
import { readableAmong } from '../records/load-readable.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { narrativeDocumentName } from './narrative.ts';

const CLOSED_STATUSES = ['DONE', 'CANCELLED'] as const;

export function viewerCanEdit(ctx: OperationContext, workplan: Workplan): boolean {
  return can(ctx.actor, 'workplan:edit', recordFacts(workplan));
}

export function priorities(ctx: OperationContext, workplan: Workplan): Promise<WorkplanPriority[]> {
  return ctx.em.find(WorkplanPriority, { workplan: workplan.id }, { orderBy: [{ position: 'asc' }, { id: 'asc' }] });
}

export function priorityActions(ctx: OperationContext, priority: WorkplanPriority): Promise<WorkplanAction[]> {
  return ctx.em.find(WorkplanAction, { priority: priority.id }, { orderBy: [{ position: 'asc' }, { id: 'asc' }] });
}

export function discussion(ctx: OperationContext, workplan: Workplan): Promise<DiscussionComment[]> {
  return ctx.em.find(DiscussionComment, { workplan: workplan.id }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

export function versions(ctx: OperationContext, workplan: Workplan): Promise<CollabVersion[]> {
  return ctx.em.find(
    CollabVersion,
    { documentName: narrativeDocumentName(workplan) },
    { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  );
}

/** The parent plan of an action: loaded with the action (the action was only reachable through a readable plan). */
async function planOf(ctx: OperationContext, action: WorkplanAction): Promise<Workplan> {
  const priority = await loadReference(ctx, WorkplanPriority, action.priority);
  return loadReference(ctx, Workplan, priority.workplan);
}

export async function actionWorkplanId(ctx: OperationContext, action: WorkplanAction): Promise<string> {
  return (await loadReference(ctx, WorkplanPriority, action.priority)).workplan.id;
}

/** Organisations by id, in the order given. */
export async function organisationsByIds(ctx: OperationContext, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const found = await ctx.em.find(Organisation, { id: { $in: [...ids] } });
  return ids.map((id) => found.find((o) => o.id === id)).filter((o): o is Organisation => o !== undefined);
}

/** Ids of every recommendation linked to an action, readable or not (callers filter through the policy). */
export async function linkedRecommendationIds(ctx: OperationContext, actionId: string): Promise<string[]> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ id: string }[]>(
      'select recommendation_id as id from workplan_action_recommendation where workplan_action_id = ? order by recommendation_id',
      [actionId],
      'all',
      ctx.em.getTransactionContext(),
    );
  return rows.map((r) => r.id);
}

export async function linkedRecommendations(ctx: OperationContext, action: WorkplanAction): Promise<Recommendation[]> {
  const ids = await linkedRecommendationIds(ctx, action.id);
  return readableAmong(ctx, Recommendation, ids, { orderBy: { reference: 'asc' } as never });
}

export function isOverdue(action: Pick<WorkplanAction, 'status' | 'dueDate'>, today = todayUtc()): boolean {
  return (
    action.dueDate !== null && action.dueDate < today && !(CLOSED_STATUSES as readonly string[]).includes(action.status)
  );
}

export async function viewerCanUpdate(ctx: OperationContext, action: WorkplanAction): Promise<boolean> {
  const workplan = await planOf(ctx, action);
  return can(ctx.actor, 'workplan:updateAssignedAction', {
    ...recordFacts(workplan),
    responsibleOrganisationId: action.responsibleOrganisation.id,
  });
}

export async function mentions(ctx: OperationContext, comment: DiscussionComment): Promise<User[]> {
  if (comment.mentionedUserIds.length === 0) return [];
  return ctx.em.find(User, { id: { $in: comment.mentionedUserIds } }, { orderBy: { displayName: 'asc' } });
}

export { CLOSED_STATUSES };
