import { Organisation } from '../../db/entities/identity.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import type { AddActionInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { checkOrganisations, idSet, readableRecommendations } from './action-references.ts';
import { canEditWorkplan, forbiddenChange, loadPriorityInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { addActionInput } from './workplan-input.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';
import { scheduleActionDeadlines } from '../notification/deadlines.ts';

type Result = { action: WorkplanAction | null; conflicts: never[]; userErrors: UserError[] };

const failed = (userErrors: UserError[]): Result => ({ action: null, conflicts: [], userErrors });

/** A new action at the end of a priority. Organisations come from the plan's working group. */
export async function addAction(ctx: Ctx, raw: AddActionInput): Promise<Result> {
  const parsed = addActionInput.safeParse(raw);
  if (!parsed.success) return failed(fromZod(parsed.error));
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result & { workplanId?: string }> => {
    const { priority, workplan } = await loadPriorityInTx(ctx, tx, input.priorityId, true);
    if (!canEditWorkplan(ctx, workplan)) return failed([forbiddenChange(['input', 'priorityId'])]);
    const contributing = idSet(input.contributingOrganisationIds ?? []);
    const userErrors = await checkOrganisations(
      tx,
      workplan,
      { responsibleOrganisationId: input.responsibleOrganisationId, contributingOrganisationIds: contributing },
      ['input'],
    );
    const { recommendations, userErrors: linkErrors } = await readableRecommendations(
      ctx,
      tx,
      input.linkedRecommendationIds ?? [],
      ['input', 'linkedRecommendationIds'],
    );
    if (userErrors.length || linkErrors.length) return failed([...userErrors, ...linkErrors]);
    const position = await tx.count(WorkplanAction, { priority: priority.id });
    const action = tx.create(WorkplanAction, {
      priority,
      title: input.title,
      responsibleOrganisation: tx.getReference(Organisation, input.responsibleOrganisationId),
      contributingOrganisationIds: contributing,
      startDate: input.startDate ?? null,
      dueDate: input.dueDate ?? null,
      status: input.status ?? 'NOT_STARTED',
      indicator: input.indicator ?? '',
      target: input.target ?? '',
      jointCommitment: input.jointCommitment ?? false,
      position,
    });
    action.linkedRecommendations.set(recommendations);
    await tx.flush();
    await notify(ctx, tx, {
      event: 'ACTION_ASSIGNED',
      eventKey: occurrenceKey('ACTION_ASSIGNED', action.id),
      subjectType: 'WORKPLAN_ACTION',
      subjectId: action.id,
    });
    await scheduleActionDeadlines(ctx, tx, action);
    return { action, conflicts: [], userErrors: [], workplanId: workplan.id };
  });
  const { workplanId, ...payload } = result;
  if (payload.action && workplanId) await publishWorkplanEvent(ctx, workplanId, 'ACTION_CHANGED', payload.action.id);
  return payload;
}
