import { LockMode } from '@mikro-orm/core';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { canEditWorkplan, forbiddenChange, loadActionForChange } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';

type Result = { action: WorkplanAction | null; conflicts: never[]; userErrors: UserError[] };

/** Removes an action (its comments and recommendation links go with it); the others close ranks. */
export async function removeAction(ctx: Ctx, id: string): Promise<Result> {
  const result = await ctx.em.transactional(async (tx): Promise<Result & { workplanId?: string }> => {
    const { action, priority, workplan } = await loadActionForChange(ctx, tx, id);
    if (!canEditWorkplan(ctx, workplan)) return { action: null, conflicts: [], userErrors: [forbiddenChange()] };
    const siblings = await tx.find(
      WorkplanAction,
      { priority: priority.id, id: { $ne: action.id } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    );
    const now = new Date();
    siblings.forEach((sibling, i) => {
      if (sibling.position === i) return;
      sibling.position = i;
      sibling.version += 1;
      sibling.updatedAt = now;
    });
    tx.remove(action);
    await tx.flush();
    return { action, conflicts: [], userErrors: [], workplanId: workplan.id };
  });
  const { workplanId, ...payload } = result;
  if (payload.action && workplanId) await publishWorkplanEvent(ctx, workplanId, 'ACTION_REMOVED', payload.action.id);
  return payload;
}
