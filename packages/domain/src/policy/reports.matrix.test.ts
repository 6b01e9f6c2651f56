import { describe, expect, it } from 'vitest';
import type { Classification, OrganisationKind } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';
import type { RecordFacts } from './records.ts';
import type { ReportAudience, ReportVersion } from './reports.ts';

/**
 * A visit owned by the NPM O (country XV, working group W), addressed to the ministry M (a member
 * of W) and seen by these people. The expected tables are written from the issue, not the code.
 */
type Viewer =
  | 'visit team of O'
  | 'O, off the team'
  | 'ministry M (addressee)'
  | 'police P (not addressed)'
  | 'CSO C in W'
  | 'SPT'
  | 'signed out';
const VIEWERS: Viewer[] = [
  'visit team of O',
  'O, off the team',
  'ministry M (addressee)',
  'police P (not addressed)',
  'CSO C in W',
  'SPT',
  'signed out',
];

function actorOf(viewer: Viewer): Actor | null {
  const one = (organisationId: string, kind: OrganisationKind, country: string | null, inW: boolean): Actor => ({
    userId: viewer === 'visit team of O' ? 'teamMember' : 'someoneElse',
    sessionId: 's',
    memberships: [{ organisationId, organisationKind: kind, countryCode: country, role: 'EDITOR' }],
    workingGroups: inW ? [{ workingGroupId: 'W', organisationId, role: 'MEMBER' }] : [],
  });
  switch (viewer) {
    case 'visit team of O':
    case 'O, off the team':
      return one('O', 'NPM', 'XV', true);
    case 'ministry M (addressee)':
      return one('M', 'STATE_AUTHORITY', 'XV', true);
    case 'police P (not addressed)':
      return one('P', 'STATE_AUTHORITY', 'XV', true);
    case 'CSO C in W':
      return one('C', 'CSO', 'XV', true);
    case 'SPT':
      return one('U', 'SPT', null, false);
    case 'signed out':
      return null;
  }
}

const record = (classification: Classification, extra: Partial<RecordFacts> = {}): RecordFacts => ({
  ownerOrganisationId: 'O',
  countryCode: 'XV',
  workingGroupId: 'W',
  classification,
  sharedWithOrganisationIds: classification === 'SPT_CONFIDENTIAL' ? ['O'] : ['C'],
  ...extra,
});

const ministry = { id: 'M', kind: 'STATE_AUTHORITY' as const, countryCode: 'XV', workingGroupIds: ['W'] };
const owner = { id: 'O', kind: 'NPM' as const, countryCode: 'XV', workingGroupIds: ['W'] };
const AUDIENCES: Record<ReportVersion, ReportAudience> = {
  CONFIDENTIAL: { version: 'CONFIDENTIAL', organisation: owner },
  AUTHORITY: { version: 'AUTHORITY', organisation: ministry },
  PUBLIC: { version: 'PUBLIC' },
};

describe('report:download', () => {
  const downloads = (viewer: Viewer, version: ReportVersion, visit: Classification, spt = false) =>
    can(actorOf(viewer), 'report:download', {
      version,
      visit: record(visit),
      authorityIds: ['M'],
      audienceAuthorityId: version === 'AUTHORITY' ? 'M' : null,
      unauthorisedSptContent: spt,
    });

  // [viewer, CONFIDENTIAL, AUTHORITY (for M), PUBLIC] on a WORKING_GROUP visit.
  const table: [Viewer, boolean, boolean, boolean][] = [
    ['visit team of O', true, true, true],
    ['O, off the team', true, true, true],
    ['ministry M (addressee)', false, true, true],
    ['police P (not addressed)', false, false, true],
    ['CSO C in W', false, false, true],
    ['SPT', false, false, false],
    ['signed out', false, false, false],
  ];
  it.each(table)('%s on a WORKING_GROUP visit: confidential %s, authority %s, public %s', (v, c, a, p) => {
    expect([downloads(v, 'CONFIDENTIAL', 'WORKING_GROUP'), downloads(v, 'AUTHORITY', 'WORKING_GROUP')]).toEqual([c, a]);
    expect(downloads(v, 'PUBLIC', 'WORKING_GROUP')).toBe(p);
  });

  it('nobody may download any version of a visit they cannot read', () => {
    for (const viewer of ['ministry M (addressee)', 'CSO C in W', 'SPT', 'signed out'] as const) {
      for (const version of ['CONFIDENTIAL', 'AUTHORITY', 'PUBLIC'] as const) {
        expect(downloads(viewer, version, 'ORGANISATION'), `${viewer} ${version}`).toBe(false);
      }
    }
  });

  it('a PUBLIC visit has a public version for everyone, signed out included', () => {
    for (const viewer of VIEWERS) expect(downloads(viewer, 'PUBLIC', 'PUBLIC'), viewer).toBe(true);
  });

  it('the public version is refused while SPT-confidential content is not authorised', () => {
    for (const viewer of VIEWERS) expect(downloads(viewer, 'PUBLIC', 'PUBLIC', true), viewer).toBe(false);
    expect(downloads('visit team of O', 'CONFIDENTIAL', 'WORKING_GROUP', true)).toBe(true);
  });

  it('an authority copy exists only for an authority the report addresses', () => {
    const facts = (audienceAuthorityId: string | null) => ({
      version: 'AUTHORITY' as const,
      visit: record('WORKING_GROUP'),
      authorityIds: ['M'],
      audienceAuthorityId,
      unauthorisedSptContent: false,
    });
    expect(can(actorOf('O, off the team'), 'report:download', facts('P'))).toBe(false);
    expect(can(actorOf('O, off the team'), 'report:download', facts(null))).toBe(false);
    expect(can(actorOf('police P (not addressed)'), 'report:download', facts('P'))).toBe(false);
  });
});

describe('report:includeRecord', () => {
  const includes = (viewer: Viewer, version: ReportVersion, facts: RecordFacts, type = 'FINDING' as const) =>
    can(actorOf(viewer), 'report:includeRecord', { ...facts, audience: AUDIENCES[version], recordType: type });

  // Downloader O (owner): what goes into each version, by the record's classification.
  const table: [Classification, boolean, boolean, boolean][] = [
    ['PUBLIC', true, true, true],
    ['WORKING_GROUP', true, true, false],
    ['SHARED', true, false, false], // shared with the CSO only
    ['ORGANISATION', true, false, false],
    ['SPT_CONFIDENTIAL', true, true, false], // the SPT shared it with O; M is the State concerned
  ];
  it.each(table)('the owner puts a %s finding in: confidential %s, authority %s, public %s', (c, conf, auth, pub) => {
    expect([
      includes('O, off the team', 'CONFIDENTIAL', record(c)),
      includes('O, off the team', 'AUTHORITY', record(c)),
      includes('O, off the team', 'PUBLIC', record(c)),
    ]).toEqual([conf, auth, pub]);
  });

  it('a record the downloader cannot read never goes in, whatever its audience reads', () => {
    // The ministry reads its SPT-confidential material, but the CSO cannot, even in a version the ministry reads.
    expect(includes('CSO C in W', 'AUTHORITY', record('SPT_CONFIDENTIAL'))).toBe(false);
    expect(includes('ministry M (addressee)', 'AUTHORITY', record('ORGANISATION'))).toBe(false);
  });

  it('an authority copy carries only the recommendations addressed to that authority', () => {
    const toM = record('WORKING_GROUP', { addresseeOrganisationId: 'M' });
    const toP = record('WORKING_GROUP', { addresseeOrganisationId: 'P' });
    expect(includes('O, off the team', 'AUTHORITY', toM, 'RECOMMENDATION' as never)).toBe(true);
    expect(includes('O, off the team', 'AUTHORITY', toP, 'RECOMMENDATION' as never)).toBe(false);
    expect(includes('O, off the team', 'CONFIDENTIAL', toP, 'RECOMMENDATION' as never)).toBe(true);
    // An ORGANISATION recommendation reaches its addressee all the same (it reads what is addressed to it).
    const privateToM = record('ORGANISATION', { addresseeOrganisationId: 'M' });
    expect(includes('O, off the team', 'AUTHORITY', privateToM, 'RECOMMENDATION' as never)).toBe(true);
  });
});

describe('report:includePersonalData', () => {
  const personal = (viewer: Viewer, version: ReportVersion, classification: Classification) =>
    can(actorOf(viewer), 'report:includePersonalData', {
      ...record(classification),
      audience: AUDIENCES[version],
      recordType: 'FINDING',
      visitTeamUserIds: ['teamMember'],
    });

  it('only the confidential version downloaded by the visit team carries personal data', () => {
    for (const c of ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION'] as const) {
      expect(personal('visit team of O', 'CONFIDENTIAL', c), c).toBe(true);
      expect(personal('O, off the team', 'CONFIDENTIAL', c), c).toBe(false);
      for (const viewer of VIEWERS) {
        expect(personal(viewer, 'AUTHORITY', c), `${viewer} ${c}`).toBe(false);
        expect(personal(viewer, 'PUBLIC', c), `${viewer} ${c}`).toBe(false);
      }
    }
  });
});
