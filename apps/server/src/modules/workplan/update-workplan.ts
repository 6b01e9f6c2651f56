import type { Workplan } from '../../db/entities/workplan.ts';
import type { UpdateWorkplanInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { canEditWorkplan, forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { updateWorkplanInput } from './workplan-input.ts';

type Result = { workplan: Workplan | null; userErrors: UserError[] };

const fail = (field: string, code: UserError['code'], message: string): Result => ({
  workplan: null,
  userErrors: [userError(['input', field], code, message)],
});

/** Title and period of a plan, by those who may edit it; `expectedVersion` guards against lost updates. */
export async function updateWorkplan(ctx: Ctx, raw: UpdateWorkplanInput): Promise<Result> {
  const parsed = updateWorkplanInput.safeParse(raw);
  if (!parsed.success) return { workplan: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const workplan = await loadWorkplanInTx(ctx, tx, input.id, true);
    if (!canEditWorkplan(ctx, workplan)) return { workplan: null, userErrors: [forbiddenChange()] };
    if (input.expectedVersion != null && input.expectedVersion !== workplan.version) {
      return fail('expectedVersion', 'CONFLICT', 'Someone else changed this workplan; reload and retry');
    }
    const periodStart = input.periodStart ?? workplan.periodStart;
    const periodEnd = 'periodEnd' in raw ? (input.periodEnd ?? null) : workplan.periodEnd;
    if (periodEnd && periodEnd < periodStart)
      return fail('periodEnd', 'INVALID', 'The period cannot end before it starts');
    if (input.title != null) workplan.title = input.title;
    workplan.periodStart = periodStart;
    workplan.periodEnd = periodEnd;
    await tx.flush();
    return { workplan, userErrors: [] };
  });
  if (result.workplan) await publishWorkplanEvent(ctx, result.workplan.id, 'WORKPLAN_UPDATED');
  return result;
}
