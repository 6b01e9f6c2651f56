import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingGroup } from '../../db/entities/identity.ts';

/** Working groups in the policy's list scope, filtered in SQL so nothing else is even counted. */
export function listWorkingGroups(
  em: EntityManager,
  scope: { memberOrganisationIds: string[] },
): Promise<WorkingGroup[]> {
  if (scope.memberOrganisationIds.length === 0) return Promise.resolve([]);
  return em.find(
    WorkingGroup,
    { members: { organisation: { $in: scope.memberOrganisationIds } } },
    { orderBy: { name: 'asc' } },
  );
}
