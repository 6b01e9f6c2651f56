// The scaffold of the policy matrix tests (test-only: nothing in src/index.ts exports it).
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor, ActorWorkingGroup } from '../policy/actor.ts';

/** How the actor stands to the organisation an action is about. */
export type Relation = 'own organisation' | 'other organisation' | 'signed out';
export const RELATIONS: readonly Relation[] = ['own organisation', 'other organisation', 'signed out'];

/** The organisation a relation names: the actor's own is `own`. */
export const organisationFor = (relation: Relation): string => (relation === 'own organisation' ? 'own' : 'other');

/** Any actor field may be replaced; `organisationId` and `countryCode` are those of the one membership. */
export interface MemberOptions {
  userId?: string;
  organisationId?: string;
  countryCode?: string | null;
  workingGroups?: ActorWorkingGroup[];
  platformAdmin?: boolean;
}

/** A signed-in person with one membership: `role` in organisation `own` (country CV) of `kind`, in no working group. */
export function memberOf(kind: OrganisationKind, role: Role, options: MemberOptions = {}): Actor {
  const { userId = 'u1', organisationId = 'own', countryCode = 'CV', workingGroups = [], platformAdmin } = options;
  return {
    userId,
    sessionId: 's1',
    memberships: [{ organisationId, organisationKind: kind, countryCode, role }],
    workingGroups,
    ...(platformAdmin === undefined ? {} : { platformAdmin }),
  };
}

/** `memberOf(kind, role)` of the organisation `own`, or nobody when signed out. */
export const actorFor = (kind: OrganisationKind, role: Role, relation: Relation, options: MemberOptions = {}) =>
  relation === 'signed out' ? null : memberOf(kind, role, options);

type Cell<D extends readonly (readonly unknown[])[]> = { -readonly [K in keyof D]: D[K][number] };

/**
 * Every combination of the dimensions, in their order (the first varies slowest), each row ending
 * with what `expected` answers for it: the rows of an `it.each` table.
 */
export function matrix<const D extends readonly (readonly unknown[])[]>(
  dimensions: D,
  expected: (...cell: Cell<D>) => boolean,
): [...Cell<D>, boolean][] {
  let cells: unknown[][] = [[]];
  for (const values of dimensions) cells = cells.flatMap((cell) => values.map((value) => [...cell, value]));
  return cells.map((cell) => [...cell, expected(...(cell as Cell<D>))] as [...Cell<D>, boolean]);
}

/** Every organisation kind × role × relation, with the expected answer. */
export const organisationMatrix = (expected: (kind: OrganisationKind, role: Role, relation: Relation) => boolean) =>
  matrix([ORGANISATION_KINDS, ROLES, RELATIONS], expected);
