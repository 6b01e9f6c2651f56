import { User, WorkingGroup } from '../../db/entities/identity.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import type { CreateWorkplanInput, UserError } from '../../__generated__/resolvers-types.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { fromZod, userError } from '../user-errors.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { createWorkplanInput } from './workplan-input.ts';

type Result = { workplan: Workplan | null; userErrors: UserError[] };

/**
 * A working group's new plan, readable by the whole group unless another classification is
 * chosen. The owner organisation must belong to the group; creating needs `record:create` for it.
 */
export async function createWorkplan(ctx: Ctx, raw: CreateWorkplanInput): Promise<Result> {
  const parsed = createWorkplanInput.safeParse(raw);
  if (!parsed.success) return { workplan: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    // Only a group one of the actor's organisations belongs to: another group answers like an unknown id.
    const memberOf = ctx.actor.memberships.map((m) => m.organisationId);
    const group = await tx.findOne(WorkingGroup, {
      id: input.workingGroupId,
      members: { organisation: { $in: memberOf } },
    });
    if (!group) {
      return {
        workplan: null,
        userErrors: [userError(['input', 'workingGroupId'], 'NOT_FOUND', 'Unknown working group')],
      };
    }
    const ownership = await newRecordOwnership(tx, ctx, {
      recordType: 'WORKPLAN',
      ownerOrganisationId: input.ownerOrganisationId,
      classification: input.classification ?? 'WORKING_GROUP',
      workingGroupId: group.id,
      countryCode: group.countryCode,
    });
    if (Array.isArray(ownership)) return { workplan: null, userErrors: ownership };
    const workplan = tx.create(Workplan, {
      ...ownership,
      countryCode: group.countryCode,
      title: input.title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd ?? null,
      createdBy: tx.getReference(User, ctx.actor.userId),
    });
    await tx.flush();
    return { workplan, userErrors: [] };
  });
  if (result.workplan) await publishWorkplanEvent(ctx, result.workplan.id, 'WORKPLAN_UPDATED');
  return result;
}
