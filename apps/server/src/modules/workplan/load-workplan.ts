import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Workplan, WorkplanAction, WorkplanPriority } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { findReadable } from '../records/load-readable.ts';
import { recordFacts } from '../records/facts.ts';
import { isId } from '../ids.ts';
import { userError } from '../user-errors.ts';

export type Ctx = OperationContext & { actor: Actor };

/** A workplan the actor can read, inside the transaction; locked when its children get new positions. */
export async function loadWorkplanInTx(
  ctx: OperationContext,
  tx: EntityManager,
  id: string,
  lock = false,
  { withPriorityCount = false } = {},
): Promise<Workplan> {
  const workplan = await findReadable({ ...ctx, em: tx }, Workplan, id, {
    ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
    ...(withPriorityCount ? { populate: ['priorityCount'] as never } : {}),
  });
  if (!workplan) throw notFound();
  return workplan;
}

/** A priority and its workplan; NOT_FOUND when the plan is not readable (children inherit its visibility). */
export async function loadPriorityInTx(
  ctx: OperationContext,
  tx: EntityManager,
  id: string,
  lock = false,
): Promise<{ priority: WorkplanPriority; workplan: Workplan }> {
  if (!isId(id)) throw notFound();
  const priority = await tx.findOne(WorkplanPriority, id);
  if (!priority) throw notFound();
  const workplan = await loadWorkplanInTx(ctx, tx, priority.workplan.id, lock);
  return { priority, workplan };
}

/**
 * An action locked for a change (two concurrent updates of one action serialize on this lock),
 * with its priority and workplan; NOT_FOUND when the plan is not readable.
 */
export async function loadActionForChange(
  ctx: OperationContext,
  tx: EntityManager,
  id: string,
): Promise<{ action: WorkplanAction; priority: WorkplanPriority; workplan: Workplan }> {
  if (!isId(id)) throw notFound();
  const action = await tx.findOne(WorkplanAction, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!action) throw notFound();
  const priority = await tx.findOneOrFail(WorkplanPriority, action.priority.id);
  const workplan = await loadWorkplanInTx(ctx, tx, priority.workplan.id);
  return { action, priority, workplan };
}

export function canEditWorkplan(ctx: OperationContext, workplan: Workplan): boolean {
  return can(ctx.actor, 'workplan:edit', recordFacts(workplan));
}

export function forbiddenChange(field: string[] = ['input', 'id']): UserError {
  return userError(field, 'FORBIDDEN_CHANGE', 'Your role does not allow changing this workplan');
}
