import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { Classification, OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { EvidenceFacts } from './evidence.ts';
import { can } from './index.ts';
import { matrix } from '../test/policy-matrix.ts';

/** How the actor stands to a finding owned by organisation O, in working group W. */
type Relation =
  | 'on the visit team of O'
  | 'in O, off the visit team'
  | 'in a partner organisation of W'
  | 'in an unrelated organisation'
  | 'signed out';
const RELATIONS: Relation[] = [
  'on the visit team of O',
  'in O, off the visit team',
  'in a partner organisation of W',
  'in an unrelated organisation',
  'signed out',
];
const CLASSIFICATIONS: Classification[] = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION'];
type EvidenceAction =
  'evidence:seeExistence' | 'evidence:seeMetadata' | 'evidence:download' | 'evidence:setPersonalData';

function actorFor(kind: OrganisationKind, role: Role, relation: Relation): Actor | null {
  if (relation === 'signed out') return null;
  const organisationId = relation.startsWith('in O') || relation.startsWith('on the') ? 'O' : 'P';
  return {
    userId: 'me',
    sessionId: 's',
    memberships: [{ organisationId, organisationKind: kind, countryCode: 'XV', role }],
    workingGroups:
      relation === 'in an unrelated organisation' ? [] : [{ workingGroupId: 'W', organisationId, role: 'MEMBER' }],
  };
}

function factsFor(classification: Classification, relation: Relation, containsPersonalData: boolean): EvidenceFacts {
  return {
    ownerOrganisationId: 'O',
    countryCode: 'XV',
    workingGroupId: 'W',
    classification,
    sharedWithOrganisationIds: ['S'],
    visitTeamUserIds: relation === 'on the visit team of O' ? ['someone', 'me'] : ['someone'],
    containsPersonalData,
  };
}

/** The reviewed table, written from the brief rather than from the rule code. */
function expected(
  action: EvidenceAction,
  classification: Classification,
  role: Role,
  relation: Relation,
  flagged: boolean,
): boolean {
  const owner = relation === 'on the visit team of O' || relation === 'in O, off the visit team';
  const readsFinding =
    owner ||
    classification === 'PUBLIC' ||
    (classification === 'WORKING_GROUP' && relation === 'in a partner organisation of W');
  const writer = role === 'ADMIN' || role === 'EDITOR';
  const personalDataCleared = !flagged || relation === 'on the visit team of O';
  switch (action) {
    case 'evidence:seeExistence':
      return readsFinding;
    case 'evidence:seeMetadata':
      return readsFinding && personalDataCleared;
    case 'evidence:download':
      return readsFinding && relation !== 'signed out' && writer && personalDataCleared;
    case 'evidence:setPersonalData':
      return owner && writer && personalDataCleared;
  }
}

const ACTIONS: EvidenceAction[] = [
  'evidence:seeExistence',
  'evidence:seeMetadata',
  'evidence:download',
  'evidence:setPersonalData',
];

for (const action of ACTIONS) {
  describe(`policy matrix: ${action}`, () => {
    const rows = matrix(
      [CLASSIFICATIONS, [true, false], ORGANISATION_KINDS, ROLES, RELATIONS],
      (classification, flagged, _kind, role, relation) => expected(action, classification, role, relation, flagged),
    );

    it.each(rows)(
      'a %s finding, file flagged as personal data=%s: a %s %s %s → %s',
      (classification, flagged, kind, role, relation, allowed) => {
        expect(can(actorFor(kind, role, relation), action, factsFor(classification, relation, flagged))).toBe(allowed);
      },
    );
  });
}

describe('evidence and personal data', () => {
  const flagged = factsFor('WORKING_GROUP', 'in a partner organisation of W', true);

  it('a State ministry ADMIN in the working group learns a flagged file exists but neither its name nor its bytes', () => {
    const minister = actorFor('STATE_AUTHORITY', 'ADMIN', 'in a partner organisation of W');
    expect(can(minister, 'evidence:seeExistence', flagged)).toBe(true);
    expect(can(minister, 'evidence:seeMetadata', flagged)).toBe(false);
    expect(can(minister, 'evidence:download', flagged)).toBe(false);
  });

  it('an NPM ADMIN off the visit team can neither read a flagged file nor clear its flag to read it', () => {
    const admin = actorFor('NPM', 'ADMIN', 'in O, off the visit team');
    const own = factsFor('ORGANISATION', 'in O, off the visit team', true);
    expect(can(admin, 'evidence:download', own)).toBe(false);
    expect(can(admin, 'evidence:setPersonalData', own)).toBe(false);
    expect(can(admin, 'evidence:setPersonalData', { ...own, containsPersonalData: false })).toBe(true);
  });

  it('the flag never widens what the finding allows: a reader without the export right downloads nothing', () => {
    const viewer = actorFor('NPM', 'VIEWER', 'on the visit team of O');
    expect(can(viewer, 'evidence:seeMetadata', factsFor('ORGANISATION', 'on the visit team of O', true))).toBe(true);
    expect(can(viewer, 'evidence:download', factsFor('ORGANISATION', 'on the visit team of O', true))).toBe(false);
  });
});
