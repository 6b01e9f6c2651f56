import { describe, expect, it } from 'vitest';
import type { Classification, OrganisationKind, Role } from '../enums.ts';
import { CLASSIFICATIONS, ROLES } from '../enums.ts';
import type { Actor } from './actor.ts';
import { can } from './index.ts';
import type { NotificationEvent, NotificationFacts } from './notifications.ts';
import { NOTIFICATION_AUDIENCE, NOTIFICATION_EVENTS } from './notifications.ts';
import type { RecordFacts } from './records.ts';

function actor(organisationId: string, kind: OrganisationKind, role: Role = 'VIEWER', userId = 'u'): Actor {
  return {
    userId,
    sessionId: '',
    memberships: [{ organisationId, organisationKind: kind, countryCode: 'XV', role }],
    workingGroups: [],
  };
}

const recommendation = (classification: Classification): RecordFacts => ({
  ownerOrganisationId: 'npm',
  countryCode: 'XV',
  workingGroupId: null,
  classification,
  sharedWithOrganisationIds: [],
  addresseeOrganisationId: 'ministry',
});

const issued = (
  classification: Classification,
  event: NotificationEvent = 'RECOMMENDATION_ISSUED',
): NotificationFacts => ({
  event,
  audienceOrganisationId: 'ministry',
  audienceUserIds: [],
  subject: { kind: 'RECORD', record: recommendation(classification) },
});

describe('notification recipients matrix', () => {
  it('every event names its audience', () => {
    for (const event of NOTIFICATION_EVENTS) expect(NOTIFICATION_AUDIENCE[event]).toBeDefined();
  });

  // role × organisation kind × classification → receives a recommendation's addressee notification?
  const cells: [Role, OrganisationKind, string, Classification, boolean][] = [];
  for (const role of ROLES)
    for (const classification of CLASSIFICATIONS) {
      // The addressee reads what is addressed to it, except SPT_CONFIDENTIAL (State of the country: yes, via art. 16).
      cells.push([role, 'STATE_AUTHORITY', 'ministry', classification, true]);
      // Another State authority of the same country: only PUBLIC or SPT_CONFIDENTIAL reading, but not in the audience.
      cells.push([role, 'STATE_AUTHORITY', 'police', classification, false]);
      // The issuing NPM reads it but is not the addressee.
      cells.push([role, 'NPM', 'npm', classification, false]);
      cells.push([role, 'CSO', 'cso', classification, false]);
    }
  it.each(cells)(
    'a %s of a %s (%s) receives RECOMMENDATION_ISSUED for a %s recommendation → %s',
    (role, kind, org, c, allowed) => {
      expect(can(actor(org, kind, role), 'notification:receive', issued(c))).toBe(allowed);
    },
  );

  it('the audience alone is not enough: an addressee that may not read the record receives nothing', () => {
    const facts: NotificationFacts = {
      ...issued('SPT_CONFIDENTIAL'),
      subject: { kind: 'RECORD', record: { ...recommendation('SPT_CONFIDENTIAL'), countryCode: 'YY' } },
    };
    expect(can(actor('ministry', 'STATE_AUTHORITY', 'ADMIN'), 'notification:receive', facts)).toBe(false);
  });

  it('the monitor hears the State reported a status, the State hears the assessment', () => {
    const reported: NotificationFacts = {
      ...issued('ORGANISATION', 'STATE_STATUS_REPORTED'),
      audienceOrganisationId: 'npm',
    };
    expect(can(actor('npm', 'NPM'), 'notification:receive', reported)).toBe(true);
    expect(can(actor('ministry', 'STATE_AUTHORITY'), 'notification:receive', reported)).toBe(false);
    const assessed = issued('ORGANISATION', 'MONITOR_STATUS_ASSESSED');
    expect(can(actor('ministry', 'STATE_AUTHORITY'), 'notification:receive', assessed)).toBe(true);
    expect(can(actor('npm', 'NPM'), 'notification:receive', assessed)).toBe(false);
  });

  it('a share withdrawal reaches the former target with nothing of the record; nobody else', () => {
    const withdrawn: NotificationFacts = {
      event: 'RECORD_SHARE_WITHDRAWN',
      audienceOrganisationId: 'cso',
      audienceUserIds: [],
      subject: { kind: 'WITHDRAWN' },
    };
    expect(can(actor('cso', 'CSO'), 'notification:receive', withdrawn)).toBe(true);
    expect(can(actor('other', 'CSO'), 'notification:receive', withdrawn)).toBe(false);
    expect(can(actor('cso', 'CSO'), 'notification:receive', { ...withdrawn, event: 'RECORD_SHARED' })).toBe(false);
  });

  it('named events reach only the named people, and only if they read the subject', () => {
    const team: NotificationFacts = {
      event: 'VISIT_TEAM_ADDED',
      audienceOrganisationId: null,
      audienceUserIds: ['u'],
      subject: { kind: 'RECORD', record: { ...recommendation('ORGANISATION'), addresseeOrganisationId: null } },
    };
    expect(can(actor('npm', 'NPM', 'EDITOR', 'u'), 'notification:receive', team)).toBe(true);
    expect(can(actor('npm', 'NPM', 'EDITOR', 'v'), 'notification:receive', team)).toBe(false);
    expect(can(actor('cso', 'CSO', 'EDITOR', 'u'), 'notification:receive', team)).toBe(false);

    const reprisal: NotificationFacts = {
      event: 'REPRISAL_NAMED',
      audienceOrganisationId: null,
      audienceUserIds: ['u'],
      subject: { kind: 'REPRISAL', namedUserIds: ['u'] },
    };
    expect(can(actor('npm', 'NPM', 'VIEWER', 'u'), 'notification:receive', reprisal)).toBe(true);
    expect(
      can(actor('npm', 'NPM', 'ADMIN', 'u'), 'notification:receive', {
        ...reprisal,
        subject: { kind: 'REPRISAL', namedUserIds: [] },
      }),
    ).toBe(false);

    const role: NotificationFacts = {
      event: 'ROLE_CHANGED',
      audienceOrganisationId: null,
      audienceUserIds: ['u'],
      subject: { kind: 'SELF' },
    };
    expect(can(actor('npm', 'NPM', 'VIEWER', 'u'), 'notification:receive', role)).toBe(true);
    expect(can(actor('npm', 'NPM', 'ADMIN', 'v'), 'notification:receive', role)).toBe(false);
  });

  it('a welfare check reaches only the owner organisation’s visit team', () => {
    const welfare: NotificationFacts = {
      event: 'WELFARE_CHECK_DUE',
      audienceOrganisationId: null,
      audienceUserIds: ['u', 'outsider'],
      subject: {
        kind: 'PERSONAL_DATA',
        record: { ...recommendation('SHARED'), sharedWithOrganisationIds: ['cso'], addresseeOrganisationId: null },
        visitTeamUserIds: ['u', 'outsider'],
      },
    };
    expect(can(actor('npm', 'NPM', 'VIEWER', 'u'), 'notification:receive', welfare)).toBe(true);
    // On the team list but not a member of the owner (or the team changed): no personal data.
    expect(can(actor('cso', 'CSO', 'ADMIN', 'outsider'), 'notification:receive', welfare)).toBe(false);
    expect(can(actor('npm', 'NPM', 'ADMIN', 'v'), 'notification:receive', welfare)).toBe(false);
  });

  it('a notification is opened only by its recipient', () => {
    expect(can(actor('npm', 'NPM', 'VIEWER', 'u'), 'notification:open', { recipientUserId: 'u' })).toBe(true);
    expect(can(actor('npm', 'NPM', 'ADMIN', 'v'), 'notification:open', { recipientUserId: 'u' })).toBe(false);
    expect(can(null, 'notification:open', { recipientUserId: 'u' })).toBe(false);
  });
});
