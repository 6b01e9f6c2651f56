import type { FilterQuery } from '@mikro-orm/core';
import { Place, PlacePopulation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { PlaceFilter } from '../../__generated__/resolvers-types.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, ListQuery, SortKey } from '../records/keyset-page.ts';
import { emptyPage, orderOfKeys, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { textFilter } from '../search.ts';
import { isId } from '../ids.ts';

const PLACE_KEYS: SortKey<Place>[] = [
  { property: 'name', direction: 'asc', kind: 'text', value: (p) => p.name },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (p) => p.id },
];

/**
 * The places list's query for a filter (the read scope is added by whoever runs it: a page or an
 * export's stream), or null when the filter names nothing: an empty list.
 */
export async function placesQuery(
  ctx: OperationContext,
  filter: PlaceFilter | null | undefined,
): Promise<ListQuery<Place> | null> {
  // An id that is not a UUID names nothing (PostgreSQL would refuse to compare it).
  if (filter?.responsibleAuthorityId && !isId(filter.responsibleAuthorityId)) return null;
  const text = filter?.search?.trim() ? await textFilter(ctx, Place, filter.search) : null;
  return {
    // Built per statement: the text filter is a raw fragment (single-use), and the count needs its own.
    where: () => {
      const all: FilterQuery<Place>[] = [];
      if (text) all.push(text());
      if (filter?.types?.length) all.push({ type: { $in: filter.types } });
      if (filter?.status) all.push({ status: filter.status });
      if (filter?.countryCode) all.push({ countryCode: filter.countryCode.toUpperCase() });
      if (filter?.responsibleAuthorityId) all.push({ responsibleAuthority: filter.responsibleAuthorityId });
      return all.length ? { $and: all } : {};
    },
    sort: 'NAME',
    keys: PLACE_KEYS,
    orderBy: orderOfKeys(PLACE_KEYS),
  };
}

/** Readable places by name; filtered, keyset-paged and counted (capped) in SQL. */
export async function listPlaces(
  ctx: OperationContext,
  filter: PlaceFilter | null | undefined,
  limit?: number | null,
  after?: string | null,
  /** `count: false` skips the count statement (see pageReadable). */
  options: { count?: boolean } = {},
): Promise<KeysetPage<Place>> {
  const size = pageLimit(limit);
  const query = await placesQuery(ctx, filter);
  if (!query) return emptyPage();
  return pageReadable(ctx, Place, query.where, {
    ...query,
    after,
    limit: size,
    join: ['responsibleAuthority'],
    count: options.count,
  });
}

export function getPlace(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Place, id);
}

export function populationHistory(ctx: OperationContext, place: Place) {
  return ctx.em.find(PlacePopulation, { place }, { orderBy: { countedOn: 'desc' } });
}
