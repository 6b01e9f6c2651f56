import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';
import { readsPersonalData } from './evidence.ts';
import type { RecordFacts } from './records.ts';
import { canReadComments, canReadRecord } from './records.ts';

/** Everything that notifies someone. Stored with each notification: rename only with a data migration. */
export const NOTIFICATION_EVENTS = [
  'RECOMMENDATION_ISSUED',
  'RESPONSE_DUE_14',
  'RESPONSE_DUE_7',
  'RESPONSE_DUE_1',
  'RESPONSE_OVERDUE',
  'STATE_STATUS_REPORTED',
  'MONITOR_STATUS_ASSESSED',
  'ACTION_ASSIGNED',
  'ACTION_DUE_SOON',
  'ACTION_OVERDUE',
  'RECORD_SHARED',
  'RECORD_SHARE_WITHDRAWN',
  'VISIT_TEAM_ADDED',
  'REPRISAL_NAMED',
  'ROLE_CHANGED',
  'WELFARE_CHECK_DUE',
  'MENTIONED',
  'PUBLICATION_AUTHORISED',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/**
 * Who an event is for, before the read rules: the members of the recommendation's addressee authority,
 * of its issuing (owner) organisation, of the organisation an action is assigned to or a record shared
 * with; or named people (the person added to a team or an incident, whose role changed, the visit team).
 */
export type NotificationAudience =
  | 'ADDRESSEE'
  | 'OWNER'
  | 'RESPONSIBLE'
  | 'SHARE_TARGET'
  | 'NAMED_USERS'
  /** Both the issuing organisation's team and the addressee authority (publication authorised). */
  | 'OWNER_AND_ADDRESSEE';

/** THE recipient rules: each event's audience. Every recipient is then checked by `notification:receive`. */
export const NOTIFICATION_AUDIENCE: Record<NotificationEvent, NotificationAudience> = {
  RECOMMENDATION_ISSUED: 'ADDRESSEE',
  RESPONSE_DUE_14: 'ADDRESSEE',
  RESPONSE_DUE_7: 'ADDRESSEE',
  RESPONSE_DUE_1: 'ADDRESSEE',
  RESPONSE_OVERDUE: 'ADDRESSEE',
  // The State reported its own status: the monitor (the issuing organisation) hears of it …
  STATE_STATUS_REPORTED: 'OWNER',
  // … and the State hears of the monitor's assessment.
  MONITOR_STATUS_ASSESSED: 'ADDRESSEE',
  ACTION_ASSIGNED: 'RESPONSIBLE',
  ACTION_DUE_SOON: 'RESPONSIBLE',
  ACTION_OVERDUE: 'RESPONSIBLE',
  RECORD_SHARED: 'SHARE_TARGET',
  RECORD_SHARE_WITHDRAWN: 'SHARE_TARGET',
  VISIT_TEAM_ADDED: 'NAMED_USERS',
  REPRISAL_NAMED: 'NAMED_USERS',
  ROLE_CHANGED: 'NAMED_USERS',
  WELFARE_CHECK_DUE: 'NAMED_USERS',
  // The people a comment mentions; each must take part in the record's discussion (RECORD subject).
  MENTIONED: 'NAMED_USERS',
  // The State authorised publishing (art. 16(2) OPCAT): the owner's team and the addressees hear of it.
  PUBLICATION_AUTHORISED: 'OWNER_AND_ADDRESSEE',
};

/**
 * What a notification is about, as the receive rule sees it:
 * - RECORD: a shareable record; the recipient must read it (checked at delivery and again when opened);
 * - WITHDRAWN: a record no longer shared with the recipient's organisation: the notification says only that;
 * - REPRISAL: an incident, readable only by the users named on it;
 * - PERSONAL_DATA: an interviewee's welfare check, personal data for the owner's visit team only;
 * - SELF: the recipient's own account (their role changed).
 */
export type NotificationSubjectFacts =
  | { kind: 'RECORD'; record: RecordFacts }
  | { kind: 'WITHDRAWN' }
  | { kind: 'REPRISAL'; namedUserIds: readonly string[] }
  | { kind: 'PERSONAL_DATA'; record: RecordFacts; visitTeamUserIds: readonly string[] }
  | { kind: 'SELF' };

export interface NotificationFacts {
  event: NotificationEvent;
  /** The organisation whose members the event is for (ADDRESSEE, OWNER, RESPONSIBLE, SHARE_TARGET). */
  audienceOrganisationId: string | null;
  /** OWNER_AND_ADDRESSEE: every organisation whose members the event is for. */
  audienceOrganisationIds?: readonly string[];
  /** The people the event is for (NAMED_USERS). */
  audienceUserIds: readonly string[];
  subject: NotificationSubjectFacts;
}

function inAudience(actor: Actor, facts: NotificationFacts): boolean {
  if (NOTIFICATION_AUDIENCE[facts.event] === 'NAMED_USERS') return facts.audienceUserIds.includes(actor.userId);
  if (NOTIFICATION_AUDIENCE[facts.event] === 'OWNER_AND_ADDRESSEE') {
    return (facts.audienceOrganisationIds ?? []).some((id) => membershipIn(actor, id) !== undefined);
  }
  return facts.audienceOrganisationId !== null && membershipIn(actor, facts.audienceOrganisationId) !== undefined;
}

/**
 * Whether `actor` receives this notification (at delivery, and whether a live event reaches them): in
 * the event's audience AND allowed to read what it is about. Roles never widen reading.
 */
export function canReceiveNotification(actor: Actor | null, facts: NotificationFacts): boolean {
  if (!actor || !inAudience(actor, facts)) return false;
  const subject = facts.subject;
  switch (subject.kind) {
    case 'RECORD':
      // A mention is about a comment: only someone who takes part in the record's discussion hears of it.
      return facts.event === 'MENTIONED'
        ? canReadComments(actor, subject.record)
        : canReadRecord(actor, subject.record);
    case 'WITHDRAWN':
      return facts.event === 'RECORD_SHARE_WITHDRAWN';
    case 'REPRISAL':
      return subject.namedUserIds.includes(actor.userId);
    case 'PERSONAL_DATA':
      return readsPersonalData(actor, { ...subject.record, visitTeamUserIds: subject.visitTeamUserIds });
    case 'SELF':
      return facts.event === 'ROLE_CHANGED' && facts.audienceUserIds.includes(actor.userId);
  }
}
