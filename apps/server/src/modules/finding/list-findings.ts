import { raw } from '@mikro-orm/core';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import { namesReadable } from '../records/filter-ids.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FindingFilter, FindingSort } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { listReadable, loadReadable, page } from '../records/load-readable.ts';
import { likePattern } from '../search.ts';

/** Severity is stored as text: order it by meaning, CRITICAL first. */
const bySeverity = raw(
  (alias) => `case ${alias}.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end`,
);

function orderOf(sort: FindingSort | null | undefined): QueryOrderMap<Finding>[] {
  switch (sort) {
    case 'SEVERITY':
      return [{ [bySeverity]: 'asc' } as QueryOrderMap<Finding>, { createdAt: 'desc' }, { id: 'asc' }];
    case 'TITLE':
      return [{ title: 'asc' }, { id: 'asc' }];
    default:
      return [{ createdAt: 'desc' }, { id: 'asc' }];
  }
}

/** Readable findings matching the filter; filtered, searched, sorted and counted in SQL. */
export async function listFindings(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
  sort: FindingSort | null | undefined,
  limit?: number | null,
  offset?: number | null,
) {
  const bounds = page(limit, offset);
  // An id that is not a UUID names nothing.
  if ((filter?.visitId && !isId(filter.visitId)) || (filter?.placeId && !isId(filter.placeId))) {
    return { nodes: [], totalCount: 0 };
  }
  const named = await Promise.all([
    namesReadable(ctx, Visit, filter?.visitId),
    namesReadable(ctx, Place, filter?.placeId),
  ]);
  if (named.includes(false)) return { nodes: [], totalCount: 0 };
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
  return listReadable(ctx, Finding, where.length ? { $and: where } : {}, {
    ...bounds,
    orderBy: orderOf(sort),
  });
}

export function getFinding(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Finding, id);
}
