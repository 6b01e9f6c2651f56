import type { Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { canReadRecord, canUpdateRecord } from './records.ts';

/** A recommendation as the art. 22 dialogue rules see it: a record plus the authority it is addressed to. */
export type RecommendationFacts = RecordFacts & { addresseeOrganisationId: string };

const SPEAKING_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];

/**
 * The addressee authority speaks in the dialogue (responds, reports its own implementation status):
 * an ADMIN or EDITOR of that authority who can read the recommendation. A role never widens reading.
 */
export function canSpeakForAddressee(actor: Actor | null, facts: RecommendationFacts): boolean {
  if (!actor) return false;
  const role = membershipIn(actor, facts.addresseeOrganisationId)?.role;
  return role !== undefined && SPEAKING_ROLES.includes(role) && canReadRecord(actor, facts);
}

/** The monitor's own assessment and follow-up belong to whoever may edit the recommendation (its owner). */
export function canAssessRecommendation(actor: Actor | null, facts: RecordFacts): boolean {
  return canUpdateRecord(actor, facts);
}

/** How long authorities have to respond is set by an ADMIN of an NPM of that country. */
export function canConfigureResponsePeriod(actor: Actor | null, countryCode: string): boolean {
  return (
    actor !== null &&
    actor.memberships.some((m) => m.organisationKind === 'NPM' && m.countryCode === countryCode && m.role === 'ADMIN')
  );
}
