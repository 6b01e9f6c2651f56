import type { Classification, OrganisationKind, Role } from '../enums.ts';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';

/**
 * THE REVIEWED TABLE: who may do what with a shareable record, written out declaratively from the
 * brief's confidentiality model, independently of the rule code in records.ts. Tests run every
 * cell of it against the policy and, over the GraphQL API, against the real database.
 *
 * Fixture the relations refer to: a record of country XV owned by organisation O (an SPT for
 * SPT_CONFIDENTIAL records, which only the SPT may own), in working group W, shared with S.
 * The actor belongs to one organisation of the given kind and role, related to the record as:
 */
export const RELATIONS = [
  /** the actor's organisation is O */
  'OWN_ORGANISATION',
  /** a member of W, of country XV, not O, not named in the share */
  'SAME_WORKING_GROUP',
  /** of country XV, not in W, not named */
  'SAME_COUNTRY',
  /** of another country, not in W, not named */
  'OTHER_COUNTRY',
  /** named in the record's share list (S), of country XV, not in W */
  'NAMED_IN_SHARE',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const OPERATIONS = ['read', 'list', 'count', 'update', 'share', 'reclassify', 'comment', 'export'] as const;
/** `reclassify` here means narrowing the record to ORGANISATION; widening has its own unit tests. */
export type Operation = (typeof OPERATIONS)[number];

interface Grant {
  relations: readonly Relation[];
  kinds: readonly OrganisationKind[];
  roles: readonly Role[];
}

const ALL_RELATIONS = RELATIONS;
const ALL_KINDS = ORGANISATION_KINDS;
const ALL_ROLES = ROLES;
const WRITERS: Role[] = ['ADMIN', 'EDITOR'];
const COMMENTERS: Role[] = ['ADMIN', 'EDITOR', 'CONTRIBUTOR'];
const OWN: Relation[] = ['OWN_ORGANISATION'];

const grant = (
  relations: readonly Relation[],
  roles: readonly Role[],
  kinds: readonly OrganisationKind[] = ALL_KINDS,
) => ({
  relations,
  kinds,
  roles,
});

/**
 * Operations that follow from reading, given who reads; `named`: whether a share list decides readers;
 * `discussants`: who takes part in its comments (its readers, unless it reaches them only by being PUBLIC).
 */
function ordinary(
  readers: readonly Relation[],
  named = true,
  discussants: readonly Relation[] = readers,
): Record<Operation, Grant[]> {
  return {
    read: [grant(readers, ALL_ROLES)],
    list: [grant(readers, ALL_ROLES)],
    count: [grant(readers, ALL_ROLES)],
    update: [grant(OWN, WRITERS)],
    share: named ? [grant(OWN, ['ADMIN'])] : [],
    reclassify: [grant(OWN, WRITERS)],
    comment: [grant(discussants, COMMENTERS)],
    export: [grant(readers, WRITERS)],
  };
}

// SPT_CONFIDENTIAL: the SPT (owner), the State authorities of XV, and XV's NPM when the SPT named it.
const SPT_READERS: Grant[] = [
  grant(OWN, ALL_ROLES, ['SPT']),
  grant(['SAME_WORKING_GROUP', 'SAME_COUNTRY', 'NAMED_IN_SHARE'], ALL_ROLES, ['STATE_AUTHORITY', 'SPT']),
  grant(['NAMED_IN_SHARE'], ALL_ROLES, ['NPM']),
  // Another SPT member organisation anywhere also reads it: the SPT is one body.
  grant(['OTHER_COUNTRY'], ALL_ROLES, ['SPT']),
];
const sptWith = (roles: readonly Role[]) =>
  SPT_READERS.map((g) => ({ ...g, roles: g.roles.filter((r) => roles.includes(r)) }));

export const CONFIDENTIALITY_ORACLE: Record<Classification, Record<Operation, Grant[]>> = {
  // Everyone reads it; its discussion stays with its owner, its working group and those it was shared with.
  PUBLIC: ordinary(ALL_RELATIONS, false, ['OWN_ORGANISATION', 'SAME_WORKING_GROUP', 'NAMED_IN_SHARE']),
  WORKING_GROUP: ordinary(['OWN_ORGANISATION', 'SAME_WORKING_GROUP'], false),
  SHARED: ordinary(['OWN_ORGANISATION', 'NAMED_IN_SHARE']),
  ORGANISATION: ordinary(OWN),
  SPT_CONFIDENTIAL: {
    read: SPT_READERS,
    list: SPT_READERS,
    count: SPT_READERS,
    update: [grant(OWN, WRITERS, ['SPT'])],
    share: [grant(OWN, ['ADMIN'], ['SPT'])],
    reclassify: [grant(OWN, WRITERS, ['SPT'])],
    // The SPT (one body) and those it shared the record with; not the State authorities it reports to.
    comment: [
      grant(ALL_RELATIONS, COMMENTERS, ['SPT']),
      grant(['NAMED_IN_SHARE'], COMMENTERS, ['STATE_AUTHORITY', 'NPM']),
    ],
    export: sptWith(WRITERS),
  },
};

/** Only an SPT may own an SPT_CONFIDENTIAL record: such cells do not exist. */
export function cellExists(classification: Classification, relation: Relation, kind: OrganisationKind): boolean {
  return !(classification === 'SPT_CONFIDENTIAL' && relation === 'OWN_ORGANISATION' && kind !== 'SPT');
}

export function oracleAllows(
  classification: Classification,
  operation: Operation,
  relation: Relation,
  kind: OrganisationKind,
  role: Role,
): boolean {
  return CONFIDENTIALITY_ORACLE[classification][operation].some(
    (g) => g.relations.includes(relation) && g.kinds.includes(kind) && g.roles.includes(role),
  );
}
