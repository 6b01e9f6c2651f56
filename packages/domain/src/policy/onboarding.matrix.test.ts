import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, ORGANISATION_KINDS, ROLES, WORKING_GROUP_ROLES } from '../enums.ts';
import type { OrganisationKind, Role, WorkingGroupRole } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { can } from './index.ts';
import { matrix } from '../test/policy-matrix.ts';

function actorOf(kind: OrganisationKind, role: Role, standing: WorkingGroupRole | null, platformAdmin = false): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organisationId: 'own', organisationKind: kind, countryCode: 'XV', role }],
    workingGroups: standing ? [{ workingGroupId: 'wg', organisationId: 'own', role: standing }] : [],
    platformAdmin,
  };
}

const platformAdminAlone: Actor = {
  userId: 'pa',
  sessionId: 's',
  memberships: [],
  workingGroups: [],
  platformAdmin: true,
};
const outsider: Actor = { userId: 'pa', sessionId: 's', memberships: [], workingGroups: [] };

describe('policy matrix: platform administration', () => {
  const cells = matrix([ORGANISATION_KINDS, ROLES, [true, false]], (_kind, _role, flag) => flag);

  it.each(cells)('platform:administer by a %s %s, platform admin %s → only with the flag', (kind, role, flag) => {
    expect(can(actorOf(kind, role, 'CHAIR', flag), 'platform:administer', {})).toBe(flag);
  });

  it('a signed-out visitor and a person without the flag do not administer the platform', () => {
    expect(can(null, 'platform:administer', {})).toBe(false);
    expect(can(outsider, 'platform:administer', {})).toBe(false);
    expect(can(platformAdminAlone, 'platform:administer', {})).toBe(true);
  });

  // The flag opens nothing of an organisation: every rule answers for a platform admin exactly what
  // it answers for the same person without the flag.
  const record = (classification: RecordFacts['classification']): RecordFacts => ({
    ownerOrganisationId: 'npm',
    countryCode: 'XV',
    workingGroupId: 'wg',
    classification,
    sharedWithOrganisationIds: ['other'],
    addresseeOrganisationId: 'authority',
  });
  const probes: [string, (a: Actor) => boolean][] = [
    ...CLASSIFICATIONS.flatMap((c): [string, (a: Actor) => boolean][] => [
      [`record:read ${c}`, (a) => can(a, 'record:read', record(c))],
      [`record:update ${c}`, (a) => can(a, 'record:update', record(c))],
      [`record:export ${c}`, (a) => can(a, 'record:export', record(c))],
      [
        `record:readPersonalData ${c}`,
        (a) => can(a, 'record:readPersonalData', { ...record(c), visitTeamUserIds: [] }),
      ],
    ]),
    ['organisation:readMembers', (a) => can(a, 'organisation:readMembers', { organisationId: 'npm' })],
    ['organisation:manageMembers', (a) => can(a, 'organisation:manageMembers', { organisationId: 'npm' })],
    ['audit:read', (a) => can(a, 'audit:read', { organisationId: 'npm' })],
    ['mail:readOutbox', (a) => can(a, 'mail:readOutbox', { organisationId: 'npm' })],
    ['workingGroup:read', (a) => can(a, 'workingGroup:read', { workingGroupId: 'wg', memberOrganisationIds: ['npm'] })],
    ['workingGroup:manageMembers', (a) => can(a, 'workingGroup:manageMembers', { workingGroupId: 'wg' })],
    ['reprisal:read', (a) => can(a, 'reprisal:read', { namedUserIds: ['someone'] })],
    ['organisation:manageTwoFactor', (a) => can(a, 'organisation:manageTwoFactor', { organisationId: 'npm' })],
  ];
  it.each(probes)('%s: a platform admin of no organisation is an outsider', (_, ask) => {
    expect(ask(platformAdminAlone)).toBe(ask(outsider));
  });
  it.each(probes)('%s: the flag adds nothing to an NPM admin', (_, ask) => {
    expect(ask(actorOf('CSO', 'ADMIN', 'MEMBER', true))).toBe(ask(actorOf('CSO', 'ADMIN', 'MEMBER', false)));
  });
});

describe('policy matrix: working-group membership', () => {
  const cells = matrix(
    [ORGANISATION_KINDS, ROLES, [...WORKING_GROUP_ROLES, null]],
    (_kind, role, standing) => role === 'ADMIN' && standing === 'CHAIR',
  );

  it.each(cells)('workingGroup:manageMembers by a %s %s whose organisation is %s → %s', (kind, role, standing, ok) => {
    expect(can(actorOf(kind, role, standing), 'workingGroup:manageMembers', { workingGroupId: 'wg' })).toBe(ok);
    expect(can(actorOf(kind, role, standing), 'workingGroup:manageMembers', { workingGroupId: 'another' })).toBe(false);
  });

  it.each(cells)(
    'workingGroup:removeMember by a %s %s (%s): the chair removes anyone, an ADMIN takes its own out',
    (kind, role, standing) => {
      const actor = actorOf(kind, role, standing);
      const members = ['own', 'cso'];
      const chairAdmin = role === 'ADMIN' && standing === 'CHAIR';
      expect(
        can(actor, 'workingGroup:removeMember', {
          workingGroupId: 'wg',
          organisationId: 'cso',
          memberOrganisationIds: members,
        }),
      ).toBe(chairAdmin);
      expect(
        can(actor, 'workingGroup:removeMember', {
          workingGroupId: 'wg',
          organisationId: 'own',
          memberOrganisationIds: members,
        }),
      ).toBe(role === 'ADMIN');
      // An organisation that is not in the group cannot be removed from it, whoever asks.
      expect(
        can(actor, 'workingGroup:removeMember', {
          workingGroupId: 'wg',
          organisationId: 'absent',
          memberOrganisationIds: members,
        }),
      ).toBe(false);
    },
  );

  it.each(ROLES.map((r) => [r, r === 'ADMIN'] as const))(
    'workingGroup:create and respondToInvitation by a %s → %s',
    (role, ok) => {
      const actor = actorOf('NHRI', role, null);
      expect(can(actor, 'workingGroup:create', { organisationId: 'own' })).toBe(ok);
      expect(can(actor, 'workingGroup:respondToInvitation', { organisationId: 'own' })).toBe(ok);
      expect(can(actor, 'workingGroup:create', { organisationId: 'other' })).toBe(false);
      expect(can(actor, 'workingGroup:respondToInvitation', { organisationId: 'other' })).toBe(false);
      expect(can(null, 'workingGroup:create', { organisationId: 'own' })).toBe(false);
    },
  );

  it('a platform admin without the chair does not manage a group', () => {
    expect(can(platformAdminAlone, 'workingGroup:manageMembers', { workingGroupId: 'wg' })).toBe(false);
    expect(can(platformAdminAlone, 'workingGroup:respondToInvitation', { organisationId: 'own' })).toBe(false);
  });
});

describe('policy matrix: turning one’s own two-factor off', () => {
  it.each([
    ['themselves, not required', 'u1', false, true],
    ['themselves, required by an organisation', 'u1', true, false],
    ['someone else', 'u2', false, false],
  ] as const)('account:disableTwoFactor for %s → %s', (_, userId, required, ok) => {
    for (const role of ROLES) {
      const actor = actorOf('NPM', role, null);
      expect(can(actor, 'account:disableTwoFactor', { userId, requiredByAnOrganisation: required })).toBe(ok);
    }
    expect(can(null, 'account:disableTwoFactor', { userId, requiredByAnOrganisation: required })).toBe(false);
  });
});
