import { WorkplanPriority } from '../../db/entities/workplan.ts';
import type { UpdatePriorityInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { canEditWorkplan, forbiddenChange, loadPriorityInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { reposition } from './positions.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { updatePriorityInput } from './workplan-input.ts';

type Result = { priority: WorkplanPriority | null; userErrors: UserError[] };

/** Renames, describes or moves a priority; moving renumbers the others. */
export async function updatePriority(ctx: Ctx, raw: UpdatePriorityInput): Promise<Result> {
  const parsed = updatePriorityInput.safeParse(raw);
  if (!parsed.success) return { priority: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const { priority, workplan } = await loadPriorityInTx(ctx, tx, input.id, true);
    if (!canEditWorkplan(ctx, workplan)) return { priority: null, userErrors: [forbiddenChange()] };
    if (input.title != null) priority.title = input.title;
    if (input.description != null) priority.description = input.description;
    if (input.position != null && input.position !== priority.position) {
      const siblings = await tx.find(WorkplanPriority, { workplan: workplan.id });
      reposition(siblings, priority, input.position);
    }
    await tx.flush();
    return { priority, userErrors: [] };
  });
  if (result.priority)
    await publishWorkplanEvent(ctx, result.priority.workplan.id, 'PRIORITY_CHANGED', result.priority.id);
  return result;
}
