// Runtime lists of the schema enums the UI iterates over (selects, translations). The vocabularies
// are packages/domain's (one list for server and web); the few that only the API surface has are here.
// enums.test.ts keeps them all equal to packages/graphql's schema.
import { ROLES } from '@opcat/domain';
import type { Role } from '@opcat/domain';

export {
  ROLES,
  ORGANISATION_KINDS,
  WORKING_GROUP_KINDS,
  WORKING_GROUP_ROLES,
  NPM_MODELS,
  CLASSIFICATIONS,
  PLACE_TYPES,
  PLACE_STATUSES,
  VISIT_TYPES,
  VISIT_STATUSES,
  EXPERTISES,
  GENDERS,
  MONITORING_AREAS,
  VULNERABILITIES,
  FINDING_SOURCES,
  SEVERITIES,
  RECOMMENDATION_SOURCES,
  RECOMMENDATION_LEVELS,
  PRIORITIES,
  ACCEPTANCES,
  IMPLEMENTATION_STATUSES,
  STATUS_PERSPECTIVES,
  FOLLOW_UP_KINDS,
  REPRISAL_FORMS,
  REPRISAL_STATUSES,
} from '@opcat/domain';
export type {
  Role,
  OrganisationKind,
  WorkingGroupKind,
  WorkingGroupRole,
  NpmModel,
  Classification,
  PlaceType,
  PlaceStatus,
  VisitType,
  VisitStatus,
  Expertise,
  Gender,
  MonitoringArea,
  Vulnerability,
  FindingSource,
  Severity,
  RecommendationSource,
  RecommendationLevel,
  Priority,
  Acceptance,
  ImplementationStatus,
  StatusPerspective,
  FollowUpKind,
  ReprisalForm,
  ReprisalStatus,
} from '@opcat/domain';

export const USER_ERROR_CODES = [
  'ALREADY_DECIDED',
  'ALREADY_ENROLLED',
  'ALREADY_IN_GROUP',
  'ALREADY_MEMBER',
  'CONFLICT',
  'FORBIDDEN_CHANGE',
  'INVALID',
  'INVALID_CODE',
  'INVALID_CREDENTIALS',
  'INVALID_TRANSITION',
  'INVITATION_EXPIRED',
  'INVITATION_INVALID',
  'INVITATION_USED',
  'ISSUER_UNREACHABLE',
  'LAST_ADMIN',
  'LAST_CHAIR',
  'NOT_ENROLLED',
  'NOT_FOUND',
  'PASSKEY_UNAVAILABLE',
  'RATE_LIMITED',
  'SLUG_TAKEN',
  'TWO_FACTOR_REQUIRED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export function isRole(value: string | null | undefined): value is Role {
  return ROLES.some((role) => role === value);
}

export const RECORD_TYPES = ['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION', 'WORKPLAN'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const STATUS_ENTRY_KINDS = ['ACCEPTANCE', 'STATE_REPORTED', 'MONITOR_ASSESSED'] as const;
export type StatusEntryKind = (typeof STATUS_ENTRY_KINDS)[number];

export const RECOMMENDATION_SORTS = ['ISSUED_DESC', 'DUE_ASC', 'PRIORITY_DESC', 'REFERENCE'] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];

/** Narrows a string (a select's value, a URL parameter) to one of an enum's values. */
export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return values.some((candidate) => candidate === value);
}
