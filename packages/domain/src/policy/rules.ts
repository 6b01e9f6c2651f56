import type { Actor } from './actor.ts';
import { membershipIn, organisationIds } from './actor.ts';

/**
 * Every action the product knows, with the facts its rule needs.
 * A new action lands here with its rule and its rows in policy.matrix.test.ts.
 */
export interface ActionFacts {
  /** See an organisation's public profile (name, kind, country). */
  'organisation:read': { organisationId: string };
  /** See who belongs to an organisation and with which role. */
  'organisation:readMembers': { organisationId: string };
  /** Add, re-role or remove members of an organisation. */
  'organisation:manageMembers': { organisationId: string };
  /** See a working group, its member organisations and their roles. */
  'workingGroup:read': { workingGroupId: string; memberOrganisationIds: readonly string[] };
  /** Follow membership changes of an organisation live. */
  'organisation:subscribeMembers': { organisationId: string };
}
export type Action = keyof ActionFacts;

type Rule<A extends Action> = (actor: Actor | null, facts: ActionFacts[A]) => boolean;

const isMember = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId) !== undefined;

const isAdmin = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';

export const rules: { [A in Action]: Rule<A> } = {
  // The directory of organisations is shared knowledge between signed-in partners.
  'organisation:read': (actor) => actor !== null,
  'organisation:readMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'organisation:manageMembers': (actor, { organisationId }) => isAdmin(actor, organisationId),
  'organisation:subscribeMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'workingGroup:read': (actor, { memberOrganisationIds }) =>
    actor !== null && organisationIds(actor).some((id) => memberOrganisationIds.includes(id)),
};
