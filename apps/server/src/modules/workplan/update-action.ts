import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { WorkplanAction, WorkplanPriority } from '../../db/entities/workplan.ts';
import type { Workplan } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ActionFieldConflict, UpdateActionInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { readableAmong } from '../records/load-readable.ts';
import { fromZod, userError } from '../user-errors.ts';
import { checkOrganisations, idSet, readableRecommendations } from './action-references.ts';
import { forbiddenChange, loadActionForChange } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { reposition } from './positions.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { linkedRecommendationIds } from './workplan-fields.ts';
import { updateActionInput } from './workplan-input.ts';
import type { ActionField, ActionFields } from './workplan-input.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';
import { scheduleActionDeadlines } from '../notification/deadlines.ts';

type Result = { action: WorkplanAction | null; conflicts: ActionFieldConflict[]; userErrors: UserError[] };

const SET_FIELDS: readonly ActionField[] = ['contributingOrganisationIds', 'linkedRecommendationIds'];

const failed = (userErrors: UserError[]): Result => ({ action: null, conflicts: [], userErrors });

function normalise(field: ActionField, value: unknown): unknown {
  return SET_FIELDS.includes(field) ? idSet(value as string[]) : value;
}

function same(field: ActionField, a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(field, a)) === JSON.stringify(normalise(field, b));
}

/** Linked recommendations split into what the viewer can see and what stays hidden from them. */
async function linkedSplit(ctx: OperationContext, tx: EntityManager, action: WorkplanAction) {
  const all = await linkedRecommendationIds({ ...ctx, em: tx }, action.id);
  const readable = new Set((await readableAmong({ ...ctx, em: tx }, Recommendation, all)).map((r) => r.id));
  return { visible: all.filter((id) => readable.has(id)), hidden: all.filter((id) => !readable.has(id)) };
}

/** The current value of a field as the viewer sees it. */
function currentValue(action: WorkplanAction, field: ActionField, visibleLinks: string[]): unknown {
  switch (field) {
    case 'responsibleOrganisationId':
      return action.responsibleOrganisation.id;
    case 'priorityId':
      return action.priority.id;
    case 'linkedRecommendationIds':
      return visibleLinks;
    default:
      return action[field];
  }
}

/** Checks the values about to be applied; nothing is written when one is refused. */
async function validate(
  ctx: OperationContext,
  tx: EntityManager,
  workplan: Workplan,
  action: WorkplanAction,
  apply: ActionFields,
): Promise<{ userErrors: UserError[]; target: WorkplanPriority | null; links: Recommendation[] }> {
  const prefix = ['input', 'changes'];
  const userErrors = await checkOrganisations(tx, workplan, apply, prefix);
  const startDate = apply.startDate !== undefined ? apply.startDate : action.startDate;
  const dueDate = apply.dueDate !== undefined ? apply.dueDate : action.dueDate;
  if (startDate && dueDate && dueDate < startDate) {
    const field = apply.dueDate !== undefined ? 'dueDate' : 'startDate';
    userErrors.push(userError([...prefix, field], 'INVALID', 'The due date cannot be before the start date'));
  }
  let links: Recommendation[] = [];
  if (apply.linkedRecommendationIds) {
    const found = await readableRecommendations(ctx, tx, apply.linkedRecommendationIds, [
      ...prefix,
      'linkedRecommendationIds',
    ]);
    links = found.recommendations;
    userErrors.push(...found.userErrors);
  }
  let target: WorkplanPriority | null = null;
  if (apply.priorityId !== undefined) {
    target = await tx.findOne(WorkplanPriority, { id: apply.priorityId, workplan: workplan.id });
    if (!target) userErrors.push(userError([...prefix, 'priorityId'], 'NOT_FOUND', 'Unknown priority in this plan'));
  }
  return { userErrors, target, links };
}

/** Moves the action within or across priorities, renumbering the siblings it leaves and joins. */
async function move(tx: EntityManager, action: WorkplanAction, target: WorkplanPriority, position: number | null) {
  const from = action.priority;
  const now = new Date();
  const touched: WorkplanAction[] = [];
  if (from.id !== target.id) {
    const left = await tx.find(
      WorkplanAction,
      { priority: from.id, id: { $ne: action.id } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    left
      .sort((a, b) => a.position - b.position)
      .forEach((s, i) => {
        if (s.position !== i) {
          s.position = i;
          touched.push(s);
        }
      });
    action.priority = target;
  }
  const siblings = await tx.find(
    WorkplanAction,
    { priority: target.id, id: { $ne: action.id } },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  touched.push(...reposition([...siblings, action], action, position).filter((s) => s !== action));
  for (const sibling of touched) {
    sibling.version += 1;
    sibling.updatedAt = now;
  }
}

/**
 * Field-level merge. Every field in `changes` is compared with what the caller saw (`base`): when
 * nobody changed it meanwhile it is applied; otherwise it is not overwritten and comes back as a
 * conflict (base, yours, theirs). The row lock makes concurrent updates of one action take turns.
 */
export async function updateAction(ctx: Ctx, raw: UpdateActionInput): Promise<Result> {
  const parsed = updateActionInput.safeParse(raw);
  if (!parsed.success) return failed(fromZod(parsed.error));
  const { changes, base } = parsed.data;
  const fields = Object.keys(changes) as ActionField[];
  const missingBase = fields.filter((field) => !(field in base));
  if (missingBase.length) {
    return failed(
      missingBase.map((field) =>
        userError(['input', 'base', field], 'INVALID', 'Send the value you saw before changing it'),
      ),
    );
  }
  const result = await ctx.em.transactional(
    async (tx): Promise<Result & { workplanId?: string; changed?: boolean }> => {
      const { action, priority, workplan } = await loadActionForChange(ctx, tx, parsed.data.id);
      const facts = recordFacts(workplan);
      const allowed = can(ctx.actor, 'workplan:updateActionFields', {
        ...facts,
        responsibleOrganisationId: action.responsibleOrganisation.id,
        fields,
      });
      if (!allowed) return failed([forbiddenChange()]);

      const links = fields.includes('linkedRecommendationIds')
        ? await linkedSplit(ctx, tx, action)
        : { visible: [], hidden: [] };
      const apply: Record<string, unknown> = {};
      const conflicts: ActionFieldConflict[] = [];
      for (const field of fields) {
        const yours = changes[field];
        const theirs = currentValue(action, field, links.visible);
        if (same(field, yours, theirs)) continue;
        if (same(field, base[field], theirs)) apply[field] = yours;
        else conflicts.push({ field, base: base[field], yours, theirs } as ActionFieldConflict);
      }
      const toApply = apply as ActionFields;
      const checked = await validate(ctx, tx, workplan, action, toApply);
      if (checked.userErrors.length) return failed(checked.userErrors);

      if (toApply.title !== undefined) action.title = toApply.title;
      if (toApply.status !== undefined) action.status = toApply.status;
      if (toApply.indicator !== undefined) action.indicator = toApply.indicator;
      if (toApply.target !== undefined) action.target = toApply.target;
      if (toApply.jointCommitment !== undefined) action.jointCommitment = toApply.jointCommitment;
      if (toApply.startDate !== undefined) action.startDate = toApply.startDate;
      if (toApply.dueDate !== undefined) action.dueDate = toApply.dueDate;
      if (toApply.responsibleOrganisationId !== undefined) {
        action.responsibleOrganisation = tx.getReference(Organisation, toApply.responsibleOrganisationId);
      }
      if (toApply.contributingOrganisationIds !== undefined) {
        action.contributingOrganisationIds = idSet(toApply.contributingOrganisationIds);
      }
      if (toApply.linkedRecommendationIds !== undefined) {
        await action.linkedRecommendations.init();
        // Links the editor cannot read stay: an edit never silently drops another organisation's recommendation.
        const hidden = links.hidden.map((id) => tx.getReference(Recommendation, id));
        action.linkedRecommendations.set([...checked.links, ...hidden]);
      }
      if (toApply.priorityId !== undefined || toApply.position !== undefined) {
        await move(tx, action, checked.target ?? priority, toApply.position ?? null);
      }
      const changed = Object.keys(apply).length > 0;
      if (changed) {
        action.version += 1;
        action.updatedAt = new Date();
      }
      await tx.flush();
      if (toApply.responsibleOrganisationId !== undefined) {
        await notify(ctx, tx, {
          event: 'ACTION_ASSIGNED',
          eventKey: occurrenceKey('ACTION_ASSIGNED', action.id),
          subjectType: 'WORKPLAN_ACTION',
          subjectId: action.id,
        });
      }
      // A new due date moves its reminders (same job keys); a settled action drops them.
      if (toApply.dueDate !== undefined || toApply.status !== undefined) await scheduleActionDeadlines(ctx, tx, action);
      return { action, conflicts, userErrors: [], workplanId: workplan.id, changed };
    },
  );
  const { workplanId, changed, ...payload } = result;
  if (changed && workplanId && payload.action) {
    await publishWorkplanEvent(ctx, workplanId, 'ACTION_CHANGED', payload.action.id);
  }
  return payload;
}
