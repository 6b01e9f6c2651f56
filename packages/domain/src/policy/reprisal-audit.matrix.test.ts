import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';

type Relation = 'own organisation' | 'other organisation' | 'signed out';
const RELATIONS: Relation[] = ['own organisation', 'other organisation', 'signed out'];
const REPORTING_KINDS: OrganisationKind[] = ['NPM', 'LOCAL_PM', 'NHRI', 'CSO'];
const writes = (role: Role) => role === 'ADMIN' || role === 'EDITOR';

function actorOf(kind: OrganisationKind, role: Role): Actor {
  return {
    userId: 'me',
    sessionId: 's',
    memberships: [{ organisationId: 'own', organisationKind: kind, countryCode: 'XV', role }],
    workingGroups: [{ workingGroupId: 'wg', organisationId: 'own', role: 'CHAIR' }],
  };
}

const actorFor = (kind: OrganisationKind, role: Role, relation: Relation) =>
  relation === 'signed out' ? null : actorOf(kind, role);
const organisationFor = (relation: Relation) => (relation === 'own organisation' ? 'own' : 'other');

/** Every organisation kind × role × relation, with the expected answer. */
function cells(expected: (kind: OrganisationKind, role: Role, relation: Relation) => boolean) {
  const rows: [OrganisationKind, Role, Relation, boolean][] = [];
  for (const kind of ORGANISATION_KINDS)
    for (const role of ROLES)
      for (const relation of RELATIONS) rows.push([kind, role, relation, expected(kind, role, relation)]);
  return rows;
}

describe('policy matrix: reprisal:report', () => {
  it.each(
    cells((kind, role, relation) => relation === 'own organisation' && REPORTING_KINDS.includes(kind) && writes(role)),
  )('a %s %s reporting for the %s → %s', (kind, role, relation, allowed) => {
    expect(can(actorFor(kind, role, relation), 'reprisal:report', { organisationId: organisationFor(relation) })).toBe(
      allowed,
    );
  });
});

describe('policy matrix: reprisal:read and reprisal:update', () => {
  for (const named of [true, false]) {
    const namedUserIds = named ? ['someone', 'me'] : ['someone'];
    it.each(cells((_kind, _role, relation) => named && relation !== 'signed out'))(
      `a %s %s (incident owned by the %s, named=${named}) reads it → %s`,
      (kind, role, relation, allowed) => {
        expect(can(actorFor(kind, role, relation), 'reprisal:read', { namedUserIds })).toBe(allowed);
      },
    );
    it.each(cells((_kind, role, relation) => named && relation === 'own organisation' && writes(role)))(
      `a %s %s (incident owned by the %s, named=${named}) updates it → %s`,
      (kind, role, relation, allowed) => {
        const facts = { ownerOrganisationId: organisationFor(relation), namedUserIds };
        expect(can(actorFor(kind, role, relation), 'reprisal:update', facts)).toBe(allowed);
      },
    );
  }

  it('an ADMIN of the owner organisation who is not named can neither read nor update', () => {
    const admin = actorOf('NPM', 'ADMIN');
    const facts = { ownerOrganisationId: 'own', namedUserIds: ['someone'] };
    expect(can(admin, 'reprisal:read', facts)).toBe(false);
    expect(can(admin, 'reprisal:update', facts)).toBe(false);
  });
});

describe('policy matrix: audit:read', () => {
  it.each(cells((_kind, role, relation) => relation === 'own organisation' && role === 'ADMIN'))(
    "a %s %s reading the %s's audit log → %s",
    (kind, role, relation, allowed) => {
      expect(can(actorFor(kind, role, relation), 'audit:read', { organisationId: organisationFor(relation) })).toBe(
        allowed,
      );
    },
  );
});
