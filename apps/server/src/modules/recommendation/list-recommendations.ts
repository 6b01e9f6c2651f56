import { z } from 'zod';
import { readsWorkingGroup } from '../working-group/get-working-group.ts';
import { raw } from '@mikro-orm/core';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ACCEPTANCES, IMPLEMENTATION_STATUSES, PLACE_TYPES, PRIORITIES, RECOMMENDATION_SOURCES } from '@opcat/domain';
import { Finding, Place, Recommendation } from '../../db/entities/monitoring.ts';
import { namesReadable } from '../records/filter-ids.ts';
import { readableBy } from '../records/read-filter.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badRequest } from '../../errors.ts';
import type { QueryRecommendationsArgs, RecommendationSort } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { textFilter } from '../search.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, ListQuery, SortKey } from '../records/keyset-page.ts';
import { emptyPage, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { todayUtc } from './dates.ts';

type Where = FilterQuery<Recommendation>;

const filterInput = z.object({
  search: z.string().trim().max(200).nullish(),
  acceptance: z.array(z.enum(ACCEPTANCES)).nullish(),
  stateStatus: z.array(z.enum(IMPLEMENTATION_STATUSES)).nullish(),
  monitorStatus: z.array(z.enum(IMPLEMENTATION_STATUSES)).nullish(),
  addresseeId: z.string().nullish(),
  theme: z.string().trim().max(200).nullish(),
  placeTypes: z.array(z.enum(PLACE_TYPES)).nullish(),
  placeId: z.string().nullish(),
  findingId: z.string().nullish(),
  overdue: z.boolean().nullish(),
  source: z.enum(RECOMMENDATION_SOURCES).nullish(),
  priority: z.enum(PRIORITIES).nullish(),
  aboutOrganisationId: z.string().nullish(),
  workingGroupId: z.string().nullish(),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .nullish(),
  issuedYear: z.number().int().min(1900).max(2999).nullish(),
});
type Filter = z.infer<typeof filterInput>;

/** The theme compared whole, ignoring case, with % and _ taken literally. */
function literalLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Whether the authority has responded: a correlated EXISTS on authority_response(recommendation_id). */
function responded(yes: boolean): Where {
  const test = raw(
    (alias) =>
      `${yes ? '' : 'not '}exists (select 1 from authority_response ar where ar.recommendation_id = ${alias}.id)`,
  );
  return { [test]: true } as Where;
}

/**
 * Overdue: no response from the authority yet and the due date has passed (today as a parameter).
 * An anti-join per row through the authority_response index, not a NOT IN over every response.
 */
export function overdueWhere(overdue: boolean, today: string): Where {
  return overdue
    ? { $and: [{ responseDueOn: { $lt: today } }, responded(false)] }
    : { $or: [{ responseDueOn: { $gte: today } }, responded(true)] };
}

/** The filter as SQL conditions; an id that cannot exist matches nothing. */
function whereOf(
  ctx: OperationContext,
  filter: Filter,
  today: string,
  text: (() => Where) | null = null,
): Where | null {
  const and: Where[] = [];
  const ids = [filter.addresseeId, filter.placeId, filter.findingId, filter.aboutOrganisationId, filter.workingGroupId];
  if (ids.some((id) => id != null && !isId(id))) return null;
  if (text) and.push(text());
  if (filter.acceptance) and.push({ acceptance: { $in: filter.acceptance } });
  if (filter.stateStatus) and.push({ stateStatus: { $in: filter.stateStatus } });
  if (filter.monitorStatus) and.push({ monitorStatus: { $in: filter.monitorStatus } });
  if (filter.addresseeId) and.push({ addressee: filter.addresseeId });
  if (filter.theme) and.push({ theme: { $ilike: literalLike(filter.theme) } });
  // Linked through the m:n tables as EXISTS subqueries, so a recommendation is counted once.
  // Only through places the viewer reads: a type must not reveal an unreadable place linked to it.
  if (filter.placeTypes) {
    and.push({ places: { $some: { $and: [{ type: { $in: filter.placeTypes } }, readableBy(ctx.actor, Place)] } } });
  }
  if (filter.placeId) and.push({ places: { $some: { id: filter.placeId } } });
  if (filter.findingId) and.push({ findings: { $some: { id: filter.findingId } } });
  if (filter.overdue != null) and.push(overdueWhere(filter.overdue, today));
  if (filter.source) and.push({ source: filter.source });
  if (filter.priority) and.push({ priority: filter.priority });
  // The dashboards' scopes (modules/dashboard/dashboard-scope.ts), so a figure links to its list.
  if (filter.aboutOrganisationId) {
    and.push({ $or: [{ ownerOrganisation: filter.aboutOrganisationId }, { addressee: filter.aboutOrganisationId }] });
  }
  if (filter.workingGroupId) and.push({ workingGroup: filter.workingGroupId });
  if (filter.countryCode) and.push({ countryCode: filter.countryCode });
  if (filter.issuedYear) {
    and.push({ issuedOn: { $gte: `${filter.issuedYear}-01-01`, $lte: `${filter.issuedYear}-12-31` } });
  }
  return { $and: and };
}

const PRIORITY_RANK = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'] as const;

type Key = SortKey<Recommendation>;
const key = (property: string, direction: 'asc' | 'desc', kind: Key['kind'], value: Key['value']): Key => ({
  property,
  direction,
  kind,
  value,
});
const tail: Key[] = [key('reference', 'asc', 'text', (r) => r.reference), key('id', 'asc', 'uuid', (r) => r.id)];
const issuedDesc = key('issuedOn', 'desc', 'date', (r) => r.issuedOn);

/**
 * Sort keys and ORDER BY of each sort, each ending on unique columns so pages never overlap.
 * Built per query (raw fragments are single-use).
 */
function sortOf(sort: RecommendationSort): { keys: Key[]; orderBy: QueryOrderMap<Recommendation>[] } {
  switch (sort) {
    case 'DUE_ASC':
      return {
        keys: [key('responseDueOn', 'asc', 'date', (r) => r.responseDueOn), ...tail],
        orderBy: [{ responseDueOn: 'asc' }, { reference: 'asc' }, { id: 'asc' }],
      };
    case 'PRIORITY_DESC':
      return {
        keys: [key('priority', 'asc', { rank: PRIORITY_RANK }, (r) => r.priority), issuedDesc, ...tail],
        orderBy: [
          {
            [raw(
              (alias) =>
                `case ${alias}.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end`,
            )]: 'asc',
          },
          { issuedOn: 'desc' },
          { reference: 'asc' },
          { id: 'asc' },
        ],
      };
    case 'REFERENCE':
      return {
        keys: [
          key('reference', 'asc', 'text', (r) => r.reference),
          key('ownerOrganisation', 'asc', 'uuid', (r) => r.ownerOrganisation.id),
          key('id', 'asc', 'uuid', (r) => r.id),
        ],
        orderBy: [{ reference: 'asc' }, { ownerOrganisation: 'asc' }, { id: 'asc' }],
      };
    case 'ISSUED_DESC':
      return {
        keys: [issuedDesc, ...tail],
        orderBy: [{ issuedOn: 'desc' }, { reference: 'asc' }, { id: 'asc' }],
      };
  }
}

/**
 * The recommendations list's query for these arguments (filter and sort, with the read scope added
 * by whoever runs it), or null when a filter names nothing the viewer may read: an empty list.
 */
export async function recommendationsQuery(
  ctx: OperationContext,
  args: Pick<QueryRecommendationsArgs, 'filter' | 'sort'>,
): Promise<ListQuery<Recommendation> | null> {
  const parsed = filterInput.safeParse(args.filter ?? {});
  if (!parsed.success) throw badRequest(`Invalid filter: ${parsed.error.issues[0]?.message ?? ''}`);
  const today = todayUtc();
  if (!whereOf(ctx, parsed.data, today)) return null;
  const { placeId, findingId } = parsed.data;
  const named = await Promise.all([namesReadable(ctx, Place, placeId), namesReadable(ctx, Finding, findingId)]);
  if (named.includes(false)) return null;
  if (parsed.data.workingGroupId && !(await readsWorkingGroup(ctx, parsed.data.workingGroupId))) return null;
  const sort = args.sort ?? 'ISSUED_DESC';
  const text = parsed.data.search ? await textFilter(ctx, Recommendation, parsed.data.search) : null;
  return { where: () => whereOf(ctx, parsed.data, today, text) ?? {}, sort, ...sortOf(sort) };
}

/** A page of the recommendations the viewer may read, filtered, counted and sorted in SQL. */
export async function listRecommendations(
  ctx: OperationContext,
  args: QueryRecommendationsArgs,
  /** `count: false` skips the count statement (an export's pages after its first, see pageReadable). */
  options: { count?: boolean } = {},
): Promise<KeysetPage<Recommendation>> {
  const size = pageLimit(args.limit);
  const query = await recommendationsQuery(ctx, args);
  if (!query) return emptyPage();
  return pageReadable(ctx, Recommendation, query.where, {
    ...query,
    after: args.after,
    limit: size,
    join: ['ownerOrganisation', 'addressee'],
    count: options.count,
  });
}

export function getRecommendation(ctx: OperationContext, id: string): Promise<Recommendation> {
  return loadReadable(ctx, Recommendation, id, { populate: ['ownerOrganisation'] as never });
}
