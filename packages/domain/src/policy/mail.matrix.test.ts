import { describe, expect, it } from 'vitest';
import type { Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';
import { actorFor, organisationFor, organisationMatrix } from '../test/policy-matrix.ts';
import type { Relation } from '../test/policy-matrix.ts';

const inOwnGroup = { workingGroups: [{ workingGroupId: 'wg-own', organisationId: 'own', role: 'MEMBER' as const }] };

/** The reviewed table: an organisation's outbox is its ADMINs' business only, whatever the kind. */
const expected = (role: Role, relation: Relation): boolean => relation === 'own organisation' && role === 'ADMIN';

describe('policy matrix: mail:readOutbox', () => {
  const cells = organisationMatrix((_kind, role, relation) => expected(role, relation));

  it.each(cells)('mail:readOutbox by a %s %s on the %s → %s', (kind, role, relation, allowed) => {
    const organisationId = organisationFor(relation);
    expect(can(actorFor(kind, role, relation, inOwnGroup), 'mail:readOutbox', { organisationId })).toBe(allowed);
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
