import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';

type Relation = 'own organisation' | 'other organisation' | 'signed out';

function actorOf(kind: OrganisationKind, role: Role): Actor {
  return {
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organisationId: 'own', organisationKind: kind, countryCode: 'CV', role }],
    workingGroups: [{ workingGroupId: 'wg-own', organisationId: 'own', role: 'MEMBER' }],
  };
}

/** The reviewed table: an organisation's outbox is its ADMINs' business only, whatever the kind. */
const expected = (role: Role, relation: Relation): boolean => relation === 'own organisation' && role === 'ADMIN';

describe('policy matrix: mail:readOutbox', () => {
  const cells: [OrganisationKind, Role, Relation, boolean][] = [];
  for (const kind of ORGANISATION_KINDS)
    for (const role of ROLES)
      for (const relation of ['own organisation', 'other organisation', 'signed out'] as Relation[])
        cells.push([kind, role, relation, expected(role, relation)]);

  it.each(cells)('mail:readOutbox by a %s %s on the %s → %s', (kind, role, relation, allowed) => {
    const actor = relation === 'signed out' ? null : actorOf(kind, role);
    const organisationId = relation === 'own organisation' ? 'own' : 'other';
    expect(can(actor, 'mail:readOutbox', { organisationId })).toBe(allowed);
  });

  it('an ADMIN of one organisation never reads the outbox of another it does not administer', () => {
    const actor: Actor = {
      userId: 'u1',
      sessionId: 's1',
      memberships: [
        { organisationId: 'a', organisationKind: 'NPM', countryCode: 'CV', role: 'ADMIN' },
        { organisationId: 'b', organisationKind: 'CSO', countryCode: 'CV', role: 'EDITOR' },
      ],
      workingGroups: [],
    };
    expect(can(actor, 'mail:readOutbox', { organisationId: 'a' })).toBe(true);
    expect(can(actor, 'mail:readOutbox', { organisationId: 'b' })).toBe(false);
  });
});
