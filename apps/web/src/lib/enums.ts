// Runtime lists of the schema enums the UI iterates over (selects, translations).
// enums.test.ts keeps them equal to packages/graphql's schema.

export const ROLES = ['ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'NPM',
  'LOCAL_PM',
  'NHRI',
  'CSO',
  'STATE_AUTHORITY',
  'SPT',
  'OHCHR',
  'PARTNER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const WORKING_GROUP_KINDS = ['NATIONAL_WORKING_GROUP', 'NPM_TECHNICAL_COMMITTEE', 'REGIONAL_NETWORK'] as const;
export type WorkingGroupKind = (typeof WORKING_GROUP_KINDS)[number];

export const WORKING_GROUP_ROLES = ['CHAIR', 'MEMBER', 'OBSERVER'] as const;
export type WorkingGroupRole = (typeof WORKING_GROUP_ROLES)[number];

export const NPM_MODELS = [
  'WITHIN_NHRI',
  'WITHIN_OMBUDS',
  'OMBUDS_PLUS_CSOS',
  'SPECIALISED_BODY',
  'MULTIPLE_BODIES',
] as const;
export type NpmModel = (typeof NPM_MODELS)[number];

export const USER_ERROR_CODES = [
  'ALREADY_MEMBER',
  'CONFLICT',
  'FORBIDDEN_CHANGE',
  'INVALID',
  'INVALID_CREDENTIALS',
  'INVALID_TRANSITION',
  'LAST_ADMIN',
  'NOT_FOUND',
  'RATE_LIMITED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export function isRole(value: string | null | undefined): value is Role {
  return ROLES.some((role) => role === value);
}

// The visit cycle (places, visits, findings) and the confidentiality model (monitoring screens).

export const CLASSIFICATIONS = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const RECORD_TYPES = ['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION', 'WORKPLAN'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const PLACE_TYPES = [
  'POLICE_CUSTODY',
  'COURT_CELLS',
  'PRETRIAL_DETENTION',
  'PRISON',
  'JUVENILE_DETENTION',
  'IMMIGRATION_DETENTION',
  'TRANSIT_ZONE',
  'PSYCHIATRIC_INSTITUTION',
  'SOCIAL_CARE_HOME',
  'ELDERLY_CARE_HOME',
  'CHILDRENS_HOME',
  'MILITARY_DETENTION',
  'OTHER',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const PLACE_STATUSES = ['OPERATING', 'TEMPORARILY_CLOSED', 'CLOSED'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export const VISIT_TYPES = [
  'IN_DEPTH',
  'THEMATIC',
  'AD_HOC',
  'FOLLOW_UP',
  'SPT_REGULAR',
  'SPT_FOLLOW_UP',
  'SPT_NPM_ADVISORY',
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** The visit lifecycle, in order. */
export const VISIT_STATUSES = ['PLANNED', 'ON_SITE', 'REPORTING', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const EXPERTISES = ['LAW', 'MEDICINE', 'PSYCHOLOGY', 'SOCIAL_WORK', 'INTERPRETATION', 'OTHER'] as const;
export type Expertise = (typeof EXPERTISES)[number];

export const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'] as const;
export type Gender = (typeof GENDERS)[number];

export const MONITORING_AREAS = [
  'TREATMENT',
  'PROTECTION_MEASURES',
  'MATERIAL_CONDITIONS',
  'REGIME_AND_ACTIVITIES',
  'HEALTH_CARE',
  'PERSONNEL',
] as const;
export type MonitoringArea = (typeof MONITORING_AREAS)[number];

export const VULNERABILITIES = [
  'WOMEN',
  'CHILDREN',
  'PERSONS_WITH_DISABILITIES',
  'LGBTI',
  'INDIGENOUS_MINORITIES',
  'MIGRANTS',
  'OLDER_PERSONS',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const FINDING_SOURCES = [
  'AUTHORITIES_AND_STAFF',
  'PERSONS_DEPRIVED_OF_LIBERTY',
  'OTHER_SOURCES',
  'DIRECT_OBSERVATION',
  'REGISTERS',
] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

// Recommendation tracking and reprisals (tracker screens).

export const RECOMMENDATION_SOURCES = [
  'NPM_VISIT_REPORT',
  'NPM_THEMATIC_OR_ANNUAL_REPORT',
  'SPT_REPORT',
  'OTHER',
] as const;
export type RecommendationSource = (typeof RECOMMENDATION_SOURCES)[number];

export const RECOMMENDATION_LEVELS = ['PLACE', 'POLICY', 'LEGISLATIVE', 'INSTITUTIONAL'] as const;
export type RecommendationLevel = (typeof RECOMMENDATION_LEVELS)[number];

export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ACCEPTANCES = ['PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED'] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];

export const IMPLEMENTATION_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'PARTIALLY_IMPLEMENTED',
  'IMPLEMENTED',
  'NOT_IMPLEMENTED',
  'NO_LONGER_APPLICABLE',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const STATUS_PERSPECTIVES = ['STATE_REPORTED', 'MONITOR_ASSESSED'] as const;
export type StatusPerspective = (typeof STATUS_PERSPECTIVES)[number];

export const STATUS_ENTRY_KINDS = ['ACCEPTANCE', 'STATE_REPORTED', 'MONITOR_ASSESSED'] as const;
export type StatusEntryKind = (typeof STATUS_ENTRY_KINDS)[number];

export const FOLLOW_UP_KINDS = [
  'FOLLOW_UP_VISIT',
  'WRITTEN_REQUEST',
  'MEETING',
  'PUBLIC_STATEMENT',
  'REFERRAL',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const RECOMMENDATION_SORTS = ['ISSUED_DESC', 'DUE_ASC', 'PRIORITY_DESC', 'REFERENCE'] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];

export const REPRISAL_FORMS = [
  'THREATS',
  'INTIMIDATION',
  'PHYSICAL_VIOLENCE',
  'DISCIPLINARY_SANCTION',
  'TRANSFER',
  'DENIAL_OF_RIGHTS_OR_BENEFITS',
  'SOLITARY_CONFINEMENT',
  'OTHER',
] as const;
export type ReprisalForm = (typeof REPRISAL_FORMS)[number];

export const REPRISAL_STATUSES = ['REPORTED', 'UNDER_FOLLOW_UP', 'RESOLVED', 'CLOSED'] as const;
export type ReprisalStatus = (typeof REPRISAL_STATUSES)[number];

/** Narrows a string (a select's value, a URL parameter) to one of an enum's values. */
export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return values.some((candidate) => candidate === value);
}
