import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingGroupMember } from '../../db/entities/identity.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import type { Workplan } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { readableAmong } from '../records/load-readable.ts';
import { userError } from '../user-errors.ts';

/** Organisations that may carry an action of this plan: the members of its working group, and its owner. */
async function planOrganisationIds(tx: EntityManager, workplan: Workplan): Promise<Set<string>> {
  const members = workplan.workingGroup
    ? await tx.find(WorkingGroupMember, { workingGroup: workplan.workingGroup.id })
    : [];
  return new Set([workplan.ownerOrganisation.id, ...members.map((m) => m.organisation.id)]);
}

/** Responsible and contributing organisations must belong to the plan's working group; others are NOT_FOUND. */
export async function checkOrganisations(
  tx: EntityManager,
  workplan: Workplan,
  ids: { responsibleOrganisationId?: string; contributingOrganisationIds?: readonly string[] },
  prefix: string[],
): Promise<UserError[]> {
  if (ids.responsibleOrganisationId === undefined && ids.contributingOrganisationIds === undefined) return [];
  const allowed = await planOrganisationIds(tx, workplan);
  const errors: UserError[] = [];
  if (ids.responsibleOrganisationId !== undefined && !allowed.has(ids.responsibleOrganisationId)) {
    errors.push(
      userError([...prefix, 'responsibleOrganisationId'], 'NOT_FOUND', 'Unknown organisation in this working group'),
    );
  }
  if (ids.contributingOrganisationIds?.some((id) => !allowed.has(id))) {
    errors.push(
      userError([...prefix, 'contributingOrganisationIds'], 'NOT_FOUND', 'Unknown organisation in this working group'),
    );
  }
  return errors;
}

/** Recommendations named in an input: each must exist and be readable, or the field is NOT_FOUND. */
export async function readableRecommendations(
  ctx: OperationContext,
  tx: EntityManager,
  ids: readonly string[],
  field: string[],
): Promise<{ recommendations: Recommendation[]; userErrors: UserError[] }> {
  const wanted = [...new Set(ids)];
  const recommendations = wanted.every(isId) ? await readableAmong({ ...ctx, em: tx }, Recommendation, wanted) : [];
  if (recommendations.length !== wanted.length) {
    return { recommendations: [], userErrors: [userError(field, 'NOT_FOUND', 'Unknown recommendation')] };
  }
  return { recommendations, userErrors: [] };
}

/** Distinct ids in a stable order, so lists compare by content. */
export function idSet(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}
