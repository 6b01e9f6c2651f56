import { can } from '@opcat/domain';
import type { User } from '../../db/entities/identity.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { CollabVersion } from '../../db/entities/collab.ts';
import type { DiscussionComment, WorkplanAction } from '../../db/entities/workplan.ts';
import { Workplan, WorkplanPriority } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadReference } from '../load-reference.ts';
import { recordFacts } from '../records/facts.ts';
import { readableAmong } from '../records/load-readable.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { isId } from '../ids.ts';
import { narrativeDocumentName } from './narrative.ts';
import { pageRequest } from './paging.ts';
import type { Page } from './paging.ts';

const CLOSED_STATUSES = ['DONE', 'CANCELLED'] as const;

export function viewerCanEdit(ctx: OperationContext, workplan: Workplan): boolean {
  return can(ctx.actor, 'workplan:edit', recordFacts(workplan));
}

type PageArgs = { first?: number | null; after?: string | null };

/** A page of the plan's priorities, in their order (the plan was read through its read scope). */
export function priorities(ctx: OperationContext, workplan: Workplan, args: PageArgs): Promise<Page<WorkplanPriority>> {
  return ctx.loaders.workplan.priorities(ctx.em, workplan.id, pageRequest('priority', args, 50));
}

/** A page of a priority's actions (the priority was reached through its readable plan). */
export function priorityActions(
  ctx: OperationContext,
  priority: WorkplanPriority,
  args: PageArgs,
): Promise<Page<WorkplanAction>> {
  return ctx.loaders.workplan.actions(ctx.em, priority.id, pageRequest('action', args, 50));
}

/** A page of the plan's comments (or of one of its actions), newest first. */
export function discussion(
  ctx: OperationContext,
  workplan: Workplan,
  args: PageArgs & { actionId?: string | null },
): Promise<Page<DiscussionComment>> {
  const page = pageRequest('comment', args, 20);
  // An id that cannot exist names no action of this plan, and a reader outside the plan's discussion (a
  // PUBLIC plan's) reads none of it: an empty page, without a statement.
  if (args.actionId != null && !isId(args.actionId)) return Promise.resolve(EMPTY_PAGE as Page<DiscussionComment>);
  if (!can(ctx.actor, 'record:readComments', recordFacts(workplan))) {
    return Promise.resolve(EMPTY_PAGE as Page<DiscussionComment>);
  }
  return ctx.loaders.workplan.comments(ctx.em, workplan.id, args.actionId ?? null, page);
}

/** A page of the plan's saved narrative versions, newest first. */
export function versions(ctx: OperationContext, workplan: Workplan, args: PageArgs): Promise<Page<CollabVersion>> {
  return ctx.loaders.workplan.versions(ctx.em, narrativeDocumentName(workplan), pageRequest('version', args, 20));
}

/** One saved version of the plan's narrative; null when the plan has none with that id. */
export async function narrativeVersion(
  ctx: OperationContext,
  workplan: Workplan,
  id: string,
): Promise<CollabVersion | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  return ctx.em.findOne(CollabVersion, { id, documentName: narrativeDocumentName(workplan) });
}

const EMPTY_PAGE: Page<never> = { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };

export function userById(ctx: OperationContext, id: string): Promise<User> {
  return ctx.loaders.workplan.user(ctx.em, id);
}

export function organisationById(ctx: OperationContext, id: string): Promise<Organisation> {
  return ctx.loaders.workplan.organisation(ctx.em, id);
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
  const users = await Promise.all(comment.mentionedUserIds.map((id) => userById(ctx, id)));
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export { CLOSED_STATUSES };
