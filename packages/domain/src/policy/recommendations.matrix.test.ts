import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, ROLES } from '../enums.ts';
import type { Classification, OrganisationKind, Role } from '../enums.ts';
import type { Actor } from './actor.ts';
import type { RecommendationFacts } from './recommendations.ts';
import { can } from './index.ts';
import { matrix, memberOf } from '../test/policy-matrix.ts';

/**
 * The reviewed table for the art. 22 dialogue. A recommendation of country XV owned by organisation
 * O, addressed to authority A, in working group W. The actor belongs to one organisation of XV:
 */
const RELATIONS = ['addressee', 'owner', 'other'] as const;
type Relation = (typeof RELATIONS)[number];

/** How the record is classified, relative to the actor's organisation. */
const SCENARIOS = [
  'PUBLIC',
  'WORKING_GROUP with the actor in W',
  'SHARED with the actor',
  'ORGANISATION',
  'SPT_CONFIDENTIAL',
] as const;
type Scenario = (typeof SCENARIOS)[number];

/** Written out by hand from the brief's confidentiality table, not derived from the rule code. */
function reads(scenario: Scenario, relation: Relation, kind: OrganisationKind): boolean {
  switch (scenario) {
    case 'PUBLIC':
    case 'WORKING_GROUP with the actor in W':
    case 'SHARED with the actor':
      return true;
    case 'ORGANISATION':
      // The addressee reads what is addressed to it once issued, whatever the classification.
      return relation === 'owner' || relation === 'addressee';
    case 'SPT_CONFIDENTIAL':
      // The SPT and the State authorities of XV; the NPM only when shared (it is not here).
      return kind === 'SPT' || kind === 'STATE_AUTHORITY';
  }
}

const speaks = (role: Role) => role === 'ADMIN' || role === 'EDITOR';
const expected = {
  'recommendation:respond': (scenario: Scenario, relation: Relation, kind: OrganisationKind, role: Role) =>
    relation === 'addressee' && speaks(role) && reads(scenario, relation, kind),
  'recommendation:reportStateStatus': (scenario: Scenario, relation: Relation, kind: OrganisationKind, role: Role) =>
    relation === 'addressee' && speaks(role) && reads(scenario, relation, kind),
  'recommendation:assess': (scenario: Scenario, relation: Relation, kind: OrganisationKind, role: Role) =>
    relation === 'owner' && speaks(role) && reads(scenario, relation, kind),
};
type DialogueAction = keyof typeof expected;

const orgOf: Record<Relation, string> = { addressee: 'A', owner: 'O', other: 'X' };

function actorOf(kind: OrganisationKind, role: Role, relation: Relation): Actor {
  const organisationId = orgOf[relation];
  return {
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organisationId, organisationKind: kind, countryCode: 'XV', role }],
    workingGroups: [{ workingGroupId: 'W', organisationId, role: 'MEMBER' }],
  };
}

function factsOf(scenario: Scenario, relation: Relation): RecommendationFacts {
  const classification = scenario.split(' ')[0] as Classification;
  return {
    ownerOrganisationId: 'O',
    addresseeOrganisationId: 'A',
    countryCode: 'XV',
    workingGroupId: classification === 'WORKING_GROUP' ? 'W' : null,
    classification,
    sharedWithOrganisationIds: classification === 'SHARED' ? [orgOf[relation]] : [],
  };
}

describe('policy matrix: the recommendation dialogue', () => {
  const cells = matrix(
    [Object.keys(expected) as DialogueAction[], ORGANISATION_KINDS, ROLES, RELATIONS, SCENARIOS],
    (action, kind, role, relation, scenario) => expected[action](scenario, relation, kind, role),
  );

  it.each(cells)(
    '%s by a %s %s of the %s organisation, record %s → %s',
    (action, kind, role, relation, scenario, allowed) => {
      expect(can(actorOf(kind, role, relation), action, factsOf(scenario, relation))).toBe(allowed);
    },
  );

  it('a signed-out visitor takes no part in the dialogue, even on a public recommendation', () => {
    for (const action of Object.keys(expected) as DialogueAction[]) {
      expect(can(null, action, factsOf('PUBLIC', 'other'))).toBe(false);
    }
  });

  it('an authority member does not answer for another authority of the same country', () => {
    const police = actorOf('STATE_AUTHORITY', 'ADMIN', 'other');
    expect(can(police, 'recommendation:respond', factsOf('SPT_CONFIDENTIAL', 'other'))).toBe(false);
    expect(can(police, 'recommendation:respond', factsOf('WORKING_GROUP with the actor in W', 'other'))).toBe(false);
  });
});

describe('policy matrix: configuring the response period', () => {
  const cells = matrix(
    [ORGANISATION_KINDS, ROLES, ['same country', 'other country'] as const],
    (kind, role, country) => kind === 'NPM' && role === 'ADMIN' && country === 'same country',
  );

  it.each(cells)('a %s %s of the %s → %s', (kind, role, country, allowed) => {
    const actor = memberOf(kind, role, { countryCode: country === 'same country' ? 'XV' : 'XS' });
    expect(can(actor, 'country:configureResponsePeriod', { countryCode: 'XV' })).toBe(allowed);
  });

  it('signed out, nobody configures anything', () => {
    expect(can(null, 'country:configureResponsePeriod', { countryCode: 'XV' })).toBe(false);
  });
});
