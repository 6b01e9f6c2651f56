import { z } from 'zod';
import { CLASSIFICATIONS, EXPERTISES, GENDERS, VISIT_STATUSES, VISIT_TYPES } from '@opcat/domain';
import { isId } from '../ids.ts';

const id = (message: string) => z.string().refine(isId, message);

const teamMember = z.object({
  userId: id('Not a member of the owner organisation'),
  expertise: z.enum(EXPERTISES),
  gender: z.enum(GENDERS),
  leader: z.boolean().nullish(),
});

/** A team names each person once (the table has one row per visit and user). */
const team = z
  .array(teamMember)
  .max(50)
  .refine((members) => new Set(members.map((m) => m.userId)).size === members.length, 'Each person once');

const placeIds = z
  .array(id('Unknown place'))
  .min(1, 'Choose at least one place')
  .max(50)
  .transform((ids) => [...new Set(ids)]);

const visitFields = {
  type: z.enum(VISIT_TYPES),
  announced: z.boolean(),
  startDate: z.iso.date(),
  endDate: z.iso.date().nullish(),
  objectives: z.string().trim().max(20_000).nullish(),
};

const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const datesMessage = { message: 'The visit cannot end before it starts', path: ['endDate'] };

export const planVisitInput = z
  .object({
    ...visitFields,
    placeIds,
    team: team.nullish(),
    classification: z.enum(CLASSIFICATIONS).nullish(),
    workingGroupId: id('Unknown working group').nullish(),
    ownerOrganisationId: id('Unknown organisation').nullish(),
  })
  .refine(datesInOrder, datesMessage);

export const updateVisitInput = z.object({
  id: z.string(),
  placeIds: placeIds.nullish(),
  type: visitFields.type.nullish(),
  announced: visitFields.announced.nullish(),
  startDate: visitFields.startDate.nullish(),
  endDate: visitFields.endDate,
  objectives: visitFields.objectives,
  team: team.nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
});

export const moveVisitInput = z.object({ id: z.string(), status: z.enum(VISIT_STATUSES) });

export type TeamInput = z.infer<typeof teamMember>[];

export { datesInOrder };
