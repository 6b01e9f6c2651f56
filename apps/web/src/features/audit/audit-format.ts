import type { RecordType } from '../../lib/enums.ts';

/** The actions the server records (apps/server audit/append-audit.ts), for the filter and their names. */
export const AUDIT_ACTIONS = [
  'auth.signIn',
  'auth.signInFailed',
  'auth.signOut',
  'auth.actingOrganisationChanged',
  'membership.added',
  'membership.roleChanged',
  'membership.removed',
  'record.readConfidential',
  'record.readPersonalData',
  'record.shared',
  'record.reclassified',
  'record.published',
  'record.exported',
  'reprisal.accessed',
  'invitation.issued',
  'invitation.accepted',
  'invitation.refused',
  'auth.secondFactorFailed',
  'auth.recoveryCodeUsed',
  'auth.twoFactorEnrolled',
  'auth.recoveryCodesRegenerated',
  'organisation.twoFactorRequirementChanged',
  'membership.twoFactorReset',
  'auth.passkeyAdded',
  'auth.passkeyRemoved',
  'organisation.ssoConfigured',
  'membership.joinedBySso',
  'auth.twoFactorDisabled',
  'platform.adminGranted',
  'organisation.created',
  'organisation.hostInstitutionChanged',
  'joinRequest.received',
  'joinRequest.approved',
  'joinRequest.rejected',
  'workingGroup.created',
  'workingGroup.invited',
  'workingGroup.invitationAccepted',
  'workingGroup.invitationDeclined',
  'workingGroup.standingChanged',
  'workingGroup.organisationRemoved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string | null | undefined): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}

/**
 * An entry's details on one line: `key: value` pairs, nested values as JSON, long lists shortened.
 * Details never hold the content read, only ids and names of what changed.
 */
export function compactDetails(details: unknown, maxLength = 160): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object' || Array.isArray(details)) return clip(JSON.stringify(details), maxLength);
  const parts = Object.entries(details).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return clip(parts.join(', '), maxLength);
}

function clip(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

const RECORD_PATHS: Partial<Record<RecordType, string>> = {
  PLACE: '/places',
  VISIT: '/visits',
  FINDING: '/findings',
  RECOMMENDATION: '/recommendations',
};

/** Where the subject of an entry can be opened in the app, when it is a page of its own. */
export function subjectPath(subjectType: string | null, subjectId: string | null): string | null {
  if (!subjectType || !subjectId) return null;
  if (subjectType === 'reprisal') return `/reprisals/${subjectId}`;
  const base = RECORD_PATHS[subjectType as RecordType];
  return base ? `${base}/${subjectId}` : null;
}

export type ChainBreak = 'missing' | 'link' | 'altered' | 'other';

/** The kind of break the verifier reported (its reason is English text), so it can be explained in the UI language. */
export function chainBreakKind(reason: string | null): ChainBreak {
  if (!reason) return 'other';
  if (/missing/i.test(reason)) return 'missing';
  if (/previous-hash|link/i.test(reason)) return 'link';
  if (/altered|does not match its hash/i.test(reason)) return 'altered';
  return 'other';
}

/** Kinds of subject entries name (records by their RecordType, the rest in lower case). */
export const SUBJECT_TYPES = [
  'session',
  'membership',
  'reprisal',
  'PLACE',
  'VISIT',
  'FINDING',
  'RECOMMENDATION',
  'WORKPLAN',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export function isSubjectType(value: string | null | undefined): value is SubjectType {
  return SUBJECT_TYPES.some((type) => type === value);
}
