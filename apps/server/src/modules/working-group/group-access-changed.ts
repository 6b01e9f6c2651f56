import type { OperationContext } from '../../operation/context.ts';
import { documentNameFor } from '../co-editing/documents.ts';
import type { CollabKind } from '../co-editing/documents.ts';

/**
 * An organisation left a working group or changed standing there: what its members read and edit
 * through the group changed. Open subscriptions reload their actor facts (the `membership` event
 * the fan-outs already listen to) and open co-editing connections of the group's documents are
 * re-authorized at once (`recordAccessChanged`), on every instance.
 */
export async function announceGroupAccessChange(
  ctx: OperationContext,
  change: { workingGroupId: string; organisationId: string; memberId: string; kind: 'ROLE_CHANGED' | 'REMOVED' },
): Promise<void> {
  await ctx.services.bus.publish('membership', {
    organisationId: change.organisationId,
    membershipId: change.memberId,
    kind: change.kind,
  });
  const rows = await ctx.em.getConnection().execute<{ kind: CollabKind; id: string }[]>(
    `select 'workplan' as kind, id::text from workplan where working_group_id = ?
     union all select 'finding', id::text from finding where working_group_id = ?
     union all select 'recommendation', id::text from recommendation where working_group_id = ?`,
    [change.workingGroupId, change.workingGroupId, change.workingGroupId],
  );
  if (rows.length) {
    await ctx.services.bus.publish('recordAccessChanged', {
      documentNames: rows.map((r) => documentNameFor(r.kind, r.id)),
    });
  }
}
