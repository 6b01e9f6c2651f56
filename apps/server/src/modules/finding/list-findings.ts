import { raw } from '@mikro-orm/core';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SEVERITIES } from '@opcat/domain';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import { namesReadable } from '../records/filter-ids.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FindingFilter, FindingSort } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, SortKey } from '../records/keyset-page.ts';
import { emptyPage, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { likePattern } from '../search.ts';

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

/** Readable findings matching the filter; filtered, searched, sorted and counted in SQL. */
export async function listFindings(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  sort: FindingSort | null | undefined,
  limit?: number | null,
  after?: string | null,
): Promise<KeysetPage<Finding>> {
  const size = pageLimit(limit);
  // An id that is not a UUID names nothing.
  if ((filter?.visitId && !isId(filter.visitId)) || (filter?.placeId && !isId(filter.placeId))) {
    return emptyPage();
  }
  const named = await Promise.all([
    namesReadable(ctx, Visit, filter?.visitId),
    namesReadable(ctx, Place, filter?.placeId),
  ]);
  if (named.includes(false)) return emptyPage();
  const where: FilterQuery<Finding>[] = [];
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    where.push({ $or: [{ title: { $ilike: like } }, { description: { $ilike: like } }] });
  }
  if (filter?.visitId) where.push({ visit: filter.visitId });
  if (filter?.placeId) where.push({ place: filter.placeId });
  if (filter?.monitoringArea) where.push({ monitoringArea: filter.monitoringArea });
  if (filter?.severity) where.push({ severity: filter.severity });
  if (filter?.classification) where.push({ classification: filter.classification });
  if (filter?.goodPractice != null) where.push({ goodPractice: filter.goodPractice });
  const order = sort ?? 'NEWEST';
  return pageReadable(ctx, Finding, where.length ? { $and: where } : {}, {
    sort: order,
    ...sortOf(order),
    after,
    limit: size,
  });
}

export function getFinding(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Finding, id);
}
