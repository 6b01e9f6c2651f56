import { Workplan } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { listReadable, loadReadable } from '../records/load-readable.ts';
import { getWorkingGroup } from '../working-group/get-working-group.ts';
import type { Ctx } from './load-workplan.ts';

/** The readable workplans of a working group the viewer belongs to (NOT_FOUND for any other group). */
export async function listWorkplans(ctx: Ctx, workingGroupId: string): Promise<Workplan[]> {
  await getWorkingGroup(ctx, workingGroupId);
  const { nodes } = await listReadable(
    ctx,
    Workplan,
    { workingGroup: workingGroupId },
    { limit: 200, offset: 0, orderBy: [{ periodStart: 'desc' }, { id: 'asc' }] },
  );
  return nodes;
}

export function getWorkplan(ctx: OperationContext, id: string): Promise<Workplan> {
  // The page shows the plan's working group: joined into the plan's own statement.
  return loadReadable(ctx, Workplan, id, { populate: ['workingGroup'] as never });
}
