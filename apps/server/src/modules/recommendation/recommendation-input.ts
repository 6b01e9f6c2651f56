import { z } from 'zod';
import { CLASSIFICATIONS, PRIORITIES, RECOMMENDATION_LEVELS, RECOMMENDATION_SOURCES } from '@opcat/domain';
import { isId } from '../ids.ts';

export const id = (what: string) => z.string().refine(isId, `Unknown ${what}`);
export const localDate = z.iso.date();
export const TEXT_MAX = 20_000;
export const NOTE_MAX = 5_000;

export const title = z.string().trim().min(1).max(300);
export const text = z.string().trim().max(TEXT_MAX);
export const theme = z.string().trim().max(200);
export const linkIds = z.array(z.string()).max(200);

export const issueInput = z
  .object({
    reference: z.string().trim().min(1).max(60),
    title,
    text: text.nullish(),
    source: z.enum(RECOMMENDATION_SOURCES),
    addresseeId: z.string(),
    theme: theme.nullish(),
    level: z.enum(RECOMMENDATION_LEVELS),
    priority: z.enum(PRIORITIES),
    issuedOn: localDate,
    targetDate: localDate.nullish(),
    findingIds: linkIds.nullish(),
    placeIds: linkIds.nullish(),
    repeatsId: z.string().nullish(),
    classification: z.enum(CLASSIFICATIONS).nullish(),
    workingGroupId: id('working group').nullish(),
    ownerOrganisationId: z.string().nullish(),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'A two-letter country code')
      .nullish(),
  })
  .refine((v) => !v.targetDate || v.targetDate >= v.issuedOn, {
    path: ['targetDate'],
    message: 'The target date cannot be before the issue date',
  });

export const updateInput = z.object({
  id: z.string(),
  title: title.nullish(),
  text: text.nullish(),
  theme: theme.nullish(),
  level: z.enum(RECOMMENDATION_LEVELS).nullish(),
  priority: z.enum(PRIORITIES).nullish(),
  targetDate: localDate.nullish(),
  findingIds: linkIds.nullish(),
  placeIds: linkIds.nullish(),
  repeatsId: z.string().nullish(),
  expectedVersion: z.number().int().nullish(),
});
