import type { FilterQuery } from '@mikro-orm/core';
import { Place, PlacePopulation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { PlaceFilter } from '../../__generated__/resolvers-types.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { KeysetPage, SortKey } from '../records/keyset-page.ts';
import { emptyPage, pageLimit, pageReadable } from '../records/keyset-page.ts';
import { textMatches } from '../search.ts';
import { isId } from '../ids.ts';

const PLACE_KEYS: SortKey<Place>[] = [
  { property: 'name', direction: 'asc', kind: 'text', value: (p) => p.name },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (p) => p.id },
];

/** Readable places by name; filtered, keyset-paged and counted (capped) in SQL. */
export async function listPlaces(
  ctx: OperationContext,
  filter: PlaceFilter | null | undefined,
  limit?: number | null,
  after?: string | null,
  /** `count: false` skips the count statement (an export's pages after its first, see pageReadable). */
  options: { count?: boolean } = {},
): Promise<KeysetPage<Place>> {
  const size = pageLimit(limit);
  // An id that is not a UUID names nothing (PostgreSQL would refuse to compare it).
  if (filter?.responsibleAuthorityId && !isId(filter.responsibleAuthorityId)) return emptyPage();
  // Built per statement: the text filter is a raw fragment (single-use), and the count needs its own.
  const where = (): FilterQuery<Place> => {
    const all: FilterQuery<Place>[] = [];
    if (filter?.search?.trim()) all.push(textMatches<Place>(filter.search));
    if (filter?.types?.length) all.push({ type: { $in: filter.types } });
    if (filter?.status) all.push({ status: filter.status });
    if (filter?.countryCode) all.push({ countryCode: filter.countryCode.toUpperCase() });
    if (filter?.responsibleAuthorityId) all.push({ responsibleAuthority: filter.responsibleAuthorityId });
    return all.length ? { $and: all } : {};
  };
  return pageReadable(ctx, Place, where, {
    sort: 'NAME',
    keys: PLACE_KEYS,
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
