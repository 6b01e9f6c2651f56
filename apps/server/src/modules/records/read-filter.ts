import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Recommendation } from '../../db/entities/monitoring.ts';
import type { Actor, RecordReadScope } from '@opcat/domain';
import { recordReadScope } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';

/**
 * The policy's read scope as a MikroORM filter, so lists, counts, search and sorting only ever
 * touch rows the actor may read. Mirrors `scopeMatches` in the policy module clause by clause.
 */
export function scopeFilter<T extends ShareableRecord<string>>(
  scope: RecordReadScope,
  options: { hasAddressee: boolean },
): FilterQuery<T> {
  const or: Record<string, unknown>[] = [{ classification: 'PUBLIC' }];
  if (options.hasAddressee && scope.addresseeOrganisationIds.length) {
    or.push({
      classification: { $ne: 'SPT_CONFIDENTIAL' },
      addressee: { $in: scope.addresseeOrganisationIds },
    });
  }
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

/** Record types with an addressee (recommendations): their addressee authority reads them. */
const ADDRESSED: ReadonlySet<EntityClass<unknown>> = new Set([Recommendation as EntityClass<unknown>]);

/** Shorthand: the read filter of this record type for this actor. */
export function readableBy<T extends ShareableRecord<string>>(
  actor: Actor | null,
  entity: EntityClass<T>,
): FilterQuery<T> {
  // bench/lists only (see benchmark-unscoped.ts): never on in a server that did not call it itself.
  if (readsUnscopedForBenchmark()) return {} as FilterQuery<T>;
  return scopeFilter<T>(recordReadScope(actor), { hasAddressee: ADDRESSED.has(entity as EntityClass<unknown>) });
}
