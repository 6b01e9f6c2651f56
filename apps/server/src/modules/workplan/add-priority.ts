import { WorkplanPriority } from '../../db/entities/workplan.ts';
import type { AddPriorityInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { canEditWorkplan, forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { addPriorityInput } from './workplan-input.ts';

type Result = { priority: WorkplanPriority | null; userErrors: UserError[] };

/** A new priority at the end of the plan (the plan row is locked so positions stay unique). */
export async function addPriority(ctx: Ctx, raw: AddPriorityInput): Promise<Result> {
  const parsed = addPriorityInput.safeParse(raw);
  if (!parsed.success) return { priority: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    // The plan locked and its priorities counted in one statement (the event's path: bench:subscriptions).
    const workplan = await loadWorkplanInTx(ctx, tx, input.workplanId, true, { withPriorityCount: true });
    if (!canEditWorkplan(ctx, workplan)) return { priority: null, userErrors: [forbiddenChange()] };
    const priority = tx.create(WorkplanPriority, {
      workplan,
      title: input.title,
      description: input.description ?? '',
      position: workplan.priorityCount ?? (await tx.count(WorkplanPriority, { workplan: workplan.id })),
    });
    await tx.flush();
    return { priority, userErrors: [] };
  });
  if (result.priority)
    await publishWorkplanEvent(ctx, result.priority.workplan.id, 'PRIORITY_CHANGED', result.priority.id);
  return result;
}
