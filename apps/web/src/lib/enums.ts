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
