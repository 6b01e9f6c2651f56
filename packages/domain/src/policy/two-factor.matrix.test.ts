import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import { can, requiresTwoFactorByDefault, sessionStage } from './index.ts';
import { actorFor, memberOf, organisationFor, organisationMatrix } from '../test/policy-matrix.ts';

const actorOf = (kind: OrganisationKind, role: Role) => memberOf(kind, role, { userId: 'admin' });

describe('policy matrix: two-factor administration', () => {
  const cells = organisationMatrix((_kind, role, relation) => relation === 'own organisation' && role === 'ADMIN');

  it.each(cells)('organisation:manageTwoFactor by a %s %s on the %s → %s', (kind, role, relation, allowed) => {
    const organisationId = organisationFor(relation);
    expect(can(actorFor(kind, role, relation), 'organisation:manageTwoFactor', { organisationId })).toBe(allowed);
  });

  it.each(cells)(
    'organisation:resetMemberTwoFactor of a member, by a %s %s of the %s → %s',
    (kind, role, relation, allowed) => {
      const organisationId = organisationFor(relation);
      const facts = { organisationId, memberUserId: 'member', memberOrganisationIds: [organisationId] };
      expect(can(actorFor(kind, role, relation, { userId: 'admin' }), 'organisation:resetMemberTwoFactor', facts)).toBe(
        allowed,
      );
    },
  );

  it('an ADMIN cannot reset the two-factor of someone outside the organisation named', () => {
    const facts = { organisationId: 'own', memberUserId: 'stranger', memberOrganisationIds: ['other'] };
    expect(can(actorOf('NPM', 'ADMIN'), 'organisation:resetMemberTwoFactor', facts)).toBe(false);
  });

  it('an ADMIN cannot reset their own two-factor (another admin has to)', () => {
    const facts = { organisationId: 'own', memberUserId: 'admin', memberOrganisationIds: ['own'] };
    expect(can(actorOf('NPM', 'ADMIN'), 'organisation:resetMemberTwoFactor', facts)).toBe(false);
  });
});

describe('session stage', () => {
  const cells: [boolean, boolean, boolean, string][] = [];
  for (const secondFactorPending of [false, true])
    for (const enrolled of [false, true])
      for (const requiredByAnOrganisation of [false, true])
        cells.push([
          secondFactorPending,
          enrolled,
          requiredByAnOrganisation,
          secondFactorPending
            ? 'SECOND_FACTOR'
            : requiredByAnOrganisation && !enrolled
              ? 'ENROLMENT_REQUIRED'
              : 'COMPLETE',
        ]);
  it.each(cells)('pending %s, enrolled %s, required %s → %s', (pending, enrolled, required, stage) => {
    expect(sessionStage({ secondFactorPending: pending, enrolled, requiredByAnOrganisation: required })).toBe(stage);
  });
});

describe('two-factor required by default', () => {
  it.each(ORGANISATION_KINDS.map((kind) => [kind, kind === 'NPM' || kind === 'SPT']))(
    'a new %s organisation requires it: %s',
    (kind, expected) => {
      expect(requiresTwoFactorByDefault(kind as OrganisationKind)).toBe(expected);
    },
  );
});
