import { z } from 'zod';
import {
  ACCEPTANCES,
  ACTION_STATUSES,
  CLASSIFICATIONS,
  IMPLEMENTATION_STATUSES,
  MONITORING_AREAS,
  PLACE_STATUSES,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_SOURCES,
  SEVERITIES,
  VISIT_STATUSES,
} from '@opcat/domain';

const id = z.string().max(100);
const text = z.string().max(200);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The filters each list accepts, as on screen: the same fields as the list's GraphQL filter input
 * (the list function validates them again). Unknown fields are refused, so a typo is not an
 * unfiltered export.
 */
export const EXPORT_FILTERS = {
  places: z
    .object({
      search: text.nullish(),
      types: z.array(z.enum(PLACE_TYPES)).max(PLACE_TYPES.length).nullish(),
      status: z.enum(PLACE_STATUSES).nullish(),
      countryCode: z.string().length(2).nullish(),
      responsibleAuthorityId: id.nullish(),
    })
    .strict(),
  visits: z
    .object({
      status: z.enum(VISIT_STATUSES).nullish(),
      placeId: id.nullish(),
      ownerOrganisationId: id.nullish(),
      from: date.nullish(),
      to: date.nullish(),
    })
    .strict(),
  findings: z
    .object({
      search: text.nullish(),
      visitId: id.nullish(),
      placeId: id.nullish(),
      monitoringArea: z.enum(MONITORING_AREAS).nullish(),
      severity: z.enum(SEVERITIES).nullish(),
      classification: z.enum(CLASSIFICATIONS).nullish(),
      goodPractice: z.boolean().nullish(),
      sort: z.enum(['NEWEST', 'SEVERITY', 'TITLE']).nullish(),
    })
    .strict(),
  recommendations: z
    .object({
      search: text.nullish(),
      acceptance: z.array(z.enum(ACCEPTANCES)).nullish(),
      stateStatus: z.array(z.enum(IMPLEMENTATION_STATUSES)).nullish(),
      monitorStatus: z.array(z.enum(IMPLEMENTATION_STATUSES)).nullish(),
      addresseeId: id.nullish(),
      theme: text.nullish(),
      placeTypes: z.array(z.enum(PLACE_TYPES)).nullish(),
      placeId: id.nullish(),
      findingId: id.nullish(),
      overdue: z.boolean().nullish(),
      source: z.enum(RECOMMENDATION_SOURCES).nullish(),
      priority: z.enum(PRIORITIES).nullish(),
      sort: z.enum(['ISSUED_DESC', 'DUE_ASC', 'PRIORITY_DESC', 'REFERENCE']).nullish(),
    })
    .strict(),
  'workplan-actions': z
    .object({
      workplanId: id.nullish(),
      responsibleOrganisationId: id.nullish(),
      status: z.array(z.enum(ACTION_STATUSES)).nullish(),
      dueBefore: date.nullish(),
      overdue: z.boolean().nullish(),
      jointCommitment: z.boolean().nullish(),
    })
    .strict(),
  reprisals: z.object({}).strict(),
  'audit-log': z.object({ organisationId: id, action: text.nullish() }).strict(),
} as const;

export type ExportListName = keyof typeof EXPORT_FILTERS;
export const EXPORT_LISTS = Object.keys(EXPORT_FILTERS) as ExportListName[];
export type ExportFilter<L extends ExportListName> = z.output<(typeof EXPORT_FILTERS)[L]>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportList(name: string): name is ExportListName {
  return Object.hasOwn(EXPORT_FILTERS, name);
}
