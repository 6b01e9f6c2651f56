import type { Classification, Role } from '../enums.ts';
import type { Actor, ActorMembership } from './actor.ts';

/** What the policy needs to know about any shareable record (finding, recommendation, visit, workplan…). */
export interface RecordFacts {
  ownerOrganisationId: string;
  /** The State concerned by the record (ISO code); decides who reads SPT_CONFIDENTIAL material. */
  countryCode: string | null;
  workingGroupId: string | null;
  classification: Classification;
  /** Organisations the owner shared the record with (SHARED), or the NPM the SPT shared it with (SPT_CONFIDENTIAL). */
  sharedWithOrganisationIds: readonly string[];
  /**
   * A recommendation's addressee authority: it reads what is addressed to it once issued, whatever
   * the classification, except SPT_CONFIDENTIAL (art. 16 keeps its own readers).
   */
  addresseeOrganisationId?: string | null;
}

const WRITE_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];
const COMMENT_ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'CONTRIBUTOR'];

/** How far each ordinary classification reaches; SPT_CONFIDENTIAL stands apart (art. 16 OPCAT). */
const WIDTH: Record<Exclude<Classification, 'SPT_CONFIDENTIAL'>, number> = {
  ORGANISATION: 0,
  SHARED: 1,
  WORKING_GROUP: 2,
  PUBLIC: 3,
};

/** The memberships through which the actor reads the record; empty when they may not read it. */
export function readingMemberships(actor: Actor | null, record: RecordFacts): ActorMembership[] {
  if (record.classification === 'PUBLIC') return actor ? [...actor.memberships] : [];
  if (!actor) return [];
  return actor.memberships.filter((m) => membershipReads(actor, m, record));
}

function membershipReads(actor: Actor, m: ActorMembership, record: RecordFacts): boolean {
  const own = m.organisationId === record.ownerOrganisationId;
  if (record.classification !== 'SPT_CONFIDENTIAL' && record.addresseeOrganisationId === m.organisationId) return true;
  switch (record.classification) {
    case 'PUBLIC':
      return true;
    case 'ORGANISATION':
      return own;
    case 'SHARED':
      return own || record.sharedWithOrganisationIds.includes(m.organisationId);
    case 'WORKING_GROUP':
      return (
        own ||
        (record.workingGroupId !== null &&
          actor.workingGroups.some(
            (w) => w.workingGroupId === record.workingGroupId && w.organisationId === m.organisationId,
          ))
      );
    case 'SPT_CONFIDENTIAL':
      // The SPT, the State authorities of the country concerned, and that country's NPM only when
      // the SPT shared it. Nobody else: not working-group admins, not OHCHR.
      if (m.organisationKind === 'SPT') return true;
      if (record.countryCode === null || m.countryCode !== record.countryCode) return false;
      if (m.organisationKind === 'STATE_AUTHORITY') return true;
      return m.organisationKind === 'NPM' && record.sharedWithOrganisationIds.includes(m.organisationId);
  }
}

export function canReadRecord(actor: Actor | null, record: RecordFacts): boolean {
  if (record.classification === 'PUBLIC') return true;
  return readingMemberships(actor, record).length > 0;
}

function ownerRole(actor: Actor | null, record: RecordFacts): Role | undefined {
  return actor?.memberships.find((m) => m.organisationId === record.ownerOrganisationId)?.role;
}

/** Editing is for the owner organisation's ADMINs and EDITORs; a role never widens what the classification allows. */
export function canUpdateRecord(actor: Actor | null, record: RecordFacts): boolean {
  const role = ownerRole(actor, record);
  return role !== undefined && WRITE_ROLES.includes(role) && canReadRecord(actor, record);
}

/**
 * The memberships through which the actor takes part in the record's discussion (its comments): those that
 * read it as its owner, as a member of its working group (WORKING_GROUP or PUBLIC), as an organisation it is
 * shared with (SHARED, PUBLIC, or the NPM an SPT-confidential record is shared with), or, for SPT-confidential
 * material, as the SPT. Not a reader who reads it only because it is PUBLIC, addressed to their authority, or
 * reported to their State under art. 16: a partner's remark on a published finding, or the monitor's note on a
 * recommendation, is not for the detaining authority to read.
 */
export function discussingMemberships(actor: Actor | null, record: RecordFacts): ActorMembership[] {
  if (!actor) return [];
  const c = record.classification;
  return readingMemberships(actor, record).filter(
    (m) =>
      m.organisationId === record.ownerOrganisationId ||
      ((c === 'SHARED' || c === 'PUBLIC' || c === 'SPT_CONFIDENTIAL') &&
        record.sharedWithOrganisationIds.includes(m.organisationId)) ||
      // The SPT is one body: its members discuss what it classified, wherever their organisation sits.
      (c === 'SPT_CONFIDENTIAL' && m.organisationKind === 'SPT') ||
      ((c === 'WORKING_GROUP' || c === 'PUBLIC') &&
        record.workingGroupId !== null &&
        actor.workingGroups.some(
          (w) => w.workingGroupId === record.workingGroupId && w.organisationId === m.organisationId,
        )),
  );
}

/** Read a record's comments: its discussion's members, whatever their role. */
export function canReadComments(actor: Actor | null, record: RecordFacts): boolean {
  return discussingMemberships(actor, record).length > 0;
}

/** Comment: a member of the record's discussion through a membership with at least the CONTRIBUTOR role. */
export function canCommentRecord(actor: Actor | null, record: RecordFacts): boolean {
  return commentingMembership(actor, record) !== undefined;
}

/** The membership a comment is written through (its organisation is shown with it): the first that may comment. */
export function commentingMembership(actor: Actor | null, record: RecordFacts): ActorMembership | undefined {
  return discussingMemberships(actor, record).find((m) => COMMENT_ROLES.includes(m.role));
}

/**
 * Sharing (naming organisations) is an ADMIN's decision in the owner organisation, for records whose
 * readers a share list decides: ORGANISATION (naming makes it SHARED), SHARED and SPT_CONFIDENTIAL.
 * A record the working group or everyone reads has no use for names.
 */
export function canShareRecord(actor: Actor | null, record: RecordFacts): boolean {
  if (record.classification === 'WORKING_GROUP' || record.classification === 'PUBLIC') return false;
  return ownerRole(actor, record) === 'ADMIN' && canReadRecord(actor, record);
}

/** Export: readers with ADMIN or EDITOR role in a reading organisation. */
export function canExportRecord(actor: Actor | null, record: RecordFacts): boolean {
  return readingMemberships(actor, record).some((m) => WRITE_ROLES.includes(m.role));
}

/**
 * Changing a classification. Owner EDITORs may narrow; widening needs the owner's ADMIN.
 * Only an SPT record may be SPT_CONFIDENTIAL, and it leaves that state for PUBLIC only through
 * a publication authorised by the State (see canAuthorisePublication).
 */
export function canReclassifyRecord(
  actor: Actor | null,
  record: RecordFacts & { ownerOrganisationKind: string },
  to: Classification,
): boolean {
  const role = ownerRole(actor, record);
  if (role === undefined || !WRITE_ROLES.includes(role) || !canReadRecord(actor, record)) return false;
  if (to === record.classification) return true;
  if (to === 'SPT_CONFIDENTIAL') return record.ownerOrganisationKind === 'SPT' && role === 'ADMIN';
  if (record.classification === 'SPT_CONFIDENTIAL') return to === 'ORGANISATION';
  const widening = WIDTH[to] > WIDTH[record.classification];
  return widening ? role === 'ADMIN' : true;
}

/** Art. 16(2): only the State concerned (an ADMIN of one of its authorities) authorises publishing an SPT report. */
export function canAuthorisePublication(actor: Actor | null, record: RecordFacts): boolean {
  if (record.classification !== 'SPT_CONFIDENTIAL' || record.countryCode === null || !actor) return false;
  return actor.memberships.some(
    (m) => m.organisationKind === 'STATE_AUTHORITY' && m.countryCode === record.countryCode && m.role === 'ADMIN',
  );
}

/**
 * The read filter for lists, counts and search, as plain data; the server turns it into SQL so
 * that rows the actor may not read are never loaded or counted. Mirrors `membershipReads`.
 */
export interface RecordReadScope {
  /** Owner organisations whose ORGANISATION/SHARED/WORKING_GROUP records the actor reads. */
  ownerOrganisationIds: string[];
  /** SHARED records naming one of these organisations. */
  sharedWithOrganisationIds: string[];
  /** WORKING_GROUP records of these working groups. */
  workingGroupIds: string[];
  /** SPT_CONFIDENTIAL: everything (the SPT) … */
  sptAll: boolean;
  /** … or of these countries (State authorities) … */
  sptCountryCodes: string[];
  /** … or of these (country, NPM) pairs when the SPT shared it with that NPM. */
  sptSharedNpms: { countryCode: string; organisationId: string }[];
  /** Recommendations (not SPT_CONFIDENTIAL) addressed to one of these organisations. */
  addresseeOrganisationIds: string[];
}

export function recordReadScope(actor: Actor | null): RecordReadScope {
  const ms = actor?.memberships ?? [];
  return {
    ownerOrganisationIds: ms.map((m) => m.organisationId),
    sharedWithOrganisationIds: ms.map((m) => m.organisationId),
    workingGroupIds: [...new Set((actor?.workingGroups ?? []).map((w) => w.workingGroupId))],
    sptAll: ms.some((m) => m.organisationKind === 'SPT'),
    sptCountryCodes: ms
      .filter((m) => m.organisationKind === 'STATE_AUTHORITY' && m.countryCode)
      .map((m) => m.countryCode as string),
    sptSharedNpms: ms
      .filter((m) => m.organisationKind === 'NPM' && m.countryCode)
      .map((m) => ({ countryCode: m.countryCode as string, organisationId: m.organisationId })),
    addresseeOrganisationIds: ms.map((m) => m.organisationId),
  };
}

/**
 * The scope evaluated in memory, exactly as the server's SQL evaluates it. A property test proves
 * it agrees with `canReadRecord`, so what lists and counts show is what detail reads allow.
 */
export function scopeMatches(scope: RecordReadScope, record: RecordFacts): boolean {
  if (
    record.classification !== 'SPT_CONFIDENTIAL' &&
    record.addresseeOrganisationId != null &&
    scope.addresseeOrganisationIds.includes(record.addresseeOrganisationId)
  ) {
    return true;
  }
  switch (record.classification) {
    case 'PUBLIC':
      return true;
    case 'ORGANISATION':
      return scope.ownerOrganisationIds.includes(record.ownerOrganisationId);
    case 'SHARED':
      return (
        scope.ownerOrganisationIds.includes(record.ownerOrganisationId) ||
        record.sharedWithOrganisationIds.some((id) => scope.sharedWithOrganisationIds.includes(id))
      );
    case 'WORKING_GROUP':
      return (
        scope.ownerOrganisationIds.includes(record.ownerOrganisationId) ||
        (record.workingGroupId !== null && scope.workingGroupIds.includes(record.workingGroupId))
      );
    case 'SPT_CONFIDENTIAL':
      return (
        scope.sptAll ||
        (record.countryCode !== null &&
          (scope.sptCountryCodes.includes(record.countryCode) ||
            scope.sptSharedNpms.some(
              (n) =>
                n.countryCode === record.countryCode && record.sharedWithOrganisationIds.includes(n.organisationId),
            )))
      );
  }
}

/** An organisation as the "who can see this" panel evaluates it: as if one of its members asked. */
export interface OrganisationProfile {
  id: string;
  kind: ActorMembership['organisationKind'];
  countryCode: string | null;
  workingGroupIds: readonly string[];
}

/** Whether members of this organisation can read the record (roles never widen reading). */
export function organisationCanRead(organisation: OrganisationProfile, record: RecordFacts): boolean {
  const actor: Actor = {
    userId: '',
    sessionId: '',
    memberships: [
      {
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        countryCode: organisation.countryCode,
        role: 'VIEWER',
      },
    ],
    workingGroups: organisation.workingGroupIds.map((workingGroupId) => ({
      workingGroupId,
      organisationId: organisation.id,
      role: 'MEMBER' as const,
    })),
  };
  return canReadRecord(actor, record);
}
