import type { Actor } from './actor.ts';
import { organisationIds } from './actor.ts';
import type { Action, ActionFacts } from './rules.ts';
import { rules } from './rules.ts';

export type { Action, ActionFacts } from './rules.ts';
export * from './actor.ts';
export {
  commentingMembership,
  organisationCanRead,
  recordReadScope,
  readingMemberships,
  scopeMatches,
} from './records.ts';
export { reprisalReadScope } from './reprisals.ts';
export { REPORT_VERSIONS, audienceReadsRecord } from './reports.ts';
export type { ReportAudience, ReportRecordFacts, ReportVersion, VisitReportFacts } from './reports.ts';
export { ACTION_PROGRESS_FIELDS, coEditedTextOwners, MONITORING_KINDS } from './rules.ts';
export type { CoEditedKind, MonitoringRecordType, ShareTarget } from './rules.ts';
export * from './oracle.ts';
export { NOTIFICATION_AUDIENCE, NOTIFICATION_EVENTS } from './notifications.ts';
export type {
  NotificationAudience,
  NotificationEvent,
  NotificationFacts,
  NotificationSubjectFacts,
} from './notifications.ts';
export { requiresTwoFactorByDefault, sessionStage } from './two-factor.ts';
export { isPlatformAdmin } from './onboarding.ts';
export type { SessionStage, SessionStageFacts } from './two-factor.ts';
export { emailDomain, ssoAdmission } from './sso.ts';
export type { SsoAdmission, SsoAdmissionFacts, SsoRefusal } from './sso.ts';
export type { EvidenceFacts } from './evidence.ts';
export type { OrganisationProfile, RecordFacts, RecordReadScope } from './records.ts';
export type { RecommendationFacts } from './recommendations.ts';
export type { NetworkPracticeFacts } from './portal.ts';
export type { ReprisalFacts } from './reprisals.ts';

/**
 * Thrown when an actor may not do something. Callers never reveal it: the API turns it into
 * NOT_FOUND, exactly like a record that does not exist.
 */
export class PolicyDenied extends Error {
  readonly action: Action;
  constructor(action: Action) {
    super(`policy denied ${action}`);
    this.name = 'PolicyDenied';
    this.action = action;
  }
}

/** Whether `actor` (null when signed out) may perform `action` given the facts. */
export function can<A extends Action>(actor: Actor | null, action: A, facts: ActionFacts[A]): boolean {
  return rules[action](actor, facts);
}

/** Like `can`, but throws PolicyDenied when not allowed. */
export function authorize<A extends Action>(actor: Actor | null, action: A, facts: ActionFacts[A]): void {
  if (!can(actor, action, facts)) throw new PolicyDenied(action);
}

/**
 * Evaluates several actions over the same facts at once, for `viewerCan` fields.
 * Keys are the action names without their subject prefix.
 */
export function abilitiesFor<A extends Action>(
  actor: Actor | null,
  actions: readonly A[],
  facts: ActionFacts[A],
): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const action of actions) {
    const key = action.slice(action.indexOf(':') + 1);
    result[key] = can(actor, action, facts);
  }
  return result;
}

/**
 * SQL-independent description of which working groups an actor may list: those with at least one
 * of these member organisations. The server turns it into a WHERE clause so counts never leak.
 */
export function workingGroupListScope(actor: Actor | null): { memberOrganisationIds: string[] } {
  return { memberOrganisationIds: actor ? organisationIds(actor) : [] };
}
