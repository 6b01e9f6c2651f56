import type { OrganisationKind, Role, WorkingGroupRole } from '../enums.ts';

/** One organisation the actor belongs to, with what the policy needs to know about it. */
export interface ActorMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  countryCode: string | null;
  role: Role;
}

/** A working group one of the actor's organisations belongs to. */
export interface ActorWorkingGroup {
  workingGroupId: string;
  organisationId: string;
  role: WorkingGroupRole;
}

/** The signed-in person as the policy sees them: plain facts, loaded once per operation. */
export interface Actor {
  userId: string;
  sessionId: string;
  memberships: readonly ActorMembership[];
  workingGroups: readonly ActorWorkingGroup[];
  /**
   * Runs the platform (creates organisations, decides requests to join, links host institutions).
   * It opens no organisation's records: no rule about records, members or mail looks at it.
   */
  platformAdmin?: boolean;
}

export function membershipIn(actor: Actor, organisationId: string): ActorMembership | undefined {
  return actor.memberships.find((m) => m.organisationId === organisationId);
}

export function organisationIds(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organisationId);
}

export function workingGroupIds(actor: Actor): string[] {
  return [...new Set(actor.workingGroups.map((w) => w.workingGroupId))];
}
