import type { Actor } from './actor.ts';
import { membershipIn, organisationIds } from './actor.ts';
import type { Classification } from '../enums.ts';
import type { RecordFacts } from './records.ts';
import type { RecommendationFacts } from './recommendations.ts';
import { canAssessRecommendation, canConfigureResponsePeriod, canSpeakForAddressee } from './recommendations.ts';
import {
  canAuthorisePublication,
  canCommentRecord,
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
  /** Create a shareable record owned by this organisation. */
  'record:create': { ownerOrganisationId: string };
  /** Read a shareable record (and see it in lists, counts, search, subscriptions). */
  'record:read': RecordFacts;
  'record:update': RecordFacts;
  'record:comment': RecordFacts;
  /** Name organisations a SHARED record is shared with (or the NPM an SPT record is shared with). */
  'record:share': RecordFacts;
  'record:export': RecordFacts;
  'record:reclassify': RecordFacts & { ownerOrganisationKind: string; to: Classification };
  /** Turn an SPT_CONFIDENTIAL record PUBLIC: the State concerned authorises it (art. 16(2) OPCAT). */
  'record:authorisePublication': RecordFacts;
  /** Personal data of interviewees: only the owner organisation's visit team (art. 21(2) OPCAT). */
  'record:readPersonalData': RecordFacts & { visitTeamUserIds: readonly string[] };
  /** Reprisal incidents: only the users named on the incident. */
  'reprisal:read': { namedUserIds: readonly string[] };
  /** The addressee authority answers a recommendation (art. 22 dialogue). */
  'recommendation:respond': RecommendationFacts;
  /** The addressee authority reports its own implementation status. */
  'recommendation:reportStateStatus': RecommendationFacts;
  /** The monitor assesses implementation and records follow-up activities. */
  'recommendation:assess': RecordFacts;
  /** Set the days authorities of a country have to respond to recommendations. */
  'country:configureResponsePeriod': { countryCode: string };
}
export type Action = keyof ActionFacts;

type Rule<A extends Action> = (actor: Actor | null, facts: ActionFacts[A]) => boolean;

const isMember = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId) !== undefined;

const isAdmin = (actor: Actor | null, organisationId: string): boolean =>
  actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';

export const rules: { [A in Action]: Rule<A> } = {
  // The directory of organisations is shared knowledge between signed-in partners.
  'organisation:read': (actor) => actor !== null,
  'organisation:readMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'organisation:manageMembers': (actor, { organisationId }) => isAdmin(actor, organisationId),
  'organisation:subscribeMembers': (actor, { organisationId }) => isMember(actor, organisationId),
  'record:create': (actor, { ownerOrganisationId }) =>
    actor !== null && ['ADMIN', 'EDITOR'].includes(membershipIn(actor, ownerOrganisationId)?.role ?? ''),
  'record:read': canReadRecord,
  'record:update': canUpdateRecord,
  'record:comment': canCommentRecord,
  'record:share': canShareRecord,
  'record:export': canExportRecord,
  'record:reclassify': (actor, facts) => canReclassifyRecord(actor, facts, facts.to),
  'record:authorisePublication': canAuthorisePublication,
  'record:readPersonalData': (actor, facts) =>
    actor !== null && isMember(actor, facts.ownerOrganisationId) && facts.visitTeamUserIds.includes(actor.userId),
  'reprisal:read': (actor, { namedUserIds }) => actor !== null && namedUserIds.includes(actor.userId),
  'workingGroup:read': (actor, { memberOrganisationIds }) =>
    actor !== null && organisationIds(actor).some((id) => memberOrganisationIds.includes(id)),
  'recommendation:respond': canSpeakForAddressee,
  'recommendation:reportStateStatus': canSpeakForAddressee,
  'recommendation:assess': canAssessRecommendation,
  'country:configureResponsePeriod': (actor, { countryCode }) => canConfigureResponsePeriod(actor, countryCode),
};
