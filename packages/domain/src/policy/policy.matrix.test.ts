import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { Action } from './rules.ts';
import { abilitiesFor, authorize, can, PolicyDenied, workingGroupListScope } from './index.ts';

type Relation = 'own organisation' | 'other organisation' | 'signed out';

function actorOf(kind: OrganisationKind, role: Role): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organisationId: 'own', organisationKind: kind, countryCode: 'CV', role }],
    workingGroups: [{ workingGroupId: 'wg-own', organisationId: 'own', role: 'MEMBER' }],
  };
}

/** The reviewed table: what each role may do relative to an organisation, for every organisation kind. */
type OrganisationAction =
  | 'record:create'
  | 'organisation:read'
  | 'organisation:readMembers'
  | 'organisation:subscribeMembers'
  | 'organisation:manageMembers';
const expected: Record<OrganisationAction, (role: Role, relation: Relation) => boolean> = {
  'organisation:read': (_role, relation) => relation !== 'signed out',
  'organisation:readMembers': (_role, relation) => relation === 'own organisation',
  'organisation:subscribeMembers': (_role, relation) => relation === 'own organisation',
  'organisation:manageMembers': (role, relation) => relation === 'own organisation' && role === 'ADMIN',
  'record:create': (role, relation) => relation === 'own organisation' && (role === 'ADMIN' || role === 'EDITOR'),
};

const relations: Relation[] = ['own organisation', 'other organisation', 'signed out'];

describe('policy matrix: organisation actions', () => {
  const cells: [Action, OrganisationKind, Role, Relation, boolean][] = [];
  for (const [action, rule] of Object.entries(expected) as [
    keyof typeof expected,
    (r: Role, rel: Relation) => boolean,
  ][])
    for (const kind of ORGANISATION_KINDS)
      for (const role of ROLES)
        for (const relation of relations) cells.push([action, kind, role, relation, rule(role, relation)]);

  it.each(cells)('%s by a %s %s on the %s → %s', (action, kind, role, relation, allowed) => {
    const actor = relation === 'signed out' ? null : actorOf(kind, role);
    const organisationId = relation === 'own organisation' ? 'own' : 'other';
    const facts = { organisationId, ownerOrganisationId: organisationId };
    expect(can(actor, action as keyof typeof expected, facts as never)).toBe(allowed);
  });
});

describe('policy matrix: working groups', () => {
  const cells: [OrganisationKind, Role, boolean, boolean][] = [];
  for (const kind of ORGANISATION_KINDS)
    for (const role of ROLES) for (const memberOrg of [true, false]) cells.push([kind, role, memberOrg, memberOrg]);

  it.each(cells)(
    'a %s %s whose organisation is a member=%s may read the group → %s',
    (kind, role, memberOrg, allowed) => {
      const facts = { workingGroupId: 'wg', memberOrganisationIds: memberOrg ? ['x', 'own'] : ['x'] };
      expect(can(actorOf(kind, role), 'workingGroup:read', facts)).toBe(allowed);
    },
  );

  it('a signed-out visitor reads no working group and lists none', () => {
    expect(can(null, 'workingGroup:read', { workingGroupId: 'wg', memberOrganisationIds: ['own'] })).toBe(false);
    expect(workingGroupListScope(null).memberOrganisationIds).toEqual([]);
  });
});

describe('authorize and abilitiesFor', () => {
  it('authorize throws PolicyDenied, never a message naming the record', () => {
    expect(() => authorize(actorOf('CSO', 'VIEWER'), 'organisation:manageMembers', { organisationId: 'own' })).toThrow(
      PolicyDenied,
    );
  });

  it('abilitiesFor names abilities without their subject prefix', () => {
    const abilities = abilitiesFor(
      actorOf('NPM', 'ADMIN'),
      ['organisation:readMembers', 'organisation:manageMembers'],
      {
        organisationId: 'own',
      },
    );
    expect(abilities).toEqual({ readMembers: true, manageMembers: true });
  });
});
