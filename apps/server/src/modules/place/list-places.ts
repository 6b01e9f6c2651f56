import type { FilterQuery } from '@mikro-orm/core';
import { Place, PlacePopulation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { PlaceFilter } from '../../__generated__/resolvers-types.ts';
import { listReadable, loadReadable, page } from '../records/load-readable.ts';
import { likePattern } from '../search.ts';
import { isId } from '../ids.ts';

export function listPlaces(
  ctx: OperationContext,
  filter: PlaceFilter | null | undefined,
  limit?: number | null,
  offset?: number | null,
) {
  // An id that is not a UUID names nothing (PostgreSQL would refuse to compare it).
  if (filter?.responsibleAuthorityId && !isId(filter.responsibleAuthorityId)) return { nodes: [], totalCount: 0 };
  const where: FilterQuery<Place>[] = [];
  if (filter?.search?.trim()) {
    const like = likePattern(filter.search);
    where.push({ $or: [{ name: { $ilike: like } }, { region: { $ilike: like } }, { address: { $ilike: like } }] });
  }
  if (filter?.types?.length) where.push({ type: { $in: filter.types } });
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.countryCode) where.push({ countryCode: filter.countryCode.toUpperCase() });
  if (filter?.responsibleAuthorityId) where.push({ responsibleAuthority: filter.responsibleAuthorityId });
  return listReadable(ctx, Place, where.length ? { $and: where } : {}, {
    ...page(limit, offset),
    orderBy: { name: 'asc', id: 'asc' },
  });
}

export function getPlace(ctx: OperationContext, id: string) {
  return loadReadable(ctx, Place, id);
}

export function populationHistory(ctx: OperationContext, place: Place) {
  return ctx.em.find(PlacePopulation, { place }, { orderBy: { countedOn: 'desc' } });
}
