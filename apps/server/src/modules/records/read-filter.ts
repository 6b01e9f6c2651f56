import { ALIAS_REPLACEMENT, raw } from '@mikro-orm/core';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Recommendation } from '../../db/entities/monitoring.ts';
import type { Actor, RecordReadScope } from '@opcat/domain';
import { recordReadScope } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';
import { isId } from '../ids.ts';

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

const COUNTRY = /^[A-Z]{2}$/;

/** A literal of a value the scope names; anything but an id or a country code is a broken invariant. */
function literal(value: string, kind: 'id' | 'country'): string {
  if (kind === 'id' ? !isId(value) : !COUNTRY.test(value)) {
    throw new Error(`read scope: not ${kind === 'id' ? 'an id' : 'a country code'}: ${JSON.stringify(value)}`);
  }
  return `'${value}'`;
}

const list = (values: readonly string[], kind: 'id' | 'country') => values.map((v) => literal(v, kind)).join(', ');
const textArray = (ids: readonly string[]) => `'{${ids.map((id) => literal(id, 'id').slice(1, -1)).join(',')}}'`;

/**
 * `scopeFilter` written out as one SQL condition on the alias placeholder, clause by clause the
 * same (the same text MikroORM compiles `scopeFilter` to, so the same plans). Values are only ids
 * and country codes, checked before they are written.
 */
export function scopeSql(scope: RecordReadScope, options: { hasAddressee: boolean }): string {
  const e = `"${ALIAS_REPLACEMENT}".`;
  const or: string[] = [`${e}"classification" = 'PUBLIC'`];
  if (options.hasAddressee && scope.addresseeOrganisationIds.length) {
    or.push(
      `(${e}"classification" != 'SPT_CONFIDENTIAL' and ${e}"addressee_id" in (${list(scope.addresseeOrganisationIds, 'id')}))`,
    );
  }
  if (scope.ownerOrganisationIds.length) {
    or.push(
      `(${e}"classification" in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and ${e}"owner_organisation_id" in (${list(scope.ownerOrganisationIds, 'id')}))`,
    );
  }
  if (scope.sharedWithOrganisationIds.length) {
    or.push(`(${e}"classification" = 'SHARED' and ${e}"shared_with" && ${textArray(scope.sharedWithOrganisationIds)})`);
  }
  if (scope.workingGroupIds.length) {
    or.push(
      `(${e}"classification" = 'WORKING_GROUP' and ${e}"working_group_id" in (${list(scope.workingGroupIds, 'id')}))`,
    );
  }
  if (scope.sptAll) or.push(`${e}"classification" = 'SPT_CONFIDENTIAL'`);
  if (scope.sptCountryCodes.length) {
    or.push(
      `(${e}"classification" = 'SPT_CONFIDENTIAL' and ${e}"country_code" in (${list(scope.sptCountryCodes, 'country')}))`,
    );
  }
  for (const npm of scope.sptSharedNpms) {
    or.push(
      `(${e}"classification" = 'SPT_CONFIDENTIAL' and ${e}"country_code" = ${literal(npm.countryCode, 'country')} and ${e}"shared_with" && ${textArray([npm.organisationId])})`,
    );
  }
  return `(${or.join(' or ')})`;
}

/** Compiled scopes by record kind and scope: a pure function of its key, so nothing to invalidate. */
const compiled = new Map<string, string>();
const COMPILED_MAX = 1000;

function compiledScope(actor: Actor | null, hasAddressee: boolean): string {
  const scope = recordReadScope(actor);
  const key = `${hasAddressee ? 'a' : '-'}${JSON.stringify(scope)}`;
  let sql = compiled.get(key);
  if (sql === undefined) {
    sql = scopeSql(scope, { hasAddressee });
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, sql);
  }
  return sql;
}

/**
 * The same read filter as `readableBy`, as one precompiled SQL condition: what the hot paths (list
 * pages, counts, the readable loaders, findReadable) add to their queries. MikroORM then has no
 * criteria tree to walk for the scope. Single-use, like every raw fragment: make one per query.
 */
export function readableWhere<T extends ShareableRecord<string>>(
  actor: Actor | null,
  entity: EntityClass<T>,
): FilterQuery<T> {
  if (readsUnscopedForBenchmark()) return {} as FilterQuery<T>;
  const sql = compiledScope(actor, ADDRESSED.has(entity as EntityClass<unknown>));
  return { [raw(sql)]: [] } as FilterQuery<T>;
}

/**
 * `readableWhere` as SQL text on a given table alias, for a statement written by hand (the lists'
 * text-filter probe, modules/search.ts). Values are only checked ids and country codes.
 */
export function readableSql<T extends ShareableRecord<string>>(
  actor: Actor | null,
  entity: EntityClass<T>,
  alias: string,
): string {
  if (readsUnscopedForBenchmark()) return 'true';
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`read scope: not an alias: ${JSON.stringify(alias)}`);
  return compiledScope(actor, ADDRESSED.has(entity as EntityClass<unknown>)).replaceAll(ALIAS_REPLACEMENT, alias);
}
