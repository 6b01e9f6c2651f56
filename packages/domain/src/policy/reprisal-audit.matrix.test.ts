import { describe, expect, it } from 'vitest';
import type { OrganisationKind, Role } from '../enums.ts';
import { can } from './index.ts';
import { memberOf, organisationFor, organisationMatrix as cells } from '../test/policy-matrix.ts';
import type { MemberOptions, Relation } from '../test/policy-matrix.ts';

const REPORTING_KINDS: OrganisationKind[] = ['NPM', 'LOCAL_PM', 'NHRI', 'CSO'];
const writes = (role: Role) => role === 'ADMIN' || role === 'EDITOR';

const chairInXV: MemberOptions = {
  userId: 'me',
  countryCode: 'XV',
  workingGroups: [{ workingGroupId: 'wg', organisationId: 'own', role: 'CHAIR' }],
};
const actorOf = (kind: OrganisationKind, role: Role) => memberOf(kind, role, chairInXV);
const actorFor = (kind: OrganisationKind, role: Role, relation: Relation) =>
  relation === 'signed out' ? null : actorOf(kind, role);

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
