import type { EntityManager } from '@mikro-orm/postgresql';
import type { Place } from '../../db/entities/monitoring.ts';
import { PlacePopulation, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { readableLinkedFirst } from '../records/readable-loaders.ts';

/*
 * Per-row figures of places the caller already read, batched per page through the operation's
 * loaders: one statement for every row's latest population (occupancy uses the same one), one for
 * every row's last readable visit.
 */

function latestPopulations(ctx: OperationContext) {
  return ctx.loaders.batch<string, PlacePopulation | null>('place:latestPopulation', null, async (placeIds) => {
    const em = ctx.em as EntityManager;
    // One index probe per place (place_population_latest_index), whatever the length of its history.
    const rows = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        'select latest.* from unnest(array[?]::uuid[]) as wanted(place_id) cross join lateral (' +
          'select * from place_population p where p.place_id = wanted.place_id ' +
          'order by p.counted_on desc, p.recorded_at desc, p.id limit 1) as latest',
        [[...new Set(placeIds)]],
        'all',
        em.getTransactionContext(),
      );
    const byPlace = new Map(rows.map((row) => [row.place_id as string, em.map(PlacePopulation, row as never)]));
    return placeIds.map((id) => byPlace.get(id) ?? null);
  });
}

export function currentPopulation(ctx: OperationContext, place: Place): Promise<PlacePopulation | null> {
  return latestPopulations(ctx).load(place.id);
}

export async function occupancyRate(ctx: OperationContext, place: Place): Promise<number | null> {
  if (!place.capacity) return null;
  const current = await currentPopulation(ctx, place);
  return current ? Math.round((current.population / place.capacity) * 1000) / 1000 : null;
}

/**
 * The most recent visit of this place that the viewer can read: per place, a walk of
 * `visit_place_latest_index` (the link carries its visit's start date) that stops at the first
 * readable visit, so it does not read every visit of the place (decision 0040).
 */
export function lastVisit(ctx: OperationContext, place: Place): Promise<Visit | null> {
  return readableLinkedFirst(ctx, Visit, {
    table: 'visit_place',
    from: 'place_id',
    to: 'visit_id',
    order: [
      ['visit_start_date', 'desc'],
      ['visit_id', 'asc'],
    ],
  }).load(place.id);
}
