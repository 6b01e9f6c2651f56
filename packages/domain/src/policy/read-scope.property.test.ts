import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLASSIFICATIONS, ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { RecordFacts } from './records.ts';
import { canReadRecord, recordReadScope, scopeMatches } from './records.ts';

const orgId = fc.constantFrom('o1', 'o2', 'o3', 'o4');
const wgId = fc.constantFrom('w1', 'w2');
const country = fc.constantFrom('XV', 'XS', null);

const actor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant('u'),
  sessionId: fc.constant('s'),
  memberships: fc.uniqueArray(
    fc.record({
      organisationId: orgId,
      organisationKind: fc.constantFrom(...ORGANISATION_KINDS),
      countryCode: country,
      role: fc.constantFrom(...ROLES),
    }),
    { selector: (m) => m.organisationId, maxLength: 3 },
  ),
  workingGroups: fc.array(
    fc.record({ workingGroupId: wgId, organisationId: orgId, role: fc.constantFrom('CHAIR', 'MEMBER', 'OBSERVER') }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<Actor>;

const record: fc.Arbitrary<RecordFacts> = fc.record({
  ownerOrganisationId: orgId,
  countryCode: country,
  workingGroupId: fc.option(wgId, { nil: null }),
  classification: fc.constantFrom(...CLASSIFICATIONS),
  sharedWithOrganisationIds: fc.uniqueArray(orgId, { maxLength: 3 }),
  addresseeOrganisationId: fc.option(orgId, { nil: null }),
});

describe('the SQL read scope', () => {
  it('admits exactly the records canReadRecord allows, for any actor and record', () => {
    fc.assert(
      fc.property(actor, record, (a, r) => {
        // Working-group facts only count for the actor's own organisations, as loadActor builds them.
        const own = new Set(a.memberships.map((m) => m.organisationId));
        const consistent = { ...a, workingGroups: a.workingGroups.filter((w) => own.has(w.organisationId)) };
        expect(scopeMatches(recordReadScope(consistent), r)).toBe(canReadRecord(consistent, r));
      }),
      { numRuns: 5000 },
    );
  });
});
