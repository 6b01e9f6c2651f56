import type { Actor } from './actor.ts';
import { membershipIn, organisationIds } from './actor.ts';
import type { Classification, OrganisationKind } from '../enums.ts';
import type { EvidenceFacts } from './evidence.ts';
import {
  canDownloadEvidence,
  canSeeEvidenceExists,
  canSeeEvidenceMetadata,
  canSetEvidencePersonalData,
  readsPersonalData,
} from './evidence.ts';
import type { RecordFacts } from './records.ts';
import type { ReportRecordFacts, VisitReportFacts } from './reports.ts';
import { canDownloadVisitReport, canIncludeInReport, canIncludePersonalDataInReport } from './reports.ts';
import type { ReprisalFacts } from './reprisals.ts';
import { canReportReprisal, canUpdateReprisal } from './reprisals.ts';
import type { RecommendationFacts } from './recommendations.ts';
import type { NotificationFacts } from './notifications.ts';
import { canReceiveNotification } from './notifications.ts';
import { canAssessRecommendation, canConfigureResponsePeriod, canSpeakForAddressee } from './recommendations.ts';
import type { NetworkPracticeFacts } from './portal.ts';
import { canPublishToNetwork, canShowOnPortal } from './portal.ts';
import { canManageTwoFactor, canResetMemberTwoFactor } from './two-factor.ts';
import { canConfigureSso } from './sso.ts';
import {
  canCreateWorkingGroup,
  canDisableOwnTwoFactor,
  canRemoveFromWorkingGroup,
  canRespondToGroupInvitation,
  chairsWorkingGroup,
  isPlatformAdmin,
} from './onboarding.ts';
import {
  canAuthorisePublication,
  canCommentRecord,
  canReadComments,
  canExportRecord,
  canReadRecord,
  canReclassifyRecord,
  canShareRecord,
  canUpdateRecord,
} from './records.ts';

/**
 * Every action the product knows, with the facts its rule needs.
 * A new action lands here with its rule and its rows in policy.matrix.test.ts.
 */
export interface ActionFacts {
  /** See an organisation's public profile (name, kind, country). */
  'organisation:read': { organisationId: string };
  /** See who belongs to an organisation and with which role. */
  'organisation:readMembers': { organisationId: string };
  /** Add, re-role or remove members of an organisation. */
  'organisation:manageMembers': { organisationId: string };
  /** See a working group, its member organisations and their roles. */
  'workingGroup:read': { workingGroupId: string; memberOrganisationIds: readonly string[] };
  /** Follow membership changes of an organisation live. */
  'organisation:subscribeMembers': { organisationId: string };
  /**
   * Create a shareable record of this type owned by this organisation: ADMIN/EDITOR of a monitoring
   * body for places, visits, findings and recommendations (monitors monitor: a State authority,
   * OHCHR or a partner does not plan visits or issue recommendations).
   */
  'record:create': { ownerOrganisationId: string; recordType: MonitoringRecordType };
  /** Create a working group's workplan owned by this organisation: ADMIN/EDITOR of a CHAIR or MEMBER organisation. */
  'workplan:create': { ownerOrganisationId: string; workingGroupId: string };
  /** See whom the owner shared a record with: the owner's business (its members). */
  'record:readShareList': RecordFacts;
  /**
   * Name these organisations in a record's share list: the share right, and for an SPT-confidential
   * record only the NPM of the country concerned (art. 16 OPCAT: nobody else).
   */
  'record:shareWith': RecordFacts & { targets: readonly ShareTarget[] };
  /**
   * Read a co-edited text (GraphQL and /collab): as the record, except a recommendation's draft, the issuer's
   * working text before it is adopted, which only the issuing organisation's members read (not the addressee,
   * not the organisations it is shared with): they read the adopted text.
   */
  'coEditing:read': RecordFacts & { kind: CoEditedKind };
  /** Write a co-edited text of a readable record: a workplan's narrative as the plan, others as the record. */
  'coEditing:write': RecordFacts & { kind: CoEditedKind };
  /** Read a shareable record (and see it in lists, counts, search, subscriptions). */
  'record:read': RecordFacts;
  'record:update': RecordFacts;
  /** Read a record's comments: its owner, working group and share list, not a reader through PUBLIC or the addressee. */
  'record:readComments': RecordFacts;
  'record:comment': RecordFacts;
  /** Name organisations a SHARED record is shared with (or the NPM an SPT record is shared with). */
  'record:share': RecordFacts;
  'record:export': RecordFacts;
  'record:reclassify': RecordFacts & { ownerOrganisationKind: string; to: Classification };
  /** Turn an SPT_CONFIDENTIAL record PUBLIC: the State concerned authorises it (art. 16(2) OPCAT). */
  'record:authorisePublication': RecordFacts;
  /** Personal data of interviewees: only the owner organisation's visit team (art. 21(2) OPCAT). */
  'record:readPersonalData': RecordFacts & { visitTeamUserIds: readonly string[] };
  /** Know that an evidence file of a finding exists (counted as withheld when its metadata is not visible). */
  'evidence:seeExistence': EvidenceFacts;
  /** See an evidence file's name, type, size, digest and id. */
  'evidence:seeMetadata': EvidenceFacts;
  /** Download an evidence file's bytes (an export of the finding). */
  'evidence:download': EvidenceFacts;
  /** Turn an evidence file's personal-data flag on or off after the upload. */
  'evidence:setPersonalData': EvidenceFacts;
  /** Co-edit a workplan (narrative, priorities, actions): ADMIN/EDITOR of a CHAIR or MEMBER organisation of its working group, or of the owner. */
  'workplan:edit': RecordFacts;
  /** Update an action's progress: CONTRIBUTOR or above in the responsible organisation, or anyone who may edit the plan. */
  'workplan:updateAssignedAction': RecordFacts & { responsibleOrganisationId: string };
  /** Change these fields of an action: anyone who may edit the plan; the responsible organisation only its progress. */
  'workplan:updateActionFields': RecordFacts & { responsibleOrganisationId: string; fields: readonly string[] };
  /** Mark a discussion comment of a workplan resolved: its author while they still read the plan, or anyone who may edit the plan. */
  'workplan:resolveComment': RecordFacts & { authorUserId: string };
  /** Reprisal incidents: only the users named on the incident. */
  'reprisal:read': { namedUserIds: readonly string[] };
  /** Report a reprisal incident on behalf of this organisation (an NPM, local mechanism, NHRI or CSO). */
  'reprisal:report': { organisationId: string };
  /** Change a reprisal incident: named on it and ADMIN/EDITOR of its owner organisation. */
  'reprisal:update': ReprisalFacts;
  /** Read the audit log of actions by this organisation's members, and verify the chain: its ADMINs. */
  'audit:read': { organisationId: string };
  /** The addressee authority answers a recommendation (art. 22 dialogue). */
  'recommendation:respond': RecommendationFacts;
  /** The addressee authority reports its own implementation status. */
  'recommendation:reportStateStatus': RecommendationFacts;
  /** The monitor assesses implementation and records follow-up activities. */
  'recommendation:assess': RecordFacts;
  /** Set the days authorities of a country have to respond to recommendations. */
  'country:configureResponsePeriod': { countryCode: string };
  /**
   * Read the mail sent on behalf of this organisation (its outbox: invitations carry a sign-up link):
   * its ADMINs only, never another organisation's mail.
   */
  'mail:readOutbox': { organisationId: string };
  /** Download (and preview) one version of a visit report: see reports.ts. */
  'report:download': VisitReportFacts;
  /** Put a record into a version: the downloader and the version's audience both read it. */
  'report:includeRecord': ReportRecordFacts;
  /** Put interviewees' personal data into a version: the owner's confidential version, for its visit team. */
  'report:includePersonalData': ReportRecordFacts & { visitTeamUserIds: readonly string[] };
  /**
   * Show a record on the public portal and in its open-data downloads: only what an anonymous
   * reader reads (PUBLIC, including SPT material whose publication the State authorised), whoever asks.
   */
  'portal:read': RecordFacts;
  /** Publish a good practice (a finding or a note) to a regional network's exchange. */
  'practice:publishToNetwork': NetworkPracticeFacts;
  /** Receive a notification (stored, live, e-mailed): in the event's audience and allowed to read its subject. */
  'notification:receive': NotificationFacts;
  /** Open, mark read or count one's notifications: only the recipient (what it names is re-read through the read scope). */
  'notification:open': { recipientUserId: string };
  /** Require two-factor authentication of this organisation's members (or stop requiring it): its ADMINs. */
  'organisation:manageTwoFactor': { organisationId: string };
  /** Reset a member's two-factor (a lost device): an ADMIN of one of the member's organisations, never for themselves. */
  'organisation:resetMemberTwoFactor': {
    organisationId: string;
    memberUserId: string;
    memberOrganisationIds: readonly string[];
  };
  /** Configure the organisation's single sign-on (OpenID Connect): its ADMINs (decision 0028). */
  'organisation:configureSso': { organisationId: string };
  /**
   * The platform's own work (decision 0029): create organisations with their first admin, decide
   * requests to join, link an NPM to its host institution, read the platform's outbox. Platform
   * administrators only; it opens no organisation's records.
   */
  'platform:administer': Record<string, never>;
  /** Start a working group chaired by this organisation: its ADMINs. */
  'workingGroup:create': { organisationId: string };
  /** Invite organisations to a group, set their standing, see its pending invitations: ADMINs of its chair. */
  'workingGroup:manageMembers': { workingGroupId: string };
  /** Accept or decline an invitation of this organisation to a working group: its ADMINs. */
  'workingGroup:respondToInvitation': { organisationId: string };
  /** Take an organisation out of a group: the chair, or the organisation's ADMINs (it leaves). */
  'workingGroup:removeMember': {
    workingGroupId: string;
    organisationId: string;
    memberOrganisationIds: readonly string[];
  };
  /** Turn one's own two-factor off: the person, unless an organisation of theirs requires it. */
  'account:disableTwoFactor': { userId: string; requiredByAnOrganisation: boolean };
}
export type Action = keyof ActionFacts;

/** Shareable records created through `record:create` (workplans have `workplan:create`). */
export type MonitoringRecordType = 'PLACE' | 'VISIT' | 'FINDING' | 'RECOMMENDATION';
/** Texts written live on /collab: narratives, a recommendation's draft, a visit report's introduction and conclusions. */
export type CoEditedKind = 'workplan' | 'finding' | 'recommendation' | 'visitIntroduction' | 'visitConclusions';
/** An organisation about to be named in a share list. */
export interface ShareTarget {
  id: string;
  kind: OrganisationKind;
  countryCode: string | null;
}

/** Bodies that visit places of detention and make recommendations (the SPT too, in the States it visits). */
export const MONITORING_KINDS: readonly OrganisationKind[] = ['NPM', 'LOCAL_PM', 'NHRI', 'CSO', 'SPT'];
/** Fields of a workplan action the responsible organisation reports without the right to edit the plan. */
export const ACTION_PROGRESS_FIELDS: readonly string[] = ['status', 'indicator', 'target'];
const WRITERS = ['ADMIN', 'EDITOR'];

/**
 * Which readable records' co-edited text of this kind the actor reads: null for all of them (the text
 * follows its record), else only those owned by these organisations (a recommendation's draft is its
 * issuer's working text). `coEditing:read` and the search over co-edited texts both use it.
 */
export function coEditedTextOwners(actor: Actor | null, kind: CoEditedKind): readonly string[] | null {
  if (kind !== 'recommendation') return null;
  return actor ? organisationIds(actor) : [];
}

function canReadCoEditedText(actor: Actor | null, facts: RecordFacts & { kind: CoEditedKind }): boolean {
  const owners = coEditedTextOwners(actor, facts.kind);
  return canReadRecord(actor, facts) && (owners === null || owners.includes(facts.ownerOrganisationId));
}

function canCreateWorkplan(actor: Actor | null, facts: { ownerOrganisationId: string; workingGroupId: string }) {
  if (!actor || !WRITERS.includes(membershipIn(actor, facts.ownerOrganisationId)?.role ?? '')) return false;
  return actor.workingGroups.some(
    (w) =>
      w.workingGroupId === facts.workingGroupId &&
      w.organisationId === facts.ownerOrganisationId &&
      (w.role === 'CHAIR' || w.role === 'MEMBER'),
  );
}

function canShareWith(actor: Actor | null, facts: RecordFacts & { targets: readonly ShareTarget[] }): boolean {
  if (!canShareRecord(actor, facts)) return false;
  if (facts.classification !== 'SPT_CONFIDENTIAL') return true;
  return facts.targets.every((t) => t.kind === 'NPM' && t.countryCode !== null && t.countryCode === facts.countryCode);
}

type Rule<A extends Action> = (actor: Actor | null, facts: ActionFacts[A]) => boolean;

const isMember = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId) !== undefined;

const isAdmin = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';

function canEditWorkplan(actor: Actor | null, facts: RecordFacts): boolean {
  if (!actor || !canReadRecord(actor, facts)) return false;
  if (canUpdateRecord(actor, facts)) return true;
  return actor.memberships.some(
    (m) =>
      (m.role === 'ADMIN' || m.role === 'EDITOR') &&
      actor.workingGroups.some(
        (w) =>
          w.workingGroupId === facts.workingGroupId &&
          w.organisationId === m.organisationId &&
          (w.role === 'CHAIR' || w.role === 'MEMBER'),
      ),
  );
}

export const rules: { [A in Action]: Rule<A> } = {
  // The directory of organisations is shared knowledge between signed-in partners.
  'organisation:read': (actor) => actor !== null,
  'organisation:readMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'organisation:manageMembers': (actor, { organisationId }) => isAdmin(actor, organisationId),
  'organisation:subscribeMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'record:create': (actor, { ownerOrganisationId }) => {
    const membership = actor ? membershipIn(actor, ownerOrganisationId) : undefined;
    return (
      membership !== undefined &&
      WRITERS.includes(membership.role) &&
      MONITORING_KINDS.includes(membership.organisationKind)
    );
  },
  'workplan:create': canCreateWorkplan,
  'record:readShareList': (actor, facts) => isMember(actor, facts.ownerOrganisationId) && canReadRecord(actor, facts),
  'record:shareWith': canShareWith,
  'coEditing:read': canReadCoEditedText,
  'coEditing:write': (actor, facts) =>
    facts.kind === 'workplan' ? canEditWorkplan(actor, facts) : canUpdateRecord(actor, facts),
  'record:read': canReadRecord,
  'record:update': canUpdateRecord,
  'record:readComments': canReadComments,
  'record:comment': canCommentRecord,
  'record:share': canShareRecord,
  'record:export': canExportRecord,
  'record:reclassify': (actor, facts) => canReclassifyRecord(actor, facts, facts.to),
  'record:authorisePublication': canAuthorisePublication,
  'record:readPersonalData': readsPersonalData,
  'evidence:seeExistence': canSeeEvidenceExists,
  'evidence:seeMetadata': canSeeEvidenceMetadata,
  'evidence:download': canDownloadEvidence,
  'evidence:setPersonalData': canSetEvidencePersonalData,
  'workplan:edit': canEditWorkplan,
  'workplan:updateAssignedAction': (actor, facts) =>
    canEditWorkplan(actor, facts) ||
    (canReadRecord(actor, facts) &&
      ['ADMIN', 'EDITOR', 'CONTRIBUTOR'].includes(
        membershipIn(actor as Actor, facts.responsibleOrganisationId)?.role ?? '',
      )),
  'workplan:updateActionFields': (actor, facts) =>
    canEditWorkplan(actor, facts) ||
    (facts.fields.every((f) => ACTION_PROGRESS_FIELDS.includes(f)) &&
      canReadRecord(actor, facts) &&
      ['ADMIN', 'EDITOR', 'CONTRIBUTOR'].includes(
        membershipIn(actor as Actor, facts.responsibleOrganisationId)?.role ?? '',
      )),
  'workplan:resolveComment': (actor, facts) =>
    canEditWorkplan(actor, facts) ||
    (actor !== null && actor.userId === facts.authorUserId && canReadComments(actor, facts)),
  'reprisal:read': (actor, { namedUserIds }) => actor !== null && namedUserIds.includes(actor.userId),
  'reprisal:report': (actor, { organisationId }) => canReportReprisal(actor, organisationId),
  'reprisal:update': canUpdateReprisal,
  'audit:read': (actor, { organisationId }) => isAdmin(actor, organisationId),
  'workingGroup:read': (actor, { memberOrganisationIds }) =>
    actor !== null && organisationIds(actor).some((id) => memberOrganisationIds.includes(id)),
  'recommendation:respond': canSpeakForAddressee,
  'recommendation:reportStateStatus': canSpeakForAddressee,
  'recommendation:assess': canAssessRecommendation,
  'country:configureResponsePeriod': (actor, { countryCode }) => canConfigureResponsePeriod(actor, countryCode),
  'mail:readOutbox': (actor, { organisationId }) => isAdmin(actor, organisationId),
  'report:download': canDownloadVisitReport,
  'report:includeRecord': canIncludeInReport,
  'report:includePersonalData': canIncludePersonalDataInReport,
  'portal:read': canShowOnPortal,
  'practice:publishToNetwork': canPublishToNetwork,
  'notification:receive': canReceiveNotification,
  'notification:open': (actor, { recipientUserId }) => actor !== null && actor.userId === recipientUserId,
  'organisation:manageTwoFactor': (actor, { organisationId }) => canManageTwoFactor(actor, organisationId),
  'organisation:resetMemberTwoFactor': canResetMemberTwoFactor,
  'organisation:configureSso': (actor, { organisationId }) => canConfigureSso(actor, organisationId),
  'platform:administer': (actor) => isPlatformAdmin(actor),
  'workingGroup:create': (actor, { organisationId }) => canCreateWorkingGroup(actor, organisationId),
  'workingGroup:manageMembers': (actor, { workingGroupId }) => chairsWorkingGroup(actor, workingGroupId),
  'workingGroup:respondToInvitation': (actor, { organisationId }) => canRespondToGroupInvitation(actor, organisationId),
  'workingGroup:removeMember': canRemoveFromWorkingGroup,
  'account:disableTwoFactor': canDisableOwnTwoFactor,
};
