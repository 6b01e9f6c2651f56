import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { abilitiesFor, authorize, can, PolicyDenied, workingGroupListScope } from './index.ts';
import { actorFor, matrix, memberOf, organisationFor, RELATIONS } from '../test/policy-matrix.ts';
import type { MemberOptions, Relation } from '../test/policy-matrix.ts';

const inOwnGroup: MemberOptions = {
  workingGroups: [{ workingGroupId: 'wg-own', organisationId: 'own', role: 'MEMBER' }],
};
const actorOf = (kind: OrganisationKind, role: Role) => memberOf(kind, role, inOwnGroup);

/** The reviewed table: what each role may do relative to an organisation, for every organisation kind. */
type OrganisationAction =
  'organisation:read' | 'organisation:readMembers' | 'organisation:subscribeMembers' | 'organisation:manageMembers';
const expected: Record<OrganisationAction, (role: Role, relation: Relation) => boolean> = {
  'organisation:read': (_role, relation) => relation !== 'signed out',
  'organisation:readMembers': (_role, relation) => relation === 'own organisation',
  'organisation:subscribeMembers': (_role, relation) => relation === 'own organisation',
  'organisation:manageMembers': (role, relation) => relation === 'own organisation' && role === 'ADMIN',
};

describe('policy matrix: organisation actions', () => {
  const cells = matrix(
    [Object.keys(expected) as OrganisationAction[], ORGANISATION_KINDS, ROLES, RELATIONS],
    (action, _kind, role, relation) => expected[action](role, relation),
  );

  it.each(cells)('%s by a %s %s on the %s → %s', (action, kind, role, relation, allowed) => {
    const organisationId = organisationFor(relation);
    const facts = { organisationId, ownerOrganisationId: organisationId };
    expect(can(actorFor(kind, role, relation, inOwnGroup), action, facts as never)).toBe(allowed);
  });
});

/** Written out from the brief: monitoring bodies monitor; authorities, OHCHR and partners do not. */
const MONITORS: OrganisationKind[] = ['NPM', 'LOCAL_PM', 'NHRI', 'CSO', 'SPT'];

describe('policy matrix: creating monitoring records (places, visits, findings, recommendations)', () => {
  const cells = matrix(
    [['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION'] as const, ORGANISATION_KINDS, ROLES, RELATIONS],
    (_recordType, kind, role, relation) =>
      relation === 'own organisation' && (role === 'ADMIN' || role === 'EDITOR') && MONITORS.includes(kind),
  );
  it.each(cells)('record:create %s by a %s %s for the %s → %s', (recordType, kind, role, relation, allowed) => {
    const ownerOrganisationId = organisationFor(relation);
    expect(can(actorFor(kind, role, relation, inOwnGroup), 'record:create', { ownerOrganisationId, recordType })).toBe(
      allowed,
    );
  });

  it('a State authority neither plans visits nor issues recommendations, whatever its role', () => {
    for (const role of ROLES) {
      expect(
        can(actorOf('STATE_AUTHORITY', role), 'record:create', { ownerOrganisationId: 'own', recordType: 'VISIT' }),
      ).toBe(false);
      expect(
        can(actorOf('STATE_AUTHORITY', role), 'record:create', {
          ownerOrganisationId: 'own',
          recordType: 'RECOMMENDATION',
        }),
      ).toBe(false);
    }
  });
});

describe('policy matrix: creating a workplan for a working group', () => {
  const cells = matrix(
    [ORGANISATION_KINDS, ROLES, ['CHAIR', 'MEMBER', 'OBSERVER', 'not in the group'] as const],
    (_kind, role, standing) =>
      (role === 'ADMIN' || role === 'EDITOR') && (standing === 'CHAIR' || standing === 'MEMBER'),
  );
  it.each(cells)('a %s %s whose organisation is %s → %s', (kind, role, standing, allowed) => {
    const actor: Actor = {
      ...actorOf(kind, role),
      workingGroups:
        standing === 'not in the group' ? [] : [{ workingGroupId: 'wg', organisationId: 'own', role: standing }],
    };
    expect(can(actor, 'workplan:create', { ownerOrganisationId: 'own', workingGroupId: 'wg' })).toBe(allowed);
  });
});

describe('policy matrix: share lists', () => {
  const record = {
    ownerOrganisationId: 'own',
    countryCode: 'CV',
    workingGroupId: null,
    classification: 'SHARED' as const,
    sharedWithOrganisationIds: ['named'],
  };
  it.each(ROLES)('every %s of the owner sees the share list; a named organisation does not', (role) => {
    expect(can(actorOf('NPM', role), 'record:readShareList', record)).toBe(true);
    const named: Actor = {
      ...actorOf('CSO', role),
      memberships: [{ organisationId: 'named', organisationKind: 'CSO', countryCode: 'CV', role }],
    };
    expect(can(named, 'record:readShareList', record)).toBe(false);
  });
  it('an SPT-confidential record is shared only with the NPM of the country concerned (art. 16)', () => {
    const spt = actorOf('SPT', 'ADMIN');
    const facts = { ...record, classification: 'SPT_CONFIDENTIAL' as const };
    const npm = { id: 'n', kind: 'NPM' as const, countryCode: 'CV' };
    expect(can(spt, 'record:shareWith', { ...facts, targets: [npm] })).toBe(true);
    expect(can(spt, 'record:shareWith', { ...facts, targets: [{ ...npm, countryCode: 'XS' }] })).toBe(false);
    expect(can(spt, 'record:shareWith', { ...facts, targets: [{ ...npm, kind: 'CSO' }] })).toBe(false);
    expect(can(actorOf('SPT', 'EDITOR'), 'record:shareWith', { ...facts, targets: [npm] })).toBe(false);
    expect(
      can(actorOf('NPM', 'ADMIN'), 'record:shareWith', {
        ...record,
        targets: [{ id: 'c', kind: 'CSO', countryCode: null }],
      }),
    ).toBe(true);
  });
});

describe('policy matrix: the addressee authority reads what is addressed to it', () => {
  const authority: Actor = {
    userId: 'u',
    sessionId: 's',
    memberships: [
      { organisationId: 'ministry', organisationKind: 'STATE_AUTHORITY', countryCode: 'CV', role: 'VIEWER' },
    ],
    workingGroups: [],
  };
  const base = { ownerOrganisationId: 'npm', countryCode: 'CV', workingGroupId: null, sharedWithOrganisationIds: [] };
  it.each(['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION'] as const)(
    'a recommendation classified %s',
    (classification) => {
      expect(can(authority, 'record:read', { ...base, classification, addresseeOrganisationId: 'ministry' })).toBe(
        true,
      );
      expect(can(authority, 'record:read', { ...base, classification, addresseeOrganisationId: 'police' })).toBe(
        classification === 'PUBLIC',
      );
    },
  );
  it('SPT_CONFIDENTIAL keeps its own rule (here: a State authority of another country reads nothing)', () => {
    const foreign = { ...authority, memberships: [{ ...authority.memberships[0]!, countryCode: 'XS' }] };
    expect(
      can(foreign, 'record:read', { ...base, classification: 'SPT_CONFIDENTIAL', addresseeOrganisationId: 'ministry' }),
    ).toBe(false);
  });
});

describe("policy matrix: a record's comments", () => {
  const base = {
    ownerOrganisationId: 'owner',
    countryCode: 'CV',
    workingGroupId: 'wg-own',
    sharedWithOrganisationIds: ['own'],
  };
  it.each(ROLES)(
    'a %s reads a record but not its comments when it reaches them only as PUBLIC or as addressee',
    (role) => {
      const outsider = memberOf('STATE_AUTHORITY', role, { workingGroups: [] });
      for (const facts of [
        { ...base, classification: 'PUBLIC' as const, sharedWithOrganisationIds: [] },
        {
          ...base,
          classification: 'ORGANISATION' as const,
          sharedWithOrganisationIds: [],
          addresseeOrganisationId: 'own',
        },
        {
          ...base,
          classification: 'WORKING_GROUP' as const,
          sharedWithOrganisationIds: [],
          addresseeOrganisationId: 'own',
        },
      ]) {
        expect(can(outsider, 'record:read', facts)).toBe(true);
        expect(can(outsider, 'record:readComments', facts)).toBe(false);
        expect(can(outsider, 'record:comment', facts)).toBe(false);
      }
    },
  );
  it.each(ROLES)(
    'a %s of its working group or of an organisation it is shared with reads a PUBLIC record’s comments',
    (role) => {
      const inGroup = memberOf('CSO', role, inOwnGroup);
      expect(
        can(inGroup, 'record:readComments', { ...base, classification: 'PUBLIC', sharedWithOrganisationIds: [] }),
      ).toBe(true);
      const named = memberOf('CSO', role, { workingGroups: [] });
      expect(can(named, 'record:readComments', { ...base, classification: 'PUBLIC', workingGroupId: null })).toBe(true);
      expect(can(named, 'record:comment', { ...base, classification: 'PUBLIC', workingGroupId: null })).toBe(
        role !== 'VIEWER',
      );
    },
  );
  it('SPT-confidential: the SPT and the NPM it shared the record with discuss it, not the State it reports to', () => {
    const spt = {
      ...base,
      ownerOrganisationId: 'spt-body',
      classification: 'SPT_CONFIDENTIAL' as const,
      countryCode: 'CV',
    };
    const state = memberOf('STATE_AUTHORITY', 'ADMIN', { workingGroups: [] });
    expect(can(state, 'record:read', { ...spt, sharedWithOrganisationIds: [] })).toBe(true);
    expect(can(state, 'record:readComments', { ...spt, sharedWithOrganisationIds: [] })).toBe(false);
    const npm = memberOf('NPM', 'CONTRIBUTOR', { workingGroups: [] });
    expect(can(npm, 'record:comment', spt)).toBe(true);
    expect(can(memberOf('SPT', 'VIEWER', { workingGroups: [] }), 'record:readComments', spt)).toBe(true);
  });
});

describe('policy matrix: co-edited texts and workplan actions', () => {
  const plan = {
    ownerOrganisationId: 'own',
    countryCode: 'CV',
    workingGroupId: 'wg-own',
    classification: 'WORKING_GROUP' as const,
    sharedWithOrganisationIds: [],
  };
  it.each(ROLES)('a %s of the owner writes a co-edited text as the record allows', (role) => {
    const writes = role === 'ADMIN' || role === 'EDITOR';
    for (const kind of ['workplan', 'finding', 'recommendation', 'visitIntroduction', 'visitConclusions'] as const)
      expect(can(actorOf('NPM', role), 'coEditing:write', { ...plan, kind })).toBe(writes);
  });
  it.each(ROLES)('a %s of the owner reads every co-edited text, also a recommendation’s draft', (role) => {
    for (const kind of ['workplan', 'finding', 'recommendation', 'visitIntroduction', 'visitConclusions'] as const)
      expect(can(actorOf('NPM', role), 'coEditing:read', { ...plan, kind })).toBe(true);
  });
  it.each(ROLES)(
    'a %s of another organisation reading the record reads its texts, but not a recommendation’s draft',
    (role) => {
      const other = { ...plan, ownerOrganisationId: 'other', workingGroupId: 'wg-own' };
      const reader = actorOf('CSO', role);
      expect(can(reader, 'record:read', other)).toBe(true);
      for (const kind of ['workplan', 'finding', 'visitIntroduction', 'visitConclusions'] as const)
        expect(can(reader, 'coEditing:read', { ...other, kind })).toBe(true);
      expect(can(reader, 'coEditing:read', { ...other, kind: 'recommendation' })).toBe(false);
      // Nor the addressee it is written to.
      const addressed = { ...other, classification: 'ORGANISATION' as const, addresseeOrganisationId: 'own' };
      expect(can(reader, 'record:read', addressed)).toBe(true);
      expect(can(reader, 'coEditing:read', { ...addressed, kind: 'recommendation' })).toBe(false);
    },
  );
  it.each(ROLES)("a %s of another organisation never writes a visit report's introduction or conclusions", (role) => {
    for (const kind of ['visitIntroduction', 'visitConclusions'] as const)
      expect(can(actorOf('CSO', role), 'coEditing:write', { ...plan, ownerOrganisationId: 'other', kind })).toBe(false);
  });
  it.each(ROLES)('a %s of the responsible organisation reports progress only', (role) => {
    const actor: Actor = {
      ...actorOf('CSO', role),
      memberships: [{ organisationId: 'resp', organisationKind: 'CSO', countryCode: 'CV', role }],
      workingGroups: [{ workingGroupId: 'wg-own', organisationId: 'resp', role: 'OBSERVER' }],
    };
    const facts = { ...plan, responsibleOrganisationId: 'resp' };
    expect(can(actor, 'workplan:updateActionFields', { ...facts, fields: ['status', 'indicator'] })).toBe(
      role !== 'VIEWER',
    );
    expect(can(actor, 'workplan:updateActionFields', { ...facts, fields: ['status', 'dueDate'] })).toBe(false);
  });
});

describe('policy matrix: working groups', () => {
  const cells = matrix([ORGANISATION_KINDS, ROLES, [true, false]], (_kind, _role, memberOrg) => memberOrg);

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
