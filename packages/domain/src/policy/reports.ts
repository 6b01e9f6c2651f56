import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import { readsPersonalData } from './evidence.ts';
import type { OrganisationProfile, RecordFacts } from './records.ts';
import { canReadRecord, organisationCanRead } from './records.ts';

/** The versions of a visit report, each derived by the policy from the same records. */
export const REPORT_VERSIONS = ['CONFIDENTIAL', 'AUTHORITY', 'PUBLIC'] as const;
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

/**
 * Whom a version is written for, as the policy evaluates them:
 * - CONFIDENTIAL: the visit's owner organisation (its visit team reads personal data);
 * - AUTHORITY: one addressee authority (each gets the recommendations addressed to it);
 * - PUBLIC: everyone, signed out included.
 */
export type ReportAudience =
  | { version: 'CONFIDENTIAL'; organisation: OrganisationProfile }
  | { version: 'AUTHORITY'; organisation: OrganisationProfile }
  | { version: 'PUBLIC' };

/** What the policy needs to decide who may download a version of a visit report. */
export interface VisitReportFacts {
  version: ReportVersion;
  /** The visit itself. */
  visit: RecordFacts;
  /**
   * The authorities the report addresses, among what the downloader reads: addressees of the
   * visit's recommendations and authorities responsible for its places.
   */
  authorityIds: readonly string[];
  /** For AUTHORITY: the authority this copy is for; null otherwise. */
  audienceAuthorityId: string | null;
  /**
   * SPT_CONFIDENTIAL material of the visit (the visit itself or its findings and recommendations)
   * that the State has not authorised, among what the downloader reads (so the answer never tells
   * anyone that material they cannot read exists).
   */
  unauthorisedSptContent: boolean;
}

/**
 * Who may download a version (and see its preview). A version a person may not download does not
 * exist for them: NOT_FOUND, like a missing visit.
 */
export function canDownloadVisitReport(actor: Actor | null, facts: VisitReportFacts): boolean {
  if (!canReadRecord(actor, facts.visit)) return false;
  const inOwner = actor !== null && membershipIn(actor, facts.visit.ownerOrganisationId) !== undefined;
  switch (facts.version) {
    case 'CONFIDENTIAL':
      return inOwner;
    case 'AUTHORITY': {
      const target = facts.audienceAuthorityId;
      if (target === null || !facts.authorityIds.includes(target) || actor === null) return false;
      return inOwner || membershipIn(actor, target)?.organisationKind === 'STATE_AUTHORITY';
    }
    case 'PUBLIC':
      // Art. 16(2): nothing of an SPT visit is published before the State authorises it.
      return !facts.unauthorisedSptContent;
  }
}

/** Whether the version's audience may read a record: the same read rule as everywhere, applied to them. */
export function audienceReadsRecord(audience: ReportAudience, record: RecordFacts): boolean {
  if (audience.version === 'PUBLIC') return canReadRecord(null, record);
  return organisationCanRead(audience.organisation, record);
}

/** Facts for putting one record into a version. */
export type ReportRecordFacts = RecordFacts & {
  audience: ReportAudience;
  /** Recommendations only go to an authority when addressed to it. */
  recordType: 'VISIT' | 'PLACE' | 'FINDING' | 'RECOMMENDATION';
};

/**
 * A record goes into a version only if the downloader reads it and the version's audience reads
 * it; an authority's copy carries only the recommendations addressed to that authority.
 */
export function canIncludeInReport(actor: Actor | null, facts: ReportRecordFacts): boolean {
  if (!canReadRecord(actor, facts) || !audienceReadsRecord(facts.audience, facts)) return false;
  if (facts.audience.version === 'AUTHORITY' && facts.recordType === 'RECOMMENDATION') {
    return facts.addresseeOrganisationId === facts.audience.organisation.id;
  }
  return true;
}

/**
 * Personal data (identity, contact, medical notes, at-risk flag, welfare checks) goes only into the
 * owner organisation's confidential version, and only when the downloader is on the visit team
 * (art. 21(2) OPCAT). Authority and public versions carry pseudonyms at most.
 */
export function canIncludePersonalDataInReport(
  actor: Actor | null,
  facts: ReportRecordFacts & { visitTeamUserIds: readonly string[] },
): boolean {
  return (
    facts.audience.version === 'CONFIDENTIAL' &&
    facts.audience.organisation.id === facts.ownerOrganisationId &&
    canIncludeInReport(actor, facts) &&
    readsPersonalData(actor, facts)
  );
}
