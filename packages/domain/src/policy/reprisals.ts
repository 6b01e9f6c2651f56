import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';

/** Monitoring bodies whose people talk to detainees, and so may have to report reprisals against them. */
const REPORTING_KINDS: readonly OrganisationKind[] = ['NPM', 'LOCAL_PM', 'NHRI', 'CSO'];
const WRITE_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];

/** What the policy needs to know about a reprisal incident. */
export interface ReprisalFacts {
  ownerOrganisationId: string;
  /** The only users who may read the incident. */
  namedUserIds: readonly string[];
}

/** The SQL filter for listing incidents: those naming the actor (nobody else reads them). */
export function reprisalReadScope(actor: Actor | null): { namedUserId: string | null } {
  return { namedUserId: actor?.userId ?? null };
}

/** Report an incident on behalf of an organisation: its ADMINs and EDITORs, if it is a monitoring body. */
export function canReportReprisal(actor: Actor | null, organisationId: string): boolean {
  const membership = actor ? membershipIn(actor, organisationId) : undefined;
  return (
    membership !== undefined &&
    REPORTING_KINDS.includes(membership.organisationKind) &&
    WRITE_ROLES.includes(membership.role)
  );
}

/** Change an incident: named on it and ADMIN or EDITOR of the organisation that owns it. */
export function canUpdateReprisal(actor: Actor | null, facts: ReprisalFacts): boolean {
  if (!actor || !facts.namedUserIds.includes(actor.userId)) return false;
  const role = membershipIn(actor, facts.ownerOrganisationId)?.role;
  return role !== undefined && WRITE_ROLES.includes(role);
}
