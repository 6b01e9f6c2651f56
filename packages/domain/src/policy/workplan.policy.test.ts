import { describe, expect, it } from 'vitest';
import { ROLES, WORKING_GROUP_ROLES } from '../enums.ts';
import type { Role, WorkingGroupRole } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';
import type { RecordFacts } from './records.ts';

const plan: RecordFacts = {
  ownerOrganisationId: 'npm',
  countryCode: 'XV',
  workingGroupId: 'wg',
  classification: 'WORKING_GROUP',
  sharedWithOrganisationIds: [],
};

function actor(role: Role, groupRole: WorkingGroupRole | null, organisationId = 'cso'): Actor {
  return {
    userId: 'u',
    sessionId: 's',
    memberships: [{ organisationId, organisationKind: 'CSO', countryCode: 'XV', role }],
    workingGroups: groupRole ? [{ workingGroupId: 'wg', organisationId, role: groupRole }] : [],
  };
}

describe('workplan co-editing matrix', () => {
  const cells: [Role, WorkingGroupRole | 'not in group', boolean][] = [];
  for (const role of ROLES)
    for (const groupRole of [...WORKING_GROUP_ROLES, 'not in group' as const])
      cells.push([
        role,
        groupRole,
        (role === 'ADMIN' || role === 'EDITOR') && (groupRole === 'CHAIR' || groupRole === 'MEMBER'),
      ]);

  it.each(cells)('a %s of a %s organisation may edit the plan → %s', (role, groupRole, allowed) => {
    const a = actor(role, groupRole === 'not in group' ? null : groupRole);
    expect(can(a, 'workplan:edit', plan)).toBe(allowed);
  });

  it('the owner organisation edits even without a group role; an ORGANISATION plan is closed to the group', () => {
    expect(can(actor('EDITOR', null, 'npm'), 'workplan:edit', plan)).toBe(true);
    expect(can(actor('EDITOR', 'MEMBER'), 'workplan:edit', { ...plan, classification: 'ORGANISATION' })).toBe(false);
  });

  it('a CONTRIBUTOR updates the actions their organisation is responsible for, and only those', () => {
    const contributor = actor('CONTRIBUTOR', 'MEMBER');
    expect(can(contributor, 'workplan:updateAssignedAction', { ...plan, responsibleOrganisationId: 'cso' })).toBe(true);
    expect(can(contributor, 'workplan:updateAssignedAction', { ...plan, responsibleOrganisationId: 'npm' })).toBe(
      false,
    );
    expect(
      can(actor('VIEWER', 'MEMBER'), 'workplan:updateAssignedAction', { ...plan, responsibleOrganisationId: 'cso' }),
    ).toBe(false);
  });

  it('a comment is resolved by its author while they read the plan, or by anyone who may edit the plan', () => {
    const comment = { ...plan, authorUserId: 'u' };
    expect(can(actor('VIEWER', 'OBSERVER'), 'workplan:resolveComment', comment)).toBe(true);
    expect(can(actor('VIEWER', 'OBSERVER'), 'workplan:resolveComment', { ...comment, authorUserId: 'other' })).toBe(
      false,
    );
    expect(can(actor('EDITOR', 'MEMBER'), 'workplan:resolveComment', { ...comment, authorUserId: 'other' })).toBe(true);
    // The author whose organisation no longer reads the plan cannot touch it.
    expect(can(actor('ADMIN', null), 'workplan:resolveComment', comment)).toBe(false);
  });
});
