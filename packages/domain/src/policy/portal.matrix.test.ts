import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, ORGANISATION_KINDS, ROLES, WORKING_GROUP_KINDS, WORKING_GROUP_ROLES } from '../enums.ts';
import type { Classification, OrganisationKind, Role, WorkingGroupKind, WorkingGroupRole } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { can } from './index.ts';
import { matrix } from '../test/policy-matrix.ts';

function actorOf(kind: OrganisationKind, role: Role, networkRole: WorkingGroupRole | null): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organisationId: 'own', organisationKind: kind, countryCode: 'XV', role }],
    workingGroups: networkRole ? [{ workingGroupId: 'net', organisationId: 'own', role: networkRole }] : [],
  };
}

function record(classification: Classification, owner = 'own'): RecordFacts {
  return {
    ownerOrganisationId: owner,
    countryCode: 'XV',
    workingGroupId: 'net',
    classification,
    // An SPT record shared with the reader's NPM: still not for the portal.
    sharedWithOrganisationIds: classification === 'SHARED' || classification === 'SPT_CONFIDENTIAL' ? ['own'] : [],
  };
}

describe('policy matrix: the public portal shows only what an anonymous reader reads', () => {
  const cells: [Classification, string, string, boolean][] = [];
  for (const classification of CLASSIFICATIONS) {
    cells.push([classification, 'signed out', '-', classification === 'PUBLIC']);
    for (const kind of ORGANISATION_KINDS)
      for (const role of ROLES) cells.push([classification, kind, role, classification === 'PUBLIC']);
  }
  it.each(cells)('portal:read of a %s record asked by %s %s → %s', (classification, kind, role, allowed) => {
    const actor = kind === 'signed out' ? null : actorOf(kind as OrganisationKind, role as Role, 'MEMBER');
    expect(can(actor, 'portal:read', record(classification))).toBe(allowed);
  });

  it('an SPT record the State authorised (now PUBLIC) is shown, one merely shared with the NPM is not', () => {
    const npm = actorOf('NPM', 'ADMIN', null);
    expect(can(npm, 'record:read', record('SPT_CONFIDENTIAL', 'spt'))).toBe(true);
    expect(can(npm, 'portal:read', record('SPT_CONFIDENTIAL', 'spt'))).toBe(false);
    expect(can(null, 'portal:read', record('PUBLIC', 'spt'))).toBe(true);
  });
});

type Source = 'note' | 'own finding' | 'own SPT-confidential finding' | "another organisation's finding";
const SOURCES: Source[] = ['note', 'own finding', 'own SPT-confidential finding', "another organisation's finding"];

function sourceFacts(source: Source): RecordFacts | null {
  if (source === 'note') return null;
  if (source === 'own finding') return record('ORGANISATION');
  if (source === 'own SPT-confidential finding') return record('SPT_CONFIDENTIAL');
  return record('WORKING_GROUP', 'other');
}

/** Written out from the brief: members of a regional network publish their own practices to it; observers read. */
function expected(
  role: Role,
  networkRole: WorkingGroupRole | null,
  groupKind: WorkingGroupKind,
  source: Source,
): boolean {
  return (
    groupKind === 'REGIONAL_NETWORK' &&
    (role === 'ADMIN' || role === 'EDITOR') &&
    (networkRole === 'CHAIR' || networkRole === 'MEMBER') &&
    (source === 'note' || source === 'own finding')
  );
}

describe('policy matrix: publishing a good practice to a regional network', () => {
  const cells = matrix(
    [ORGANISATION_KINDS, ROLES, [...WORKING_GROUP_ROLES, 'not a member' as const], WORKING_GROUP_KINDS, SOURCES],
    (_kind, role, networkRole, groupKind, source) =>
      expected(role, networkRole === 'not a member' ? null : networkRole, groupKind, source),
  );
  it.each(cells)(
    'practice:publishToNetwork by a %s %s (%s of a %s), %s → %s',
    (kind, role, networkRole, groupKind, source, allowed) => {
      const actor = actorOf(kind, role, networkRole === 'not a member' ? null : (networkRole as WorkingGroupRole));
      const facts = {
        ownerOrganisationId: 'own',
        workingGroupId: 'net',
        workingGroupKind: groupKind,
        source: sourceFacts(source),
      };
      expect(can(actor, 'practice:publishToNetwork', facts)).toBe(allowed);
    },
  );

  it('nobody signed out publishes, and nobody publishes for an organisation they do not belong to', () => {
    const facts = { ownerOrganisationId: 'own', workingGroupId: 'net', workingGroupKind: 'REGIONAL_NETWORK' as const };
    expect(can(null, 'practice:publishToNetwork', { ...facts, source: null })).toBe(false);
    expect(
      can(actorOf('NPM', 'ADMIN', 'CHAIR'), 'practice:publishToNetwork', {
        ...facts,
        ownerOrganisationId: 'other',
        source: null,
      }),
    ).toBe(false);
  });
});
