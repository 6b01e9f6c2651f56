import type { FilterQuery } from '@mikro-orm/core';
import type { Actor, RecordReadScope } from '@opcat/domain';
import { recordReadScope } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';

/**
 * The policy's read scope as a MikroORM filter, so lists, counts, search and sorting only ever
 * touch rows the actor may read. Mirrors `scopeMatches` in the policy module clause by clause.
 */
export function scopeFilter<T extends ShareableRecord<string>>(scope: RecordReadScope): FilterQuery<T> {
  const or: Record<string, unknown>[] = [{ classification: 'PUBLIC' }];
  if (scope.ownerOrganisationIds.length) {
    or.push({
      classification: { $in: ['ORGANISATION', 'SHARED', 'WORKING_GROUP'] },
      ownerOrganisation: { $in: scope.ownerOrganisationIds },
    });
  }
  if (scope.sharedWithOrganisationIds.length) {
    or.push({ classification: 'SHARED', sharedWith: { $overlap: scope.sharedWithOrganisationIds } });
  }
  if (scope.workingGroupIds.length) {
    or.push({ classification: 'WORKING_GROUP', workingGroup: { $in: scope.workingGroupIds } });
  }
  if (scope.sptAll) or.push({ classification: 'SPT_CONFIDENTIAL' });
  if (scope.sptCountryCodes.length) {
    or.push({ classification: 'SPT_CONFIDENTIAL', countryCode: { $in: scope.sptCountryCodes } });
  }
  for (const npm of scope.sptSharedNpms) {
    or.push({
      classification: 'SPT_CONFIDENTIAL',
      countryCode: npm.countryCode,
      sharedWith: { $overlap: [npm.organisationId] },
    });
  }
  return { $or: or } as FilterQuery<T>;
}

/** Shorthand: the read filter for this actor. */
export function readableBy<T extends ShareableRecord<string>>(actor: Actor | null): FilterQuery<T> {
  return scopeFilter<T>(recordReadScope(actor));
}
