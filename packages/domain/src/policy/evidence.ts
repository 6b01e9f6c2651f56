import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { canExportRecord, canReadRecord, canUpdateRecord } from './records.ts';

/** What the policy needs to know about one evidence file: its finding, that finding's visit team, the file's flag. */
export interface EvidenceFacts extends RecordFacts {
  /** The owner organisation's visit team for the finding's visit. */
  visitTeamUserIds: readonly string[];
  /** Set by the uploader (on by default): the file names or shows a person (art. 21(2) OPCAT). */
  containsPersonalData: boolean;
}

/** Art. 21(2): personal data is for the owner organisation's visit team only. */
export function readsPersonalData(actor: Actor | null, facts: RecordFacts & { visitTeamUserIds: readonly string[] }) {
  return (
    actor !== null &&
    membershipIn(actor, facts.ownerOrganisationId) !== undefined &&
    facts.visitTeamUserIds.includes(actor.userId)
  );
}

const personalDataCleared = (actor: Actor | null, facts: EvidenceFacts) =>
  !facts.containsPersonalData || readsPersonalData(actor, facts);

/**
 * Every reader of the finding learns how many files it has: a flagged file shows to others as
 * "withheld (personal data)", without name, type, size, digest or id. Interviewees' pseudonyms are
 * already visible to them, so that interviews took place is no secret; what was said and who said it is.
 */
export function canSeeEvidenceExists(actor: Actor | null, facts: EvidenceFacts): boolean {
  return canReadRecord(actor, facts);
}

/** Name, type, size, digest and id: the finding's readers for an unflagged file, its visit team for a flagged one. */
export function canSeeEvidenceMetadata(actor: Actor | null, facts: EvidenceFacts): boolean {
  return canReadRecord(actor, facts) && personalDataCleared(actor, facts);
}

/** The bytes: those who may export the finding, and for a flagged file only if they are also on its visit team. */
export function canDownloadEvidence(actor: Actor | null, facts: EvidenceFacts): boolean {
  return canExportRecord(actor, facts) && personalDataCleared(actor, facts);
}

/**
 * Turning the flag on or off after the upload: those who may update the finding and see the file.
 * Seeing it matters: an owner editor off the visit team could otherwise clear the flag and read the file.
 */
export function canSetEvidencePersonalData(actor: Actor | null, facts: EvidenceFacts): boolean {
  return canUpdateRecord(actor, facts) && canSeeEvidenceMetadata(actor, facts);
}
