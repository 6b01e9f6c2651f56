/** Organisation kinds from the product brief (docs: shared/domain.md, "Who uses opcat-hub"). */
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

/** How a National Preventive Mechanism is set up in its country. */
export const NPM_MODELS = [
  'WITHIN_NHRI',
  'WITHIN_OMBUDS',
  'OMBUDS_PLUS_CSOS',
  'SPECIALISED_BODY',
  'MULTIPLE_BODIES',
] as const;
export type NpmModel = (typeof NPM_MODELS)[number];

/** Roles inside an organisation, from most to least powerful. */
export const ROLES = ['ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const WORKING_GROUP_KINDS = ['NATIONAL_WORKING_GROUP', 'NPM_TECHNICAL_COMMITTEE', 'REGIONAL_NETWORK'] as const;
export type WorkingGroupKind = (typeof WORKING_GROUP_KINDS)[number];

export const WORKING_GROUP_ROLES = ['CHAIR', 'MEMBER', 'OBSERVER'] as const;
export type WorkingGroupRole = (typeof WORKING_GROUP_ROLES)[number];

/** UI languages: Spanish first (Latin America), then English; French and Portuguese are next. */
export const LOCALES = ['es', 'en', 'fr', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** ISO 3166-1 alpha-2, upper case. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** Who may read a shareable record (see the brief, "Confidentiality"). */
export const CLASSIFICATIONS = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
