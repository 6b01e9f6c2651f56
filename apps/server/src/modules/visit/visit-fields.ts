import { Place } from '../../db/entities/monitoring.ts';
import type { Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { readableLinked } from '../records/readable-loaders.ts';

/** The visit's places the viewer can read; the others are left out silently. One statement per page. */
export function visitPlaces(ctx: OperationContext, visit: Visit): Promise<Place[]> {
  return readableLinked(ctx, Place, { table: 'visit_place', from: 'visit_id', to: 'place_id' }, [['name', 'asc']]).load(
    visit.id,
  );
}
