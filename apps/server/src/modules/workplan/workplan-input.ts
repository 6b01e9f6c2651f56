import { z } from 'zod';
import { ACTION_STATUSES, CLASSIFICATIONS } from '@opcat/domain';
import { isId } from '../ids.ts';

export const id = (what: string) => z.string().refine(isId, `Unknown ${what}`);
export const localDate = z.iso.date();
export const title = z.string().trim().min(1).max(300);
export const longText = z.string().trim().max(5_000);
export const organisationIds = z.array(id('organisation')).max(50);
export const recommendationIds = z.array(z.string()).max(200);

const datesInOrder = (v: { start?: string | null; end?: string | null }) => !v.start || !v.end || v.end >= v.start;

export const createWorkplanInput = z
  .object({
    workingGroupId: id('working group'),
    title,
    periodStart: localDate,
    periodEnd: localDate.nullish(),
    classification: z.enum(CLASSIFICATIONS).nullish(),
    ownerOrganisationId: id('organisation').nullish(),
  })
  .refine((v) => datesInOrder({ start: v.periodStart, end: v.periodEnd }), {
    path: ['periodEnd'],
    message: 'The period cannot end before it starts',
  });

export const updateWorkplanInput = z.object({
  id: z.string(),
  title: title.nullish(),
  periodStart: localDate.nullish(),
  // null clears the end of the period; a missing key leaves it unchanged.
  periodEnd: localDate.nullish(),
  expectedVersion: z.number().int().nullish(),
});

export const addPriorityInput = z.object({
  workplanId: z.string(),
  title,
  description: longText.nullish(),
});

export const updatePriorityInput = z.object({
  id: z.string(),
  title: title.nullish(),
  description: longText.nullish(),
  position: z.number().int().min(0).nullish(),
});

export const addActionInput = z
  .object({
    priorityId: z.string(),
    title,
    responsibleOrganisationId: id('organisation'),
    contributingOrganisationIds: organisationIds.nullish(),
    startDate: localDate.nullish(),
    dueDate: localDate.nullish(),
    status: z.enum(ACTION_STATUSES).nullish(),
    indicator: longText.nullish(),
    target: longText.nullish(),
    jointCommitment: z.boolean().nullish(),
    linkedRecommendationIds: recommendationIds.nullish(),
  })
  .refine((v) => datesInOrder({ start: v.startDate, end: v.dueDate }), {
    path: ['dueDate'],
    message: 'The due date cannot be before the start date',
  });

/**
 * One value of each action field. Non-nullable columns refuse null; dates accept null (no date).
 * Used for both `changes` and `base` of updateAction.
 */
export const actionFields = z
  .object({
    title,
    responsibleOrganisationId: id('organisation'),
    contributingOrganisationIds: organisationIds,
    startDate: localDate.nullable(),
    dueDate: localDate.nullable(),
    status: z.enum(ACTION_STATUSES),
    indicator: longText,
    target: longText,
    jointCommitment: z.boolean(),
    linkedRecommendationIds: recommendationIds,
    priorityId: id('priority'),
    position: z.number().int().min(0),
  })
  .partial()
  .strict();
export type ActionFields = z.infer<typeof actionFields>;
export type ActionField = keyof ActionFields;

export const updateActionInput = z.object({ id: z.string(), changes: actionFields, base: actionFields });

export const commentInput = z.object({
  workplanId: z.string(),
  actionId: z.string().nullish(),
  documentName: z.string().max(100).nullish(),
  anchor: z
    .object({ from: z.unknown(), to: z.unknown() })
    .strict()
    .refine((a) => JSON.stringify(a).length <= 2_000, 'The anchor is too large')
    .nullish(),
  quote: z.string().max(2_000).nullish(),
  body: z.string().trim().min(1).max(10_000),
  mentionUserIds: z.array(id('user')).max(50).nullish(),
});

export const versionNameInput = z.object({ workplanId: z.string(), name: z.string().trim().min(1).max(200) });
export const restoreVersionInput = z.object({ workplanId: z.string(), versionId: z.string() });
