import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import type { OrganisationKind } from '../enums.ts';

/**
 * Where a session stands. Only a `COMPLETE` session carries an actor; the others may call the
 * second-step or enrolment operations and nothing else, on every transport.
 */
export type SessionStage = 'COMPLETE' | 'SECOND_FACTOR' | 'ENROLMENT_REQUIRED';

/** The facts of a session that decide its stage, read fresh for every operation. */
export interface SessionStageFacts {
  /** The password was right but the account has two-factor on and the code has not been given yet. */
  secondFactorPending: boolean;
  /** The person has a confirmed authenticator. */
  enrolled: boolean;
  /** At least one of the person's organisations requires two-factor for its members. */
  requiredByAnOrganisation: boolean;
}

/**
 * A password alone never opens a session of a person who enrolled; a person whose organisation
 * requires two-factor reaches nothing but the enrolment until they enrolled.
 */
export function sessionStage(facts: SessionStageFacts): SessionStage {
  if (facts.secondFactorPending) return 'SECOND_FACTOR';
  if (facts.requiredByAnOrganisation && !facts.enrolled) return 'ENROLMENT_REQUIRED';
  return 'COMPLETE';
}

/**
 * Organisations created from now on require two-factor when they hold the most sensitive records
 * (NPMs and the SPT: witnesses' identities, SPT-confidential reports). Their admins may turn it off.
 */
export function requiresTwoFactorByDefault(kind: OrganisationKind): boolean {
  return kind === 'NPM' || kind === 'SPT';
}

/** Require two-factor of an organisation's members, or reset a member's: the organisation's ADMINs. */
export function canManageTwoFactor(actor: Actor | null, organisationId: string): boolean {
  return actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';
}

/**
 * Reset a member's two-factor: an ADMIN of an organisation the member belongs to, and never their
 * own (an admin who lost their device asks another admin, so one stolen password cannot do it).
 */
export function canResetMemberTwoFactor(
  actor: Actor | null,
  facts: { organisationId: string; memberUserId: string; memberOrganisationIds: readonly string[] },
): boolean {
  return (
    canManageTwoFactor(actor, facts.organisationId) &&
    facts.memberOrganisationIds.includes(facts.organisationId) &&
    actor?.userId !== facts.memberUserId
  );
}
