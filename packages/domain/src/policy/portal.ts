import type { WorkingGroupKind } from '../enums.ts';
import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { canReadRecord, canUpdateRecord } from './records.ts';

/**
 * The public portal and its open data show a record only when an anonymous reader may read it,
 * whoever asks: a signed-in visitor sees the same portal (and caches can share its pages).
 * SPT material reaches it only once the State authorised its publication (it is then PUBLIC).
 */
export function canShowOnPortal(_actor: Actor | null, record: RecordFacts): boolean {
  return record.classification === 'PUBLIC' && canReadRecord(null, record);
}

/** What the policy needs to decide a publication to a network's good-practice exchange. */
export interface NetworkPracticeFacts {
  /** The organisation publishing (it owns the practice, and the finding it comes from if any). */
  ownerOrganisationId: string;
  workingGroupId: string;
  workingGroupKind: WorkingGroupKind;
  /** The finding the practice is taken from; null for a practice note written for the network. */
  source: RecordFacts | null;
}

/**
 * Publishing a practice to a regional network: an ADMIN or EDITOR of an organisation that is a
 * CHAIR or MEMBER of the network (observers read, they do not publish). Taken from a finding, the
 * finding must be the organisation's own and one the person may edit, and never SPT material
 * (art. 16 OPCAT keeps its readers). Only the practice is shared: the finding keeps its own
 * classification and nothing else of the owner's moves.
 */
export function canPublishToNetwork(actor: Actor | null, facts: NetworkPracticeFacts): boolean {
  if (!actor || facts.workingGroupKind !== 'REGIONAL_NETWORK') return false;
  const role = membershipIn(actor, facts.ownerOrganisationId)?.role;
  if (role !== 'ADMIN' && role !== 'EDITOR') return false;
  const networkMember = actor.workingGroups.some(
    (w) =>
      w.workingGroupId === facts.workingGroupId &&
      w.organisationId === facts.ownerOrganisationId &&
      (w.role === 'CHAIR' || w.role === 'MEMBER'),
  );
  if (!networkMember) return false;
  if (facts.source === null) return true;
  return (
    facts.source.ownerOrganisationId === facts.ownerOrganisationId &&
    facts.source.classification !== 'SPT_CONFIDENTIAL' &&
    canUpdateRecord(actor, facts.source)
  );
}
