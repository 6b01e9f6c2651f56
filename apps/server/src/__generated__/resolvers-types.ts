import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  User as UserEntity,
  Organisation as OrganisationEntity,
  Membership as MembershipEntity,
  WorkingGroup as WorkingGroupEntity,
  WorkingGroupMember as WorkingGroupMemberEntity,
} from '../db/entities/identity.ts';
import type { MeModel as MeModelEntity } from '../modules/identity/models.ts';
import type { AnyShareableRecord as AnyShareableRecordEntity } from '../db/entities/shareable.ts';
import type {
  Place as PlaceEntity,
  PlacePopulation as PlacePopulationEntity,
  Visit as VisitEntity,
  VisitTeamMember as VisitTeamMemberEntity,
  Finding as FindingEntity,
  Interviewee as IntervieweeEntity,
  EvidenceAttachment as EvidenceAttachmentEntity,
  Recommendation as RecommendationEntity,
  RecommendationStatusEntry as RecommendationStatusEntryEntity,
  AuthorityResponse as AuthorityResponseEntity,
  FollowUpActivity as FollowUpActivityEntity,
} from '../db/entities/monitoring.ts';
import type {
  ReprisalIncident as ReprisalIncidentEntity,
  RecordComment as RecordCommentEntity,
} from '../db/entities/reprisal.ts';
import type { PublicationModel as PublicationModelEntity } from '../modules/records/publication.ts';
import type { NetworkPractice as NetworkPracticeEntity } from '../db/entities/network-practice.ts';
import type { AuditEvent as AuditEventEntity } from '../db/entities/audit.ts';
import type {
  Workplan as WorkplanEntity,
  WorkplanPriority as WorkplanPriorityEntity,
  WorkplanAction as WorkplanActionEntity,
  DiscussionComment as DiscussionCommentEntity,
} from '../db/entities/workplan.ts';
import type { CollabVersion as CollabVersionEntity } from '../db/entities/collab.ts';
import type { CoEditedTextModel as CoEditedTextModelEntity } from '../modules/co-editing/models.ts';
import type { SearchHit as SearchHitEntity, SearchPage as SearchPageEntity } from '../modules/search/search-records.ts';
import type { MailMessage as MailMessageEntity } from '../db/entities/mail.ts';
import type { Notification as NotificationEntity } from '../db/entities/notification.ts';
import type { PreferencesModel as PreferencesModelEntity } from '../modules/notification/preferences.ts';
import type { ExportJob as ExportJobEntity } from '../db/entities/export-job.ts';
import type { AnnualReportJob as AnnualReportJobEntity } from '../db/entities/annual-report-job.ts';
import type { AnnualReportPreviewModel as AnnualReportPreviewModelEntity } from '../modules/annual-report/preview.ts';
import type { Dashboard as DashboardEntity } from '../modules/dashboard/dashboard-scope.ts';
import type { WhatNeedsMe as WhatNeedsMeEntity } from '../modules/home/what-needs-me.ts';
import type {
  WorkingGroupInvitation as WorkingGroupInvitationEntity,
  JoinRequest as JoinRequestEntity,
} from '../db/entities/onboarding.ts';
import type { GraphQLContext } from '../graphql/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in time, ISO 8601 with time zone (e.g. 2026-11-23T08:50:00.000Z). */
  DateTime: { input: Date; output: Date };
  /** Arbitrary JSON (audit entry details). */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown> };
  /** A calendar date without time, YYYY-MM-DD. */
  LocalDate: { input: string; output: string };
};

export type AcceptInvitationInput = {
  /** The password the person chooses (at least 12 characters). */
  password: Scalars['String']['input'];
  /** The token from the invitation link. */
  token: Scalars['String']['input'];
};

export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** The person, signed in; null when `userErrors` is not empty. */
  me?: Maybe<Me>;
  /**
   * Set when the password was set but the session must first enrol an authenticator (the new
   * organisation requires two-factor, as new NPMs and the SPT do); null otherwise.
   */
  nextStep?: Maybe<SessionStage>;
  userErrors: Array<UserError>;
};

/** The State's position on a recommendation. */
export type Acceptance = 'ACCEPTED' | 'NOTED' | 'PARTIALLY_ACCEPTED' | 'PENDING' | 'REJECTED';

export type ActionChanges = {
  contributingOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
  jointCommitment?: InputMaybe<Scalars['Boolean']['input']>;
  linkedRecommendationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<ActionStatus>;
  target?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A field you changed that someone else changed first. */
export type ActionFieldConflict = {
  __typename?: 'ActionFieldConflict';
  /** What you saw before your change (JSON). */
  base?: Maybe<Scalars['JSON']['output']>;
  field: Scalars['String']['output'];
  /** What it is now (JSON). */
  theirs?: Maybe<Scalars['JSON']['output']>;
  /** What you wanted (JSON). */
  yours?: Maybe<Scalars['JSON']['output']>;
};

/** Workplan action figures of a dashboard (actions of workplans the viewer may read). */
export type ActionFigures = {
  __typename?: 'ActionFigures';
  /** By status. */
  byStatus: Array<ActionStatusCount>;
  /** Joint commitments by responsible organisation. */
  jointCommitments: Array<JointCommitmentProgress>;
  /** Past their due date and neither done nor cancelled. */
  overdue: Scalars['Int']['output'];
  /** Actions in scope. */
  total: Scalars['Int']['output'];
};

export type ActionPayload = {
  __typename?: 'ActionPayload';
  action?: Maybe<WorkplanAction>;
  /** Fields not applied because someone else changed them first. */
  conflicts: Array<ActionFieldConflict>;
  userErrors: Array<UserError>;
};

export type ActionStatus = 'BLOCKED' | 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'NOT_STARTED';

/** Actions counted by status. */
export type ActionStatusCount = {
  __typename?: 'ActionStatusCount';
  /** Actions with it. */
  count: Scalars['Int']['output'];
  /** The action status. */
  status: ActionStatus;
};

export type AddActionInput = {
  contributingOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
  jointCommitment?: InputMaybe<Scalars['Boolean']['input']>;
  linkedRecommendationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priorityId: Scalars['ID']['input'];
  responsibleOrganisationId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<ActionStatus>;
  target?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type AddCommentInput = {
  body: Scalars['String']['input'];
  /**
   * People the comment mentions (the web inserts `@Name` in the body and sends their ids here). Each must
   * read the record; anyone else fails as an unknown user (NOT_FOUND), and nobody else is notified.
   */
  mentionUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  recordId: Scalars['ID']['input'];
  recordType: RecordType;
};

export type AddCommentPayload = {
  __typename?: 'AddCommentPayload';
  comment?: Maybe<Comment>;
  userErrors: Array<UserError>;
};

export type AddMemberInput = {
  /** Used when the e-mail has no account yet. */
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Language of the invitation e-mail and of a new account (default: the inviting admin's). */
  locale?: InputMaybe<Locale>;
  organisationId: Scalars['ID']['input'];
  role: Role;
};

export type AddMemberPayload = {
  __typename?: 'AddMemberPayload';
  /**
   * True when an invitation e-mail (a single-use link to set a password) was sent: a new account, or
   * one whose earlier invitation was never accepted. False when the person already had a password
   * (they are told by e-mail that they were added).
   */
  invitationSent: Scalars['Boolean']['output'];
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type AddPasskeyInput = {
  /** A name to recognise it by. */
  name: Scalars['String']['input'];
  /** The browser's answer to the registration options (JSON). */
  responseJson: Scalars['String']['input'];
};

export type AddPasskeyPayload = {
  __typename?: 'AddPasskeyPayload';
  passkey?: Maybe<Passkey>;
  userErrors: Array<UserError>;
};

export type AddPriorityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  workplanId: Scalars['ID']['input'];
};

export type AdoptRecommendationDraftInput = {
  /** The version the viewer read; another change since then is a CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  recommendationId: Scalars['ID']['input'];
};

/** How many recommendations have an acceptance. */
export type AnnualReportAcceptanceCount = {
  __typename?: 'AnnualReportAcceptanceCount';
  acceptance: Acceptance;
  count: Scalars['Int']['output'];
};

/** The figures of one addressee authority. */
export type AnnualReportAuthorityRow = {
  __typename?: 'AnnualReportAuthorityRow';
  /** Accepted or partially accepted. */
  accepted: Scalars['Int']['output'];
  /** The authority's name. */
  authority: Scalars['String']['output'];
  /** Implemented as assessed by the monitor. */
  monitorImplemented: Scalars['Int']['output'];
  /** Responses overdue. */
  overdue: Scalars['Int']['output'];
  /** Implemented as reported by the State. */
  stateImplemented: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Which recommendations an annual / thematic report covers. Always only those the viewer may read. */
export type AnnualReportFilter = {
  /** About this monitoring area: stemming from a finding in it that the viewer reads (a thematic report). */
  area?: InputMaybe<MonitoringArea>;
  /** Addressed to this authority (an unknown or unreadable one matches nothing). */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Issued on or after this day. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Issued by this organisation (an unknown or unreadable one matches nothing). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Issued on or before this day (not before `from`). */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** The file format of an annual / thematic report of recommendations. */
export type AnnualReportFormat =
  /** A Word document (Office Open XML). */
  | 'DOCX'
  /** PDF, with an embedded font that carries Spanish, French and Portuguese text. */
  | 'PDF'
  /** An Excel workbook: summary, authorities, recommendations and dialogue sheets. */
  | 'XLSX';

/** An annual report written in the background (large reports). Visible to its requester only; its file is deleted 24 hours after it finished. */
export type AnnualReportJob = {
  __typename?: 'AnnualReportJob';
  createdAt: Scalars['DateTime']['output'];
  /** Where the requester downloads the finished file (null until DONE). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: AnnualReportFormat;
  id: Scalars['ID']['output'];
  language: ReportLanguage;
  /** Recommendations in the finished report. */
  recordCount?: Maybe<Scalars['Int']['output']>;
  /** Recommendations read so far. */
  recordsRead: Scalars['Int']['output'];
  /** Where it stands. */
  status: ExportJobStatus;
  /** Recommendations to read (null while queued). */
  totalRecords?: Maybe<Scalars['Int']['output']>;
};

/** The counts an annual / thematic report will print for the viewer who asks (every figure over readable records only). */
export type AnnualReportPreview = {
  __typename?: 'AnnualReportPreview';
  acceptance: Array<AnnualReportAcceptanceCount>;
  byAuthority: Array<AnnualReportAuthorityRow>;
  /** Recommendations in the dialogue: responses and status entries counted together. */
  dialogueEntries: Scalars['Int']['output'];
  /** Recommendations where the State and the monitor recorded different statuses. */
  discrepancies: Scalars['Int']['output'];
  /** Implementation by both sides, one row per status (and one for none recorded). */
  implementation: Array<AnnualReportStatusCount>;
  /** Recommendations whose response is overdue (no response, due date passed). */
  overdue: Scalars['Int']['output'];
  /** Whether a download will run as a background job (a large report). */
  runsAsJob: Scalars['Boolean']['output'];
  /** Recommendations covered. */
  total: Scalars['Int']['output'];
};

/** One implementation status with how many recommendations have it, as reported by the State and as assessed by the monitor. */
export type AnnualReportStatusCount = {
  __typename?: 'AnnualReportStatusCount';
  /** Recommendations with this status as assessed by the monitor. */
  monitor: Scalars['Int']['output'];
  /** Recommendations with this status as reported by the State. */
  state: Scalars['Int']['output'];
  /** The status; null for recommendations where that side recorded none. */
  status?: Maybe<ImplementationStatus>;
};

export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  entries: Scalars['Int']['output'];
  /** First entry that fails verification (for a deleted tail: the first missing position). */
  firstBrokenSeq?: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
  /** Why it fails, or what is wrong with the signed checkpoint file. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** One entry of the tamper-evident audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  hash: Scalars['String']['output'];
  /** Position in the hash chain. */
  seq: Scalars['ID']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
};

export type AuthorisePublicationInput = {
  recordId: Scalars['ID']['input'];
  recordType: RecordType;
};

export type AuthorityResponse = {
  __typename?: 'AuthorityResponse';
  acceptance: Acceptance;
  authorOrganisation: Organisation;
  id: Scalars['ID']['output'];
  proposedTimeline: Scalars['String']['output'];
  recordedBy: User;
  respondedOn: Scalars['LocalDate']['output'];
  text: Scalars['String']['output'];
};

/** A version the viewer may produce for a visit. */
export type AvailableReportVersion = {
  __typename?: 'AvailableReportVersion';
  /** For AUTHORITY: the authorities whose copy the viewer may produce; empty otherwise. */
  authorities: Array<Organisation>;
  /**
   * Set when the version exists but is refused for now: SPT_CONFIDENTIAL_CONTENT while SPT-confidential
   * material the viewer reads is not authorised for publication (art. 16(2) OPCAT).
   */
  refusedReason?: Maybe<Scalars['String']['output']>;
  version: ReportVersion;
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type ChangeMemberRolePayload = {
  __typename?: 'ChangeMemberRolePayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

/** Who may read a shareable record. */
export type Classification =
  /** The owner organisation only. */
  | 'ORGANISATION'
  /** Anyone, also signed-out visitors. */
  | 'PUBLIC'
  /** The owner organisation plus the organisations it named. */
  | 'SHARED'
  /**
   * The SPT, the State authorities of the country concerned, and that country's NPM only if the SPT
   * shared it (art. 16 OPCAT). Becomes PUBLIC only through `authorisePublication`.
   */
  | 'SPT_CONFIDENTIAL'
  /** Every member organisation of the record's working group. */
  | 'WORKING_GROUP';

/**
 * A text organisations write together live: a Yjs document on /collab written with the shared rich-text
 * schema (packages/editor). Whoever reads the record reads the text; the policy on the record decides who
 * may write it, and /collab opens it read-only for everyone else.
 */
export type CoEditedText = {
  __typename?: 'CoEditedText';
  /** Name of the Yjs document on /collab (`workplan:<id>`, `finding:<id>`, `recommendation:<id>`). */
  documentName: Scalars['String']['output'];
  /** The text as sanitised HTML rendered on the server. */
  html: Scalars['String']['output'];
  /** The text rendered on the server from the shared editor schema, as plain text (search, exports). */
  text: Scalars['String']['output'];
  /** Whether the viewer may write it (what /collab decides when the viewer connects). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type Comment = {
  __typename?: 'Comment';
  author: User;
  authorOrganisation: Organisation;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type CommentOnWorkplanInput = {
  actionId?: InputMaybe<Scalars['ID']['input']>;
  anchor?: InputMaybe<Scalars['JSON']['input']>;
  body: Scalars['String']['input'];
  documentName?: InputMaybe<Scalars['String']['input']>;
  mentionUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  quote?: InputMaybe<Scalars['String']['input']>;
  workplanId: Scalars['ID']['input'];
};

export type ConfigureSsoInput = {
  /** At least one domain, e.g. `mnp.example.org`; subdomains are listed on their own. */
  allowedDomains: Array<Scalars['String']['input']>;
  clientId: Scalars['String']['input'];
  /** Required the first time; leave out (or empty) to keep the stored one. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Offer the provider on the sign-in page (default true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** An https URL (http only for a provider on this machine outside production). */
  issuer: Scalars['String']['input'];
  /** Role of people who join through the provider; VIEWER when left out. */
  jitRole?: InputMaybe<Role>;
  organisationId: Scalars['ID']['input'];
  /** Lower-case letters, digits and hyphens (2–63), unique across organisations. */
  slug: Scalars['String']['input'];
};

export type ConfigureSsoPayload = {
  __typename?: 'ConfigureSsoPayload';
  /** The stored connection; null when `userErrors` is not empty. */
  ssoConnection?: Maybe<SsoConnection>;
  userErrors: Array<UserError>;
};

export type ConfirmTwoFactorEnrolmentInput = {
  /** A current six-digit code from the authenticator app. */
  code: Scalars['String']['input'];
};

export type ConfirmTwoFactorEnrolmentPayload = {
  __typename?: 'ConfirmTwoFactorEnrolmentPayload';
  /** The signed-in person, now that the session is usable; null when `userErrors` is not empty. */
  me?: Maybe<Me>;
  /** Ten single-use recovery codes, shown this once (only their hashes are kept). */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  userErrors: Array<UserError>;
};

export type CreateOrganisationInput = {
  /** The first administrator: invited by e-mail (a new account), or told by e-mail (an existing one). */
  adminEmail: Scalars['String']['input'];
  adminName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2; required except for international bodies (SPT, OHCHR, partners). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** For an NPM: the organisation (NHRI / Ombuds) it sits in. Grants the host nothing. */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  kind: OrganisationKind;
  /** Language of the invitation e-mail and of a new account (default: the platform administrator's). */
  locale?: InputMaybe<Locale>;
  name: Scalars['String']['input'];
  /** Required for an NPM, refused for other kinds. */
  npmModel?: InputMaybe<NpmModel>;
};

export type CreateOrganisationPayload = {
  __typename?: 'CreateOrganisationPayload';
  /** True when an invitation e-mail (a single-use link to set a password) was sent to the first administrator. */
  invitationSent: Scalars['Boolean']['output'];
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

export type CreatePlaceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to WORKING_GROUP when a working group is given, otherwise ORGANISATION. */
  classification?: InputMaybe<Classification>;
  countryCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Owner organisation; defaults to the viewer's first organisation. */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  responsibleAuthorityId: Scalars['ID']['input'];
  status?: InputMaybe<PlaceStatus>;
  type: PlaceType;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateWorkingGroupInput = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  kind: WorkingGroupKind;
  name: Scalars['String']['input'];
  /** The organisation that chairs the new group (one the viewer administers). */
  organisationId: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};

export type CreateWorkingGroupPayload = {
  __typename?: 'CreateWorkingGroupPayload';
  userErrors: Array<UserError>;
  workingGroup?: Maybe<WorkingGroup>;
};

export type CreateWorkplanInput = {
  /** Defaults to WORKING_GROUP. */
  classification?: InputMaybe<Classification>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  periodStart: Scalars['LocalDate']['input'];
  title: Scalars['String']['input'];
  workingGroupId: Scalars['ID']['input'];
};

/**
 * Impact figures of an organisation, a working group or a country. Every figure is computed in SQL
 * under the viewer's read scope: a record the viewer may not read is counted nowhere.
 */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Workplan actions: progress, overdue actions and joint commitments by responsible organisation. */
  actions: ActionFigures;
  /** Recommendations whose implementation status as reported by the State differs from the monitor's assessment (newest first, at most 20). */
  discrepancies: Array<DashboardRecommendationItem>;
  /** Findings by monitoring area and by situation of vulnerability over the years, and risk factors across place types. */
  findings: FindingFigures;
  /** The organisation or working group id, or the country code. */
  id: Scalars['String']['output'];
  /** The scope's kind. */
  kind: DashboardScopeKind;
  /** The organisation's or working group's name, or the country code. */
  name: Scalars['String']['output'];
  /** Workplan actions past their due date and not done or cancelled (oldest due first, at most 20). */
  overdueActions: Array<DashboardActionItem>;
  /** Acceptance and implementation of recommendations, overall and by authority, theme, place type, priority and year. */
  recommendations: RecommendationFigures;
  /** Recommendations that repeat an earlier one (newest first, at most 20). */
  repeatedRecommendations: Array<DashboardRecommendationItem>;
};

/** A workplan action listed on a dashboard. */
export type DashboardActionItem = {
  __typename?: 'DashboardActionItem';
  /** Its due date. */
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The action's id. */
  id: Scalars['ID']['output'];
  /** The responsible organisation's name. */
  responsibleOrganisationName: Scalars['String']['output'];
  /** Its status. */
  status: ActionStatus;
  /** The action's title. */
  title: Scalars['String']['output'];
  /** The workplan it belongs to. */
  workplanId: Scalars['ID']['output'];
};

/** A recommendation listed on a dashboard. */
export type DashboardRecommendationItem = {
  __typename?: 'DashboardRecommendationItem';
  /** The recommendation's id. */
  id: Scalars['ID']['output'];
  /** Date of issue. */
  issuedOn: Scalars['LocalDate']['output'];
  /** Implementation as assessed by the monitor. */
  monitorStatus?: Maybe<ImplementationStatus>;
  /** Its reference. */
  reference: Scalars['String']['output'];
  /** Implementation as reported by the State. */
  stateStatus?: Maybe<ImplementationStatus>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Which dashboard to compute. */
export type DashboardScopeInput = {
  /** The organisation or working group id, or the ISO 3166-1 alpha-2 country code. */
  id: Scalars['String']['input'];
  /** ORGANISATION, WORKING_GROUP or COUNTRY. */
  kind: DashboardScopeKind;
};

/** What a dashboard is about. */
export type DashboardScopeKind =
  /** Records concerning the State (ISO country code). */
  | 'COUNTRY'
  /** Records owned by the organisation (and recommendations addressed to it). */
  | 'ORGANISATION'
  /** Records of the working group. */
  | 'WORKING_GROUP';

export type DecideJoinRequestInput = {
  /** True creates the organisation and invites the contact as its first administrator; false rejects. */
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type DecideJoinRequestPayload = {
  __typename?: 'DecideJoinRequestPayload';
  joinRequest?: Maybe<JoinRequest>;
  userErrors: Array<UserError>;
};

export type DisableTwoFactorInput = {
  /** A current code from the authenticator app, or one of the recovery codes. */
  code: Scalars['String']['input'];
};

export type DisableTwoFactorPayload = {
  __typename?: 'DisableTwoFactorPayload';
  /** The person's two-factor standing after the change; null when `userErrors` is not empty. */
  status?: Maybe<TwoFactorStatus>;
  userErrors: Array<UserError>;
};

export type DiscussionComment = {
  __typename?: 'DiscussionComment';
  /** Set for comments on an action. */
  actionId?: Maybe<Scalars['ID']['output']>;
  /** Yjs relative positions of the range, as produced by the editor. */
  anchor?: Maybe<Scalars['JSON']['output']>;
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set for comments on a range of text: the document and the quoted text. */
  documentName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mentions: Array<User>;
  quote?: Maybe<Scalars['String']['output']>;
  resolved: Scalars['Boolean']['output'];
};

export type DiscussionCommentConnection = {
  __typename?: 'DiscussionCommentConnection';
  nodes: Array<DiscussionComment>;
  pageInfo: WorkplanPageInfo;
};

export type DiscussionCommentPayload = {
  __typename?: 'DiscussionCommentPayload';
  comment?: Maybe<DiscussionComment>;
  userErrors: Array<UserError>;
};

/** How e-mails are sent for the events chosen for e-mail. */
export type EmailDigest =
  /** One e-mail a day with the day's notifications. */
  | 'DAILY'
  /** One e-mail per notification, as it happens. */
  | 'IMMEDIATE';

/** The viewer's abilities on one evidence file, decided by the policy module. */
export type EvidenceAbilities = {
  __typename?: 'EvidenceAbilities';
  /** Download the bytes: those who may export the finding (and, for a personal-data file, are on the visit team). */
  download: Scalars['Boolean']['output'];
  /** Turn the personal-data flag on or off: those who may update the finding and see the file. */
  setPersonalData: Scalars['Boolean']['output'];
};

/** A file attached to a finding as evidence. */
export type EvidenceAttachment = {
  __typename?: 'EvidenceAttachment';
  /** Whether the file names or shows a person (on by default): then only the owner organisation's visit team sees or downloads it. */
  containsPersonalData: Scalars['Boolean']['output'];
  /**
   * GET this URL with the session cookie to download; POST files to /api/findings/{id}/evidence with the raw bytes,
   * the URL-encoded name in X-File-Name, X-Requested-With: opcat and, to clear the personal-data flag,
   * X-Contains-Personal-Data: false.
   */
  downloadUrl: Scalars['String']['output'];
  /** The uploader's base name, cleaned, with the extension of the type the bytes were recognised as. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The type recognised from the bytes themselves (never the one the uploader declared). */
  mimeType: Scalars['String']['output'];
  /** SHA-256 of the stored bytes, hex. */
  sha256: Scalars['String']['output'];
  /** Size of the stored bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** When the file was stored. */
  uploadedAt: Scalars['DateTime']['output'];
  /** What the viewer may do with this file. */
  viewerCan: EvidenceAbilities;
};

export type EvidencePayload = {
  __typename?: 'EvidencePayload';
  /** The file after the change. */
  evidence?: Maybe<EvidenceAttachment>;
  /** Problems with the input; a file the viewer may not change is NOT_FOUND, like a missing one. */
  userErrors: Array<UserError>;
};

export type Expertise = 'INTERPRETATION' | 'LAW' | 'MEDICINE' | 'OTHER' | 'PSYCHOLOGY' | 'SOCIAL_WORK';

/** The file format of an export. */
export type ExportFormat =
  /** Comma-separated values, UTF-8 with a byte-order mark. */
  | 'CSV'
  /** An Excel workbook (Office Open XML). */
  | 'XLSX';

/** An export run in the background (lists over about 1,000 rows). Visible to its requester only. */
export type ExportJob = {
  __typename?: 'ExportJob';
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the requester downloads the finished file (null until DONE). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Name of the file. */
  fileName: Scalars['String']['output'];
  /** When it finished (DONE or FAILED). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The file format. */
  format: ExportFormat;
  id: Scalars['ID']['output'];
  /** The list exported. */
  list: ExportList;
  /** Rows in the finished file. */
  rowCount?: Maybe<Scalars['Int']['output']>;
  /** Rows written so far. */
  rowsWritten: Scalars['Int']['output'];
  /** Where it stands. */
  status: ExportJobStatus;
  /** The list's count when the job started, capped at 1,000 like every count (null while queued). */
  totalRows?: Maybe<Scalars['Int']['output']>;
};

/** Where a long export stands. */
export type ExportJobStatus =
  /** Written: the file can be downloaded by its requester. */
  | 'DONE'
  /** Failed; nothing to download. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Being written. */
  | 'RUNNING';

/** A list that can be exported as a spreadsheet (the rows and columns the viewer may read). */
export type ExportList =
  /** An organisation's audit log (its administrators only). */
  | 'AUDIT_LOG'
  /** Findings (interviewees' identities only where the viewer may read personal data). */
  | 'FINDINGS'
  /** The register of places of detention. */
  | 'PLACES'
  /** Recommendations, with the status reported by the State and the one assessed by the monitor. */
  | 'RECOMMENDATIONS'
  /** The reprisal register: only the incidents naming the viewer. */
  | 'REPRISALS'
  /** Visits. */
  | 'VISITS'
  /** Actions of the workplans the viewer may read. */
  | 'WORKPLAN_ACTIONS';

/** How many readable findings have one value of a facet. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** Readable findings matching the other filters with this value. */
  count: Scalars['Int']['output'];
  /** The value (an enum value, a risk factor code, a country code, a year, or true/false). */
  value: Scalars['String']['output'];
};

/** What monitors found at a place during a visit. */
export type Finding = ShareableRecord & {
  __typename?: 'Finding';
  classification: Classification;
  comments: Array<Comment>;
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /**
   * Evidence files whose metadata the viewer may see; download through `downloadUrl` (authorized again on download).
   * Files flagged as containing personal data are listed only for the owner organisation's visit team.
   */
  evidence: Array<EvidenceAttachment>;
  goodPractice: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Persons interviewed. Outside the owner's visit team only pseudonyms are visible. */
  interviewees: Array<Interviewee>;
  monitoringArea: MonitoringArea;
  /** The narrative of the finding, co-edited live by those who may update it (document `finding:<id>` on /collab). */
  narrative: CoEditedText;
  ownerOrganisation: Organisation;
  /** The place, when the viewer can read it. */
  place?: Maybe<Place>;
  /** Regional networks the viewer may publish this finding to as a good practice (empty unless it is flagged as one). */
  practiceNetworks: Array<WorkingGroup>;
  publication?: Maybe<Publication>;
  readableBy: Array<Organisation>;
  /**
   * Recommendations linked to this finding that the viewer can read, newest first, a keyset page at a time,
   * with a capped count (exact up to 1,000).
   */
  recommendations: RecommendationConnection;
  /** Risk factor codes (see the vocabulary; extensible). */
  riskFactors: Array<Scalars['String']['output']>;
  severity: Severity;
  sharedWith: Array<Organisation>;
  sources: Array<FindingSource>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: send it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  viewerCan: RecordAbilities;
  /** Whether the viewer sees personal data (member of the owner organisation's visit team). */
  viewerCanReadPersonalData: Scalars['Boolean']['output'];
  /** The visit, when the viewer can read it (a finding may be shared more widely than its visit). */
  visit?: Maybe<Visit>;
  vulnerabilities: Array<Vulnerability>;
  /** How many evidence files exist that the viewer may not see because they contain personal data (art. 21(2)): no names, no ids. */
  withheldEvidenceCount: Scalars['Int']['output'];
  workingGroup?: Maybe<WorkingGroup>;
};

/** What monitors found at a place during a visit. */
export type FindingRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A count of findings at one cell of a two-way table. */
export type FindingCell = {
  __typename?: 'FindingCell';
  /** Column value (year, or place type). */
  column: Scalars['String']['output'];
  /** Findings counted. */
  count: Scalars['Int']['output'];
  /** Row value (monitoring area, situation of vulnerability or risk factor). */
  row: Scalars['String']['output'];
};

export type FindingConnection = {
  __typename?: 'FindingConnection';
  nodes: Array<Finding>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/**
 * Counts for the findings library's facets, computed in SQL under the viewer's read scope. Each facet is
 * counted with every filter except its own, so choosing a value shows what the others would give.
 */
export type FindingFacets = {
  __typename?: 'FindingFacets';
  classification: Array<FacetCount>;
  country: Array<FacetCount>;
  /** 'true' and 'false'. */
  goodPractice: Array<FacetCount>;
  monitoringArea: Array<FacetCount>;
  /** By the type of the finding's place (findings whose place the viewer may not read are not counted here). */
  placeType: Array<FacetCount>;
  riskFactor: Array<FacetCount>;
  /** How many of the newest matching findings the facets count at most. */
  sampleSize: Scalars['Int']['output'];
  /**
   * True when more readable findings match the filters than the facets count: the counts are then over the newest
   * `sampleSize` of them (the list and its count are not affected).
   */
  sampled: Scalars['Boolean']['output'];
  /** Readable findings matching the whole filter (among the counted ones, when `sampled`). */
  total: Scalars['Int']['output'];
  /** By the year the finding's visit started (visits the viewer may not read are not counted here). */
  visitYear: Array<FacetCount>;
  vulnerability: Array<FacetCount>;
};

/** Finding figures of a dashboard. */
export type FindingFigures = {
  __typename?: 'FindingFigures';
  /** Findings by monitoring area and year recorded. */
  byAreaAndYear: Array<FindingCell>;
  /** Findings by situation of vulnerability and year recorded (a finding counts once per situation). */
  byVulnerabilityAndYear: Array<FindingCell>;
  /** Risk factors (rows) × type of the (readable) place (columns): the heat map. */
  riskFactorsByPlaceType: Array<FindingCell>;
  /** Findings in scope. */
  total: Scalars['Int']['output'];
};

export type FindingFilter = {
  classification?: InputMaybe<Classification>;
  /** Findings concerning this State (ISO code). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  goodPractice?: InputMaybe<Scalars['Boolean']['input']>;
  monitoringArea?: InputMaybe<MonitoringArea>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** Findings at a place of this type (the place is matched through the viewer's read scope). */
  placeType?: InputMaybe<PlaceType>;
  /** Findings naming this risk factor code. */
  riskFactor?: InputMaybe<Scalars['String']['input']>;
  /** Words of the title, description or risk factors (the last word may be a beginning; case and accents ignored). */
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Severity>;
  /** Findings of visits that started on or after this date. */
  visitFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  visitId?: InputMaybe<Scalars['ID']['input']>;
  /** Findings of visits that started on or before this date. */
  visitTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Findings concerning this situation of vulnerability. */
  vulnerability?: InputMaybe<Vulnerability>;
};

export type FindingPayload = {
  __typename?: 'FindingPayload';
  finding?: Maybe<Finding>;
  userErrors: Array<UserError>;
};

export type FindingSort = 'NEWEST' | 'SEVERITY' | 'TITLE';

export type FindingSource =
  'AUTHORITIES_AND_STAFF' | 'DIRECT_OBSERVATION' | 'OTHER_SOURCES' | 'PERSONS_DEPRIVED_OF_LIBERTY' | 'REGISTERS';

export type FollowUpActivity = {
  __typename?: 'FollowUpActivity';
  happenedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: FollowUpKind;
  outcome: Scalars['String']['output'];
  recordedBy: User;
  /** The follow-up visit record, when one is linked and the viewer may read it (else null). */
  visit?: Maybe<Visit>;
};

export type FollowUpKind = 'FOLLOW_UP_VISIT' | 'MEETING' | 'PUBLIC_STATEMENT' | 'REFERRAL' | 'WRITTEN_REQUEST';

export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';

/** A piece of a hit's headline; matched words have match true. Plain text, never HTML. */
export type HeadlinePart = {
  __typename?: 'HeadlinePart';
  /** True for the words that matched the query. */
  match: Scalars['Boolean']['output'];
  /** The text of this piece. */
  text: Scalars['String']['output'];
};

export type ImplementationStatus =
  'IMPLEMENTED' | 'IN_PROGRESS' | 'NOT_IMPLEMENTED' | 'NOT_STARTED' | 'NO_LONGER_APPLICABLE' | 'PARTIALLY_IMPLEMENTED';

/** A field and the column it is read from. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** The column header, or null when no column fills it. */
  column?: Maybe<Scalars['String']['output']>;
  /** The field. */
  field: Scalars['String']['output'];
};

/** Which column of the file fills a field. */
export type ImportColumnInput = {
  /** The column header in the file. */
  column: Scalars['String']['input'];
  /** The field (e.g. `reference`, `addressee`); see `ImportPreview.fields`. */
  field: Scalars['String']['input'];
};

/** What a spreadsheet import creates. */
export type ImportKind =
  /** Places of detention. */
  | 'PLACES'
  /** Recommendations, with the State's acceptance and both implementation statuses. */
  | 'RECOMMENDATIONS';

/** One row as it will be imported (values in the order of `fields`). */
export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  /** The spreadsheet row number. */
  row: Scalars['Int']['output'];
  /** The values read, in the order of `fields` (null: empty). */
  values: Array<Maybe<Scalars['String']['output']>>;
};

/** A problem with one row of the file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Stable machine-readable code. */
  code: UserErrorCode;
  /** The file's column, when known. */
  column?: Maybe<Scalars['String']['output']>;
  /** The field at fault, when it is one field. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it, in English. */
  message: Scalars['String']['output'];
  /** The spreadsheet row number (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** A spreadsheet uploaded with POST /api/imports, and how to read it. */
export type ImportSpreadsheetInput = {
  /** What the rows are. */
  kind: ImportKind;
  /** Columns for fields whose header differs from the field's name. */
  mapping?: InputMaybe<Array<ImportColumnInput>>;
  /** The id POST /api/imports answered. */
  uploadId: Scalars['ID']['input'];
};

/** The result of a dry run or a commit. A commit keeps every row or none. */
export type ImportSpreadsheetPayload = {
  __typename?: 'ImportSpreadsheetPayload';
  /** The file's column headers. */
  columns: Array<Scalars['String']['output']>;
  /** Whether the rows were written. */
  committed: Scalars['Boolean']['output'];
  /** Rows created (or that a dry run would create). */
  createdCount: Scalars['Int']['output'];
  /** The fields an imported row fills, in order. */
  fields: Array<Scalars['String']['output']>;
  /** Where each field is read from. */
  mapping: Array<ImportColumn>;
  /** The first rows as they will be imported. */
  preview: Array<ImportPreviewRow>;
  /** Data rows in the file. */
  rowCount: Scalars['Int']['output'];
  /** Every problem, row by row; any problem means nothing is written. */
  rowErrors: Array<ImportRowError>;
  /** Problems with the request itself (unknown column, unreadable file). */
  userErrors: Array<UserError>;
};

/** A person interviewed. Personal data fields are null unless the viewer is on the owner's visit team (art. 21(2)). */
export type Interviewee = {
  __typename?: 'Interviewee';
  /** At risk of reprisals for talking to the monitors (visit team only, like other personal data). */
  atRisk?: Maybe<Scalars['Boolean']['output']>;
  contact?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identity?: Maybe<Scalars['String']['output']>;
  medicalNotes?: Maybe<Scalars['String']['output']>;
  pseudonym: Scalars['String']['output'];
  /** When the visit team checks on the person's welfare next (set for people at risk; visit team only). */
  welfareCheckDueOn?: Maybe<Scalars['LocalDate']['output']>;
};

export type IntervieweeInput = {
  /** At risk of reprisals: a welfare check is scheduled (in 14 days unless a date is given). */
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  identity: Scalars['String']['input'];
  medicalNotes?: InputMaybe<Scalars['String']['input']>;
  pseudonym: Scalars['String']['input'];
  welfareCheckDueOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type InviteToWorkingGroupInput = {
  organisationId: Scalars['ID']['input'];
  role: WorkingGroupRole;
  workingGroupId: Scalars['ID']['input'];
};

export type InviteToWorkingGroupPayload = {
  __typename?: 'InviteToWorkingGroupPayload';
  invitation?: Maybe<WorkingGroupInvitation>;
  userErrors: Array<UserError>;
};

export type IssueRecommendationInput = {
  addresseeId: Scalars['ID']['input'];
  classification?: InputMaybe<Classification>;
  /** Country concerned; defaults to the addressee's country. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  findingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedOn: Scalars['LocalDate']['input'];
  level: RecommendationLevel;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priority: Priority;
  reference: Scalars['String']['input'];
  repeatsId?: InputMaybe<Scalars['ID']['input']>;
  source: RecommendationSource;
  targetDate?: InputMaybe<Scalars['LocalDate']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** An organisation asked to join the platform (signed out); a platform administrator decides. */
export type JoinRequest = {
  __typename?: 'JoinRequest';
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  /** The request form's language: the invitation is written in it. */
  locale: Locale;
  message?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  npmModel?: Maybe<NpmModel>;
  /** The organisation created when the request was approved. */
  organisation?: Maybe<Organisation>;
  status: JoinRequestStatus;
};

export type JoinRequestStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

/** Progress of the joint commitments one organisation is responsible for. */
export type JointCommitmentProgress = {
  __typename?: 'JointCommitmentProgress';
  /** Done. */
  done: Scalars['Int']['output'];
  /** In progress. */
  inProgress: Scalars['Int']['output'];
  /** The responsible organisation. */
  organisationId: Scalars['ID']['output'];
  /** Its name. */
  organisationName: Scalars['String']['output'];
  /** Past their due date and neither done nor cancelled. */
  overdue: Scalars['Int']['output'];
  /** Joint commitments. */
  total: Scalars['Int']['output'];
};

/** Interface languages. Records keep the language they were written in. */
export type Locale = 'en' | 'es' | 'fr' | 'pt';

/** Where an e-mail stands. */
export type MailStatus =
  /** The last delivery attempt failed; the job retries it. */
  | 'FAILED'
  /** No SMTP server is configured: the mail stays here, for an administrator to pass on. */
  | 'OUTBOX'
  /** Stored, waiting for the delivery job. */
  | 'PENDING'
  /** Accepted by the SMTP server (its body is no longer kept). */
  | 'SENT';

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many of the viewer's notifications were unread and are now read. */
  marked: Scalars['Int']['output'];
  /** The viewer's unread count afterwards. */
  unreadCount: Scalars['Int']['output'];
};

/** The signed-in person, their organisations and working groups. */
export type Me = {
  __typename?: 'Me';
  /** The organisation the person acts for in this session: new records are owned by it, audit entries name it. */
  actingOrganisation?: Maybe<Organisation>;
  /** Organisations the person belongs to, with their role in each. */
  memberships: Array<Membership>;
  /**
   * Whether the person runs the platform: creates organisations, decides requests to join, links an
   * NPM to its host institution. It opens no organisation's records, members, mail or audit log.
   */
  platformAdmin: Scalars['Boolean']['output'];
  user: User;
  /** Invitations of the organisations the person administers to working groups, waiting for their answer. */
  workingGroupInvitations: Array<WorkingGroupInvitation>;
  /** Working groups any of the person's organisations belongs to. */
  workingGroups: Array<WorkingGroup>;
};

/** A person's membership of an organisation. */
export type Membership = {
  __typename?: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: Role;
  /** Whether the member has an authenticator; null unless the viewer may manage two-factor for this organisation. */
  twoFactorEnabled?: Maybe<Scalars['Boolean']['output']>;
  user: User;
};

/** Something changed in an organisation's membership. */
export type MembershipEvent = {
  __typename?: 'MembershipEvent';
  kind: MembershipEventKind;
  membershipId: Scalars['ID']['output'];
  organisationId: Scalars['ID']['output'];
};

export type MembershipEventKind = 'ADDED' | 'REMOVED' | 'ROLE_CHANGED';

export type MonitoringArea =
  'HEALTH_CARE' | 'MATERIAL_CONDITIONS' | 'PERSONNEL' | 'PROTECTION_MEASURES' | 'REGIME_AND_ACTIVITIES' | 'TREATMENT';

export type MoveVisitInput = {
  id: Scalars['ID']['input'];
  status: VisitStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the invited person's password through their single-use link and signs them in. */
  acceptInvitation: AcceptInvitationPayload;
  addAction: ActionPayload;
  /** Comments on a record the viewer can read (CONTRIBUTOR or above). */
  addComment: AddCommentPayload;
  /** ADMIN only: adds a person to the admin's organisation; a new account is invited by e-mail to set its password. */
  addMember: AddMemberPayload;
  /** Stores the passkey the browser created for the options just given. */
  addPasskey: AddPasskeyPayload;
  addPriority: PriorityPayload;
  /**
   * Settles the recommendation's text as its co-edited draft reads now (rendered on the server as plain
   * text). Who may: as for updateRecommendation. An empty draft is INVALID.
   */
  adoptRecommendationDraft: RecommendationPayload;
  /** ADMIN of a State authority of the country concerned: publishes an SPT-confidential record. Audited. */
  authorisePublication: RecordPayload;
  /** ADMIN only: changes a member's role. The last ADMIN cannot be demoted. */
  changeMemberRole: ChangeMemberRolePayload;
  commentOnWorkplan: DiscussionCommentPayload;
  /** Imports an uploaded spreadsheet in one transaction: all rows, or none when any row has an error. */
  commitImport: ImportSpreadsheetPayload;
  /** ADMIN only: creates or changes the organisation's single sign-on; the provider is discovered before it is stored. */
  configureSso: ConfigureSsoPayload;
  /** Confirms the authenticator with its first code; returns the recovery codes and makes the session usable. */
  confirmTwoFactorEnrolment: ConfirmTwoFactorEnrolmentPayload;
  /** Platform administrators: creates an organisation and invites its first administrator by e-mail. */
  createOrganisation: CreateOrganisationPayload;
  createPlace: PlacePayload;
  /** An organisation's ADMIN starts a working group that the organisation chairs. */
  createWorkingGroup: CreateWorkingGroupPayload;
  createWorkplan: WorkplanPayload;
  /** Platform administrators: approves (creates the organisation, invites the contact) or rejects a request to join. */
  decideJoinRequest: DecideJoinRequestPayload;
  /** Turns the viewer's own two-factor off with a current code or a recovery code; refused when an organisation requires it. */
  disableTwoFactor: DisableTwoFactorPayload;
  /** The chair's ADMINs invite an organisation to the group with a standing; its ADMINs accept. */
  inviteToWorkingGroup: InviteToWorkingGroupPayload;
  issueRecommendation: RecommendationPayload;
  /** Marks all the viewer's notifications read. */
  markAllNotificationsRead: MarkNotificationsReadPayload;
  /** Records that the viewer opened the home page now (the next visit lists what changed since); returns that time. */
  markHomeVisited: Scalars['DateTime']['output'];
  /** Marks these notifications of the viewer read (ids that are not the viewer's are ignored, like missing ones). */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Moves a visit one step along its lifecycle. */
  moveVisit: VisitPayload;
  planVisit: VisitPayload;
  /** Checks an uploaded spreadsheet and previews it; writes nothing. */
  previewImport: ImportSpreadsheetPayload;
  /** Publishes a good practice to a regional network (policy: practice:publishToNetwork); audited. */
  publishPracticeToNetwork: PublishPracticeToNetworkPayload;
  /** Changes a record's classification: EDITORs may narrow, widening needs an ADMIN. Audited. */
  reclassifyRecord: RecordPayload;
  /** The addressee authority answers (sets the acceptance, dated in the history). */
  recordAuthorityResponse: RecommendationPayload;
  recordFinding: FindingPayload;
  recordFollowUp: RecommendationPayload;
  recordImplementationStatus: RecommendationPayload;
  /** Adds a dated population count (history is kept). */
  recordPlacePopulation: PlacePayload;
  /** Replaces the recovery codes, after a current authenticator code. */
  regenerateRecoveryCodes: RegenerateRecoveryCodesPayload;
  removeAction: ActionPayload;
  /** The chair removes an organisation, or an organisation's ADMIN takes it out. The group always keeps a chair. */
  removeFromWorkingGroup: RemoveFromWorkingGroupPayload;
  /** ADMIN only: removes a member, revoking their sessions and closing their open connections. */
  removeMember: RemoveMemberPayload;
  /** Removes one of the viewer's passkeys. */
  removePasskey: RemovePasskeyPayload;
  /** EDITOR or ADMIN of an NPM, NHRI, CSO or local mechanism. */
  reportReprisal: ReprisalPayload;
  /** Write an annual / thematic report of the recommendations the viewer reads (downloads are audited). */
  requestAnnualReport: RequestAnnualReportPayload;
  /** Starts an export: a direct link when the list is short, else a background job. */
  requestExport: RequestExportPayload;
  /** Signed out: an organisation asks to join the platform. Throttled per address. */
  requestToJoin: RequestToJoinPayload;
  /** ADMIN only: removes a member's authenticator and recovery codes (a lost device), ending their sessions. */
  resetMemberTwoFactor: ResetMemberTwoFactorPayload;
  resolveDiscussionComment: DiscussionCommentPayload;
  /** The invited organisation's ADMINs accept (the organisation joins with the standing) or decline. */
  respondToWorkingGroupInvitation: RespondToWorkingGroupInvitationPayload;
  /** Restores a saved version as a new edit on top of the live document (nothing is lost: the current text stays in the history). */
  restoreNarrativeVersion: WorkplanPayload;
  saveNarrativeVersion: NarrativeVersionPayload;
  /** Chooses which of the person's organisations they act for in this session (recorded in every audit entry). */
  setActingOrganisation: SetActingOrganisationPayload;
  /** Turn an evidence file's personal-data flag on or off (audited as a reclassification of the finding's evidence). */
  setEvidencePersonalData: EvidencePayload;
  /** Platform administrators: links an NPM to its host institution (or removes the link). Grants the host nothing. */
  setHostInstitution: SetHostInstitutionPayload;
  /** Changes the signed-in person's interface language. */
  setPreferredLocale: SetPreferredLocalePayload;
  /** ADMIN of an NPM of that country: sets how many days authorities have to respond (1–365). */
  setResponsePeriod: ResponsePeriodPayload;
  /** ADMIN only: requires (or stops requiring) two-factor authentication of the organisation's members. */
  setTwoFactorRequired: SetTwoFactorRequiredPayload;
  /** The chair's ADMINs change an organisation's standing. The group always keeps a chair. */
  setWorkingGroupStanding: SetWorkingGroupStandingPayload;
  /** ADMIN of the owner: names the organisations a SHARED (or, for the SPT, SPT_CONFIDENTIAL) record is shared with. Audited. */
  shareRecord: RecordPayload;
  /** Signs in with e-mail and password; sets the session cookie. */
  signIn: SignInPayload;
  /** Ends the current session (revoked server-side) and clears the cookie. Always true. */
  signOut: Scalars['Boolean']['output'];
  /** Options to register a passkey: for a signed-in person who already uses an authenticator app. */
  startPasskeyRegistration: PasskeyOptionsPayload;
  /** Options to pass the second step of sign-in with a passkey (a session waiting for its second factor). */
  startPasskeySecondFactor: PasskeyOptionsPayload;
  /** Begins enrolling an authenticator (a usable session, or one whose organisation requires enrolment). */
  startTwoFactorEnrolment: StartTwoFactorEnrolmentPayload;
  /** Field-level merge with conflict reporting (see UpdateActionInput). */
  updateAction: ActionPayload;
  updateFinding: FindingPayload;
  updateNotificationPreferences: NotificationPreferencesPayload;
  updatePlace: PlacePayload;
  updatePriority: PriorityPayload;
  updateRecommendation: RecommendationPayload;
  /** Named users with EDITOR or ADMIN role. */
  updateReprisal: ReprisalPayload;
  updateVisit: VisitPayload;
  /** Replace a visit report's introduction and conclusions at once (who may write them); the report page edits them live instead. */
  updateVisitReportTexts: UpdateVisitReportTextsPayload;
  updateWorkplan: WorkplanPayload;
  /** The second step of sign-in with a passkey: throttled like codes, each challenge used once. */
  verifyPasskeySecondFactor: VerifySecondFactorPayload;
  /** The second step of sign-in. Wrong codes are throttled like passwords; a code is accepted once. */
  verifySecondFactor: VerifySecondFactorPayload;
};

export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};

export type MutationAddActionArgs = {
  input: AddActionInput;
};

export type MutationAddCommentArgs = {
  input: AddCommentInput;
};

export type MutationAddMemberArgs = {
  input: AddMemberInput;
};

export type MutationAddPasskeyArgs = {
  input: AddPasskeyInput;
};

export type MutationAddPriorityArgs = {
  input: AddPriorityInput;
};

export type MutationAdoptRecommendationDraftArgs = {
  input: AdoptRecommendationDraftInput;
};

export type MutationAuthorisePublicationArgs = {
  input: AuthorisePublicationInput;
};

export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};

export type MutationCommentOnWorkplanArgs = {
  input: CommentOnWorkplanInput;
};

export type MutationCommitImportArgs = {
  input: ImportSpreadsheetInput;
};

export type MutationConfigureSsoArgs = {
  input: ConfigureSsoInput;
};

export type MutationConfirmTwoFactorEnrolmentArgs = {
  input: ConfirmTwoFactorEnrolmentInput;
};

export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};

export type MutationCreatePlaceArgs = {
  input: CreatePlaceInput;
};

export type MutationCreateWorkingGroupArgs = {
  input: CreateWorkingGroupInput;
};

export type MutationCreateWorkplanArgs = {
  input: CreateWorkplanInput;
};

export type MutationDecideJoinRequestArgs = {
  input: DecideJoinRequestInput;
};

export type MutationDisableTwoFactorArgs = {
  input: DisableTwoFactorInput;
};

export type MutationInviteToWorkingGroupArgs = {
  input: InviteToWorkingGroupInput;
};

export type MutationIssueRecommendationArgs = {
  input: IssueRecommendationInput;
};

export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type MutationMoveVisitArgs = {
  input: MoveVisitInput;
};

export type MutationPlanVisitArgs = {
  input: PlanVisitInput;
};

export type MutationPreviewImportArgs = {
  input: ImportSpreadsheetInput;
};

export type MutationPublishPracticeToNetworkArgs = {
  input: PublishPracticeToNetworkInput;
};

export type MutationReclassifyRecordArgs = {
  input: ReclassifyRecordInput;
};

export type MutationRecordAuthorityResponseArgs = {
  input: RecordAuthorityResponseInput;
};

export type MutationRecordFindingArgs = {
  input: RecordFindingInput;
};

export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};

export type MutationRecordImplementationStatusArgs = {
  input: RecordImplementationStatusInput;
};

export type MutationRecordPlacePopulationArgs = {
  input: RecordPlacePopulationInput;
};

export type MutationRegenerateRecoveryCodesArgs = {
  input: RegenerateRecoveryCodesInput;
};

export type MutationRemoveActionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRemoveFromWorkingGroupArgs = {
  input: RemoveFromWorkingGroupInput;
};

export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};

export type MutationRemovePasskeyArgs = {
  input: RemovePasskeyInput;
};

export type MutationReportReprisalArgs = {
  input: ReportReprisalInput;
};

export type MutationRequestAnnualReportArgs = {
  input: RequestAnnualReportInput;
};

export type MutationRequestExportArgs = {
  input: RequestExportInput;
};

export type MutationRequestToJoinArgs = {
  input: RequestToJoinInput;
};

export type MutationResetMemberTwoFactorArgs = {
  input: ResetMemberTwoFactorInput;
};

export type MutationResolveDiscussionCommentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRespondToWorkingGroupInvitationArgs = {
  input: RespondToWorkingGroupInvitationInput;
};

export type MutationRestoreNarrativeVersionArgs = {
  input: RestoreNarrativeVersionInput;
};

export type MutationSaveNarrativeVersionArgs = {
  input: SaveNarrativeVersionInput;
};

export type MutationSetActingOrganisationArgs = {
  input: SetActingOrganisationInput;
};

export type MutationSetEvidencePersonalDataArgs = {
  input: SetEvidencePersonalDataInput;
};

export type MutationSetHostInstitutionArgs = {
  input: SetHostInstitutionInput;
};

export type MutationSetPreferredLocaleArgs = {
  input: SetPreferredLocaleInput;
};

export type MutationSetResponsePeriodArgs = {
  input: SetResponsePeriodInput;
};

export type MutationSetTwoFactorRequiredArgs = {
  input: SetTwoFactorRequiredInput;
};

export type MutationSetWorkingGroupStandingArgs = {
  input: SetWorkingGroupStandingInput;
};

export type MutationShareRecordArgs = {
  input: ShareRecordInput;
};

export type MutationSignInArgs = {
  input: SignInInput;
};

export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};

export type MutationUpdateFindingArgs = {
  input: UpdateFindingInput;
};

export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};

export type MutationUpdatePlaceArgs = {
  input: UpdatePlaceInput;
};

export type MutationUpdatePriorityArgs = {
  input: UpdatePriorityInput;
};

export type MutationUpdateRecommendationArgs = {
  input: UpdateRecommendationInput;
};

export type MutationUpdateReprisalArgs = {
  input: UpdateReprisalInput;
};

export type MutationUpdateVisitArgs = {
  input: UpdateVisitInput;
};

export type MutationUpdateVisitReportTextsArgs = {
  input: UpdateVisitReportTextsInput;
};

export type MutationUpdateWorkplanArgs = {
  input: UpdateWorkplanInput;
};

export type MutationVerifyPasskeySecondFactorArgs = {
  input: VerifyPasskeySecondFactorInput;
};

export type MutationVerifySecondFactorArgs = {
  input: VerifySecondFactorInput;
};

export type NarrativeVersion = {
  __typename?: 'NarrativeVersion';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** The narrative of this version as sanitised HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type NarrativeVersionConnection = {
  __typename?: 'NarrativeVersionConnection';
  nodes: Array<NarrativeVersion>;
  pageInfo: WorkplanPageInfo;
};

export type NarrativeVersionPayload = {
  __typename?: 'NarrativeVersionPayload';
  userErrors: Array<UserError>;
  version?: Maybe<NarrativeVersion>;
};

/**
 * A good practice a member organisation published to a regional network's exchange. Only the practice
 * is shared: the finding it may have been taken from keeps its own classification and readers.
 */
export type NetworkPractice = {
  __typename?: 'NetworkPractice';
  /** ISO code of the publishing organisation's country. */
  countryCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The regional network it was published to. */
  network: WorkingGroup;
  /** When it was published to the network. */
  publishedAt: Scalars['DateTime']['output'];
  /** The member organisation that published it. */
  publishedBy: Organisation;
  /** What the practice is and why it prevents ill-treatment. */
  summary: Scalars['String']['output'];
  /** The monitoring area it belongs to (the theme members browse by). */
  theme: MonitoringArea;
  /** Short title of the practice. */
  title: Scalars['String']['output'];
};

/** Narrows the practices of the networks the viewer belongs to. */
export type NetworkPracticeFilter = {
  /** Practices from one country (ISO code). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** One network (a network the viewer is not in answers like one without practices). */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** One theme. */
  theme?: InputMaybe<MonitoringArea>;
};

/**
 * One notification of the viewer. Only ids and the event are stored: what it is about is read through the
 * viewer's read scope when it is shown, so a record the viewer may no longer read shows nothing of it.
 */
export type Notification = {
  __typename?: 'Notification';
  /** Whether what it is about is still readable by the viewer (false: 'no longer available', and the fields below are null). */
  available: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  event: NotificationEvent;
  id: Scalars['ID']['output'];
  /** The organisation whose role changed (ROLE_CHANGED), by name; null otherwise. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** When the viewer marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id of what it links to (a recommendation, a visit, the workplan of an action…); null when not available. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** The title of what it is about, read now through the viewer's read scope; null when not available or untitled. */
  subjectTitle?: Maybe<Scalars['String']['output']>;
  /** The kind of thing it links to; null when not available. */
  subjectType?: Maybe<NotificationSubjectType>;
  /** The workplan an action belongs to (to link to it); null otherwise or when not available. */
  workplanId?: Maybe<Scalars['ID']['output']>;
};

/** One event's channels, as the viewer sets them. */
export type NotificationChannelInput = {
  email: Scalars['Boolean']['input'];
  event: NotificationEvent;
  inApp: Scalars['Boolean']['input'];
};

/** How the viewer wants to be told of one event. */
export type NotificationChannelPreference = {
  __typename?: 'NotificationChannelPreference';
  /** Sent by e-mail. */
  email: Scalars['Boolean']['output'];
  event: NotificationEvent;
  /** Shown in the app (the bell and the notification centre). */
  inApp: Scalars['Boolean']['output'];
};

/** A keyset page of the viewer's notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

/** Something that happened that the viewer is told about. The client words it in the viewer's language from `event`. */
export type NotificationEvent =
  /** A workplan action was assigned to the viewer's organisation. */
  | 'ACTION_ASSIGNED'
  /** An action assigned to the viewer's organisation is due within a week. */
  | 'ACTION_DUE_SOON'
  /** An action assigned to the viewer's organisation is overdue. */
  | 'ACTION_OVERDUE'
  /** The viewer was mentioned in a comment on a record they may read. */
  | 'MENTIONED'
  /** The monitor assessed implementation (for the addressee authority). */
  | 'MONITOR_STATUS_ASSESSED'
  /** The State authorised publishing a record of the viewer's organisation or addressed to it (it is public now). */
  | 'PUBLICATION_AUTHORISED'
  /** A recommendation was addressed to the viewer's authority. */
  | 'RECOMMENDATION_ISSUED'
  /** A record was shared with the viewer's organisation. */
  | 'RECORD_SHARED'
  /** A record is no longer shared with the viewer's organisation (nothing of it is shown). */
  | 'RECORD_SHARE_WITHDRAWN'
  /** The viewer was named on a reprisal incident. */
  | 'REPRISAL_NAMED'
  /** … tomorrow. */
  | 'RESPONSE_DUE_1'
  /** … in 7 days. */
  | 'RESPONSE_DUE_7'
  /** The response to a recommendation addressed to the viewer's authority is due in 14 days. */
  | 'RESPONSE_DUE_14'
  /** The response is overdue. */
  | 'RESPONSE_OVERDUE'
  /** The viewer's role in an organisation changed. */
  | 'ROLE_CHANGED'
  /** The addressee authority reported its implementation status (for the issuing monitor). */
  | 'STATE_STATUS_REPORTED'
  /** The viewer was added to a visit team. */
  | 'VISIT_TEAM_ADDED'
  /** A welfare check of an interviewee at risk is due (visit team only). */
  | 'WELFARE_CHECK_DUE';

/** Which notifications to list. */
export type NotificationFilter = {
  /** Only these events (omitted or empty: all). */
  events?: InputMaybe<Array<NotificationEvent>>;
  /** true: read only; false: unread only; omitted: both. */
  read?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The viewer's notification preferences. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** One entry per event, in a fixed order. */
  channels: Array<NotificationChannelPreference>;
  /** The zone used while none is chosen: the viewer's organisation country's when the country has only one. Null: UTC. */
  defaultTimeZone?: Maybe<Scalars['String']['output']>;
  emailDigest: EmailDigest;
  /** The IANA time zone the viewer chose (e.g. America/Santiago): the daily digest is sent at 06:00 there. Null: not chosen. */
  timeZone?: Maybe<Scalars['String']['output']>;
};

export type NotificationPreferencesPayload = {
  __typename?: 'NotificationPreferencesPayload';
  preferences?: Maybe<NotificationPreferences>;
  userErrors: Array<UserError>;
};

/** A notification was delivered to the viewer (ids only: the client reads it through `notifications`). */
export type NotificationReceivedEvent = {
  __typename?: 'NotificationReceivedEvent';
  event: NotificationEvent;
  notificationId: Scalars['ID']['output'];
};

/** What a notification links to. */
export type NotificationSubjectType =
  'FINDING' | 'MEMBERSHIP' | 'PLACE' | 'RECOMMENDATION' | 'REPRISAL' | 'VISIT' | 'WORKPLAN' | 'WORKPLAN_ACTION';

/** How an NPM is set up. */
export type NpmModel =
  | 'MULTIPLE_BODIES'
  /** Ombuds office working with civil society organisations. */
  | 'OMBUDS_PLUS_CSOS'
  | 'SPECIALISED_BODY'
  | 'WITHIN_NHRI'
  | 'WITHIN_OMBUDS';

export type Organisation = {
  __typename?: 'Organisation';
  /** ISO 3166-1 alpha-2 code; null for international bodies. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /**
   * The Ombuds office or human rights institution an NPM sits in (its own organisation). The link is
   * shown only: the host reads nothing of the NPM's for it (the NPM's operational autonomy).
   */
  hostInstitution?: Maybe<Organisation>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  /** Members and their roles. Readable by members of this organisation only (empty otherwise). */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** Only for NPMs. */
  npmModel?: Maybe<NpmModel>;
  /** The organisation's single sign-on; null when none is configured or the viewer may not configure it. */
  ssoConnection?: Maybe<SsoConnection>;
  /** Whether members must enrol an authenticator before reaching any data. */
  twoFactorRequired: Scalars['Boolean']['output'];
  /** What the viewer may do with this organisation. */
  viewerCan: OrganisationAbilities;
  /** Whether the viewer may configure the organisation's single sign-on (its ADMINs). */
  viewerCanConfigureSso: Scalars['Boolean']['output'];
  /** Whether the viewer may require two-factor of members and reset a member's authenticator (its ADMINs). */
  viewerCanManageTwoFactor: Scalars['Boolean']['output'];
};

/** What the viewer may do for this organisation, decided by the policy (the UI shows only what is allowed). */
export type OrganisationAbilities = {
  __typename?: 'OrganisationAbilities';
  /** Set how long authorities of this organisation's country have to respond (ADMIN of an NPM). */
  configureResponsePeriod: Scalars['Boolean']['output'];
  /** Register a place of detention owned by this organisation (ADMIN/EDITOR of a monitoring body). */
  createPlace: Scalars['Boolean']['output'];
  /** Issue a recommendation (ADMIN/EDITOR of a monitoring body: never a State authority). */
  issueRecommendation: Scalars['Boolean']['output'];
  manageMembers: Scalars['Boolean']['output'];
  /** Plan a visit (ADMIN/EDITOR of a monitoring body: never a State authority). */
  planVisit: Scalars['Boolean']['output'];
  /** Read this organisation's audit log and verify the chain (its ADMINs). */
  readAuditLog: Scalars['Boolean']['output'];
  readMembers: Scalars['Boolean']['output'];
  /** Read the mail sent on behalf of this organisation (its outbox): its ADMINs. */
  readOutbox: Scalars['Boolean']['output'];
  /** Record a finding. */
  recordFinding: Scalars['Boolean']['output'];
  /** Report a reprisal incident on this organisation's behalf. */
  reportReprisal: Scalars['Boolean']['output'];
};

/** Kinds of organisation in the OPCAT system (see the product brief). */
export type OrganisationKind =
  /** Civil society organisation. */
  | 'CSO'
  /** Local (state/provincial) preventive mechanism. */
  | 'LOCAL_PM'
  /** National human rights institution / Ombuds office. */
  | 'NHRI'
  /** National Preventive Mechanism. */
  | 'NPM'
  /** UN human rights office (regional or country). */
  | 'OHCHR'
  /** International partner (NGO, agency, donor). */
  | 'PARTNER'
  /** UN Subcommittee on Prevention of Torture. */
  | 'SPT'
  /** Ministry or detaining agency. */
  | 'STATE_AUTHORITY';

/** An e-mail sent on behalf of an organisation, as its administrators see it in the outbox. */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, when it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The recipient's language, the mail's language. */
  locale: Locale;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailStatus;
  subject: Scalars['String']['output'];
  /** Which message it is (invitation, memberAdded). */
  template: Scalars['String']['output'];
  /** The plain-text body; null once the mail went out over SMTP. */
  text?: Maybe<Scalars['String']['output']>;
  /** The recipient's address. */
  to: Scalars['String']['output'];
};

/** Keyset paging: pass endCursor as `after` to read the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last row (its sort values); null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A passkey (WebAuthn) the person registered as a second factor beside their authenticator app (decision 0037). */
export type Passkey = {
  __typename?: 'Passkey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the person gave it ("Portátil de la oficina"). */
  name: Scalars['String']['output'];
};

export type PasskeyOptionsPayload = {
  __typename?: 'PasskeyOptionsPayload';
  /** The WebAuthn options for the browser, as JSON; null when `userErrors` is not empty. */
  optionsJson?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** A place where people are or may be deprived of their liberty. */
export type Place = ShareableRecord & {
  __typename?: 'Place';
  address?: Maybe<Scalars['String']['output']>;
  /** Official capacity; null when unknown. */
  capacity?: Maybe<Scalars['Int']['output']>;
  classification: Classification;
  comments: Array<Comment>;
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The most recent population count. */
  currentPopulation?: Maybe<PlacePopulation>;
  id: Scalars['ID']['output'];
  /** The most recent visit the viewer can read. */
  lastVisit?: Maybe<Visit>;
  name: Scalars['String']['output'];
  /** Current population ÷ capacity (1.25 = 125 %); null without both. */
  occupancyRate?: Maybe<Scalars['Float']['output']>;
  ownerOrganisation: Organisation;
  /** Every population count, newest first. */
  populationHistory: Array<PlacePopulation>;
  publication?: Maybe<Publication>;
  readableBy: Array<Organisation>;
  region?: Maybe<Scalars['String']['output']>;
  /** The State authority running the place. */
  responsibleAuthority: Organisation;
  sharedWith: Array<Organisation>;
  status: PlaceStatus;
  type: PlaceType;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: RecordAbilities;
  workingGroup?: Maybe<WorkingGroup>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  nodes: Array<Place>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PlaceFilter = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  responsibleAuthorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Words of the name, region or address (the last word may be a beginning; case and accents ignored). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlaceStatus>;
  types?: InputMaybe<Array<PlaceType>>;
};

export type PlacePayload = {
  __typename?: 'PlacePayload';
  place?: Maybe<Place>;
  userErrors: Array<UserError>;
};

export type PlacePopulation = {
  __typename?: 'PlacePopulation';
  countedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  population: Scalars['Int']['output'];
};

export type PlaceStatus = 'CLOSED' | 'OPERATING' | 'TEMPORARILY_CLOSED';

export type PlaceType =
  | 'CHILDRENS_HOME'
  | 'COURT_CELLS'
  | 'ELDERLY_CARE_HOME'
  | 'IMMIGRATION_DETENTION'
  | 'JUVENILE_DETENTION'
  | 'MILITARY_DETENTION'
  | 'OTHER'
  | 'POLICE_CUSTODY'
  | 'PRETRIAL_DETENTION'
  | 'PRISON'
  | 'PSYCHIATRIC_INSTITUTION'
  | 'SOCIAL_CARE_HOME'
  | 'TRANSIT_ZONE';

export type PlanVisitInput = {
  announced: Scalars['Boolean']['input'];
  classification?: InputMaybe<Classification>;
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  objectives?: InputMaybe<Scalars['String']['input']>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  placeIds: Array<Scalars['ID']['input']>;
  startDate: Scalars['LocalDate']['input'];
  team?: InputMaybe<Array<VisitTeamMemberInput>>;
  type: VisitType;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type Priority = 'HIGH' | 'LOW' | 'MEDIUM' | 'URGENT';

export type PriorityPayload = {
  __typename?: 'PriorityPayload';
  priority?: Maybe<WorkplanPriority>;
  userErrors: Array<UserError>;
};

/** A recorded publication authorised by the State (art. 16(2) OPCAT). */
export type Publication = {
  __typename?: 'Publication';
  publishedAt: Scalars['DateTime']['output'];
  publishedBy: User;
};

/** Publish a good practice to a regional network: a good-practice finding of the organisation, or a short note. */
export type PublishPracticeToNetworkInput = {
  /** A finding flagged as good practice: its title, description and monitoring area are published (nothing else). */
  findingId?: InputMaybe<Scalars['ID']['input']>;
  /** The regional network to publish to. */
  networkId: Scalars['ID']['input'];
  /** The organisation publishing: the viewer's acting organisation when omitted. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A practice note's text (required without findingId). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A practice note's theme (required without findingId). */
  theme?: InputMaybe<MonitoringArea>;
  /** A practice note's title (required without findingId). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Result of publishPracticeToNetwork. */
export type PublishPracticeToNetworkPayload = {
  __typename?: 'PublishPracticeToNetworkPayload';
  /** The published practice; null when userErrors is not empty. */
  practice?: Maybe<NetworkPractice>;
  /** Expected failures: missing note fields, a finding not flagged as good practice, already published. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** One of the viewer's report jobs (progress and download link). NOT_FOUND for anyone else's. */
  annualReportJob: AnnualReportJob;
  /** The counts an annual / thematic report would print for the viewer. Signed-in users only. */
  annualReportPreview: AnnualReportPreview;
  /** ADMIN only: verifies the whole MAC chain now, against the head checkpoints signed outside the database. */
  auditChainStatus: AuditChainStatus;
  /** ADMIN only: audit entries of actions by members of the admin's organisation, newest first. */
  auditLog: AuditConnection;
  /** The versions of a visit's report the viewer may produce (empty for a visit they cannot read). */
  availableReportVersions: Array<AvailableReportVersion>;
  /** A dashboard; an organisation, working group or country the viewer may not read is NOT_FOUND, like a missing one. */
  dashboard: Dashboard;
  /** One of the viewer's export jobs (NOT_FOUND for anyone else's), for its progress. */
  exportJob: ExportJob;
  finding: Finding;
  /** Facet counts for the findings library (same filter as `findings`). */
  findingFacets: FindingFacets;
  findings: FindingConnection;
  /** Liveness probe usable by signed-out clients. */
  health: Scalars['String']['output'];
  /** Requests to join, oldest first (limit 1-200, default 50), for platform administrators; NOT_FOUND for anyone else. */
  joinRequests: Array<JoinRequest>;
  /** The signed-in person, or null when signed out. */
  me?: Maybe<Me>;
  /** Good practices published to the regional networks the viewer's organisations belong to, newest first (at most 200). */
  networkPractices: Array<NetworkPractice>;
  /** The viewer's notification preferences (defaults: every event in the app, none by e-mail, immediate). */
  notificationPreferences: NotificationPreferences;
  /** The viewer's notifications, newest first (keyset paged: `limit` 1-200, `after` the previous page's endCursor). */
  notifications: NotificationConnection;
  /** An organisation by id; without id, the viewer's first organisation. */
  organisation: Organisation;
  /** Organisations whose name contains `search` (at least 2 characters; limit 1-50), to invite to a working group. */
  organisationDirectory: Array<Organisation>;
  /** The newest mail sent on behalf of the organisation (limit 1-200, default 50): its ADMINs only. */
  outbox: Array<OutboxMail>;
  place: Place;
  /** Places the viewer can read, filtered and counted in the database. */
  places: PlaceConnection;
  /** Every organisation (limit 1-200, default 100), for platform administrators; NOT_FOUND for anyone else. */
  platformOrganisations: Array<Organisation>;
  /** Mail platform administrators sent (first administrators' invitations), newest first: platform administrators only. */
  platformOutbox: Array<OutboxMail>;
  recommendation: Recommendation;
  recommendations: RecommendationConnection;
  reprisalIncident: ReprisalIncident;
  /** Incidents naming the viewer. */
  reprisalIncidents: Array<ReprisalIncident>;
  /** Days authorities of a country have to respond to a recommendation. */
  responsePeriod: ResponsePeriod;
  /**
   * Full-text search (Spanish, English, French and Portuguese stemming, accents ignored) over the places,
   * visits, findings, recommendations and workplans the viewer may read, and their co-edited texts as of
   * their last compaction. Ranked among the 200 newest readable matches (all kinds together), best first;
   * paged by keyset (`limit` 1-200, default 20; `after` = endCursor).
   * An empty query answers an empty page; a query over 200 characters is BAD_USER_INPUT.
   */
  search: SearchConnection;
  /** Organisations whose single sign-on is on, by name, for the sign-in page (public: names only). */
  ssoProviders: Array<SsoProvider>;
  /** The current session's two-factor standing, also for a session waiting for its second step; null when signed out. */
  twoFactorStatus?: Maybe<TwoFactorStatus>;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  visit: Visit;
  /** What a version of a visit report will contain. NOT_FOUND when the visit or the version is not the viewer's. */
  visitReport: VisitReportPreview;
  /** A visit report's introduction and conclusions. NOT_FOUND for a visit the viewer cannot read. */
  visitReportTexts: VisitReportTexts;
  visits: VisitConnection;
  /** What needs the signed-in person on the home page. */
  whatNeedsMe: WhatNeedsMe;
  /** One working group; NOT_FOUND when it does not exist or the viewer is not in it. */
  workingGroup: WorkingGroup;
  /** Working groups the viewer's organisations belong to. */
  workingGroups: Array<WorkingGroup>;
  workplan: Workplan;
  /**
   * Actions across readable workplans (the 'my actions' view filters by responsible organisation), soonest due
   * first (no due date last), a keyset page at a time.
   */
  workplanActions: WorkplanActionList;
  /** Workplans of a working group the viewer can read. */
  workplans: Array<Workplan>;
};

export type QueryAnnualReportJobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAnnualReportPreviewArgs = {
  filter?: InputMaybe<AnnualReportFilter>;
};

export type QueryAuditChainStatusArgs = {
  organisationId: Scalars['ID']['input'];
};

export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};

export type QueryAvailableReportVersionsArgs = {
  visitId: Scalars['ID']['input'];
};

export type QueryDashboardArgs = {
  scope: DashboardScopeInput;
};

export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};

export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};

export type QueryFindingFacetsArgs = {
  filter?: InputMaybe<FindingFilter>;
};

export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FindingSort>;
};

export type QueryJoinRequestsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<JoinRequestStatus>;
};

export type QueryNetworkPracticesArgs = {
  filter?: InputMaybe<NetworkPracticeFilter>;
};

export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryOrganisationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryOrganisationDirectoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};

export type QueryOutboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};

export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPlatformOrganisationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPlatformOutboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RecommendationSort>;
};

export type QueryReprisalIncidentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryResponsePeriodArgs = {
  countryCode: Scalars['String']['input'];
};

export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchKind>>;
};

export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};

export type QueryVisitReportArgs = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<ReportLanguage>;
  version: ReportVersion;
  visitId: Scalars['ID']['input'];
};

export type QueryVisitReportTextsArgs = {
  visitId: Scalars['ID']['input'];
};

export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryWorkingGroupArgs = {
  id: Scalars['ID']['input'];
};

export type QueryWorkplanArgs = {
  id: Scalars['ID']['input'];
};

export type QueryWorkplanActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkplanActionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryWorkplansArgs = {
  workingGroupId: Scalars['ID']['input'];
};

/**
 * A record's readers changed in a way that concerns the viewer: ids only. The client refetches its
 * lists (and an open page) through the ordinary, authorized queries.
 */
export type ReadableRecordEvent = {
  __typename?: 'ReadableRecordEvent';
  /** Whether the viewer reads the record now; false: it was withdrawn from them and leaves their lists. */
  readable: Scalars['Boolean']['output'];
  recordId: Scalars['ID']['output'];
  recordType: RecordType;
};

export type ReclassifyRecordInput = {
  classification: Classification;
  recordId: Scalars['ID']['input'];
  recordType: RecordType;
  /** Required for WORKING_GROUP; must be a group the owner organisation belongs to. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** A recommendation to an authority, with the State's position and both views of implementation. */
export type Recommendation = ShareableRecord & {
  __typename?: 'Recommendation';
  acceptance: Acceptance;
  /** The authority the recommendation is addressed to. */
  addressee: Organisation;
  classification: Classification;
  comments: Array<Comment>;
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * The draft of the recommendation's text, co-edited live by those who may update it (document
   * `recommendation:<id>` on /collab) before `text` is settled. The issuer's working text: null for
   * anyone outside the issuing organisation (the addressee, the organisations it is shared with),
   * who read the adopted `text`.
   */
  draftText?: Maybe<CoEditedText>;
  /** Linked findings the viewer can read. */
  findings: Array<Finding>;
  followUps: Array<FollowUpActivity>;
  /** Dated history of acceptance and both statuses, oldest first. */
  history: Array<RecommendationStatusEntry>;
  id: Scalars['ID']['output'];
  issuedOn: Scalars['LocalDate']['output'];
  level: RecommendationLevel;
  /** Implementation as assessed by the monitor. */
  monitorStatus?: Maybe<ImplementationStatus>;
  ownerOrganisation: Organisation;
  /** Linked places the viewer can read. */
  places: Array<Place>;
  priority: Priority;
  publication?: Maybe<Publication>;
  readableBy: Array<Organisation>;
  /** Reference, unique within the owner organisation (e.g. MNP-2026-014). */
  reference: Scalars['String']['output'];
  /** The earlier recommendation this one repeats, if the viewer can read it. */
  repeats?: Maybe<Recommendation>;
  /** When the authority's response is due (issued + the country's response period, 60 days by default). */
  responseDueOn: Scalars['LocalDate']['output'];
  /** True when no response was recorded and the due date has passed. */
  responseOverdue: Scalars['Boolean']['output'];
  /** The authority's responses (art. 22 dialogue), oldest first. */
  responses: Array<AuthorityResponse>;
  sharedWith: Array<Organisation>;
  source: RecommendationSource;
  /** Implementation as reported by the State. */
  stateStatus?: Maybe<ImplementationStatus>;
  targetDate?: Maybe<Scalars['LocalDate']['output']>;
  text: Scalars['String']['output'];
  theme: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: send it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  viewerCan: RecordAbilities;
  viewerCanAssess: Scalars['Boolean']['output'];
  /** What the viewer may do in the dialogue. */
  viewerCanRespond: Scalars['Boolean']['output'];
  workingGroup?: Maybe<WorkingGroup>;
};

/** Recommendation counts of one value of a dimension. */
export type RecommendationBreakdown = {
  __typename?: 'RecommendationBreakdown';
  /** The counts for this value. */
  counts: RecommendationCounts;
  /** The value: an organisation id (authority), a theme, a place type, a priority or a year. */
  key: Scalars['String']['output'];
  /** A display name for organisations; otherwise the key. */
  label: Scalars['String']['output'];
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** Counts of recommendations, and the rates computed from them. */
export type RecommendationCounts = {
  __typename?: 'RecommendationCounts';
  /** (Partially) accepted among those with a State position; null when none has one. */
  acceptanceRate?: Maybe<Scalars['Float']['output']>;
  /** Accepted by the State. */
  accepted: Scalars['Int']['output'];
  /** Both statuses known and different. */
  discrepancies: Scalars['Int']['output'];
  /** With an implementation status assessed by the monitor. */
  monitorAssessed: Scalars['Int']['output'];
  /** Implemented among those the monitor assessed; null when none. */
  monitorImplementationRate?: Maybe<Scalars['Float']['output']>;
  /** Implemented, as assessed by the monitor. */
  monitorImplemented: Scalars['Int']['output'];
  /** Partially implemented, as assessed by the monitor. */
  monitorPartiallyImplemented: Scalars['Int']['output'];
  /** Noted by the State. */
  noted: Scalars['Int']['output'];
  /** No response from the authority and the response is past due. */
  overdueResponses: Scalars['Int']['output'];
  /** Partially accepted by the State. */
  partiallyAccepted: Scalars['Int']['output'];
  /** Awaiting the State's position. */
  pending: Scalars['Int']['output'];
  /** Rejected by the State. */
  rejected: Scalars['Int']['output'];
  /** Repeating an earlier recommendation. */
  repeated: Scalars['Int']['output'];
  /** Implemented among those the State reported on; null when none. */
  stateImplementationRate?: Maybe<Scalars['Float']['output']>;
  /** Implemented, as reported by the State. */
  stateImplemented: Scalars['Int']['output'];
  /** Partially implemented, as reported by the State. */
  statePartiallyImplemented: Scalars['Int']['output'];
  /** With an implementation status reported by the State. */
  stateReported: Scalars['Int']['output'];
  /** Recommendations counted. */
  total: Scalars['Int']['output'];
};

/** Recommendation figures of a dashboard. */
export type RecommendationFigures = {
  __typename?: 'RecommendationFigures';
  /** By addressee authority. */
  byAuthority: Array<RecommendationBreakdown>;
  /** By type of the (readable) places concerned; a recommendation about several types counts in each. */
  byPlaceType: Array<RecommendationBreakdown>;
  /** By priority. */
  byPriority: Array<RecommendationBreakdown>;
  /** By theme (empty key: no theme). */
  byTheme: Array<RecommendationBreakdown>;
  /** By year of issue. */
  byYear: Array<RecommendationBreakdown>;
  /** All recommendations in scope. */
  overall: RecommendationCounts;
};

export type RecommendationFilter = {
  /** Owned by or addressed to this organisation (an organisation dashboard's scope). */
  aboutOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  acceptance?: InputMaybe<Array<Acceptance>>;
  addresseeId?: InputMaybe<Scalars['ID']['input']>;
  /** Concerning this State, by ISO country code (a country dashboard's scope). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  findingId?: InputMaybe<Scalars['ID']['input']>;
  /** Issued in this calendar year. */
  issuedYear?: InputMaybe<Scalars['Int']['input']>;
  monitorStatus?: InputMaybe<Array<ImplementationStatus>>;
  /** Only those whose response is overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** Recommendations linked to a place of one of these types. */
  placeTypes?: InputMaybe<Array<PlaceType>>;
  priority?: InputMaybe<Priority>;
  /** Words of the reference, title, text or theme (the last word may be a beginning; case and accents ignored). */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<RecommendationSource>;
  stateStatus?: InputMaybe<Array<ImplementationStatus>>;
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Of this working group (a working group dashboard's scope). */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecommendationLevel = 'INSTITUTIONAL' | 'LEGISLATIVE' | 'PLACE' | 'POLICY';

export type RecommendationPayload = {
  __typename?: 'RecommendationPayload';
  recommendation?: Maybe<Recommendation>;
  userErrors: Array<UserError>;
};

export type RecommendationSort = 'DUE_ASC' | 'ISSUED_DESC' | 'PRIORITY_DESC' | 'REFERENCE';

export type RecommendationSource = 'NPM_THEMATIC_OR_ANNUAL_REPORT' | 'NPM_VISIT_REPORT' | 'OTHER' | 'SPT_REPORT';

export type RecommendationStatusEntry = {
  __typename?: 'RecommendationStatusEntry';
  effectiveOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: StatusEntryKind;
  note: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: User;
  /** An Acceptance value for ACCEPTANCE entries, an ImplementationStatus value otherwise. */
  value: Scalars['String']['output'];
};

/** What the viewer may do with a record, computed by the policy module. */
export type RecordAbilities = {
  __typename?: 'RecordAbilities';
  /** Only an ADMIN of a State authority of the country concerned, for SPT_CONFIDENTIAL records. */
  authorisePublication: Scalars['Boolean']['output'];
  comment: Scalars['Boolean']['output'];
  export: Scalars['Boolean']['output'];
  read: Scalars['Boolean']['output'];
  /** Whether the viewer takes part in the record's discussion: not a reader who reads it only as PUBLIC or as its addressee (their `comments` are empty). */
  readComments: Scalars['Boolean']['output'];
  reclassify: Scalars['Boolean']['output'];
  /** The classifications the viewer may change this record to (the current one excluded), decided by the policy: an EDITOR may narrow, widening needs an ADMIN. Empty: no reclassify control. */
  reclassifyTo: Array<Classification>;
  share: Scalars['Boolean']['output'];
  update: Scalars['Boolean']['output'];
};

export type RecordAuthorityResponseInput = {
  acceptance: Acceptance;
  proposedTimeline?: InputMaybe<Scalars['String']['input']>;
  recommendationId: Scalars['ID']['input'];
  respondedOn: Scalars['LocalDate']['input'];
  text: Scalars['String']['input'];
};

export type RecordFindingInput = {
  /** Defaults to ORGANISATION. Widening at creation needs the same role as widening later. */
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  goodPractice?: InputMaybe<Scalars['Boolean']['input']>;
  interviewees?: InputMaybe<Array<IntervieweeInput>>;
  monitoringArea: MonitoringArea;
  placeId: Scalars['ID']['input'];
  riskFactors?: InputMaybe<Array<Scalars['String']['input']>>;
  severity: Severity;
  sources?: InputMaybe<Array<FindingSource>>;
  title: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
  vulnerabilities?: InputMaybe<Array<Vulnerability>>;
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordFollowUpInput = {
  happenedOn: Scalars['LocalDate']['input'];
  kind: FollowUpKind;
  outcome?: InputMaybe<Scalars['String']['input']>;
  recommendationId: Scalars['ID']['input'];
  /** A follow-up visit record to link (must be readable by the person recording; else NOT_FOUND). */
  visitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordImplementationStatusInput = {
  effectiveOn: Scalars['LocalDate']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** STATE_REPORTED: the addressee authority; MONITOR_ASSESSED: the owner organisation. */
  perspective: StatusPerspective;
  recommendationId: Scalars['ID']['input'];
  status: ImplementationStatus;
};

export type RecordPayload = {
  __typename?: 'RecordPayload';
  record?: Maybe<ShareableRecord>;
  userErrors: Array<UserError>;
};

export type RecordPlacePopulationInput = {
  countedOn: Scalars['LocalDate']['input'];
  placeId: Scalars['ID']['input'];
  population: Scalars['Int']['input'];
};

/** Kinds of shareable record, for the generic sharing mutations. */
export type RecordType = 'FINDING' | 'PLACE' | 'RECOMMENDATION' | 'VISIT' | 'WORKPLAN';

export type RegenerateRecoveryCodesInput = {
  /** A current code from the authenticator app: a stolen session alone cannot replace the codes. */
  code: Scalars['String']['input'];
};

export type RegenerateRecoveryCodesPayload = {
  __typename?: 'RegenerateRecoveryCodesPayload';
  /** Ten new single-use recovery codes (the old ones stop working), shown this once. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  userErrors: Array<UserError>;
};

export type RemoveFromWorkingGroupInput = {
  organisationId: Scalars['ID']['input'];
  workingGroupId: Scalars['ID']['input'];
};

export type RemoveFromWorkingGroupPayload = {
  __typename?: 'RemoveFromWorkingGroupPayload';
  removedOrganisationId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemoveMemberInput = {
  membershipId: Scalars['ID']['input'];
};

export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  /** Id of the removed membership. */
  removedMembershipId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemovePasskeyInput = {
  id: Scalars['ID']['input'];
};

export type RemovePasskeyPayload = {
  __typename?: 'RemovePasskeyPayload';
  /** The id of the passkey removed; null when `userErrors` is not empty. */
  removedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** A finding as the version will contain it. */
export type ReportFindingPreview = {
  __typename?: 'ReportFindingPreview';
  id: Scalars['ID']['output'];
  /** Whether the interviewees' personal data is printed in this version. */
  includesPersonalData: Scalars['Boolean']['output'];
  /** How many interviewees the finding lists (by pseudonym). */
  intervieweeCount: Scalars['Int']['output'];
  monitoringArea: MonitoringArea;
  title: Scalars['String']['output'];
};

/** The language of a report's headings and labels; records keep the language they were written in. */
export type ReportLanguage = 'EN' | 'ES' | 'FR' | 'PT';

/** How many of one kind of record the version leaves out, and why. Counts only what the viewer reads. */
export type ReportLeftOut = {
  __typename?: 'ReportLeftOut';
  count: Scalars['Int']['output'];
  reason: ReportLeftOutReason;
  recordType: ReportRecordType;
};

/** Why something the viewer reads was left out of a version. */
export type ReportLeftOutReason =
  /** The version's audience may not read the record. */
  | 'AUDIENCE_CANNOT_READ'
  /** A recommendation addressed to another authority. */
  | 'NOT_ADDRESSED_TO_AUDIENCE'
  /** Interviewees' personal data (identity, contact, medical notes, reprisal risk): pseudonyms only. */
  | 'PERSONAL_DATA';

/** A recommendation as the version will contain it. */
export type ReportRecommendationPreview = {
  __typename?: 'ReportRecommendationPreview';
  /** The addressee authority's name. */
  addressee: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  priority: Priority;
  reference: Scalars['String']['output'];
  responseDueOn: Scalars['LocalDate']['output'];
  title: Scalars['String']['output'];
};

/** The kind of thing a left-out count is about. */
export type ReportRecordType = 'FINDING' | 'INTERVIEWEE' | 'PLACE' | 'RECOMMENDATION' | 'VISIT';

export type ReportReprisalInput = {
  actionTaken?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  form: ReprisalForm;
  /** Members of the viewer's organisation who may read it; the reporter is always included. */
  namedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  occurredOn: Scalars['LocalDate']['input'];
  personPseudonym: Scalars['String']['input'];
  relatedVisitId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A version of a visit report. Each is derived by the policy from the same records, never by hand:
 * a record goes into a version only if the person producing it reads it and the version's audience
 * reads it.
 */
export type ReportVersion =
  /** For one addressee authority: what it reads, with the recommendations addressed to it; no personal data. */
  | 'AUTHORITY'
  /** For the visit's owner organisation: everything it reads, with personal data for its visit team. */
  | 'CONFIDENTIAL'
  /** For everyone: PUBLIC and State-authorised content only, pseudonyms at most. */
  | 'PUBLIC';

export type ReprisalForm =
  | 'DENIAL_OF_RIGHTS_OR_BENEFITS'
  | 'DISCIPLINARY_SANCTION'
  | 'INTIMIDATION'
  | 'OTHER'
  | 'PHYSICAL_VIOLENCE'
  | 'SOLITARY_CONFINEMENT'
  | 'THREATS'
  | 'TRANSFER';

/** A reprisal against someone who talked to monitors. Only the users named on it can read it; every access is audited. */
export type ReprisalIncident = {
  __typename?: 'ReprisalIncident';
  actionTaken: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  form: ReprisalForm;
  id: Scalars['ID']['output'];
  /** The only people who can read this incident. */
  namedUsers: Array<User>;
  occurredOn: Scalars['LocalDate']['output'];
  ownerOrganisation: Organisation;
  /** Never a name. */
  personPseudonym: Scalars['String']['output'];
  relatedVisit?: Maybe<Visit>;
  status: ReprisalStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer may update it (status, action taken, who is named): named and an EDITOR or ADMIN of its owner. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type ReprisalPayload = {
  __typename?: 'ReprisalPayload';
  incident?: Maybe<ReprisalIncident>;
  userErrors: Array<UserError>;
};

export type ReprisalStatus = 'CLOSED' | 'REPORTED' | 'RESOLVED' | 'UNDER_FOLLOW_UP';

/** What report to write: the filters, a format and the language of its headings. */
export type RequestAnnualReportInput = {
  filter?: InputMaybe<AnnualReportFilter>;
  format: AnnualReportFormat;
  language: ReportLanguage;
};

/** A direct download for a small report, a job for a large one. */
export type RequestAnnualReportPayload = {
  __typename?: 'RequestAnnualReportPayload';
  /** Download the file here at once; null when a job was started. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The background job writing a large report; follow it with `annualReportJob`. */
  job?: Maybe<AnnualReportJob>;
  /** Problems with the request (a period that ends before it starts). */
  userErrors: Array<UserError>;
};

/** What to export: a list, a format and the filters on screen. */
export type RequestExportInput = {
  /** The list's filter, as the list page passes it to its query (plus `sort` where the list has one). */
  filter?: InputMaybe<Scalars['JSON']['input']>;
  /** The format. */
  format: ExportFormat;
  /** The list. */
  list: ExportList;
};

/** The answer to an export request: a direct download for short lists, a job for long ones. */
export type RequestExportPayload = {
  __typename?: 'RequestExportPayload';
  /** Download the file here at once (lists up to about 1,000 rows); null when a job was started. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The background job writing a long export; follow it with `exportJob`. */
  job?: Maybe<ExportJob>;
  /** Problems with the request (an invalid filter). */
  userErrors: Array<UserError>;
};

export type RequestToJoinInput = {
  /** The person who will be the organisation's first administrator, invited by e-mail when approved. */
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2; required except for international bodies (SPT, OHCHR, partners). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  kind: OrganisationKind;
  locale?: InputMaybe<Locale>;
  message?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Required for an NPM. */
  npmModel?: InputMaybe<NpmModel>;
};

export type RequestToJoinPayload = {
  __typename?: 'RequestToJoinPayload';
  /** True when the request was received (the same answer whatever happens to it next). */
  received: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type ResetMemberTwoFactorInput = {
  /** The membership of the person whose authenticator was lost. */
  membershipId: Scalars['ID']['input'];
};

export type ResetMemberTwoFactorPayload = {
  __typename?: 'ResetMemberTwoFactorPayload';
  /** The membership; the person enrols again at their next sign-in (their sessions are ended). */
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type RespondToWorkingGroupInvitationInput = {
  accept: Scalars['Boolean']['input'];
  /** The invitation. */
  id: Scalars['ID']['input'];
};

export type RespondToWorkingGroupInvitationPayload = {
  __typename?: 'RespondToWorkingGroupInvitationPayload';
  /** The organisation's place in the group when accepted; null when declined. */
  member?: Maybe<WorkingGroupMember>;
  userErrors: Array<UserError>;
};

export type ResponsePeriod = {
  __typename?: 'ResponsePeriod';
  countryCode: Scalars['String']['output'];
  days: Scalars['Int']['output'];
};

export type ResponsePeriodPayload = {
  __typename?: 'ResponsePeriodPayload';
  responsePeriod?: Maybe<ResponsePeriod>;
  userErrors: Array<UserError>;
};

export type RestoreNarrativeVersionInput = {
  versionId: Scalars['ID']['input'];
  workplanId: Scalars['ID']['input'];
};

/** Role of a person inside an organisation. */
export type Role =
  /** Manages members and sharing. */
  | 'ADMIN'
  /** Comments, suggests and fills assigned actions. */
  | 'CONTRIBUTOR'
  /** Creates and edits records. */
  | 'EDITOR'
  /** Reads. */
  | 'VIEWER';

export type SaveNarrativeVersionInput = {
  name: Scalars['String']['input'];
  workplanId: Scalars['ID']['input'];
};

/** A page of search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page. */
  nodes: Array<SearchHit>;
  /** Pass endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many readable records match: exact up to 200; above, 200 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when more than 200 readable records match (totalCount then says 200): the hits are then the best
   * of the 200 newest matches; a narrower query or kind finds the others.
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** One record that matched a search, readable by the viewer. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching passages of the record's own text and co-edited text, as the viewer may read them. */
  headline: Array<HeadlinePart>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** What kind of record matched. */
  kind: SearchKind;
  /** Relevance (higher is better); hits are ordered by it. */
  rank: Scalars['Float']['output'];
  /** The record itself. */
  record: SearchRecord;
  /** The record's title (a place's name, a recommendation's reference and title, a visit's objectives). */
  title: Scalars['String']['output'];
};

/** The kinds of record the search box finds. */
export type SearchKind = 'FINDING' | 'PLACE' | 'RECOMMENDATION' | 'VISIT' | 'WORKPLAN';

/** A record a search found (the hit's kind says which). */
export type SearchRecord = Finding | Place | Recommendation | Visit | Workplan;

/** Where the current session stands on its way to being usable (decision 0025). */
export type SessionStage =
  /** Signed in: the session may be used. */
  | 'COMPLETE'
  /** An organisation of the person requires two-factor authentication: they must enrol before anything else. */
  | 'ENROLMENT_REQUIRED'
  /** The password was right; a code from the authenticator app (or a recovery code) is still needed. */
  | 'SECOND_FACTOR';

export type SetActingOrganisationInput = {
  /** One of the person's own organisations. */
  organisationId: Scalars['ID']['input'];
};

export type SetActingOrganisationPayload = {
  __typename?: 'SetActingOrganisationPayload';
  me?: Maybe<Me>;
  userErrors: Array<UserError>;
};

export type SetEvidencePersonalDataInput = {
  /** Whether the file names or shows a person. */
  containsPersonalData: Scalars['Boolean']['input'];
  /** The evidence file. */
  evidenceId: Scalars['ID']['input'];
};

export type SetHostInstitutionInput = {
  /** Its host (an NHRI); null removes the link. */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The NPM. */
  organisationId: Scalars['ID']['input'];
};

export type SetHostInstitutionPayload = {
  __typename?: 'SetHostInstitutionPayload';
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

export type SetPreferredLocaleInput = {
  locale: Locale;
};

export type SetPreferredLocalePayload = {
  __typename?: 'SetPreferredLocalePayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type SetResponsePeriodInput = {
  countryCode: Scalars['String']['input'];
  days: Scalars['Int']['input'];
};

export type SetTwoFactorRequiredInput = {
  organisationId: Scalars['ID']['input'];
  /** On: members reach no data before enrolling an authenticator. */
  required: Scalars['Boolean']['input'];
};

export type SetTwoFactorRequiredPayload = {
  __typename?: 'SetTwoFactorRequiredPayload';
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

export type SetWorkingGroupStandingInput = {
  organisationId: Scalars['ID']['input'];
  role: WorkingGroupRole;
  workingGroupId: Scalars['ID']['input'];
};

export type SetWorkingGroupStandingPayload = {
  __typename?: 'SetWorkingGroupStandingPayload';
  member?: Maybe<WorkingGroupMember>;
  userErrors: Array<UserError>;
};

export type Severity = 'CRITICAL' | 'HIGH' | 'LOW' | 'MEDIUM';

export type ShareRecordInput = {
  /** The complete list of organisations the record is shared with (replaces the previous list). */
  organisationIds: Array<Scalars['ID']['input']>;
  recordId: Scalars['ID']['input'];
  recordType: RecordType;
};

/** A record shared under the confidentiality model. */
export type ShareableRecord = {
  classification: Classification;
  /** Comments, oldest first; empty for a viewer outside the record's discussion (`viewerCan.readComments`). */
  comments: Array<Comment>;
  /** ISO code of the State concerned. */
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The organisation that owns the record and decides who sees it. */
  ownerOrganisation: Organisation;
  /** Set when the State authorised publication of an SPT-confidential record. */
  publication?: Maybe<Publication>;
  /** The organisations that can read this record, computed by the policy (the 'who can see this' panel). */
  readableBy: Array<Organisation>;
  /** Organisations named in the share. Visible to the owner organisation only (empty for others). */
  sharedWith: Array<Organisation>;
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: RecordAbilities;
  /** The working group the record belongs to, if any (decides WORKING_GROUP readers). */
  workingGroup?: Maybe<WorkingGroup>;
};

/** A record shared with one of the viewer's organisations, for the home page. */
export type SharedRecordItem = {
  __typename?: 'SharedRecordItem';
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** The organisation that owns it and shared it. */
  ownerOrganisationName: Scalars['String']['output'];
  /** The kind of record. */
  recordType: RecordType;
  /** Its title (a place's name; a visit's start date). */
  title: Scalars['String']['output'];
  /** When it last changed (sharing changes it). */
  updatedAt: Scalars['DateTime']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The signed-in person; null when `userErrors` is not empty. */
  me?: Maybe<Me>;
  /** Set when the password was right but the session needs a second step first; null when signed in or refused. */
  nextStep?: Maybe<SessionStage>;
  userErrors: Array<UserError>;
};

/** An organisation's single sign-on through its OpenID Connect provider (decision 0028). Only its ADMINs read it. */
export type SsoConnection = {
  __typename?: 'SsoConnection';
  /** Domains whose provider-verified e-mail addresses may sign in (exact, lower case). */
  allowedDomains: Array<Scalars['String']['output']>;
  /** The client id registered at the provider. */
  clientId: Scalars['String']['output'];
  /** Whether a client secret is stored (it is sealed with the organisation's key and never returned). */
  clientSecretSet: Scalars['Boolean']['output'];
  /** Whether the sign-in page offers this organisation's provider. */
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The provider's issuer identifier (its metadata is discovered at `<issuer>/.well-known/openid-configuration`). */
  issuer: Scalars['String']['output'];
  /** The role given to people who join through the provider (just-in-time). */
  jitRole: Role;
  /** The name in the sign-in address: people are sent to `/auth/oidc/<slug>/start`. */
  slug: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** An organisation that offers single sign-on, as the sign-in page lists it (signed-out visitors read it). */
export type SsoProvider = {
  __typename?: 'SsoProvider';
  /** The organisation's name. */
  name: Scalars['String']['output'];
  /** Where its sign-in starts: `/auth/oidc/<slug>/start`. */
  slug: Scalars['String']['output'];
};

export type StartTwoFactorEnrolmentPayload = {
  __typename?: 'StartTwoFactorEnrolmentPayload';
  /** The new secret; null when `userErrors` is not empty. */
  enrolment?: Maybe<TwoFactorEnrolment>;
  userErrors: Array<UserError>;
};

export type StatusEntryKind = 'ACCEPTANCE' | 'MONITOR_ASSESSED' | 'STATE_REPORTED';

/** Whose view of implementation: tracked twice, side by side. */
export type StatusPerspective = 'MONITOR_ASSESSED' | 'STATE_REPORTED';

export type Subscription = {
  __typename?: 'Subscription';
  /** Membership changes of one of the viewer's organisations. Events carry ids; refetch for details. */
  membershipChanged: MembershipEvent;
  /** Notifications delivered to the viewer from now on, each re-authorized for the subscriber at delivery. */
  notificationReceived: NotificationReceivedEvent;
  /**
   * Tells the viewer that a list's contents may have changed for them: a record they read before or
   * read now had its readers changed (shared, withdrawn, reclassified, published). Re-authorized by
   * the policy for the viewer at every event; a record they never read is never named. Without
   * `recordTypes`, every type.
   */
  readableRecordsChanged: ReadableRecordEvent;
  /** Structural changes of a workplan, re-authorized for the subscriber on every event. */
  workplanChanged: WorkplanEvent;
};

export type SubscriptionMembershipChangedArgs = {
  organisationId: Scalars['ID']['input'];
};

export type SubscriptionReadableRecordsChangedArgs = {
  recordTypes?: InputMaybe<Array<RecordType>>;
};

export type SubscriptionWorkplanChangedArgs = {
  workplanId: Scalars['ID']['input'];
};

/** An authenticator being enrolled. Shown once; it counts only after its first code is confirmed. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The otpauth:// URI that the QR code encodes. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as an SVG data URL, drawn by the server (no outside service ever sees the secret). */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The shared secret in base32, for authenticator apps that cannot scan. */
  secret: Scalars['String']['output'];
};

/** The viewer's two-factor authentication. */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  /** Whether the person has a confirmed authenticator. */
  enabled: Scalars['Boolean']['output'];
  /** Whether the second step can be passed with a passkey (the person registered one). */
  passkeyAvailable: Scalars['Boolean']['output'];
  /** The person's passkeys; empty while the session waits for its second step. */
  passkeys: Array<Passkey>;
  /** Recovery codes not used yet (0 without an authenticator). */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** Whether an organisation of the person requires two-factor authentication. */
  required: Scalars['Boolean']['output'];
  /** Where the current session stands. */
  stage: SessionStage;
};

/**
 * Field-level merge: send only the fields you changed, and in `base` the values you saw before
 * changing them. A field someone else changed meanwhile is not overwritten: it comes back in
 * `conflicts` for you to resolve; the other fields are applied.
 */
export type UpdateActionInput = {
  base: ActionChanges;
  changes: ActionChanges;
  id: Scalars['ID']['input'];
};

export type UpdateFindingInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  goodPractice?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces all interviewees (visit team only). */
  interviewees?: InputMaybe<Array<IntervieweeInput>>;
  monitoringArea?: InputMaybe<MonitoringArea>;
  riskFactors?: InputMaybe<Array<Scalars['String']['input']>>;
  severity?: InputMaybe<Severity>;
  sources?: InputMaybe<Array<FindingSource>>;
  title?: InputMaybe<Scalars['String']['input']>;
  vulnerabilities?: InputMaybe<Array<Vulnerability>>;
};

/** Replaces the channels of the events listed (others keep theirs) and, when given, the digest. */
export type UpdateNotificationPreferencesInput = {
  channels: Array<NotificationChannelInput>;
  emailDigest?: InputMaybe<EmailDigest>;
  /** An IANA time zone this server knows (else the user error INVALID on timeZone). Omitted: unchanged. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlaceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlaceStatus>;
  type?: InputMaybe<PlaceType>;
};

export type UpdatePriorityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRecommendationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  findingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<RecommendationLevel>;
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priority?: InputMaybe<Priority>;
  repeatsId?: InputMaybe<Scalars['ID']['input']>;
  targetDate?: InputMaybe<Scalars['LocalDate']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateReprisalInput = {
  actionTaken?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  namedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<ReprisalStatus>;
};

export type UpdateVisitInput = {
  announced?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last version seen (optimistic concurrency); a stale version gives CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  objectives?: InputMaybe<Scalars['String']['input']>;
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Replaces the whole team. */
  team?: InputMaybe<Array<VisitTeamMemberInput>>;
  type?: InputMaybe<VisitType>;
};

export type UpdateVisitReportTextsInput = {
  conclusions: Scalars['String']['input'];
  introduction: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type UpdateVisitReportTextsPayload = {
  __typename?: 'UpdateVisitReportTextsPayload';
  texts?: Maybe<VisitReportTexts>;
  userErrors: Array<UserError>;
};

export type UpdateWorkplanInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** Name shown to colleagues and partners. */
  displayName: Scalars['String']['output'];
  /** E-mail address, used to sign in. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Interface language the person chose. */
  preferredLocale: Locale;
};

/** Field-level validation problem returned in a payload's `userErrors` instead of raising an error. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field: Array<Scalars['String']['output']>;
  /** Human-readable explanation in English; clients translate by `code`. */
  message: Scalars['String']['output'];
};

/** The closed list of expected failures a payload can report. */
export type UserErrorCode =
  /** The request to join was already decided. */
  | 'ALREADY_DECIDED'
  /** The person already has an authenticator; an administrator of their organisation can reset it. */
  | 'ALREADY_ENROLLED'
  /** The organisation already belongs to the working group, or is already invited to it. */
  | 'ALREADY_IN_GROUP'
  /** The person already belongs to this organisation. */
  | 'ALREADY_MEMBER'
  /** The record was changed by someone else meanwhile; reload and retry. */
  | 'CONFLICT'
  /** The viewer may not make this change (e.g. widening a classification as an EDITOR). */
  | 'FORBIDDEN_CHANGE'
  /** A value does not have the expected shape (e.g. not an e-mail address). */
  | 'INVALID'
  /** The authenticator or recovery code is wrong, expired or already used. */
  | 'INVALID_CODE'
  /** Wrong e-mail or password. Deliberately does not say which. */
  | 'INVALID_CREDENTIALS'
  /** The change is not allowed in the current state (e.g. a visit status jump). */
  | 'INVALID_TRANSITION'
  /** The invitation link is past its expiry: an administrator must invite again. */
  | 'INVITATION_EXPIRED'
  /** The invitation link is not one this server issued (mistyped, forged or cut). */
  | 'INVITATION_INVALID'
  /** The invitation link was already used: the person signs in with their password. */
  | 'INVITATION_USED'
  /** The identity provider could not be reached or its metadata is not valid OpenID Connect discovery. */
  | 'ISSUER_UNREACHABLE'
  /** The organisation would be left without an administrator. */
  | 'LAST_ADMIN'
  /** The working group would be left without a chair. */
  | 'LAST_CHAIR'
  /** The person has no authenticator yet. */
  | 'NOT_ENROLLED'
  /** The referenced record does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Passkeys need the app's address (PUBLIC_URL), or a page on localhost. */
  | 'PASSKEY_UNAVAILABLE'
  /** Too many attempts; try again later. */
  | 'RATE_LIMITED'
  /** Another organisation already uses this sign-in name. */
  | 'SLUG_TAKEN'
  /** An organisation of the person requires two-factor authentication: it cannot be turned off. */
  | 'TWO_FACTOR_REQUIRED';

export type VerifyPasskeySecondFactorInput = {
  /** The browser's answer to the authentication options (JSON). */
  responseJson: Scalars['String']['input'];
};

export type VerifySecondFactorInput = {
  /** A six-digit code from the authenticator app, or one of the recovery codes. */
  code: Scalars['String']['input'];
};

export type VerifySecondFactorPayload = {
  __typename?: 'VerifySecondFactorPayload';
  /** The signed-in person; null when `userErrors` is not empty. */
  me?: Maybe<Me>;
  /** Recovery codes left when a recovery code was used (null otherwise): time to regenerate them when low. */
  recoveryCodesLeft?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

/** A monitoring visit to one or more places. */
export type Visit = ShareableRecord & {
  __typename?: 'Visit';
  announced: Scalars['Boolean']['output'];
  classification: Classification;
  comments: Array<Comment>;
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Findings of this visit the viewer can read, oldest first, a keyset page at a time, with a capped count
   * (exact up to 1,000).
   */
  findings: FindingConnection;
  id: Scalars['ID']['output'];
  objectives: Scalars['String']['output'];
  ownerOrganisation: Organisation;
  /** Places visited that the viewer can read. */
  places: Array<Place>;
  publication?: Maybe<Publication>;
  readableBy: Array<Organisation>;
  /**
   * Readable recommendations issued from this visit's readable findings, newest first, a keyset page at a time,
   * with a capped count (exact up to 1,000).
   */
  recommendations: RecommendationConnection;
  sharedWith: Array<Organisation>;
  startDate: Scalars['LocalDate']['output'];
  status: VisitStatus;
  team: Array<VisitTeamMember>;
  type: VisitType;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: send it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  viewerCan: RecordAbilities;
  workingGroup?: Maybe<WorkingGroup>;
};

/** A monitoring visit to one or more places. */
export type VisitFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A monitoring visit to one or more places. */
export type VisitRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type VisitConnection = {
  __typename?: 'VisitConnection';
  nodes: Array<Visit>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type VisitFilter = {
  /** Visits starting on or after this date. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<VisitStatus>;
  /** Visits starting on or before this date. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type VisitPayload = {
  __typename?: 'VisitPayload';
  userErrors: Array<UserError>;
  visit?: Maybe<Visit>;
};

/** What a version of a visit report will contain, for the viewer who asks (who may download it). */
export type VisitReportPreview = {
  __typename?: 'VisitReportPreview';
  /** For AUTHORITY: the authority this copy is for. */
  audience?: Maybe<Organisation>;
  /** Relative URL of the DOCX. */
  docxUrl: Scalars['String']['output'];
  /** Organisations whose members may download this version, as the policy decides it for each. */
  downloadableBy: Array<Organisation>;
  /** Whether signed-out visitors may download it too (a public version of a PUBLIC visit). */
  downloadableBySignedOut: Scalars['Boolean']['output'];
  findings: Array<ReportFindingPreview>;
  /** visitId:version[:authorityId], stable for caching. */
  id: Scalars['ID']['output'];
  /** Whether the visit's own details (dates, team, methodology, introduction, conclusions) are included. */
  includesVisitDetails: Scalars['Boolean']['output'];
  language: ReportLanguage;
  /** What was left out, counted by reason (never what the viewer cannot read). */
  leftOut: Array<ReportLeftOut>;
  /** Relative URL of the PDF. */
  pdfUrl: Scalars['String']['output'];
  /** Names of the places the version names. */
  placeNames: Array<Scalars['String']['output']>;
  recommendations: Array<ReportRecommendationPreview>;
  /** The document's section headings, in order. */
  sections: Array<Scalars['String']['output']>;
  version: ReportVersion;
  /** Always true here: a version the viewer may not download is NOT_FOUND. */
  viewerCanDownload: Scalars['Boolean']['output'];
  visitId: Scalars['ID']['output'];
};

/** A visit report's introduction and conclusions: co-edited texts of the visit (they carry its visibility). */
export type VisitReportTexts = {
  __typename?: 'VisitReportTexts';
  /** The conclusions as plain text (what the report prints). */
  conclusions: Scalars['String']['output'];
  /** The conclusions, written live on /collab (`visitConclusions:<visit id>`). */
  conclusionsText: CoEditedText;
  /** The visit's id. */
  id: Scalars['ID']['output'];
  /** The introduction as plain text (what the report prints). */
  introduction: Scalars['String']['output'];
  /** The introduction, written live on /collab (`visitIntroduction:<visit id>`). */
  introductionText: CoEditedText;
  /** Whether the viewer may change them (who may update the visit). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** PLANNED → ON_SITE → REPORTING → REPORT_SENT → FOLLOW_UP → CLOSED; one step at a time. */
export type VisitStatus = 'CLOSED' | 'FOLLOW_UP' | 'ON_SITE' | 'PLANNED' | 'REPORTING' | 'REPORT_SENT';

export type VisitTeamMember = {
  __typename?: 'VisitTeamMember';
  expertise: Expertise;
  gender: Gender;
  id: Scalars['ID']['output'];
  leader: Scalars['Boolean']['output'];
  user: User;
};

export type VisitTeamMemberInput = {
  expertise: Expertise;
  gender: Gender;
  leader?: InputMaybe<Scalars['Boolean']['input']>;
  /** A member of the owner organisation. */
  userId: Scalars['ID']['input'];
};

export type VisitType =
  'AD_HOC' | 'FOLLOW_UP' | 'IN_DEPTH' | 'SPT_FOLLOW_UP' | 'SPT_NPM_ADVISORY' | 'SPT_REGULAR' | 'THEMATIC';

export type Vulnerability =
  'CHILDREN' | 'INDIGENOUS_MINORITIES' | 'LGBTI' | 'MIGRANTS' | 'OLDER_PERSONS' | 'PERSONS_WITH_DISABILITIES' | 'WOMEN';

/** What needs the signed-in person, beyond what the recommendation and action lists already answer. */
export type WhatNeedsMe = {
  __typename?: 'WhatNeedsMe';
  /**
   * Recommendations owned by the viewer's organisations that the viewer may assess, where the State
   * reported a status after the monitor's last assessment (oldest report first, at most 20).
   */
  awaitingAssessment: Array<Recommendation>;
  /** When the viewer last opened the home page, before this visit (null the first time). */
  lastVisitAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Records owned by another organisation and shared (SHARED) with one of the viewer's organisations,
   * changed since the last visit (all of them the first time; newest first, at most 20).
   */
  sharedSinceLastVisit: Array<SharedRecordItem>;
};

/** A group of organisations that work together. */
export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  /** ISO country code for national groups; null for regional ones. */
  countryCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Invitations the group's chair sent that are still waiting: for the chair's ADMINs (empty for everyone else). */
  invitations: Array<WorkingGroupInvitation>;
  kind: WorkingGroupKind;
  /** Member organisations and their role in the group. */
  members: Array<WorkingGroupMember>;
  name: Scalars['String']['output'];
  /** Region name for regional networks (e.g. Latin America). */
  region?: Maybe<Scalars['String']['output']>;
  /** What the viewer may do in this group. */
  viewerCan: WorkingGroupAbilities;
};

export type WorkingGroupAbilities = {
  __typename?: 'WorkingGroupAbilities';
  /** Create a workplan of the group: ADMIN/EDITOR of a CHAIR or MEMBER organisation. */
  createWorkplan: Scalars['Boolean']['output'];
  /** Invite organisations, set their standing (chair, member, observer), remove them: ADMINs of the chair. */
  manageMembers: Scalars['Boolean']['output'];
  /** The viewer's organisations that may own a new workplan of the group (empty when none). */
  workplanOwners: Array<Organisation>;
};

/** A working group's chair invited an organisation; its ADMINs accept or decline. */
export type WorkingGroupInvitation = {
  __typename?: 'WorkingGroupInvitation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  /** The standing the organisation would have in the group. */
  role: WorkingGroupRole;
  workingGroupId: Scalars['ID']['output'];
  workingGroupKind: WorkingGroupKind;
  /** The group's name (the invited organisation is not a member yet: it sees no more of the group). */
  workingGroupName: Scalars['String']['output'];
};

export type WorkingGroupKind =
  /** National torture-prevention working group (NPM, NHRI, CSOs, State authorities, UN office). */
  | 'NATIONAL_WORKING_GROUP'
  /** Governing body of an NPM, with CSO members and a chair. */
  | 'NPM_TECHNICAL_COMMITTEE'
  /** Network of NPMs across countries. */
  | 'REGIONAL_NETWORK';

export type WorkingGroupMember = {
  __typename?: 'WorkingGroupMember';
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: WorkingGroupRole;
  /** Whether the viewer may take this organisation out of the group (the chair; or its own ADMINs: it leaves). */
  viewerCanRemove: Scalars['Boolean']['output'];
};

export type WorkingGroupRole = 'CHAIR' | 'MEMBER' | 'OBSERVER';

/**
 * A working group's joint plan: a narrative co-edited live (Yjs document `workplan:<id>` on /collab)
 * and structured priorities and actions that change through mutations and reach viewers live.
 */
export type Workplan = ShareableRecord & {
  __typename?: 'Workplan';
  classification: Classification;
  comments: Array<Comment>;
  countryCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * Comments on actions and on ranges of the narrative, newest first, a page at a time (`first` at most 100).
   * With `actionId`, only the comments on that action of this plan.
   */
  discussion: DiscussionCommentConnection;
  id: Scalars['ID']['output'];
  /** The narrative, co-edited live (document `workplan:<id>` on /collab). */
  narrative: CoEditedText;
  /** One saved version of this plan's narrative; null when this plan has no such version. */
  narrativeVersion?: Maybe<NarrativeVersion>;
  ownerOrganisation: Organisation;
  periodEnd?: Maybe<Scalars['LocalDate']['output']>;
  periodStart: Scalars['LocalDate']['output'];
  /** Priorities in their order, a page at a time (`first` at most 100; `after` is a previous page's `endCursor`). */
  priorities: WorkplanPriorityConnection;
  publication?: Maybe<Publication>;
  readableBy: Array<Organisation>;
  sharedWith: Array<Organisation>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Saved named versions of the narrative, newest first, a page at a time (`first` at most 100). */
  versions: NarrativeVersionConnection;
  viewerCan: RecordAbilities;
  /** Whether the viewer may co-edit the narrative and change priorities and actions. */
  viewerCanEdit: Scalars['Boolean']['output'];
  workingGroup?: Maybe<WorkingGroup>;
};

/**
 * A working group's joint plan: a narrative co-edited live (Yjs document `workplan:<id>` on /collab)
 * and structured priorities and actions that change through mutations and reach viewers live.
 */
export type WorkplanDiscussionArgs = {
  actionId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A working group's joint plan: a narrative co-edited live (Yjs document `workplan:<id>` on /collab)
 * and structured priorities and actions that change through mutations and reach viewers live.
 */
export type WorkplanNarrativeVersionArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A working group's joint plan: a narrative co-edited live (Yjs document `workplan:<id>` on /collab)
 * and structured priorities and actions that change through mutations and reach viewers live.
 */
export type WorkplanPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A working group's joint plan: a narrative co-edited live (Yjs document `workplan:<id>` on /collab)
 * and structured priorities and actions that change through mutations and reach viewers live.
 */
export type WorkplanVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkplanAction = {
  __typename?: 'WorkplanAction';
  contributingOrganisations: Array<Organisation>;
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  indicator: Scalars['String']['output'];
  /** A commitment partners follow on their dashboards. */
  jointCommitment: Scalars['Boolean']['output'];
  /** Linked recommendations the viewer can read. */
  linkedRecommendations: Array<Recommendation>;
  /** True when not done/cancelled and the due date has passed. */
  overdue: Scalars['Boolean']['output'];
  position: Scalars['Int']['output'];
  priorityId: Scalars['ID']['output'];
  responsibleOrganisation: Organisation;
  startDate?: Maybe<Scalars['LocalDate']['output']>;
  status: ActionStatus;
  target: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as `baseVersion` for conflict detection. */
  version: Scalars['Int']['output'];
  viewerCanUpdate: Scalars['Boolean']['output'];
  workplanId: Scalars['ID']['output'];
};

export type WorkplanActionConnection = {
  __typename?: 'WorkplanActionConnection';
  nodes: Array<WorkplanAction>;
  pageInfo: WorkplanPageInfo;
};

export type WorkplanActionFilter = {
  /** Actions due on or before this date. */
  dueBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  jointCommitment?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
  workplanId?: InputMaybe<Scalars['ID']['input']>;
};

/** A keyset page of actions across readable workplans (`workplanActions`), counted like the record lists. */
export type WorkplanActionList = {
  __typename?: 'WorkplanActionList';
  nodes: Array<WorkplanAction>;
  pageInfo: PageInfo;
  /** Readable matches, exact up to 1,000; above that 1,000 with totalCountCapped true. */
  totalCount: Scalars['Int']['output'];
  /** True when there are more than totalCount matches (the count stops at 1,000). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** Something changed in a workplan's structure. Carries ids only: refetch through authorized queries. */
export type WorkplanEvent = {
  __typename?: 'WorkplanEvent';
  kind: WorkplanEventKind;
  /** The priority, action or comment concerned. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  workplanId: Scalars['ID']['output'];
};

export type WorkplanEventKind =
  'ACTION_CHANGED' | 'ACTION_REMOVED' | 'COMMENT_ADDED' | 'PRIORITY_CHANGED' | 'VERSION_SAVED' | 'WORKPLAN_UPDATED';

/** Where a page of a workplan collection ends: pass `endCursor` as `after` for the next page. */
export type WorkplanPageInfo = {
  __typename?: 'WorkplanPageInfo';
  /** Opaque; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type WorkplanPayload = {
  __typename?: 'WorkplanPayload';
  userErrors: Array<UserError>;
  workplan?: Maybe<Workplan>;
};

export type WorkplanPriority = {
  __typename?: 'WorkplanPriority';
  /** The priority's actions in their order, a page at a time (`first` at most 100). */
  actions: WorkplanActionConnection;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkplanPriorityActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkplanPriorityConnection = {
  __typename?: 'WorkplanPriorityConnection';
  nodes: Array<WorkplanPriority>;
  pageInfo: WorkplanPageInfo;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchRecord: FindingEntity | PlaceEntity | RecommendationEntity | VisitEntity | WorkplanEntity;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<
    Omit<AcceptInvitationPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }
  >;
  Acceptance: Acceptance;
  ActionChanges: ActionChanges;
  ActionFieldConflict: ResolverTypeWrapper<ActionFieldConflict>;
  ActionFigures: ResolverTypeWrapper<ActionFigures>;
  ActionPayload: ResolverTypeWrapper<
    Omit<ActionPayload, 'action'> & { action?: Maybe<ResolversTypes['WorkplanAction']> }
  >;
  ActionStatus: ActionStatus;
  ActionStatusCount: ResolverTypeWrapper<ActionStatusCount>;
  AddActionInput: AddActionInput;
  AddCommentInput: AddCommentInput;
  AddCommentPayload: ResolverTypeWrapper<
    Omit<AddCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['Comment']> }
  >;
  AddMemberInput: AddMemberInput;
  AddMemberPayload: ResolverTypeWrapper<
    Omit<AddMemberPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }
  >;
  AddPasskeyInput: AddPasskeyInput;
  AddPasskeyPayload: ResolverTypeWrapper<AddPasskeyPayload>;
  AddPriorityInput: AddPriorityInput;
  AdoptRecommendationDraftInput: AdoptRecommendationDraftInput;
  AnnualReportAcceptanceCount: ResolverTypeWrapper<AnnualReportAcceptanceCount>;
  AnnualReportAuthorityRow: ResolverTypeWrapper<AnnualReportAuthorityRow>;
  AnnualReportFilter: AnnualReportFilter;
  AnnualReportFormat: AnnualReportFormat;
  AnnualReportJob: ResolverTypeWrapper<AnnualReportJobEntity>;
  AnnualReportPreview: ResolverTypeWrapper<AnnualReportPreviewModelEntity>;
  AnnualReportStatusCount: ResolverTypeWrapper<AnnualReportStatusCount>;
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEventEntity>;
  AuthorisePublicationInput: AuthorisePublicationInput;
  AuthorityResponse: ResolverTypeWrapper<AuthorityResponseEntity>;
  AvailableReportVersion: ResolverTypeWrapper<
    Omit<AvailableReportVersion, 'authorities'> & { authorities: Array<ResolversTypes['Organisation']> }
  >;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: ResolverTypeWrapper<
    Omit<ChangeMemberRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }
  >;
  Classification: Classification;
  CoEditedText: ResolverTypeWrapper<CoEditedTextModelEntity>;
  Comment: ResolverTypeWrapper<RecordCommentEntity>;
  CommentOnWorkplanInput: CommentOnWorkplanInput;
  ConfigureSsoInput: ConfigureSsoInput;
  ConfigureSsoPayload: ResolverTypeWrapper<ConfigureSsoPayload>;
  ConfirmTwoFactorEnrolmentInput: ConfirmTwoFactorEnrolmentInput;
  ConfirmTwoFactorEnrolmentPayload: ResolverTypeWrapper<
    Omit<ConfirmTwoFactorEnrolmentPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }
  >;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: ResolverTypeWrapper<
    Omit<CreateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }
  >;
  CreatePlaceInput: CreatePlaceInput;
  CreateWorkingGroupInput: CreateWorkingGroupInput;
  CreateWorkingGroupPayload: ResolverTypeWrapper<
    Omit<CreateWorkingGroupPayload, 'workingGroup'> & { workingGroup?: Maybe<ResolversTypes['WorkingGroup']> }
  >;
  CreateWorkplanInput: CreateWorkplanInput;
  Dashboard: ResolverTypeWrapper<DashboardEntity>;
  DashboardActionItem: ResolverTypeWrapper<DashboardActionItem>;
  DashboardRecommendationItem: ResolverTypeWrapper<DashboardRecommendationItem>;
  DashboardScopeInput: DashboardScopeInput;
  DashboardScopeKind: DashboardScopeKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideJoinRequestInput: DecideJoinRequestInput;
  DecideJoinRequestPayload: ResolverTypeWrapper<
    Omit<DecideJoinRequestPayload, 'joinRequest'> & { joinRequest?: Maybe<ResolversTypes['JoinRequest']> }
  >;
  DisableTwoFactorInput: DisableTwoFactorInput;
  DisableTwoFactorPayload: ResolverTypeWrapper<DisableTwoFactorPayload>;
  DiscussionComment: ResolverTypeWrapper<DiscussionCommentEntity>;
  DiscussionCommentConnection: ResolverTypeWrapper<
    Omit<DiscussionCommentConnection, 'nodes'> & { nodes: Array<ResolversTypes['DiscussionComment']> }
  >;
  DiscussionCommentPayload: ResolverTypeWrapper<
    Omit<DiscussionCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['DiscussionComment']> }
  >;
  EmailDigest: EmailDigest;
  EvidenceAbilities: ResolverTypeWrapper<EvidenceAbilities>;
  EvidenceAttachment: ResolverTypeWrapper<EvidenceAttachmentEntity>;
  EvidencePayload: ResolverTypeWrapper<
    Omit<EvidencePayload, 'evidence'> & { evidence?: Maybe<ResolversTypes['EvidenceAttachment']> }
  >;
  Expertise: Expertise;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobEntity>;
  ExportJobStatus: ExportJobStatus;
  ExportList: ExportList;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Finding: ResolverTypeWrapper<FindingEntity>;
  FindingCell: ResolverTypeWrapper<FindingCell>;
  FindingConnection: ResolverTypeWrapper<
    Omit<FindingConnection, 'nodes'> & { nodes: Array<ResolversTypes['Finding']> }
  >;
  FindingFacets: ResolverTypeWrapper<FindingFacets>;
  FindingFigures: ResolverTypeWrapper<FindingFigures>;
  FindingFilter: FindingFilter;
  FindingPayload: ResolverTypeWrapper<Omit<FindingPayload, 'finding'> & { finding?: Maybe<ResolversTypes['Finding']> }>;
  FindingSort: FindingSort;
  FindingSource: FindingSource;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpActivity: ResolverTypeWrapper<FollowUpActivityEntity>;
  FollowUpKind: FollowUpKind;
  Gender: Gender;
  HeadlinePart: ResolverTypeWrapper<HeadlinePart>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImplementationStatus: ImplementationStatus;
  ImportColumn: ResolverTypeWrapper<ImportColumn>;
  ImportColumnInput: ImportColumnInput;
  ImportKind: ImportKind;
  ImportPreviewRow: ResolverTypeWrapper<ImportPreviewRow>;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  ImportSpreadsheetPayload: ResolverTypeWrapper<ImportSpreadsheetPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interviewee: ResolverTypeWrapper<IntervieweeEntity>;
  IntervieweeInput: IntervieweeInput;
  InviteToWorkingGroupInput: InviteToWorkingGroupInput;
  InviteToWorkingGroupPayload: ResolverTypeWrapper<
    Omit<InviteToWorkingGroupPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['WorkingGroupInvitation']> }
  >;
  IssueRecommendationInput: IssueRecommendationInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JoinRequest: ResolverTypeWrapper<JoinRequestEntity>;
  JoinRequestStatus: JoinRequestStatus;
  JointCommitmentProgress: ResolverTypeWrapper<JointCommitmentProgress>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Locale: Locale;
  MailStatus: MailStatus;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Me: ResolverTypeWrapper<MeModelEntity>;
  Membership: ResolverTypeWrapper<MembershipEntity>;
  MembershipEvent: ResolverTypeWrapper<MembershipEvent>;
  MembershipEventKind: MembershipEventKind;
  MonitoringArea: MonitoringArea;
  MoveVisitInput: MoveVisitInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NarrativeVersion: ResolverTypeWrapper<CollabVersionEntity>;
  NarrativeVersionConnection: ResolverTypeWrapper<
    Omit<NarrativeVersionConnection, 'nodes'> & { nodes: Array<ResolversTypes['NarrativeVersion']> }
  >;
  NarrativeVersionPayload: ResolverTypeWrapper<
    Omit<NarrativeVersionPayload, 'version'> & { version?: Maybe<ResolversTypes['NarrativeVersion']> }
  >;
  NetworkPractice: ResolverTypeWrapper<NetworkPracticeEntity>;
  NetworkPracticeFilter: NetworkPracticeFilter;
  Notification: ResolverTypeWrapper<NotificationEntity>;
  NotificationChannelInput: NotificationChannelInput;
  NotificationChannelPreference: ResolverTypeWrapper<NotificationChannelPreference>;
  NotificationConnection: ResolverTypeWrapper<
    Omit<NotificationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Notification']> }
  >;
  NotificationEvent: NotificationEvent;
  NotificationFilter: NotificationFilter;
  NotificationPreferences: ResolverTypeWrapper<PreferencesModelEntity>;
  NotificationPreferencesPayload: ResolverTypeWrapper<
    Omit<NotificationPreferencesPayload, 'preferences'> & {
      preferences?: Maybe<ResolversTypes['NotificationPreferences']>;
    }
  >;
  NotificationReceivedEvent: ResolverTypeWrapper<NotificationReceivedEvent>;
  NotificationSubjectType: NotificationSubjectType;
  NpmModel: NpmModel;
  Organisation: ResolverTypeWrapper<OrganisationEntity>;
  OrganisationAbilities: ResolverTypeWrapper<OrganisationAbilities>;
  OrganisationKind: OrganisationKind;
  OutboxMail: ResolverTypeWrapper<MailMessageEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passkey: ResolverTypeWrapper<Passkey>;
  PasskeyOptionsPayload: ResolverTypeWrapper<PasskeyOptionsPayload>;
  Place: ResolverTypeWrapper<PlaceEntity>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'nodes'> & { nodes: Array<ResolversTypes['Place']> }>;
  PlaceFilter: PlaceFilter;
  PlacePayload: ResolverTypeWrapper<Omit<PlacePayload, 'place'> & { place?: Maybe<ResolversTypes['Place']> }>;
  PlacePopulation: ResolverTypeWrapper<PlacePopulationEntity>;
  PlaceStatus: PlaceStatus;
  PlaceType: PlaceType;
  PlanVisitInput: PlanVisitInput;
  Priority: Priority;
  PriorityPayload: ResolverTypeWrapper<
    Omit<PriorityPayload, 'priority'> & { priority?: Maybe<ResolversTypes['WorkplanPriority']> }
  >;
  Publication: ResolverTypeWrapper<PublicationModelEntity>;
  PublishPracticeToNetworkInput: PublishPracticeToNetworkInput;
  PublishPracticeToNetworkPayload: ResolverTypeWrapper<
    Omit<PublishPracticeToNetworkPayload, 'practice'> & { practice?: Maybe<ResolversTypes['NetworkPractice']> }
  >;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadableRecordEvent: ResolverTypeWrapper<ReadableRecordEvent>;
  ReclassifyRecordInput: ReclassifyRecordInput;
  Recommendation: ResolverTypeWrapper<RecommendationEntity>;
  RecommendationBreakdown: ResolverTypeWrapper<RecommendationBreakdown>;
  RecommendationConnection: ResolverTypeWrapper<
    Omit<RecommendationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Recommendation']> }
  >;
  RecommendationCounts: ResolverTypeWrapper<RecommendationCounts>;
  RecommendationFigures: ResolverTypeWrapper<RecommendationFigures>;
  RecommendationFilter: RecommendationFilter;
  RecommendationLevel: RecommendationLevel;
  RecommendationPayload: ResolverTypeWrapper<
    Omit<RecommendationPayload, 'recommendation'> & { recommendation?: Maybe<ResolversTypes['Recommendation']> }
  >;
  RecommendationSort: RecommendationSort;
  RecommendationSource: RecommendationSource;
  RecommendationStatusEntry: ResolverTypeWrapper<RecommendationStatusEntryEntity>;
  RecordAbilities: ResolverTypeWrapper<RecordAbilities>;
  RecordAuthorityResponseInput: RecordAuthorityResponseInput;
  RecordFindingInput: RecordFindingInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordImplementationStatusInput: RecordImplementationStatusInput;
  RecordPayload: ResolverTypeWrapper<
    Omit<RecordPayload, 'record'> & { record?: Maybe<ResolversTypes['ShareableRecord']> }
  >;
  RecordPlacePopulationInput: RecordPlacePopulationInput;
  RecordType: RecordType;
  RegenerateRecoveryCodesInput: RegenerateRecoveryCodesInput;
  RegenerateRecoveryCodesPayload: ResolverTypeWrapper<RegenerateRecoveryCodesPayload>;
  RemoveFromWorkingGroupInput: RemoveFromWorkingGroupInput;
  RemoveFromWorkingGroupPayload: ResolverTypeWrapper<RemoveFromWorkingGroupPayload>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  RemovePasskeyInput: RemovePasskeyInput;
  RemovePasskeyPayload: ResolverTypeWrapper<RemovePasskeyPayload>;
  ReportFindingPreview: ResolverTypeWrapper<ReportFindingPreview>;
  ReportLanguage: ReportLanguage;
  ReportLeftOut: ResolverTypeWrapper<ReportLeftOut>;
  ReportLeftOutReason: ReportLeftOutReason;
  ReportRecommendationPreview: ResolverTypeWrapper<ReportRecommendationPreview>;
  ReportRecordType: ReportRecordType;
  ReportReprisalInput: ReportReprisalInput;
  ReportVersion: ReportVersion;
  ReprisalForm: ReprisalForm;
  ReprisalIncident: ResolverTypeWrapper<ReprisalIncidentEntity>;
  ReprisalPayload: ResolverTypeWrapper<
    Omit<ReprisalPayload, 'incident'> & { incident?: Maybe<ResolversTypes['ReprisalIncident']> }
  >;
  ReprisalStatus: ReprisalStatus;
  RequestAnnualReportInput: RequestAnnualReportInput;
  RequestAnnualReportPayload: ResolverTypeWrapper<
    Omit<RequestAnnualReportPayload, 'job'> & { job?: Maybe<ResolversTypes['AnnualReportJob']> }
  >;
  RequestExportInput: RequestExportInput;
  RequestExportPayload: ResolverTypeWrapper<
    Omit<RequestExportPayload, 'job'> & { job?: Maybe<ResolversTypes['ExportJob']> }
  >;
  RequestToJoinInput: RequestToJoinInput;
  RequestToJoinPayload: ResolverTypeWrapper<RequestToJoinPayload>;
  ResetMemberTwoFactorInput: ResetMemberTwoFactorInput;
  ResetMemberTwoFactorPayload: ResolverTypeWrapper<
    Omit<ResetMemberTwoFactorPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }
  >;
  RespondToWorkingGroupInvitationInput: RespondToWorkingGroupInvitationInput;
  RespondToWorkingGroupInvitationPayload: ResolverTypeWrapper<
    Omit<RespondToWorkingGroupInvitationPayload, 'member'> & { member?: Maybe<ResolversTypes['WorkingGroupMember']> }
  >;
  ResponsePeriod: ResolverTypeWrapper<ResponsePeriod>;
  ResponsePeriodPayload: ResolverTypeWrapper<ResponsePeriodPayload>;
  RestoreNarrativeVersionInput: RestoreNarrativeVersionInput;
  Role: Role;
  SaveNarrativeVersionInput: SaveNarrativeVersionInput;
  SearchConnection: ResolverTypeWrapper<SearchPageEntity>;
  SearchHit: ResolverTypeWrapper<SearchHitEntity>;
  SearchKind: SearchKind;
  SearchRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchRecord']>;
  SessionStage: SessionStage;
  SetActingOrganisationInput: SetActingOrganisationInput;
  SetActingOrganisationPayload: ResolverTypeWrapper<
    Omit<SetActingOrganisationPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }
  >;
  SetEvidencePersonalDataInput: SetEvidencePersonalDataInput;
  SetHostInstitutionInput: SetHostInstitutionInput;
  SetHostInstitutionPayload: ResolverTypeWrapper<
    Omit<SetHostInstitutionPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }
  >;
  SetPreferredLocaleInput: SetPreferredLocaleInput;
  SetPreferredLocalePayload: ResolverTypeWrapper<
    Omit<SetPreferredLocalePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }
  >;
  SetResponsePeriodInput: SetResponsePeriodInput;
  SetTwoFactorRequiredInput: SetTwoFactorRequiredInput;
  SetTwoFactorRequiredPayload: ResolverTypeWrapper<
    Omit<SetTwoFactorRequiredPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }
  >;
  SetWorkingGroupStandingInput: SetWorkingGroupStandingInput;
  SetWorkingGroupStandingPayload: ResolverTypeWrapper<
    Omit<SetWorkingGroupStandingPayload, 'member'> & { member?: Maybe<ResolversTypes['WorkingGroupMember']> }
  >;
  Severity: Severity;
  ShareRecordInput: ShareRecordInput;
  ShareableRecord: ResolverTypeWrapper<AnyShareableRecordEntity>;
  SharedRecordItem: ResolverTypeWrapper<SharedRecordItem>;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }>;
  SsoConnection: ResolverTypeWrapper<SsoConnection>;
  SsoProvider: ResolverTypeWrapper<SsoProvider>;
  StartTwoFactorEnrolmentPayload: ResolverTypeWrapper<StartTwoFactorEnrolmentPayload>;
  StatusEntryKind: StatusEntryKind;
  StatusPerspective: StatusPerspective;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TwoFactorEnrolment: ResolverTypeWrapper<TwoFactorEnrolment>;
  TwoFactorStatus: ResolverTypeWrapper<TwoFactorStatus>;
  UpdateActionInput: UpdateActionInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdatePlaceInput: UpdatePlaceInput;
  UpdatePriorityInput: UpdatePriorityInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  UpdateReprisalInput: UpdateReprisalInput;
  UpdateVisitInput: UpdateVisitInput;
  UpdateVisitReportTextsInput: UpdateVisitReportTextsInput;
  UpdateVisitReportTextsPayload: ResolverTypeWrapper<
    Omit<UpdateVisitReportTextsPayload, 'texts'> & { texts?: Maybe<ResolversTypes['VisitReportTexts']> }
  >;
  UpdateWorkplanInput: UpdateWorkplanInput;
  User: ResolverTypeWrapper<UserEntity>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  VerifyPasskeySecondFactorInput: VerifyPasskeySecondFactorInput;
  VerifySecondFactorInput: VerifySecondFactorInput;
  VerifySecondFactorPayload: ResolverTypeWrapper<
    Omit<VerifySecondFactorPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }
  >;
  Visit: ResolverTypeWrapper<VisitEntity>;
  VisitConnection: ResolverTypeWrapper<Omit<VisitConnection, 'nodes'> & { nodes: Array<ResolversTypes['Visit']> }>;
  VisitFilter: VisitFilter;
  VisitPayload: ResolverTypeWrapper<Omit<VisitPayload, 'visit'> & { visit?: Maybe<ResolversTypes['Visit']> }>;
  VisitReportPreview: ResolverTypeWrapper<
    Omit<VisitReportPreview, 'audience' | 'downloadableBy'> & {
      audience?: Maybe<ResolversTypes['Organisation']>;
      downloadableBy: Array<ResolversTypes['Organisation']>;
    }
  >;
  VisitReportTexts: ResolverTypeWrapper<
    Omit<VisitReportTexts, 'conclusionsText' | 'introductionText'> & {
      conclusionsText: ResolversTypes['CoEditedText'];
      introductionText: ResolversTypes['CoEditedText'];
    }
  >;
  VisitStatus: VisitStatus;
  VisitTeamMember: ResolverTypeWrapper<VisitTeamMemberEntity>;
  VisitTeamMemberInput: VisitTeamMemberInput;
  VisitType: VisitType;
  Vulnerability: Vulnerability;
  WhatNeedsMe: ResolverTypeWrapper<WhatNeedsMeEntity>;
  WorkingGroup: ResolverTypeWrapper<WorkingGroupEntity>;
  WorkingGroupAbilities: ResolverTypeWrapper<
    Omit<WorkingGroupAbilities, 'workplanOwners'> & { workplanOwners: Array<ResolversTypes['Organisation']> }
  >;
  WorkingGroupInvitation: ResolverTypeWrapper<WorkingGroupInvitationEntity>;
  WorkingGroupKind: WorkingGroupKind;
  WorkingGroupMember: ResolverTypeWrapper<WorkingGroupMemberEntity>;
  WorkingGroupRole: WorkingGroupRole;
  Workplan: ResolverTypeWrapper<WorkplanEntity>;
  WorkplanAction: ResolverTypeWrapper<WorkplanActionEntity>;
  WorkplanActionConnection: ResolverTypeWrapper<
    Omit<WorkplanActionConnection, 'nodes'> & { nodes: Array<ResolversTypes['WorkplanAction']> }
  >;
  WorkplanActionFilter: WorkplanActionFilter;
  WorkplanActionList: ResolverTypeWrapper<
    Omit<WorkplanActionList, 'nodes'> & { nodes: Array<ResolversTypes['WorkplanAction']> }
  >;
  WorkplanEvent: ResolverTypeWrapper<WorkplanEvent>;
  WorkplanEventKind: WorkplanEventKind;
  WorkplanPageInfo: ResolverTypeWrapper<WorkplanPageInfo>;
  WorkplanPayload: ResolverTypeWrapper<
    Omit<WorkplanPayload, 'workplan'> & { workplan?: Maybe<ResolversTypes['Workplan']> }
  >;
  WorkplanPriority: ResolverTypeWrapper<WorkplanPriorityEntity>;
  WorkplanPriorityConnection: ResolverTypeWrapper<
    Omit<WorkplanPriorityConnection, 'nodes'> & { nodes: Array<ResolversTypes['WorkplanPriority']> }
  >;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  ActionChanges: ActionChanges;
  ActionFieldConflict: ActionFieldConflict;
  ActionFigures: ActionFigures;
  ActionPayload: Omit<ActionPayload, 'action'> & { action?: Maybe<ResolversParentTypes['WorkplanAction']> };
  ActionStatusCount: ActionStatusCount;
  AddActionInput: AddActionInput;
  AddCommentInput: AddCommentInput;
  AddCommentPayload: Omit<AddCommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['Comment']> };
  AddMemberInput: AddMemberInput;
  AddMemberPayload: Omit<AddMemberPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AddPasskeyInput: AddPasskeyInput;
  AddPasskeyPayload: AddPasskeyPayload;
  AddPriorityInput: AddPriorityInput;
  AdoptRecommendationDraftInput: AdoptRecommendationDraftInput;
  AnnualReportAcceptanceCount: AnnualReportAcceptanceCount;
  AnnualReportAuthorityRow: AnnualReportAuthorityRow;
  AnnualReportFilter: AnnualReportFilter;
  AnnualReportJob: AnnualReportJobEntity;
  AnnualReportPreview: AnnualReportPreviewModelEntity;
  AnnualReportStatusCount: AnnualReportStatusCount;
  AuditChainStatus: AuditChainStatus;
  AuditConnection: Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntry: AuditEventEntity;
  AuthorisePublicationInput: AuthorisePublicationInput;
  AuthorityResponse: AuthorityResponseEntity;
  AvailableReportVersion: Omit<AvailableReportVersion, 'authorities'> & {
    authorities: Array<ResolversParentTypes['Organisation']>;
  };
  Boolean: Scalars['Boolean']['output'];
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: Omit<ChangeMemberRolePayload, 'membership'> & {
    membership?: Maybe<ResolversParentTypes['Membership']>;
  };
  CoEditedText: CoEditedTextModelEntity;
  Comment: RecordCommentEntity;
  CommentOnWorkplanInput: CommentOnWorkplanInput;
  ConfigureSsoInput: ConfigureSsoInput;
  ConfigureSsoPayload: ConfigureSsoPayload;
  ConfirmTwoFactorEnrolmentInput: ConfirmTwoFactorEnrolmentInput;
  ConfirmTwoFactorEnrolmentPayload: Omit<ConfirmTwoFactorEnrolmentPayload, 'me'> & {
    me?: Maybe<ResolversParentTypes['Me']>;
  };
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: Omit<CreateOrganisationPayload, 'organisation'> & {
    organisation?: Maybe<ResolversParentTypes['Organisation']>;
  };
  CreatePlaceInput: CreatePlaceInput;
  CreateWorkingGroupInput: CreateWorkingGroupInput;
  CreateWorkingGroupPayload: Omit<CreateWorkingGroupPayload, 'workingGroup'> & {
    workingGroup?: Maybe<ResolversParentTypes['WorkingGroup']>;
  };
  CreateWorkplanInput: CreateWorkplanInput;
  Dashboard: DashboardEntity;
  DashboardActionItem: DashboardActionItem;
  DashboardRecommendationItem: DashboardRecommendationItem;
  DashboardScopeInput: DashboardScopeInput;
  DateTime: Scalars['DateTime']['output'];
  DecideJoinRequestInput: DecideJoinRequestInput;
  DecideJoinRequestPayload: Omit<DecideJoinRequestPayload, 'joinRequest'> & {
    joinRequest?: Maybe<ResolversParentTypes['JoinRequest']>;
  };
  DisableTwoFactorInput: DisableTwoFactorInput;
  DisableTwoFactorPayload: DisableTwoFactorPayload;
  DiscussionComment: DiscussionCommentEntity;
  DiscussionCommentConnection: Omit<DiscussionCommentConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['DiscussionComment']>;
  };
  DiscussionCommentPayload: Omit<DiscussionCommentPayload, 'comment'> & {
    comment?: Maybe<ResolversParentTypes['DiscussionComment']>;
  };
  EvidenceAbilities: EvidenceAbilities;
  EvidenceAttachment: EvidenceAttachmentEntity;
  EvidencePayload: Omit<EvidencePayload, 'evidence'> & { evidence?: Maybe<ResolversParentTypes['EvidenceAttachment']> };
  ExportJob: ExportJobEntity;
  FacetCount: FacetCount;
  Finding: FindingEntity;
  FindingCell: FindingCell;
  FindingConnection: Omit<FindingConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Finding']> };
  FindingFacets: FindingFacets;
  FindingFigures: FindingFigures;
  FindingFilter: FindingFilter;
  FindingPayload: Omit<FindingPayload, 'finding'> & { finding?: Maybe<ResolversParentTypes['Finding']> };
  Float: Scalars['Float']['output'];
  FollowUpActivity: FollowUpActivityEntity;
  HeadlinePart: HeadlinePart;
  ID: Scalars['ID']['output'];
  ImportColumn: ImportColumn;
  ImportColumnInput: ImportColumnInput;
  ImportPreviewRow: ImportPreviewRow;
  ImportRowError: ImportRowError;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  ImportSpreadsheetPayload: ImportSpreadsheetPayload;
  Int: Scalars['Int']['output'];
  Interviewee: IntervieweeEntity;
  IntervieweeInput: IntervieweeInput;
  InviteToWorkingGroupInput: InviteToWorkingGroupInput;
  InviteToWorkingGroupPayload: Omit<InviteToWorkingGroupPayload, 'invitation'> & {
    invitation?: Maybe<ResolversParentTypes['WorkingGroupInvitation']>;
  };
  IssueRecommendationInput: IssueRecommendationInput;
  JSON: Scalars['JSON']['output'];
  JoinRequest: JoinRequestEntity;
  JointCommitmentProgress: JointCommitmentProgress;
  LocalDate: Scalars['LocalDate']['output'];
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Me: MeModelEntity;
  Membership: MembershipEntity;
  MembershipEvent: MembershipEvent;
  MoveVisitInput: MoveVisitInput;
  Mutation: Record<PropertyKey, never>;
  NarrativeVersion: CollabVersionEntity;
  NarrativeVersionConnection: Omit<NarrativeVersionConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['NarrativeVersion']>;
  };
  NarrativeVersionPayload: Omit<NarrativeVersionPayload, 'version'> & {
    version?: Maybe<ResolversParentTypes['NarrativeVersion']>;
  };
  NetworkPractice: NetworkPracticeEntity;
  NetworkPracticeFilter: NetworkPracticeFilter;
  Notification: NotificationEntity;
  NotificationChannelInput: NotificationChannelInput;
  NotificationChannelPreference: NotificationChannelPreference;
  NotificationConnection: Omit<NotificationConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['Notification']>;
  };
  NotificationFilter: NotificationFilter;
  NotificationPreferences: PreferencesModelEntity;
  NotificationPreferencesPayload: Omit<NotificationPreferencesPayload, 'preferences'> & {
    preferences?: Maybe<ResolversParentTypes['NotificationPreferences']>;
  };
  NotificationReceivedEvent: NotificationReceivedEvent;
  Organisation: OrganisationEntity;
  OrganisationAbilities: OrganisationAbilities;
  OutboxMail: MailMessageEntity;
  PageInfo: PageInfo;
  Passkey: Passkey;
  PasskeyOptionsPayload: PasskeyOptionsPayload;
  Place: PlaceEntity;
  PlaceConnection: Omit<PlaceConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Place']> };
  PlaceFilter: PlaceFilter;
  PlacePayload: Omit<PlacePayload, 'place'> & { place?: Maybe<ResolversParentTypes['Place']> };
  PlacePopulation: PlacePopulationEntity;
  PlanVisitInput: PlanVisitInput;
  PriorityPayload: Omit<PriorityPayload, 'priority'> & { priority?: Maybe<ResolversParentTypes['WorkplanPriority']> };
  Publication: PublicationModelEntity;
  PublishPracticeToNetworkInput: PublishPracticeToNetworkInput;
  PublishPracticeToNetworkPayload: Omit<PublishPracticeToNetworkPayload, 'practice'> & {
    practice?: Maybe<ResolversParentTypes['NetworkPractice']>;
  };
  Query: Record<PropertyKey, never>;
  ReadableRecordEvent: ReadableRecordEvent;
  ReclassifyRecordInput: ReclassifyRecordInput;
  Recommendation: RecommendationEntity;
  RecommendationBreakdown: RecommendationBreakdown;
  RecommendationConnection: Omit<RecommendationConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['Recommendation']>;
  };
  RecommendationCounts: RecommendationCounts;
  RecommendationFigures: RecommendationFigures;
  RecommendationFilter: RecommendationFilter;
  RecommendationPayload: Omit<RecommendationPayload, 'recommendation'> & {
    recommendation?: Maybe<ResolversParentTypes['Recommendation']>;
  };
  RecommendationStatusEntry: RecommendationStatusEntryEntity;
  RecordAbilities: RecordAbilities;
  RecordAuthorityResponseInput: RecordAuthorityResponseInput;
  RecordFindingInput: RecordFindingInput;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordImplementationStatusInput: RecordImplementationStatusInput;
  RecordPayload: Omit<RecordPayload, 'record'> & { record?: Maybe<ResolversParentTypes['ShareableRecord']> };
  RecordPlacePopulationInput: RecordPlacePopulationInput;
  RegenerateRecoveryCodesInput: RegenerateRecoveryCodesInput;
  RegenerateRecoveryCodesPayload: RegenerateRecoveryCodesPayload;
  RemoveFromWorkingGroupInput: RemoveFromWorkingGroupInput;
  RemoveFromWorkingGroupPayload: RemoveFromWorkingGroupPayload;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: RemoveMemberPayload;
  RemovePasskeyInput: RemovePasskeyInput;
  RemovePasskeyPayload: RemovePasskeyPayload;
  ReportFindingPreview: ReportFindingPreview;
  ReportLeftOut: ReportLeftOut;
  ReportRecommendationPreview: ReportRecommendationPreview;
  ReportReprisalInput: ReportReprisalInput;
  ReprisalIncident: ReprisalIncidentEntity;
  ReprisalPayload: Omit<ReprisalPayload, 'incident'> & { incident?: Maybe<ResolversParentTypes['ReprisalIncident']> };
  RequestAnnualReportInput: RequestAnnualReportInput;
  RequestAnnualReportPayload: Omit<RequestAnnualReportPayload, 'job'> & {
    job?: Maybe<ResolversParentTypes['AnnualReportJob']>;
  };
  RequestExportInput: RequestExportInput;
  RequestExportPayload: Omit<RequestExportPayload, 'job'> & { job?: Maybe<ResolversParentTypes['ExportJob']> };
  RequestToJoinInput: RequestToJoinInput;
  RequestToJoinPayload: RequestToJoinPayload;
  ResetMemberTwoFactorInput: ResetMemberTwoFactorInput;
  ResetMemberTwoFactorPayload: Omit<ResetMemberTwoFactorPayload, 'membership'> & {
    membership?: Maybe<ResolversParentTypes['Membership']>;
  };
  RespondToWorkingGroupInvitationInput: RespondToWorkingGroupInvitationInput;
  RespondToWorkingGroupInvitationPayload: Omit<RespondToWorkingGroupInvitationPayload, 'member'> & {
    member?: Maybe<ResolversParentTypes['WorkingGroupMember']>;
  };
  ResponsePeriod: ResponsePeriod;
  ResponsePeriodPayload: ResponsePeriodPayload;
  RestoreNarrativeVersionInput: RestoreNarrativeVersionInput;
  SaveNarrativeVersionInput: SaveNarrativeVersionInput;
  SearchConnection: SearchPageEntity;
  SearchHit: SearchHitEntity;
  SearchRecord: ResolversUnionTypes<ResolversParentTypes>['SearchRecord'];
  SetActingOrganisationInput: SetActingOrganisationInput;
  SetActingOrganisationPayload: Omit<SetActingOrganisationPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  SetEvidencePersonalDataInput: SetEvidencePersonalDataInput;
  SetHostInstitutionInput: SetHostInstitutionInput;
  SetHostInstitutionPayload: Omit<SetHostInstitutionPayload, 'organisation'> & {
    organisation?: Maybe<ResolversParentTypes['Organisation']>;
  };
  SetPreferredLocaleInput: SetPreferredLocaleInput;
  SetPreferredLocalePayload: Omit<SetPreferredLocalePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SetResponsePeriodInput: SetResponsePeriodInput;
  SetTwoFactorRequiredInput: SetTwoFactorRequiredInput;
  SetTwoFactorRequiredPayload: Omit<SetTwoFactorRequiredPayload, 'organisation'> & {
    organisation?: Maybe<ResolversParentTypes['Organisation']>;
  };
  SetWorkingGroupStandingInput: SetWorkingGroupStandingInput;
  SetWorkingGroupStandingPayload: Omit<SetWorkingGroupStandingPayload, 'member'> & {
    member?: Maybe<ResolversParentTypes['WorkingGroupMember']>;
  };
  ShareRecordInput: ShareRecordInput;
  ShareableRecord: AnyShareableRecordEntity;
  SharedRecordItem: SharedRecordItem;
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  SsoConnection: SsoConnection;
  SsoProvider: SsoProvider;
  StartTwoFactorEnrolmentPayload: StartTwoFactorEnrolmentPayload;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TwoFactorEnrolment: TwoFactorEnrolment;
  TwoFactorStatus: TwoFactorStatus;
  UpdateActionInput: UpdateActionInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdatePlaceInput: UpdatePlaceInput;
  UpdatePriorityInput: UpdatePriorityInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  UpdateReprisalInput: UpdateReprisalInput;
  UpdateVisitInput: UpdateVisitInput;
  UpdateVisitReportTextsInput: UpdateVisitReportTextsInput;
  UpdateVisitReportTextsPayload: Omit<UpdateVisitReportTextsPayload, 'texts'> & {
    texts?: Maybe<ResolversParentTypes['VisitReportTexts']>;
  };
  UpdateWorkplanInput: UpdateWorkplanInput;
  User: UserEntity;
  UserError: UserError;
  VerifyPasskeySecondFactorInput: VerifyPasskeySecondFactorInput;
  VerifySecondFactorInput: VerifySecondFactorInput;
  VerifySecondFactorPayload: Omit<VerifySecondFactorPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  Visit: VisitEntity;
  VisitConnection: Omit<VisitConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Visit']> };
  VisitFilter: VisitFilter;
  VisitPayload: Omit<VisitPayload, 'visit'> & { visit?: Maybe<ResolversParentTypes['Visit']> };
  VisitReportPreview: Omit<VisitReportPreview, 'audience' | 'downloadableBy'> & {
    audience?: Maybe<ResolversParentTypes['Organisation']>;
    downloadableBy: Array<ResolversParentTypes['Organisation']>;
  };
  VisitReportTexts: Omit<VisitReportTexts, 'conclusionsText' | 'introductionText'> & {
    conclusionsText: ResolversParentTypes['CoEditedText'];
    introductionText: ResolversParentTypes['CoEditedText'];
  };
  VisitTeamMember: VisitTeamMemberEntity;
  VisitTeamMemberInput: VisitTeamMemberInput;
  WhatNeedsMe: WhatNeedsMeEntity;
  WorkingGroup: WorkingGroupEntity;
  WorkingGroupAbilities: Omit<WorkingGroupAbilities, 'workplanOwners'> & {
    workplanOwners: Array<ResolversParentTypes['Organisation']>;
  };
  WorkingGroupInvitation: WorkingGroupInvitationEntity;
  WorkingGroupMember: WorkingGroupMemberEntity;
  Workplan: WorkplanEntity;
  WorkplanAction: WorkplanActionEntity;
  WorkplanActionConnection: Omit<WorkplanActionConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['WorkplanAction']>;
  };
  WorkplanActionFilter: WorkplanActionFilter;
  WorkplanActionList: Omit<WorkplanActionList, 'nodes'> & { nodes: Array<ResolversParentTypes['WorkplanAction']> };
  WorkplanEvent: WorkplanEvent;
  WorkplanPageInfo: WorkplanPageInfo;
  WorkplanPayload: Omit<WorkplanPayload, 'workplan'> & { workplan?: Maybe<ResolversParentTypes['Workplan']> };
  WorkplanPriority: WorkplanPriorityEntity;
  WorkplanPriorityConnection: Omit<WorkplanPriorityConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['WorkplanPriority']>;
  };
};

export type AcceptInvitationPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload'],
> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  nextStep?: Resolver<Maybe<ResolversTypes['SessionStage']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ActionFieldConflictResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ActionFieldConflict'] = ResolversParentTypes['ActionFieldConflict'],
> = {
  base?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theirs?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  yours?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ActionFiguresResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ActionFigures'] = ResolversParentTypes['ActionFigures'],
> = {
  byStatus?: Resolver<Array<ResolversTypes['ActionStatusCount']>, ParentType, ContextType>;
  jointCommitments?: Resolver<Array<ResolversTypes['JointCommitmentProgress']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ActionPayload'] = ResolversParentTypes['ActionPayload'],
> = {
  action?: Resolver<Maybe<ResolversTypes['WorkplanAction']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ActionFieldConflict']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ActionStatusCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ActionStatusCount'] = ResolversParentTypes['ActionStatusCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
};

export type AddCommentPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AddCommentPayload'] = ResolversParentTypes['AddCommentPayload'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddMemberPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AddMemberPayload'] = ResolversParentTypes['AddMemberPayload'],
> = {
  invitationSent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddPasskeyPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AddPasskeyPayload'] = ResolversParentTypes['AddPasskeyPayload'],
> = {
  passkey?: Resolver<Maybe<ResolversTypes['Passkey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AnnualReportAcceptanceCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AnnualReportAcceptanceCount'] =
    ResolversParentTypes['AnnualReportAcceptanceCount'],
> = {
  acceptance?: Resolver<ResolversTypes['Acceptance'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnnualReportAuthorityRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AnnualReportAuthorityRow'] =
    ResolversParentTypes['AnnualReportAuthorityRow'],
> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monitorImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnnualReportJobResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AnnualReportJob'] = ResolversParentTypes['AnnualReportJob'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['AnnualReportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['ReportLanguage'], ParentType, ContextType>;
  recordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recordsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportJobStatus'], ParentType, ContextType>;
  totalRecords?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AnnualReportPreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AnnualReportPreview'] = ResolversParentTypes['AnnualReportPreview'],
> = {
  acceptance?: Resolver<Array<ResolversTypes['AnnualReportAcceptanceCount']>, ParentType, ContextType>;
  byAuthority?: Resolver<Array<ResolversTypes['AnnualReportAuthorityRow']>, ParentType, ContextType>;
  dialogueEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discrepancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  implementation?: Resolver<Array<ResolversTypes['AnnualReportStatusCount']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runsAsJob?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnnualReportStatusCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AnnualReportStatusCount'] = ResolversParentTypes['AnnualReportStatusCount'],
> = {
  monitor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
};

export type AuditChainStatusResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditChainStatus'] = ResolversParentTypes['AuditChainStatus'],
> = {
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorityResponseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuthorityResponse'] = ResolversParentTypes['AuthorityResponse'],
> = {
  acceptance?: Resolver<ResolversTypes['Acceptance'], ParentType, ContextType>;
  authorOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedTimeline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  respondedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AvailableReportVersionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AvailableReportVersion'] = ResolversParentTypes['AvailableReportVersion'],
> = {
  authorities?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  refusedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ReportVersion'], ParentType, ContextType>;
};

export type ChangeMemberRolePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ChangeMemberRolePayload'] = ResolversParentTypes['ChangeMemberRolePayload'],
> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoEditedTextResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CoEditedText'] = ResolversParentTypes['CoEditedText'],
> = {
  documentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'],
> = {
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  authorOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConfigureSsoPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigureSsoPayload'] = ResolversParentTypes['ConfigureSsoPayload'],
> = {
  ssoConnection?: Resolver<Maybe<ResolversTypes['SsoConnection']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConfirmTwoFactorEnrolmentPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfirmTwoFactorEnrolmentPayload'] =
    ResolversParentTypes['ConfirmTwoFactorEnrolmentPayload'],
> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateOrganisationPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CreateOrganisationPayload'] =
    ResolversParentTypes['CreateOrganisationPayload'],
> = {
  invitationSent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateWorkingGroupPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CreateWorkingGroupPayload'] =
    ResolversParentTypes['CreateWorkingGroupPayload'],
> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
};

export type DashboardResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'],
> = {
  actions?: Resolver<ResolversTypes['ActionFigures'], ParentType, ContextType>;
  discrepancies?: Resolver<Array<ResolversTypes['DashboardRecommendationItem']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingFigures'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DashboardScopeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueActions?: Resolver<Array<ResolversTypes['DashboardActionItem']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationFigures'], ParentType, ContextType>;
  repeatedRecommendations?: Resolver<Array<ResolversTypes['DashboardRecommendationItem']>, ParentType, ContextType>;
};

export type DashboardActionItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DashboardActionItem'] = ResolversParentTypes['DashboardActionItem'],
> = {
  dueDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsibleOrganisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workplanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DashboardRecommendationItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DashboardRecommendationItem'] =
    ResolversParentTypes['DashboardRecommendationItem'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  monitorStatus?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stateStatus?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecideJoinRequestPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DecideJoinRequestPayload'] =
    ResolversParentTypes['DecideJoinRequestPayload'],
> = {
  joinRequest?: Resolver<Maybe<ResolversTypes['JoinRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DisableTwoFactorPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DisableTwoFactorPayload'] = ResolversParentTypes['DisableTwoFactorPayload'],
> = {
  status?: Resolver<Maybe<ResolversTypes['TwoFactorStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DiscussionCommentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DiscussionComment'] = ResolversParentTypes['DiscussionComment'],
> = {
  actionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  anchor?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DiscussionCommentConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DiscussionCommentConnection'] =
    ResolversParentTypes['DiscussionCommentConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['DiscussionComment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['WorkplanPageInfo'], ParentType, ContextType>;
};

export type DiscussionCommentPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DiscussionCommentPayload'] =
    ResolversParentTypes['DiscussionCommentPayload'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['DiscussionComment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvidenceAbilitiesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EvidenceAbilities'] = ResolversParentTypes['EvidenceAbilities'],
> = {
  download?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setPersonalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EvidenceAttachmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EvidenceAttachment'] = ResolversParentTypes['EvidenceAttachment'],
> = {
  containsPersonalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['EvidenceAbilities'], ParentType, ContextType>;
};

export type EvidencePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EvidencePayload'] = ResolversParentTypes['EvidencePayload'],
> = {
  evidence?: Resolver<Maybe<ResolversTypes['EvidenceAttachment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExportJobResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ExportList'], ParentType, ContextType>;
  rowCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportJobStatus'], ParentType, ContextType>;
  totalRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FacetCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'],
> = {
  classification?: Resolver<ResolversTypes['Classification'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['EvidenceAttachment']>, ParentType, ContextType>;
  goodPractice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewees?: Resolver<Array<ResolversTypes['Interviewee']>, ParentType, ContextType>;
  monitoringArea?: Resolver<ResolversTypes['MonitoringArea'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['CoEditedText'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  practiceNetworks?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  readableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  recommendations?: Resolver<
    ResolversTypes['RecommendationConnection'],
    ParentType,
    ContextType,
    RequireFields<FindingRecommendationsArgs, 'limit'>
  >;
  riskFactors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['FindingSource']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['RecordAbilities'], ParentType, ContextType>;
  viewerCanReadPersonalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  vulnerabilities?: Resolver<Array<ResolversTypes['Vulnerability']>, ParentType, ContextType>;
  withheldEvidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FindingCellResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingCell'] = ResolversParentTypes['FindingCell'],
> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FindingFacetsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingFacets'] = ResolversParentTypes['FindingFacets'],
> = {
  classification?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  country?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  goodPractice?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  monitoringArea?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  placeType?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  riskFactor?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitYear?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  vulnerability?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type FindingFiguresResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingFigures'] = ResolversParentTypes['FindingFigures'],
> = {
  byAreaAndYear?: Resolver<Array<ResolversTypes['FindingCell']>, ParentType, ContextType>;
  byVulnerabilityAndYear?: Resolver<Array<ResolversTypes['FindingCell']>, ParentType, ContextType>;
  riskFactorsByPlaceType?: Resolver<Array<ResolversTypes['FindingCell']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingPayload'] = ResolversParentTypes['FindingPayload'],
> = {
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FollowUpActivityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FollowUpActivity'] = ResolversParentTypes['FollowUpActivity'],
> = {
  happenedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FollowUpKind'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
};

export type HeadlinePartResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['HeadlinePart'] = ResolversParentTypes['HeadlinePart'],
> = {
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportColumnResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportColumn'] = ResolversParentTypes['ImportColumn'],
> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPreviewRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportPreviewRow'] = ResolversParentTypes['ImportPreviewRow'],
> = {
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ImportRowErrorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError'],
> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportSpreadsheetPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportSpreadsheetPayload'] =
    ResolversParentTypes['ImportSpreadsheetPayload'],
> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mapping?: Resolver<Array<ResolversTypes['ImportColumn']>, ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['ImportPreviewRow']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowErrors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IntervieweeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Interviewee'] = ResolversParentTypes['Interviewee'],
> = {
  atRisk?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicalNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  welfareCheckDueOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type InviteToWorkingGroupPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InviteToWorkingGroupPayload'] =
    ResolversParentTypes['InviteToWorkingGroupPayload'],
> = {
  invitation?: Resolver<Maybe<ResolversTypes['WorkingGroupInvitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JoinRequestResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['JoinRequest'] = ResolversParentTypes['JoinRequest'],
> = {
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  npmModel?: Resolver<Maybe<ResolversTypes['NpmModel']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JoinRequestStatus'], ParentType, ContextType>;
};

export type JointCommitmentProgressResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['JointCommitmentProgress'] = ResolversParentTypes['JointCommitmentProgress'],
> = {
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MarkNotificationsReadPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] =
    ResolversParentTypes['MarkNotificationsReadPayload'],
> = {
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'],
> = {
  actingOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  platformAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  workingGroupInvitations?: Resolver<Array<ResolversTypes['WorkingGroupInvitation']>, ParentType, ContextType>;
  workingGroups?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
};

export type MembershipResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  twoFactorEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MembershipEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MembershipEvent'] = ResolversParentTypes['MembershipEvent'],
> = {
  kind?: Resolver<ResolversTypes['MembershipEventKind'], ParentType, ContextType>;
  membershipId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  acceptInvitation?: Resolver<
    ResolversTypes['AcceptInvitationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAcceptInvitationArgs, 'input'>
  >;
  addAction?: Resolver<
    ResolversTypes['ActionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddActionArgs, 'input'>
  >;
  addComment?: Resolver<
    ResolversTypes['AddCommentPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddCommentArgs, 'input'>
  >;
  addMember?: Resolver<
    ResolversTypes['AddMemberPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddMemberArgs, 'input'>
  >;
  addPasskey?: Resolver<
    ResolversTypes['AddPasskeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddPasskeyArgs, 'input'>
  >;
  addPriority?: Resolver<
    ResolversTypes['PriorityPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddPriorityArgs, 'input'>
  >;
  adoptRecommendationDraft?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAdoptRecommendationDraftArgs, 'input'>
  >;
  authorisePublication?: Resolver<
    ResolversTypes['RecordPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAuthorisePublicationArgs, 'input'>
  >;
  changeMemberRole?: Resolver<
    ResolversTypes['ChangeMemberRolePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeMemberRoleArgs, 'input'>
  >;
  commentOnWorkplan?: Resolver<
    ResolversTypes['DiscussionCommentPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCommentOnWorkplanArgs, 'input'>
  >;
  commitImport?: Resolver<
    ResolversTypes['ImportSpreadsheetPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCommitImportArgs, 'input'>
  >;
  configureSso?: Resolver<
    ResolversTypes['ConfigureSsoPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationConfigureSsoArgs, 'input'>
  >;
  confirmTwoFactorEnrolment?: Resolver<
    ResolversTypes['ConfirmTwoFactorEnrolmentPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationConfirmTwoFactorEnrolmentArgs, 'input'>
  >;
  createOrganisation?: Resolver<
    ResolversTypes['CreateOrganisationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateOrganisationArgs, 'input'>
  >;
  createPlace?: Resolver<
    ResolversTypes['PlacePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreatePlaceArgs, 'input'>
  >;
  createWorkingGroup?: Resolver<
    ResolversTypes['CreateWorkingGroupPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateWorkingGroupArgs, 'input'>
  >;
  createWorkplan?: Resolver<
    ResolversTypes['WorkplanPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateWorkplanArgs, 'input'>
  >;
  decideJoinRequest?: Resolver<
    ResolversTypes['DecideJoinRequestPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDecideJoinRequestArgs, 'input'>
  >;
  disableTwoFactor?: Resolver<
    ResolversTypes['DisableTwoFactorPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDisableTwoFactorArgs, 'input'>
  >;
  inviteToWorkingGroup?: Resolver<
    ResolversTypes['InviteToWorkingGroupPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationInviteToWorkingGroupArgs, 'input'>
  >;
  issueRecommendation?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationIssueRecommendationArgs, 'input'>
  >;
  markAllNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType>;
  markHomeVisited?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<
    ResolversTypes['MarkNotificationsReadPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationMarkNotificationsReadArgs, 'ids'>
  >;
  moveVisit?: Resolver<
    ResolversTypes['VisitPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveVisitArgs, 'input'>
  >;
  planVisit?: Resolver<
    ResolversTypes['VisitPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationPlanVisitArgs, 'input'>
  >;
  previewImport?: Resolver<
    ResolversTypes['ImportSpreadsheetPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationPreviewImportArgs, 'input'>
  >;
  publishPracticeToNetwork?: Resolver<
    ResolversTypes['PublishPracticeToNetworkPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishPracticeToNetworkArgs, 'input'>
  >;
  reclassifyRecord?: Resolver<
    ResolversTypes['RecordPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationReclassifyRecordArgs, 'input'>
  >;
  recordAuthorityResponse?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordAuthorityResponseArgs, 'input'>
  >;
  recordFinding?: Resolver<
    ResolversTypes['FindingPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordFindingArgs, 'input'>
  >;
  recordFollowUp?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordFollowUpArgs, 'input'>
  >;
  recordImplementationStatus?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordImplementationStatusArgs, 'input'>
  >;
  recordPlacePopulation?: Resolver<
    ResolversTypes['PlacePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordPlacePopulationArgs, 'input'>
  >;
  regenerateRecoveryCodes?: Resolver<
    ResolversTypes['RegenerateRecoveryCodesPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRegenerateRecoveryCodesArgs, 'input'>
  >;
  removeAction?: Resolver<
    ResolversTypes['ActionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRemoveActionArgs, 'id'>
  >;
  removeFromWorkingGroup?: Resolver<
    ResolversTypes['RemoveFromWorkingGroupPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRemoveFromWorkingGroupArgs, 'input'>
  >;
  removeMember?: Resolver<
    ResolversTypes['RemoveMemberPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRemoveMemberArgs, 'input'>
  >;
  removePasskey?: Resolver<
    ResolversTypes['RemovePasskeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRemovePasskeyArgs, 'input'>
  >;
  reportReprisal?: Resolver<
    ResolversTypes['ReprisalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationReportReprisalArgs, 'input'>
  >;
  requestAnnualReport?: Resolver<
    ResolversTypes['RequestAnnualReportPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestAnnualReportArgs, 'input'>
  >;
  requestExport?: Resolver<
    ResolversTypes['RequestExportPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestExportArgs, 'input'>
  >;
  requestToJoin?: Resolver<
    ResolversTypes['RequestToJoinPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestToJoinArgs, 'input'>
  >;
  resetMemberTwoFactor?: Resolver<
    ResolversTypes['ResetMemberTwoFactorPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationResetMemberTwoFactorArgs, 'input'>
  >;
  resolveDiscussionComment?: Resolver<
    ResolversTypes['DiscussionCommentPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationResolveDiscussionCommentArgs, 'id'>
  >;
  respondToWorkingGroupInvitation?: Resolver<
    ResolversTypes['RespondToWorkingGroupInvitationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRespondToWorkingGroupInvitationArgs, 'input'>
  >;
  restoreNarrativeVersion?: Resolver<
    ResolversTypes['WorkplanPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRestoreNarrativeVersionArgs, 'input'>
  >;
  saveNarrativeVersion?: Resolver<
    ResolversTypes['NarrativeVersionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveNarrativeVersionArgs, 'input'>
  >;
  setActingOrganisation?: Resolver<
    ResolversTypes['SetActingOrganisationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetActingOrganisationArgs, 'input'>
  >;
  setEvidencePersonalData?: Resolver<
    ResolversTypes['EvidencePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetEvidencePersonalDataArgs, 'input'>
  >;
  setHostInstitution?: Resolver<
    ResolversTypes['SetHostInstitutionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetHostInstitutionArgs, 'input'>
  >;
  setPreferredLocale?: Resolver<
    ResolversTypes['SetPreferredLocalePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetPreferredLocaleArgs, 'input'>
  >;
  setResponsePeriod?: Resolver<
    ResolversTypes['ResponsePeriodPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetResponsePeriodArgs, 'input'>
  >;
  setTwoFactorRequired?: Resolver<
    ResolversTypes['SetTwoFactorRequiredPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetTwoFactorRequiredArgs, 'input'>
  >;
  setWorkingGroupStanding?: Resolver<
    ResolversTypes['SetWorkingGroupStandingPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetWorkingGroupStandingArgs, 'input'>
  >;
  shareRecord?: Resolver<
    ResolversTypes['RecordPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationShareRecordArgs, 'input'>
  >;
  signIn?: Resolver<
    ResolversTypes['SignInPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSignInArgs, 'input'>
  >;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startPasskeyRegistration?: Resolver<ResolversTypes['PasskeyOptionsPayload'], ParentType, ContextType>;
  startPasskeySecondFactor?: Resolver<ResolversTypes['PasskeyOptionsPayload'], ParentType, ContextType>;
  startTwoFactorEnrolment?: Resolver<ResolversTypes['StartTwoFactorEnrolmentPayload'], ParentType, ContextType>;
  updateAction?: Resolver<
    ResolversTypes['ActionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateActionArgs, 'input'>
  >;
  updateFinding?: Resolver<
    ResolversTypes['FindingPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateFindingArgs, 'input'>
  >;
  updateNotificationPreferences?: Resolver<
    ResolversTypes['NotificationPreferencesPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>
  >;
  updatePlace?: Resolver<
    ResolversTypes['PlacePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePlaceArgs, 'input'>
  >;
  updatePriority?: Resolver<
    ResolversTypes['PriorityPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePriorityArgs, 'input'>
  >;
  updateRecommendation?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRecommendationArgs, 'input'>
  >;
  updateReprisal?: Resolver<
    ResolversTypes['ReprisalPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateReprisalArgs, 'input'>
  >;
  updateVisit?: Resolver<
    ResolversTypes['VisitPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateVisitArgs, 'input'>
  >;
  updateVisitReportTexts?: Resolver<
    ResolversTypes['UpdateVisitReportTextsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateVisitReportTextsArgs, 'input'>
  >;
  updateWorkplan?: Resolver<
    ResolversTypes['WorkplanPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateWorkplanArgs, 'input'>
  >;
  verifyPasskeySecondFactor?: Resolver<
    ResolversTypes['VerifySecondFactorPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationVerifyPasskeySecondFactorArgs, 'input'>
  >;
  verifySecondFactor?: Resolver<
    ResolversTypes['VerifySecondFactorPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationVerifySecondFactorArgs, 'input'>
  >;
};

export type NarrativeVersionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NarrativeVersion'] = ResolversParentTypes['NarrativeVersion'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NarrativeVersionConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NarrativeVersionConnection'] =
    ResolversParentTypes['NarrativeVersionConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['NarrativeVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['WorkplanPageInfo'], ParentType, ContextType>;
};

export type NarrativeVersionPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NarrativeVersionPayload'] = ResolversParentTypes['NarrativeVersionPayload'],
> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['NarrativeVersion']>, ParentType, ContextType>;
};

export type NetworkPracticeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NetworkPractice'] = ResolversParentTypes['NetworkPractice'],
> = {
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['WorkingGroup'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['MonitoringArea'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'],
> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['NotificationEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['NotificationSubjectType']>, ParentType, ContextType>;
  workplanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type NotificationChannelPreferenceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationChannelPreference'] =
    ResolversParentTypes['NotificationChannelPreference'],
> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['NotificationEvent'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences'],
> = {
  channels?: Resolver<Array<ResolversTypes['NotificationChannelPreference']>, ParentType, ContextType>;
  defaultTimeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailDigest?: Resolver<ResolversTypes['EmailDigest'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationPreferencesPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationPreferencesPayload'] =
    ResolversParentTypes['NotificationPreferencesPayload'],
> = {
  preferences?: Resolver<Maybe<ResolversTypes['NotificationPreferences']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NotificationReceivedEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationReceivedEvent'] =
    ResolversParentTypes['NotificationReceivedEvent'],
> = {
  event?: Resolver<ResolversTypes['NotificationEvent'], ParentType, ContextType>;
  notificationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'],
> = {
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostInstitution?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  npmModel?: Resolver<Maybe<ResolversTypes['NpmModel']>, ParentType, ContextType>;
  ssoConnection?: Resolver<Maybe<ResolversTypes['SsoConnection']>, ParentType, ContextType>;
  twoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['OrganisationAbilities'], ParentType, ContextType>;
  viewerCanConfigureSso?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageTwoFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OrganisationAbilitiesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganisationAbilities'] = ResolversParentTypes['OrganisationAbilities'],
> = {
  configureResponsePeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createPlace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issueRecommendation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planVisit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAuditLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readOutbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordFinding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportReprisal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OutboxMailResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OutboxMail'] = ResolversParentTypes['OutboxMail'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PasskeyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Passkey'] = ResolversParentTypes['Passkey'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PasskeyOptionsPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PasskeyOptionsPayload'] = ResolversParentTypes['PasskeyOptionsPayload'],
> = {
  optionsJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlaceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['Classification'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentPopulation?: Resolver<Maybe<ResolversTypes['PlacePopulation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastVisit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  populationHistory?: Resolver<Array<ResolversTypes['PlacePopulation']>, ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  readableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleAuthority?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlaceStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PlaceType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['RecordAbilities'], ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlacePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlacePayload'] = ResolversParentTypes['PlacePayload'],
> = {
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlacePopulationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlacePopulation'] = ResolversParentTypes['PlacePopulation'],
> = {
  countedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PriorityPayload'] = ResolversParentTypes['PriorityPayload'],
> = {
  priority?: Resolver<Maybe<ResolversTypes['WorkplanPriority']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PublicationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication'],
> = {
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type PublishPracticeToNetworkPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PublishPracticeToNetworkPayload'] =
    ResolversParentTypes['PublishPracticeToNetworkPayload'],
> = {
  practice?: Resolver<Maybe<ResolversTypes['NetworkPractice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  annualReportJob?: Resolver<
    ResolversTypes['AnnualReportJob'],
    ParentType,
    ContextType,
    RequireFields<QueryAnnualReportJobArgs, 'id'>
  >;
  annualReportPreview?: Resolver<
    ResolversTypes['AnnualReportPreview'],
    ParentType,
    ContextType,
    Partial<QueryAnnualReportPreviewArgs>
  >;
  auditChainStatus?: Resolver<
    ResolversTypes['AuditChainStatus'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditChainStatusArgs, 'organisationId'>
  >;
  auditLog?: Resolver<
    ResolversTypes['AuditConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditLogArgs, 'limit' | 'organisationId'>
  >;
  availableReportVersions?: Resolver<
    Array<ResolversTypes['AvailableReportVersion']>,
    ParentType,
    ContextType,
    RequireFields<QueryAvailableReportVersionsArgs, 'visitId'>
  >;
  dashboard?: Resolver<
    ResolversTypes['Dashboard'],
    ParentType,
    ContextType,
    RequireFields<QueryDashboardArgs, 'scope'>
  >;
  exportJob?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType, RequireFields<QueryExportJobArgs, 'id'>>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<QueryFindingArgs, 'id'>>;
  findingFacets?: Resolver<ResolversTypes['FindingFacets'], ParentType, ContextType, Partial<QueryFindingFacetsArgs>>;
  findings?: Resolver<
    ResolversTypes['FindingConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryFindingsArgs, 'limit' | 'sort'>
  >;
  health?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joinRequests?: Resolver<
    Array<ResolversTypes['JoinRequest']>,
    ParentType,
    ContextType,
    RequireFields<QueryJoinRequestsArgs, 'limit' | 'status'>
  >;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  networkPractices?: Resolver<
    Array<ResolversTypes['NetworkPractice']>,
    ParentType,
    ContextType,
    Partial<QueryNetworkPracticesArgs>
  >;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<
    ResolversTypes['NotificationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryNotificationsArgs, 'limit'>
  >;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, Partial<QueryOrganisationArgs>>;
  organisationDirectory?: Resolver<
    Array<ResolversTypes['Organisation']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrganisationDirectoryArgs, 'limit' | 'search'>
  >;
  outbox?: Resolver<
    Array<ResolversTypes['OutboxMail']>,
    ParentType,
    ContextType,
    RequireFields<QueryOutboxArgs, 'limit' | 'organisationId'>
  >;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<
    ResolversTypes['PlaceConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPlacesArgs, 'limit'>
  >;
  platformOrganisations?: Resolver<
    Array<ResolversTypes['Organisation']>,
    ParentType,
    ContextType,
    RequireFields<QueryPlatformOrganisationsArgs, 'limit'>
  >;
  platformOutbox?: Resolver<
    Array<ResolversTypes['OutboxMail']>,
    ParentType,
    ContextType,
    RequireFields<QueryPlatformOutboxArgs, 'limit'>
  >;
  recommendation?: Resolver<
    ResolversTypes['Recommendation'],
    ParentType,
    ContextType,
    RequireFields<QueryRecommendationArgs, 'id'>
  >;
  recommendations?: Resolver<
    ResolversTypes['RecommendationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryRecommendationsArgs, 'limit' | 'sort'>
  >;
  reprisalIncident?: Resolver<
    ResolversTypes['ReprisalIncident'],
    ParentType,
    ContextType,
    RequireFields<QueryReprisalIncidentArgs, 'id'>
  >;
  reprisalIncidents?: Resolver<Array<ResolversTypes['ReprisalIncident']>, ParentType, ContextType>;
  responsePeriod?: Resolver<
    ResolversTypes['ResponsePeriod'],
    ParentType,
    ContextType,
    RequireFields<QueryResponsePeriodArgs, 'countryCode'>
  >;
  search?: Resolver<
    ResolversTypes['SearchConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'query'>
  >;
  ssoProviders?: Resolver<Array<ResolversTypes['SsoProvider']>, ParentType, ContextType>;
  twoFactorStatus?: Resolver<Maybe<ResolversTypes['TwoFactorStatus']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<QueryVisitArgs, 'id'>>;
  visitReport?: Resolver<
    ResolversTypes['VisitReportPreview'],
    ParentType,
    ContextType,
    RequireFields<QueryVisitReportArgs, 'version' | 'visitId'>
  >;
  visitReportTexts?: Resolver<
    ResolversTypes['VisitReportTexts'],
    ParentType,
    ContextType,
    RequireFields<QueryVisitReportTextsArgs, 'visitId'>
  >;
  visits?: Resolver<
    ResolversTypes['VisitConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryVisitsArgs, 'limit'>
  >;
  whatNeedsMe?: Resolver<ResolversTypes['WhatNeedsMe'], ParentType, ContextType>;
  workingGroup?: Resolver<
    ResolversTypes['WorkingGroup'],
    ParentType,
    ContextType,
    RequireFields<QueryWorkingGroupArgs, 'id'>
  >;
  workingGroups?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  workplan?: Resolver<ResolversTypes['Workplan'], ParentType, ContextType, RequireFields<QueryWorkplanArgs, 'id'>>;
  workplanActions?: Resolver<
    ResolversTypes['WorkplanActionList'],
    ParentType,
    ContextType,
    RequireFields<QueryWorkplanActionsArgs, 'limit'>
  >;
  workplans?: Resolver<
    Array<ResolversTypes['Workplan']>,
    ParentType,
    ContextType,
    RequireFields<QueryWorkplansArgs, 'workingGroupId'>
  >;
};

export type ReadableRecordEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReadableRecordEvent'] = ResolversParentTypes['ReadableRecordEvent'],
> = {
  readable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['RecordType'], ParentType, ContextType>;
};

export type RecommendationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation'],
> = {
  acceptance?: Resolver<ResolversTypes['Acceptance'], ParentType, ContextType>;
  addressee?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['Classification'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  draftText?: Resolver<Maybe<ResolversTypes['CoEditedText']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUpActivity']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RecommendationStatusEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RecommendationLevel'], ParentType, ContextType>;
  monitorStatus?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  readableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repeats?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  responseDueOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  responseOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  responses?: Resolver<Array<ResolversTypes['AuthorityResponse']>, ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecommendationSource'], ParentType, ContextType>;
  stateStatus?: Resolver<Maybe<ResolversTypes['ImplementationStatus']>, ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['RecordAbilities'], ParentType, ContextType>;
  viewerCanAssess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanRespond?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecommendationBreakdownResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationBreakdown'] = ResolversParentTypes['RecommendationBreakdown'],
> = {
  counts?: Resolver<ResolversTypes['RecommendationCounts'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecommendationConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationConnection'] =
    ResolversParentTypes['RecommendationConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecommendationCountsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationCounts'] = ResolversParentTypes['RecommendationCounts'],
> = {
  acceptanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discrepancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitorAssessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitorImplementationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  monitorImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitorPartiallyImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueResponses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partiallyAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateImplementationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stateImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statePartiallyImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stateReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationFiguresResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationFigures'] = ResolversParentTypes['RecommendationFigures'],
> = {
  byAuthority?: Resolver<Array<ResolversTypes['RecommendationBreakdown']>, ParentType, ContextType>;
  byPlaceType?: Resolver<Array<ResolversTypes['RecommendationBreakdown']>, ParentType, ContextType>;
  byPriority?: Resolver<Array<ResolversTypes['RecommendationBreakdown']>, ParentType, ContextType>;
  byTheme?: Resolver<Array<ResolversTypes['RecommendationBreakdown']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['RecommendationBreakdown']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['RecommendationCounts'], ParentType, ContextType>;
};

export type RecommendationPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationPayload'] = ResolversParentTypes['RecommendationPayload'],
> = {
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecommendationStatusEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecommendationStatusEntry'] =
    ResolversParentTypes['RecommendationStatusEntry'],
> = {
  effectiveOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatusEntryKind'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordAbilitiesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecordAbilities'] = ResolversParentTypes['RecordAbilities'],
> = {
  authorisePublication?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  export?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readComments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reclassify?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reclassifyTo?: Resolver<Array<ResolversTypes['Classification']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RecordPayload'] = ResolversParentTypes['RecordPayload'],
> = {
  record?: Resolver<Maybe<ResolversTypes['ShareableRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegenerateRecoveryCodesPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RegenerateRecoveryCodesPayload'] =
    ResolversParentTypes['RegenerateRecoveryCodesPayload'],
> = {
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveFromWorkingGroupPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RemoveFromWorkingGroupPayload'] =
    ResolversParentTypes['RemoveFromWorkingGroupPayload'],
> = {
  removedOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload'],
> = {
  removedMembershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemovePasskeyPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RemovePasskeyPayload'] = ResolversParentTypes['RemovePasskeyPayload'],
> = {
  removedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportFindingPreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportFindingPreview'] = ResolversParentTypes['ReportFindingPreview'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includesPersonalData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  intervieweeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monitoringArea?: Resolver<ResolversTypes['MonitoringArea'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportLeftOutResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportLeftOut'] = ResolversParentTypes['ReportLeftOut'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReportLeftOutReason'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['ReportRecordType'], ParentType, ContextType>;
};

export type ReportRecommendationPreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportRecommendationPreview'] =
    ResolversParentTypes['ReportRecommendationPreview'],
> = {
  addressee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responseDueOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReprisalIncidentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReprisalIncident'] = ResolversParentTypes['ReprisalIncident'],
> = {
  actionTaken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ReprisalForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namedUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  personPseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedVisit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReprisalStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReprisalPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReprisalPayload'] = ResolversParentTypes['ReprisalPayload'],
> = {
  incident?: Resolver<Maybe<ResolversTypes['ReprisalIncident']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestAnnualReportPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RequestAnnualReportPayload'] =
    ResolversParentTypes['RequestAnnualReportPayload'],
> = {
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['AnnualReportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestExportPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RequestExportPayload'] = ResolversParentTypes['RequestExportPayload'],
> = {
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestToJoinPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RequestToJoinPayload'] = ResolversParentTypes['RequestToJoinPayload'],
> = {
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResetMemberTwoFactorPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ResetMemberTwoFactorPayload'] =
    ResolversParentTypes['ResetMemberTwoFactorPayload'],
> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RespondToWorkingGroupInvitationPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RespondToWorkingGroupInvitationPayload'] =
    ResolversParentTypes['RespondToWorkingGroupInvitationPayload'],
> = {
  member?: Resolver<Maybe<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResponsePeriodResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ResponsePeriod'] = ResolversParentTypes['ResponsePeriod'],
> = {
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponsePeriodPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ResponsePeriodPayload'] = ResolversParentTypes['ResponsePeriodPayload'],
> = {
  responsePeriod?: Resolver<Maybe<ResolversTypes['ResponsePeriod']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SearchConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = {
  headline?: Resolver<Array<ResolversTypes['HeadlinePart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['SearchRecord'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchRecordResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchRecord'] = ResolversParentTypes['SearchRecord'],
> = {
  __resolveType: TypeResolveFn<'Finding' | 'Place' | 'Recommendation' | 'Visit' | 'Workplan', ParentType, ContextType>;
};

export type SetActingOrganisationPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SetActingOrganisationPayload'] =
    ResolversParentTypes['SetActingOrganisationPayload'],
> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetHostInstitutionPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SetHostInstitutionPayload'] =
    ResolversParentTypes['SetHostInstitutionPayload'],
> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetPreferredLocalePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SetPreferredLocalePayload'] =
    ResolversParentTypes['SetPreferredLocalePayload'],
> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetTwoFactorRequiredPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SetTwoFactorRequiredPayload'] =
    ResolversParentTypes['SetTwoFactorRequiredPayload'],
> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetWorkingGroupStandingPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SetWorkingGroupStandingPayload'] =
    ResolversParentTypes['SetWorkingGroupStandingPayload'],
> = {
  member?: Resolver<Maybe<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ShareableRecordResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ShareableRecord'] = ResolversParentTypes['ShareableRecord'],
> = {
  __resolveType: TypeResolveFn<'Finding' | 'Place' | 'Recommendation' | 'Visit' | 'Workplan', ParentType, ContextType>;
};

export type SharedRecordItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SharedRecordItem'] = ResolversParentTypes['SharedRecordItem'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerOrganisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['RecordType'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SignInPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload'],
> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  nextStep?: Resolver<Maybe<ResolversTypes['SessionStage']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SsoConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SsoConnection'] = ResolversParentTypes['SsoConnection'],
> = {
  allowedDomains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientSecretSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jitRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SsoProviderResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SsoProvider'] = ResolversParentTypes['SsoProvider'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StartTwoFactorEnrolmentPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['StartTwoFactorEnrolmentPayload'] =
    ResolversParentTypes['StartTwoFactorEnrolmentPayload'],
> = {
  enrolment?: Resolver<Maybe<ResolversTypes['TwoFactorEnrolment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  membershipChanged?: SubscriptionResolver<
    ResolversTypes['MembershipEvent'],
    'membershipChanged',
    ParentType,
    ContextType,
    RequireFields<SubscriptionMembershipChangedArgs, 'organisationId'>
  >;
  notificationReceived?: SubscriptionResolver<
    ResolversTypes['NotificationReceivedEvent'],
    'notificationReceived',
    ParentType,
    ContextType
  >;
  readableRecordsChanged?: SubscriptionResolver<
    ResolversTypes['ReadableRecordEvent'],
    'readableRecordsChanged',
    ParentType,
    ContextType,
    Partial<SubscriptionReadableRecordsChangedArgs>
  >;
  workplanChanged?: SubscriptionResolver<
    ResolversTypes['WorkplanEvent'],
    'workplanChanged',
    ParentType,
    ContextType,
    RequireFields<SubscriptionWorkplanChangedArgs, 'workplanId'>
  >;
};

export type TwoFactorEnrolmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TwoFactorEnrolment'] = ResolversParentTypes['TwoFactorEnrolment'],
> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeDataUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TwoFactorStatusResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TwoFactorStatus'] = ResolversParentTypes['TwoFactorStatus'],
> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  passkeyAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  passkeys?: Resolver<Array<ResolversTypes['Passkey']>, ParentType, ContextType>;
  recoveryCodesLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['SessionStage'], ParentType, ContextType>;
};

export type UpdateVisitReportTextsPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UpdateVisitReportTextsPayload'] =
    ResolversParentTypes['UpdateVisitReportTextsPayload'],
> = {
  texts?: Resolver<Maybe<ResolversTypes['VisitReportTexts']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preferredLocale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerifySecondFactorPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VerifySecondFactorPayload'] =
    ResolversParentTypes['VerifySecondFactorPayload'],
> = {
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  recoveryCodesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type VisitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit'],
> = {
  announced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['Classification'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  findings?: Resolver<
    ResolversTypes['FindingConnection'],
    ParentType,
    ContextType,
    RequireFields<VisitFindingsArgs, 'limit'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  readableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  recommendations?: Resolver<
    ResolversTypes['RecommendationConnection'],
    ParentType,
    ContextType,
    RequireFields<VisitRecommendationsArgs, 'limit'>
  >;
  sharedWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VisitStatus'], ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['VisitTeamMember']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VisitType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['RecordAbilities'], ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisitConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VisitConnection'] = ResolversParentTypes['VisitConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VisitPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VisitPayload'] = ResolversParentTypes['VisitPayload'],
> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
};

export type VisitReportPreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VisitReportPreview'] = ResolversParentTypes['VisitReportPreview'],
> = {
  audience?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  docxUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  downloadableBySignedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ReportFindingPreview']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includesVisitDetails?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['ReportLanguage'], ParentType, ContextType>;
  leftOut?: Resolver<Array<ResolversTypes['ReportLeftOut']>, ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['ReportRecommendationPreview']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ReportVersion'], ParentType, ContextType>;
  viewerCanDownload?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VisitReportTextsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VisitReportTexts'] = ResolversParentTypes['VisitReportTexts'],
> = {
  conclusions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conclusionsText?: Resolver<ResolversTypes['CoEditedText'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introduction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  introductionText?: Resolver<ResolversTypes['CoEditedText'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VisitTeamMemberResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VisitTeamMember'] = ResolversParentTypes['VisitTeamMember'],
> = {
  expertise?: Resolver<ResolversTypes['Expertise'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WhatNeedsMeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WhatNeedsMe'] = ResolversParentTypes['WhatNeedsMe'],
> = {
  awaitingAssessment?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  lastVisitAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sharedSinceLastVisit?: Resolver<Array<ResolversTypes['SharedRecordItem']>, ParentType, ContextType>;
};

export type WorkingGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkingGroup'] = ResolversParentTypes['WorkingGroup'],
> = {
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['WorkingGroupInvitation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkingGroupKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['WorkingGroupAbilities'], ParentType, ContextType>;
};

export type WorkingGroupAbilitiesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkingGroupAbilities'] = ResolversParentTypes['WorkingGroupAbilities'],
> = {
  createWorkplan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workplanOwners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type WorkingGroupInvitationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkingGroupInvitation'] = ResolversParentTypes['WorkingGroupInvitation'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['WorkingGroupRole'], ParentType, ContextType>;
  workingGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workingGroupKind?: Resolver<ResolversTypes['WorkingGroupKind'], ParentType, ContextType>;
  workingGroupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkingGroupMemberResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkingGroupMember'] = ResolversParentTypes['WorkingGroupMember'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['WorkingGroupRole'], ParentType, ContextType>;
  viewerCanRemove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WorkplanResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Workplan'] = ResolversParentTypes['Workplan'],
> = {
  classification?: Resolver<ResolversTypes['Classification'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discussion?: Resolver<
    ResolversTypes['DiscussionCommentConnection'],
    ParentType,
    ContextType,
    RequireFields<WorkplanDiscussionArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['CoEditedText'], ParentType, ContextType>;
  narrativeVersion?: Resolver<
    Maybe<ResolversTypes['NarrativeVersion']>,
    ParentType,
    ContextType,
    RequireFields<WorkplanNarrativeVersionArgs, 'id'>
  >;
  ownerOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  priorities?: Resolver<
    ResolversTypes['WorkplanPriorityConnection'],
    ParentType,
    ContextType,
    RequireFields<WorkplanPrioritiesArgs, 'first'>
  >;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  readableBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<
    ResolversTypes['NarrativeVersionConnection'],
    ParentType,
    ContextType,
    RequireFields<WorkplanVersionsArgs, 'first'>
  >;
  viewerCan?: Resolver<ResolversTypes['RecordAbilities'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkplanActionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanAction'] = ResolversParentTypes['WorkplanAction'],
> = {
  contributingOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jointCommitment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkedRecommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priorityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsibleOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workplanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkplanActionConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanActionConnection'] =
    ResolversParentTypes['WorkplanActionConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['WorkplanAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['WorkplanPageInfo'], ParentType, ContextType>;
};

export type WorkplanActionListResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanActionList'] = ResolversParentTypes['WorkplanActionList'],
> = {
  nodes?: Resolver<Array<ResolversTypes['WorkplanAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WorkplanEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanEvent'] = ResolversParentTypes['WorkplanEvent'],
> = {
  kind?: Resolver<ResolversTypes['WorkplanEventKind'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workplanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkplanPageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanPageInfo'] = ResolversParentTypes['WorkplanPageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WorkplanPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanPayload'] = ResolversParentTypes['WorkplanPayload'],
> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workplan?: Resolver<Maybe<ResolversTypes['Workplan']>, ParentType, ContextType>;
};

export type WorkplanPriorityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanPriority'] = ResolversParentTypes['WorkplanPriority'],
> = {
  actions?: Resolver<
    ResolversTypes['WorkplanActionConnection'],
    ParentType,
    ContextType,
    RequireFields<WorkplanPriorityActionsArgs, 'first'>
  >;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkplanPriorityConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WorkplanPriorityConnection'] =
    ResolversParentTypes['WorkplanPriorityConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['WorkplanPriority']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['WorkplanPageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  ActionFieldConflict?: ActionFieldConflictResolvers<ContextType>;
  ActionFigures?: ActionFiguresResolvers<ContextType>;
  ActionPayload?: ActionPayloadResolvers<ContextType>;
  ActionStatusCount?: ActionStatusCountResolvers<ContextType>;
  AddCommentPayload?: AddCommentPayloadResolvers<ContextType>;
  AddMemberPayload?: AddMemberPayloadResolvers<ContextType>;
  AddPasskeyPayload?: AddPasskeyPayloadResolvers<ContextType>;
  AnnualReportAcceptanceCount?: AnnualReportAcceptanceCountResolvers<ContextType>;
  AnnualReportAuthorityRow?: AnnualReportAuthorityRowResolvers<ContextType>;
  AnnualReportJob?: AnnualReportJobResolvers<ContextType>;
  AnnualReportPreview?: AnnualReportPreviewResolvers<ContextType>;
  AnnualReportStatusCount?: AnnualReportStatusCountResolvers<ContextType>;
  AuditChainStatus?: AuditChainStatusResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthorityResponse?: AuthorityResponseResolvers<ContextType>;
  AvailableReportVersion?: AvailableReportVersionResolvers<ContextType>;
  ChangeMemberRolePayload?: ChangeMemberRolePayloadResolvers<ContextType>;
  CoEditedText?: CoEditedTextResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  ConfigureSsoPayload?: ConfigureSsoPayloadResolvers<ContextType>;
  ConfirmTwoFactorEnrolmentPayload?: ConfirmTwoFactorEnrolmentPayloadResolvers<ContextType>;
  CreateOrganisationPayload?: CreateOrganisationPayloadResolvers<ContextType>;
  CreateWorkingGroupPayload?: CreateWorkingGroupPayloadResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardActionItem?: DashboardActionItemResolvers<ContextType>;
  DashboardRecommendationItem?: DashboardRecommendationItemResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DecideJoinRequestPayload?: DecideJoinRequestPayloadResolvers<ContextType>;
  DisableTwoFactorPayload?: DisableTwoFactorPayloadResolvers<ContextType>;
  DiscussionComment?: DiscussionCommentResolvers<ContextType>;
  DiscussionCommentConnection?: DiscussionCommentConnectionResolvers<ContextType>;
  DiscussionCommentPayload?: DiscussionCommentPayloadResolvers<ContextType>;
  EvidenceAbilities?: EvidenceAbilitiesResolvers<ContextType>;
  EvidenceAttachment?: EvidenceAttachmentResolvers<ContextType>;
  EvidencePayload?: EvidencePayloadResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingCell?: FindingCellResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingFacets?: FindingFacetsResolvers<ContextType>;
  FindingFigures?: FindingFiguresResolvers<ContextType>;
  FindingPayload?: FindingPayloadResolvers<ContextType>;
  FollowUpActivity?: FollowUpActivityResolvers<ContextType>;
  HeadlinePart?: HeadlinePartResolvers<ContextType>;
  ImportColumn?: ImportColumnResolvers<ContextType>;
  ImportPreviewRow?: ImportPreviewRowResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportSpreadsheetPayload?: ImportSpreadsheetPayloadResolvers<ContextType>;
  Interviewee?: IntervieweeResolvers<ContextType>;
  InviteToWorkingGroupPayload?: InviteToWorkingGroupPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JoinRequest?: JoinRequestResolvers<ContextType>;
  JointCommitmentProgress?: JointCommitmentProgressResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipEvent?: MembershipEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NarrativeVersion?: NarrativeVersionResolvers<ContextType>;
  NarrativeVersionConnection?: NarrativeVersionConnectionResolvers<ContextType>;
  NarrativeVersionPayload?: NarrativeVersionPayloadResolvers<ContextType>;
  NetworkPractice?: NetworkPracticeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationChannelPreference?: NotificationChannelPreferenceResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  NotificationPreferencesPayload?: NotificationPreferencesPayloadResolvers<ContextType>;
  NotificationReceivedEvent?: NotificationReceivedEventResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationAbilities?: OrganisationAbilitiesResolvers<ContextType>;
  OutboxMail?: OutboxMailResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passkey?: PasskeyResolvers<ContextType>;
  PasskeyOptionsPayload?: PasskeyOptionsPayloadResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlacePayload?: PlacePayloadResolvers<ContextType>;
  PlacePopulation?: PlacePopulationResolvers<ContextType>;
  PriorityPayload?: PriorityPayloadResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublishPracticeToNetworkPayload?: PublishPracticeToNetworkPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadableRecordEvent?: ReadableRecordEventResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationBreakdown?: RecommendationBreakdownResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationCounts?: RecommendationCountsResolvers<ContextType>;
  RecommendationFigures?: RecommendationFiguresResolvers<ContextType>;
  RecommendationPayload?: RecommendationPayloadResolvers<ContextType>;
  RecommendationStatusEntry?: RecommendationStatusEntryResolvers<ContextType>;
  RecordAbilities?: RecordAbilitiesResolvers<ContextType>;
  RecordPayload?: RecordPayloadResolvers<ContextType>;
  RegenerateRecoveryCodesPayload?: RegenerateRecoveryCodesPayloadResolvers<ContextType>;
  RemoveFromWorkingGroupPayload?: RemoveFromWorkingGroupPayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RemovePasskeyPayload?: RemovePasskeyPayloadResolvers<ContextType>;
  ReportFindingPreview?: ReportFindingPreviewResolvers<ContextType>;
  ReportLeftOut?: ReportLeftOutResolvers<ContextType>;
  ReportRecommendationPreview?: ReportRecommendationPreviewResolvers<ContextType>;
  ReprisalIncident?: ReprisalIncidentResolvers<ContextType>;
  ReprisalPayload?: ReprisalPayloadResolvers<ContextType>;
  RequestAnnualReportPayload?: RequestAnnualReportPayloadResolvers<ContextType>;
  RequestExportPayload?: RequestExportPayloadResolvers<ContextType>;
  RequestToJoinPayload?: RequestToJoinPayloadResolvers<ContextType>;
  ResetMemberTwoFactorPayload?: ResetMemberTwoFactorPayloadResolvers<ContextType>;
  RespondToWorkingGroupInvitationPayload?: RespondToWorkingGroupInvitationPayloadResolvers<ContextType>;
  ResponsePeriod?: ResponsePeriodResolvers<ContextType>;
  ResponsePeriodPayload?: ResponsePeriodPayloadResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchRecord?: SearchRecordResolvers<ContextType>;
  SetActingOrganisationPayload?: SetActingOrganisationPayloadResolvers<ContextType>;
  SetHostInstitutionPayload?: SetHostInstitutionPayloadResolvers<ContextType>;
  SetPreferredLocalePayload?: SetPreferredLocalePayloadResolvers<ContextType>;
  SetTwoFactorRequiredPayload?: SetTwoFactorRequiredPayloadResolvers<ContextType>;
  SetWorkingGroupStandingPayload?: SetWorkingGroupStandingPayloadResolvers<ContextType>;
  ShareableRecord?: ShareableRecordResolvers<ContextType>;
  SharedRecordItem?: SharedRecordItemResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SsoConnection?: SsoConnectionResolvers<ContextType>;
  SsoProvider?: SsoProviderResolvers<ContextType>;
  StartTwoFactorEnrolmentPayload?: StartTwoFactorEnrolmentPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TwoFactorEnrolment?: TwoFactorEnrolmentResolvers<ContextType>;
  TwoFactorStatus?: TwoFactorStatusResolvers<ContextType>;
  UpdateVisitReportTextsPayload?: UpdateVisitReportTextsPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerifySecondFactorPayload?: VerifySecondFactorPayloadResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  VisitConnection?: VisitConnectionResolvers<ContextType>;
  VisitPayload?: VisitPayloadResolvers<ContextType>;
  VisitReportPreview?: VisitReportPreviewResolvers<ContextType>;
  VisitReportTexts?: VisitReportTextsResolvers<ContextType>;
  VisitTeamMember?: VisitTeamMemberResolvers<ContextType>;
  WhatNeedsMe?: WhatNeedsMeResolvers<ContextType>;
  WorkingGroup?: WorkingGroupResolvers<ContextType>;
  WorkingGroupAbilities?: WorkingGroupAbilitiesResolvers<ContextType>;
  WorkingGroupInvitation?: WorkingGroupInvitationResolvers<ContextType>;
  WorkingGroupMember?: WorkingGroupMemberResolvers<ContextType>;
  Workplan?: WorkplanResolvers<ContextType>;
  WorkplanAction?: WorkplanActionResolvers<ContextType>;
  WorkplanActionConnection?: WorkplanActionConnectionResolvers<ContextType>;
  WorkplanActionList?: WorkplanActionListResolvers<ContextType>;
  WorkplanEvent?: WorkplanEventResolvers<ContextType>;
  WorkplanPageInfo?: WorkplanPageInfoResolvers<ContextType>;
  WorkplanPayload?: WorkplanPayloadResolvers<ContextType>;
  WorkplanPriority?: WorkplanPriorityResolvers<ContextType>;
  WorkplanPriorityConnection?: WorkplanPriorityConnectionResolvers<ContextType>;
};
