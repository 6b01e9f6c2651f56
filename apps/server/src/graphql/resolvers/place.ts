import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import { shareableFields } from './records.ts';
import { createPlace } from '../../modules/place/create-place.ts';
import { recordPlacePopulation, updatePlace } from '../../modules/place/update-place.ts';
import { getPlace, listPlaces, populationHistory } from '../../modules/place/list-places.ts';
import { currentPopulation, lastVisit, occupancyRate } from '../../modules/place/place-fields.ts';

export const placeResolvers: Resolvers = {
  Query: {
    // Public on purpose: PUBLIC places form the public register; the read filter does the rest.
    places: publicField((_, { filter, limit, after }, ctx) => listPlaces(ctx, filter, limit, after)),
    place: publicField((_, { id }, ctx) => getPlace(ctx, id)),
  },
  Mutation: {
    createPlace: guarded((_, { input }, ctx) => createPlace(ctx, input)),
    updatePlace: guarded((_, { input }, ctx) => updatePlace(ctx, input)),
    recordPlacePopulation: guarded((_, { input }, ctx) => recordPlacePopulation(ctx, input)),
  },
  Place: {
    ...shareableFields,
    responsibleAuthority: (place, _, ctx) => loadReference(ctx, Organisation, place.responsibleAuthority),
    currentPopulation: (place, _, ctx) => currentPopulation(ctx, place),
    occupancyRate: (place, _, ctx) => occupancyRate(ctx, place),
    populationHistory: (place, _, ctx) => populationHistory(ctx, place),
    lastVisit: (place, _, ctx) => lastVisit(ctx, place),
  },
};
