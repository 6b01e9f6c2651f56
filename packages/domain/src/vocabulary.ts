/** The monitoring vocabulary shipped out of the box (shared/domain.md, "Vocabulary"). */

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

/** A visit moves one step forward, or one step back to correct a mistake; never jumps. */
export function canMoveVisit(from: VisitStatus, to: VisitStatus): boolean {
  const distance = VISIT_STATUSES.indexOf(to) - VISIT_STATUSES.indexOf(from);
  return distance === 1 || distance === -1;
}

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

/** Risk factors (examples from the field; the list is extensible). */
export const RISK_FACTORS = [
  'OVERCROWDING',
  'EXCESSIVE_PRETRIAL_DETENTION',
  'CORRUPTION',
  'NO_FAMILY_NOTIFICATION',
  'NO_ACCESS_TO_LAWYER',
  'NO_MEDICAL_EXAMINATION',
  'NO_INFORMATION_ON_RIGHTS',
  'UNRECORDED_DETENTION',
  'USE_OF_RESTRAINTS',
  'SOLITARY_CONFINEMENT',
  'STAFF_SHORTAGES',
  'NO_COMPLAINTS_MECHANISM',
  'NO_VIDEO_RECORDING_IN_CUSTODY',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

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

/** Whose view of implementation a status entry records: tracked twice, side by side. */
export const STATUS_PERSPECTIVES = ['STATE_REPORTED', 'MONITOR_ASSESSED'] as const;
export type StatusPerspective = (typeof STATUS_PERSPECTIVES)[number];

export const FOLLOW_UP_KINDS = [
  'FOLLOW_UP_VISIT',
  'WRITTEN_REQUEST',
  'MEETING',
  'PUBLIC_STATEMENT',
  'REFERRAL',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

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

/** Default days an authority has to answer a recommendation (art. 22 dialogue), unless the country sets another. */
export const DEFAULT_RESPONSE_DUE_DAYS = 60;

/** Evidence attachments: what the server accepts, checked against the file's own bytes. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'audio/mpeg', 'text/plain'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
