import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';

/**
 * Onboarding without a database seed (decision 0029): who runs the platform, who brings
 * organisations into a working group and who turns their own second factor off.
 *
 * The platform administrator's flag opens the platform's own work and nothing else: no rule about
 * records, members, mail, audit logs or working groups reads it, so a platform administrator who
 * belongs to no organisation reads what any signed-in outsider reads.
 */
export function isPlatformAdmin(actor: Actor | null): boolean {
  return actor?.platformAdmin === true;
}

const isAdminOf = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';

/** Whether one of the actor's organisations in which they are ADMIN holds the group's chair. */
export function chairsWorkingGroup(actor: Actor | null, workingGroupId: string): boolean {
  if (!actor) return false;
  return actor.workingGroups.some(
    (w) => w.workingGroupId === workingGroupId && w.role === 'CHAIR' && isAdminOf(actor, w.organisationId),
  );
}

/** Start a working group chaired by this organisation: its ADMINs. */
export function canCreateWorkingGroup(actor: Actor | null, organisationId: string): boolean {
  return isAdminOf(actor, organisationId);
}

/**
 * Accept or decline an invitation of this organisation to a working group: its ADMINs (joining a
 * group opens the group's records to every member, so the organisation itself decides).
 */
export function canRespondToGroupInvitation(actor: Actor | null, organisationId: string): boolean {
  return isAdminOf(actor, organisationId);
}

/**
 * Take an organisation out of a working group: the chair, or the organisation's own ADMINs (it
 * leaves). Whether the group keeps a chair is the command's check, not a permission.
 */
export function canRemoveFromWorkingGroup(
  actor: Actor | null,
  facts: { workingGroupId: string; organisationId: string; memberOrganisationIds: readonly string[] },
): boolean {
  if (!facts.memberOrganisationIds.includes(facts.organisationId)) return false;
  return chairsWorkingGroup(actor, facts.workingGroupId) || isAdminOf(actor, facts.organisationId);
}

/**
 * Turn one's own two-factor authentication off: the person themselves (with a current code, the
 * command's check), never while an organisation of theirs requires it.
 */
export function canDisableOwnTwoFactor(
  actor: Actor | null,
  facts: { userId: string; requiredByAnOrganisation: boolean },
): boolean {
  return actor !== null && actor.userId === facts.userId && !facts.requiredByAnOrganisation;
}
