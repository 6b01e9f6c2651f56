import type { Actor, RecordReadScope } from '@opcat/domain';
import { recordReadScope } from '@opcat/domain';
import { readsUnscopedForBenchmark } from '../records/benchmark-unscoped.ts';
import type { Sql } from './sql.ts';
import { arrayParam, join, p, raw, sql } from './sql.ts';

/**
 * The policy's read scope as a raw SQL condition on a table alias, for aggregate queries that the
 * ORM's filter cannot express (GROUPING SETS, unnest). Mirrors `scopeFilter` in
 * records/read-filter.ts clause by clause; the dashboard tests compare every figure with
 * `can(actor, 'record:read', …)` over all rows.
 */
export function readScopeSql(scope: RecordReadScope, alias: string, options: { hasAddressee: boolean }): Sql {
  const a = (column: string) => raw(`${alias}.${column}`);
  const or: Sql[] = [sql`${a('classification')} = 'PUBLIC'`];
  if (options.hasAddressee && scope.addresseeOrganisationIds.length) {
    or.push(
      sql`(${a('classification')} <> 'SPT_CONFIDENTIAL' and ${a('addressee_id')} = any(${arrayParam(scope.addresseeOrganisationIds)}::uuid[]))`,
    );
  }
  if (scope.ownerOrganisationIds.length) {
    or.push(
      sql`(${a('classification')} in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and ${a('owner_organisation_id')} = any(${arrayParam(scope.ownerOrganisationIds)}::uuid[]))`,
    );
  }
  if (scope.sharedWithOrganisationIds.length) {
    or.push(
      sql`(${a('classification')} = 'SHARED' and ${a('shared_with')} && ${arrayParam(scope.sharedWithOrganisationIds)}::text[])`,
    );
  }
  if (scope.workingGroupIds.length) {
    or.push(
      sql`(${a('classification')} = 'WORKING_GROUP' and ${a('working_group_id')} = any(${arrayParam(scope.workingGroupIds)}::uuid[]))`,
    );
  }
  if (scope.sptAll) or.push(sql`${a('classification')} = 'SPT_CONFIDENTIAL'`);
  if (scope.sptCountryCodes.length) {
    or.push(
      sql`(${a('classification')} = 'SPT_CONFIDENTIAL' and ${a('country_code')} = any(${arrayParam(scope.sptCountryCodes)}::text[]))`,
    );
  }
  for (const npm of scope.sptSharedNpms) {
    or.push(
      sql`(${a('classification')} = 'SPT_CONFIDENTIAL' and ${a('country_code')} = ${p(npm.countryCode)} and ${a('shared_with')} && ${arrayParam([npm.organisationId])}::text[])`,
    );
  }
  return sql`(${join(or, ' or ')})`;
}

/** The actor's read scope on `alias` (`true` only in bench/lists' unscoped baseline). */
export function readableSql(actor: Actor | null, alias: string, options: { hasAddressee: boolean }): Sql {
  if (readsUnscopedForBenchmark()) return raw('true');
  return readScopeSql(recordReadScope(actor), alias, options);
}
