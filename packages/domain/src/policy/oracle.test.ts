import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { Classification, OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';
import type { RecordFacts } from './records.ts';
import { cellExists, OPERATIONS, oracleAllows, RELATIONS } from './oracle.ts';
import type { Operation, Relation } from './oracle.ts';

/** Builds the oracle's fixture as plain facts: record O/XV/W shared with S, and an actor related to it. */
export function oracleFixture(classification: Classification, relation: Relation, kind: OrganisationKind, role: Role) {
  const record: RecordFacts & { ownerOrganisationKind: string } = {
    ownerOrganisationId: 'O',
    ownerOrganisationKind:
      relation === 'OWN_ORGANISATION' ? kind : classification === 'SPT_CONFIDENTIAL' ? 'SPT' : 'NPM',
    countryCode: 'XV',
    workingGroupId: 'W',
    classification,
    sharedWithOrganisationIds: ['S'],
  };
  const organisationId = relation === 'OWN_ORGANISATION' ? 'O' : relation === 'NAMED_IN_SHARE' ? 'S' : 'A';
  const actor: Actor = {
    userId: 'u',
    sessionId: 's',
    memberships: [
      { organisationId, organisationKind: kind, countryCode: relation === 'OTHER_COUNTRY' ? 'XS' : 'XV', role },
    ],
    workingGroups:
      relation === 'SAME_WORKING_GROUP' || relation === 'OWN_ORGANISATION'
        ? [{ workingGroupId: 'W', organisationId, role: 'MEMBER' }]
        : [],
  };
  return { record, actor };
}

function policyAnswer(operation: Operation, actor: Actor, record: RecordFacts & { ownerOrganisationKind: string }) {
  switch (operation) {
    case 'read':
    case 'list':
    case 'count':
      return can(actor, 'record:read', record);
    case 'update':
      return can(actor, 'record:update', record);
    case 'share':
      return can(actor, 'record:share', record);
    case 'reclassify':
      return can(actor, 'record:reclassify', { ...record, to: 'ORGANISATION' });
    case 'comment':
      return can(actor, 'record:comment', record);
    case 'export':
      return can(actor, 'record:export', record);
  }
}

describe('the confidentiality oracle, cell by cell against the policy module', () => {
  const cells: [Classification, Operation, Relation, OrganisationKind, Role, boolean][] = [];
  for (const classification of CLASSIFICATIONS)
    for (const operation of OPERATIONS)
      for (const relation of RELATIONS)
        for (const kind of ORGANISATION_KINDS)
          for (const role of ROLES)
            if (cellExists(classification, relation, kind))
              cells.push([
                classification,
                operation,
                relation,
                kind,
                role,
                oracleAllows(classification, operation, relation, kind, role),
              ]);

  it('covers every classification × operation × relation × kind × role', () => {
    expect(cells.length).toBeGreaterThan(6000);
  });

  it.each(cells)('%s %s by %s %s %s → %s', (classification, operation, relation, kind, role, allowed) => {
    const { record, actor } = oracleFixture(classification, relation, kind, role);
    expect(policyAnswer(operation, actor, record)).toBe(allowed);
  });
});

describe('classification changes and publication', () => {
  const npmAdmin = oracleFixture('ORGANISATION', 'OWN_ORGANISATION', 'NPM', 'ADMIN');
  const npmEditor = oracleFixture('ORGANISATION', 'OWN_ORGANISATION', 'NPM', 'EDITOR');

  it('an owner EDITOR may narrow but not widen; an ADMIN may widen', () => {
    expect(
      can(npmEditor.actor, 'record:reclassify', { ...npmEditor.record, classification: 'PUBLIC', to: 'SHARED' }),
    ).toBe(true);
    expect(can(npmEditor.actor, 'record:reclassify', { ...npmEditor.record, to: 'WORKING_GROUP' })).toBe(false);
    expect(can(npmAdmin.actor, 'record:reclassify', { ...npmAdmin.record, to: 'PUBLIC' })).toBe(true);
  });

  it('nobody but an SPT admin makes a record SPT_CONFIDENTIAL', () => {
    expect(can(npmAdmin.actor, 'record:reclassify', { ...npmAdmin.record, to: 'SPT_CONFIDENTIAL' })).toBe(false);
    const spt = oracleFixture('ORGANISATION', 'OWN_ORGANISATION', 'SPT', 'ADMIN');
    expect(can(spt.actor, 'record:reclassify', { ...spt.record, to: 'SPT_CONFIDENTIAL' })).toBe(true);
  });

  it('an SPT-confidential record becomes PUBLIC only through publication by the State concerned', () => {
    const spt = oracleFixture('SPT_CONFIDENTIAL', 'OWN_ORGANISATION', 'SPT', 'ADMIN');
    expect(can(spt.actor, 'record:reclassify', { ...spt.record, to: 'PUBLIC' })).toBe(false);
    expect(can(spt.actor, 'record:authorisePublication', spt.record)).toBe(false);
    const state = oracleFixture('SPT_CONFIDENTIAL', 'SAME_COUNTRY', 'STATE_AUTHORITY', 'ADMIN');
    expect(can(state.actor, 'record:authorisePublication', state.record)).toBe(true);
    const stateEditor = oracleFixture('SPT_CONFIDENTIAL', 'SAME_COUNTRY', 'STATE_AUTHORITY', 'EDITOR');
    expect(can(stateEditor.actor, 'record:authorisePublication', stateEditor.record)).toBe(false);
    const otherState = oracleFixture('SPT_CONFIDENTIAL', 'OTHER_COUNTRY', 'STATE_AUTHORITY', 'ADMIN');
    expect(can(otherState.actor, 'record:authorisePublication', otherState.record)).toBe(false);
  });

  it('personal data is for the owner organisation visit team only', () => {
    const { actor, record } = oracleFixture('ORGANISATION', 'OWN_ORGANISATION', 'NPM', 'ADMIN');
    expect(can(actor, 'record:readPersonalData', { ...record, visitTeamUserIds: ['u'] })).toBe(true);
    expect(can(actor, 'record:readPersonalData', { ...record, visitTeamUserIds: ['someone else'] })).toBe(false);
    const partner = oracleFixture('PUBLIC', 'SAME_WORKING_GROUP', 'CSO', 'ADMIN');
    expect(can(partner.actor, 'record:readPersonalData', { ...partner.record, visitTeamUserIds: ['u'] })).toBe(false);
  });

  it('a reprisal incident is readable by the users named on it only, whatever their role', () => {
    const { actor } = oracleFixture('ORGANISATION', 'OWN_ORGANISATION', 'NPM', 'ADMIN');
    expect(can(actor, 'reprisal:read', { namedUserIds: ['u'] })).toBe(true);
    expect(can(actor, 'reprisal:read', { namedUserIds: ['v'] })).toBe(false);
    expect(can(null, 'reprisal:read', { namedUserIds: ['u'] })).toBe(false);
  });
});
