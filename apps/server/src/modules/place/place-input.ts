import { z } from 'zod';
import { CLASSIFICATIONS, isCountryCode, PLACE_STATUSES, PLACE_TYPES } from '@opcat/domain';
import { isId } from '../ids.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const placeFields = {
  name: text(300),
  type: z.enum(PLACE_TYPES),
  region: text(200).nullish(),
  address: text(500).nullish(),
  capacity: z.number().int().min(0, 'Capacity cannot be negative').max(1_000_000).nullish(),
  status: z.enum(PLACE_STATUSES).nullish(),
};

export const createPlaceInput = z.object({
  ...placeFields,
  responsibleAuthorityId: z.string().refine(isId, 'Unknown authority'),
  countryCode: z.string().refine(isCountryCode, 'Use an ISO 3166-1 alpha-2 code, e.g. MX'),
  classification: z.enum(CLASSIFICATIONS).nullish(),
  workingGroupId: z.string().refine(isId, 'Unknown working group').nullish(),
  ownerOrganisationId: z.string().refine(isId, 'Unknown organisation').nullish(),
});

export const updatePlaceInput = z.object({
  id: z.string(),
  name: placeFields.name.nullish(),
  type: placeFields.type.nullish(),
  region: placeFields.region,
  address: placeFields.address,
  capacity: placeFields.capacity,
  status: placeFields.status,
});

export const recordPopulationInput = z.object({
  placeId: z.string(),
  countedOn: z.iso.date(),
  population: z.number().int().min(0, 'Population cannot be negative').max(1_000_000),
});
