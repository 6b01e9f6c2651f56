import type { FilterQuery } from '@mikro-orm/core';
import { User } from '../../db/entities/identity.ts';
import { Finding, Place, Visit, VisitTeamMember } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { VisitFilter } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { loadReference } from '../load-reference.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, ListQuery, SortKey } from '../records/keyset-page.ts';
import { emptyPage, orderOfKeys, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { namesReadable } from '../records/filter-ids.ts';
import type { NestedPageArgs } from './visit-recommendations.ts';

const VISIT_KEYS: SortKey<Visit>[] = [
  { property: 'startDate', direction: 'desc', kind: 'date', value: (v) => v.startDate },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (v) => v.id },
];

/**
 * The visits list's query for a filter (the read scope is added by whoever runs it: a page or an
 * export's stream), or null when the filter names nothing readable: an empty list.
 */
export async function visitsQuery(
  ctx: OperationContext,
  filter: VisitFilter | null | undefined,
): Promise<ListQuery<Visit> | null> {
  // An id that is not a UUID names nothing.
  if (
    (filter?.placeId && !isId(filter.placeId)) ||
    (filter?.ownerOrganisationId && !isId(filter.ownerOrganisationId))
  ) {
    return null;
  }
  if (!(await namesReadable(ctx, Place, filter?.placeId))) return null;
  const where: FilterQuery<Visit>[] = [];
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.placeId) where.push({ places: { $some: { id: filter.placeId } } });
  if (filter?.ownerOrganisationId) where.push({ ownerOrganisation: filter.ownerOrganisationId });
  if (filter?.from) where.push({ startDate: { $gte: filter.from } });
  if (filter?.to) where.push({ startDate: { $lte: filter.to } });
  return {
    where: () => (where.length ? { $and: where } : {}),
    sort: 'START_DESC',
    keys: VISIT_KEYS,
    orderBy: orderOfKeys(VISIT_KEYS),
  };
}

/** Readable visits, newest start first; filtered, keyset-paged and counted (capped) in SQL. */
export async function listVisits(
  ctx: OperationContext,
  filter: VisitFilter | null | undefined,
  limit?: number | null,
  after?: string | null,
  /** `count: false` skips the count statement (see pageReadable). */
  options: { count?: boolean } = {},
): Promise<KeysetPage<Visit>> {
  const size = pageLimit(limit);
  const query = await visitsQuery(ctx, filter);
  if (!query) return emptyPage();
  return pageReadable(ctx, Visit, query.where, {
    ...query,
    after,
    limit: size,
    join: ['ownerOrganisation'],
    count: options.count,
  });
}

export function getVisit(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Visit, id);
}

/** The team is part of the visit: whoever reads the visit sees it. */
export function visitTeam(ctx: OperationContext, visit: Visit) {
  return ctx.em.find(VisitTeamMember, { visit: visit.id }, { orderBy: { leader: 'desc', id: 'asc' } });
}

export function teamMemberUser(ctx: OperationContext, member: VisitTeamMember) {
  return loadReference(ctx, User, member.user);
}

/**
 * A visit's findings the viewer can read (a finding may be narrower than its visit), oldest first: a
 * keyset page with its capped count, one statement (index `finding_visit_created_index`).
 */
export function visitFindings(ctx: OperationContext, visit: Visit, args: NestedPageArgs = {}) {
  return pageReadable(ctx, Finding, { visit: visit.id } as FilterQuery<Finding>, {
    sort: 'VISIT_OLDEST',
    keys: VISIT_FINDING_KEYS,
    after: args.after,
    limit: pageLimit(args.limit),
  });
}

const VISIT_FINDING_KEYS: readonly SortKey<Finding>[] = [
  { property: 'createdAt', direction: 'asc', kind: 'timestamp', value: (f) => f.createdAt },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (f) => f.id },
];
