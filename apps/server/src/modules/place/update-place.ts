import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { LockMode } from '@mikro-orm/core';
import { User } from '../../db/entities/identity.ts';
import { Place, PlacePopulation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { RecordPlacePopulationInput, UpdatePlaceInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable } from '../records/load-readable.ts';
import { recordPopulationInput, updatePlaceInput } from './place-input.ts';

type Result = { place: Place | null; userErrors: UserError[] };

export async function updatePlace(ctx: OperationContext & { actor: Actor }, raw: UpdatePlaceInput): Promise<Result> {
  const parsed = updatePlaceInput.safeParse(raw);
  if (!parsed.success) return { place: null, userErrors: fromZod(parsed.error) };
  const { id, ...changes } = parsed.data;
  return ctx.em.transactional(async (tx) => {
    const place = await findReadable({ ...ctx, em: tx }, Place, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!place) throw notFound();
    authorize(ctx.actor, 'record:update', recordFacts(place));
    if (changes.name) place.name = changes.name;
    if (changes.type) place.type = changes.type;
    if (changes.status) place.status = changes.status;
    if (changes.region !== undefined) place.region = changes.region;
    if (changes.address !== undefined) place.address = changes.address;
    if (changes.capacity !== undefined) place.capacity = changes.capacity;
    return { place, userErrors: [] };
  });
}

/** Adds a dated population count; the history is kept, one count per date. */
export async function recordPlacePopulation(
  ctx: OperationContext & { actor: Actor },
  raw: RecordPlacePopulationInput,
): Promise<Result> {
  const parsed = recordPopulationInput.safeParse(raw);
  if (!parsed.success) return { place: null, userErrors: fromZod(parsed.error) };
  const { placeId, countedOn, population } = parsed.data;
  if (countedOn > new Date().toISOString().slice(0, 10)) {
    return { place: null, userErrors: [userError(['input', 'countedOn'], 'INVALID', 'The date is in the future')] };
  }
  return ctx.em.transactional(async (tx) => {
    const place = await findReadable({ ...ctx, em: tx }, Place, placeId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!place) throw notFound();
    authorize(ctx.actor, 'record:update', recordFacts(place));
    const existing = await tx.findOne(PlacePopulation, { place, countedOn });
    if (existing) existing.population = population;
    else
      tx.create(PlacePopulation, { place, countedOn, population, recordedBy: tx.getReference(User, ctx.actor.userId) });
    place.updatedAt = new Date();
    return { place, userErrors: [] };
  });
}
