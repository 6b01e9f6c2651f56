import { raw } from '@mikro-orm/core';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SEVERITIES } from '@opcat/domain';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import { namesReadable } from '../records/filter-ids.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FindingFilter, FindingSort } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, ListQuery, SortKey } from '../records/keyset-page.ts';
import { emptyPage, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { textFilter } from '../search.ts';
import { readableBy } from '../records/read-filter.ts';
import { badUserInput } from '../../errors.ts';

/** Severity is stored as text: order it by meaning, CRITICAL first. */
const bySeverity = raw(
  (alias) => `case ${alias}.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end`,
);

/** Severity by meaning, CRITICAL first (the CASE expression above orders the same way). */
const SEVERITY_RANK = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const satisfies readonly (typeof SEVERITIES)[number][];

const createdDesc: SortKey<Finding> = {
  property: 'createdAt',
  direction: 'desc',
  kind: 'timestamp',
  value: (f) => f.createdAt,
};
const idAsc: SortKey<Finding> = { property: 'id', direction: 'asc', kind: 'uuid', value: (f) => f.id };

/** Each sort's keys (ending on the id) and ORDER BY; built per query (raw fragments are single-use). */
function sortOf(sort: FindingSort): { keys: SortKey<Finding>[]; orderBy: QueryOrderMap<Finding>[] } {
  switch (sort) {
    case 'SEVERITY':
      return {
        keys: [
          { property: 'severity', direction: 'asc', kind: { rank: SEVERITY_RANK }, value: (f) => f.severity },
          createdDesc,
          idAsc,
        ],
        orderBy: [{ [bySeverity]: 'asc' } as QueryOrderMap<Finding>, { createdAt: 'desc' }, { id: 'asc' }],
      };
    case 'TITLE':
      return {
        keys: [{ property: 'title', direction: 'asc', kind: 'text', value: (f) => f.title }, idAsc],
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      };
    default:
      return { keys: [createdDesc, idAsc], orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] };
  }
}

/** The library's facets (finding-facets.ts): each is counted without its own filter. */
export type FindingFacetKey =
  | 'monitoringArea'
  | 'riskFactor'
  | 'vulnerability'
  | 'placeType'
  | 'countryCode'
  | 'goodPractice'
  | 'classification'
  | 'visitDate';

/**
 * The filter's conditions (without the read scope, which the caller adds), or null when an id in it
 * names nothing readable: such a filter answers like one naming a random id. Conditions on the
 * finding's place or visit go through their read scope, so a filter never reveals an unreadable
 * place's type or visit's date. A function building them afresh for each statement (the text
 * filter is a raw fragment, single-use).
 */
export async function findingConditions(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  omitted?: FindingFacetKey | readonly FindingFacetKey[],
): Promise<(() => FilterQuery<Finding>[]) | null> {
  const omits = (key: FindingFacetKey) => (Array.isArray(omitted) ? omitted.includes(key) : omitted === key);
  // An id that is not a UUID names nothing.
  if ((filter?.visitId && !isId(filter.visitId)) || (filter?.placeId && !isId(filter.placeId))) return null;
  const named = await Promise.all([
    namesReadable(ctx, Visit, filter?.visitId),
    namesReadable(ctx, Place, filter?.placeId),
  ]);
  if (named.includes(false)) return null;
  const dates = {
    from: filter?.visitFrom ? checkedDate(filter.visitFrom) : null,
    to: filter?.visitTo ? checkedDate(filter.visitTo) : null,
  };
  const text = filter?.search?.trim() ? await textFilter(ctx, Finding, filter.search) : null;
  return () => conditionsOf(ctx, filter, omits, dates, text);
}

function conditionsOf(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  omits: (key: FindingFacetKey) => boolean,
  dates: { from: string | null; to: string | null },
  text: (() => FilterQuery<Finding>) | null,
): FilterQuery<Finding>[] {
  const where: FilterQuery<Finding>[] = [];
  if (text) where.push(text());
  if (filter?.visitId) where.push({ visit: filter.visitId });
  if (filter?.placeId) where.push({ place: filter.placeId });
  if (filter?.monitoringArea && !omits('monitoringArea')) where.push({ monitoringArea: filter.monitoringArea });
  if (filter?.severity) where.push({ severity: filter.severity });
  if (filter?.classification && !omits('classification')) where.push({ classification: filter.classification });
  if (filter?.goodPractice != null && !omits('goodPractice')) where.push({ goodPractice: filter.goodPractice });
  if (filter?.riskFactor && !omits('riskFactor')) where.push({ riskFactors: { $contains: [filter.riskFactor] } });
  if (filter?.vulnerability && !omits('vulnerability')) {
    where.push({ vulnerabilities: { $contains: [filter.vulnerability] } });
  }
  if (filter?.countryCode && !omits('countryCode')) where.push({ countryCode: filter.countryCode });
  if (filter?.placeType && !omits('placeType')) {
    where.push({ place: { $and: [{ type: filter.placeType }, readableBy(ctx.actor, Place)] } } as FilterQuery<Finding>);
  }
  if ((dates.from || dates.to) && !omits('visitDate')) {
    const range: Record<string, string> = {};
    if (dates.from) range.$gte = dates.from;
    if (dates.to) range.$lte = dates.to;
    where.push({ visit: { $and: [{ startDate: range }, readableBy(ctx.actor, Visit)] } } as FilterQuery<Finding>);
  }
  return where;
}

function checkedDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw badUserInput('Dates are YYYY-MM-DD.');
  return value;
}

/**
 * The findings list's query for a filter and sort (the read scope is added by whoever runs it: a
 * page or an export's stream), or null when the filter names nothing readable: an empty list.
 */
export async function findingsQuery(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  sort: FindingSort | null | undefined,
): Promise<ListQuery<Finding> | null> {
  const conditions = await findingConditions(ctx, filter);
  if (!conditions) return null;
  const order = sort ?? 'NEWEST';
  const where = () => {
    const all = conditions();
    return all.length ? { $and: all } : {};
  };
  return { where, sort: order, ...sortOf(order) };
}

/** Readable findings matching the filter; filtered, searched, sorted and counted in SQL. */
export async function listFindings(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  sort: FindingSort | null | undefined,
  limit?: number | null,
  after?: string | null,
  /** `count: false` skips the count statement (see pageReadable). */
  options: { count?: boolean } = {},
): Promise<KeysetPage<Finding>> {
  const size = pageLimit(limit);
  const query = await findingsQuery(ctx, filter, sort);
  if (!query) return emptyPage();
  return pageReadable(ctx, Finding, query.where, { ...query, after, limit: size, count: options.count });
}

export function getFinding(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Finding, id);
}
