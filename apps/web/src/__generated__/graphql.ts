/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The password the person chooses (at least 12 characters). */
  password: string;
  /** The token from the invitation link. */
  token: string;
};

/** The State's position on a recommendation. */
export type Acceptance = 'ACCEPTED' | 'NOTED' | 'PARTIALLY_ACCEPTED' | 'PENDING' | 'REJECTED';

export type ActionChanges = {
  contributingOrganisationIds?: Array<string | number> | null | undefined;
  dueDate?: string | null | undefined;
  indicator?: string | null | undefined;
  jointCommitment?: boolean | null | undefined;
  linkedRecommendationIds?: Array<string | number> | null | undefined;
  position?: number | null | undefined;
  priorityId?: string | number | null | undefined;
  responsibleOrganisationId?: string | number | null | undefined;
  startDate?: string | null | undefined;
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  title?: string | null | undefined;
};

export type ActionStatus = 'BLOCKED' | 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'NOT_STARTED';

export type AddActionInput = {
  contributingOrganisationIds?: Array<string | number> | null | undefined;
  dueDate?: string | null | undefined;
  indicator?: string | null | undefined;
  jointCommitment?: boolean | null | undefined;
  linkedRecommendationIds?: Array<string | number> | null | undefined;
  priorityId: string | number;
  responsibleOrganisationId: string | number;
  startDate?: string | null | undefined;
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  title: string;
};

export type AddCommentInput = {
  body: string;
  /**
   * People the comment mentions (the web inserts `@Name` in the body and sends their ids here). Each must
   * read the record; anyone else fails as an unknown user (NOT_FOUND), and nobody else is notified.
   */
  mentionUserIds?: Array<string | number> | null | undefined;
  recordId: string | number;
  recordType: RecordType;
};

export type AddMemberInput = {
  /** Used when the e-mail has no account yet. */
  displayName: string;
  email: string;
  /** Language of the invitation e-mail and of a new account (default: the inviting admin's). */
  locale?: Locale | null | undefined;
  organisationId: string | number;
  role: Role;
};

export type AddPasskeyInput = {
  /** A name to recognise it by. */
  name: string;
  /** The browser's answer to the registration options (JSON). */
  responseJson: string;
};

export type AddPriorityInput = {
  description?: string | null | undefined;
  title: string;
  workplanId: string | number;
};

export type AdoptRecommendationDraftInput = {
  /** The version the viewer read; another change since then is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  recommendationId: string | number;
};

/** Which recommendations an annual / thematic report covers. Always only those the viewer may read. */
export type AnnualReportFilter = {
  /** About this monitoring area: stemming from a finding in it that the viewer reads (a thematic report). */
  area?: MonitoringArea | null | undefined;
  /** Addressed to this authority (an unknown or unreadable one matches nothing). */
  authorityId?: string | number | null | undefined;
  /** Issued on or after this day. */
  from?: string | null | undefined;
  /** Issued by this organisation (an unknown or unreadable one matches nothing). */
  organisationId?: string | number | null | undefined;
  /** Issued on or before this day (not before `from`). */
  to?: string | null | undefined;
};

/** The file format of an annual / thematic report of recommendations. */
export type AnnualReportFormat =
  /** A Word document (Office Open XML). */
  | 'DOCX'
  /** PDF, with an embedded font that carries Spanish, French and Portuguese text. */
  | 'PDF'
  /** An Excel workbook: summary, authorities, recommendations and dialogue sheets. */
  | 'XLSX';

export type AuthorisePublicationInput = {
  recordId: string | number;
  recordType: RecordType;
};

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  role: Role;
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

export type CommentOnWorkplanInput = {
  actionId?: string | number | null | undefined;
  anchor?: unknown;
  body: string;
  documentName?: string | null | undefined;
  mentionUserIds?: Array<string | number> | null | undefined;
  quote?: string | null | undefined;
  workplanId: string | number;
};

export type ConfigureSsoInput = {
  /** At least one domain, e.g. `mnp.example.org`; subdomains are listed on their own. */
  allowedDomains: Array<string>;
  clientId: string;
  /** Required the first time; leave out (or empty) to keep the stored one. */
  clientSecret?: string | null | undefined;
  /** Offer the provider on the sign-in page (default true). */
  enabled?: boolean | null | undefined;
  /** An https URL (http only for a provider on this machine outside production). */
  issuer: string;
  /** Role of people who join through the provider; VIEWER when left out. */
  jitRole?: Role | null | undefined;
  organisationId: string | number;
  /** Lower-case letters, digits and hyphens (2–63), unique across organisations. */
  slug: string;
};

export type ConfirmTwoFactorEnrolmentInput = {
  /** A current six-digit code from the authenticator app. */
  code: string;
};

export type CreateOrganisationInput = {
  /** The first administrator: invited by e-mail (a new account), or told by e-mail (an existing one). */
  adminEmail: string;
  adminName: string;
  /** ISO 3166-1 alpha-2; required except for international bodies (SPT, OHCHR, partners). */
  countryCode?: string | null | undefined;
  /** For an NPM: the organisation (NHRI / Ombuds) it sits in. Grants the host nothing. */
  hostOrganisationId?: string | number | null | undefined;
  kind: OrganisationKind;
  /** Language of the invitation e-mail and of a new account (default: the platform administrator's). */
  locale?: Locale | null | undefined;
  name: string;
  /** Required for an NPM, refused for other kinds. */
  npmModel?: NpmModel | null | undefined;
};

export type CreatePlaceInput = {
  address?: string | null | undefined;
  capacity?: number | null | undefined;
  /** Defaults to WORKING_GROUP when a working group is given, otherwise ORGANISATION. */
  classification?: Classification | null | undefined;
  countryCode: string;
  name: string;
  /** Owner organisation; defaults to the viewer's first organisation. */
  ownerOrganisationId?: string | number | null | undefined;
  region?: string | null | undefined;
  responsibleAuthorityId: string | number;
  status?: PlaceStatus | null | undefined;
  type: PlaceType;
  workingGroupId?: string | number | null | undefined;
};

export type CreateWorkingGroupInput = {
  countryCode?: string | null | undefined;
  kind: WorkingGroupKind;
  name: string;
  /** The organisation that chairs the new group (one the viewer administers). */
  organisationId: string | number;
  region?: string | null | undefined;
};

export type CreateWorkplanInput = {
  /** Defaults to WORKING_GROUP. */
  classification?: Classification | null | undefined;
  ownerOrganisationId?: string | number | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart: string;
  title: string;
  workingGroupId: string | number;
};

/** Which dashboard to compute. */
export type DashboardScopeInput = {
  /** The organisation or working group id, or the ISO 3166-1 alpha-2 country code. */
  id: string;
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
  approve: boolean;
  id: string | number;
};

export type DisableTwoFactorInput = {
  /** A current code from the authenticator app, or one of the recovery codes. */
  code: string;
};

/** How e-mails are sent for the events chosen for e-mail. */
export type EmailDigest =
  /** One e-mail a day with the day's notifications. */
  | 'DAILY'
  /** One e-mail per notification, as it happens. */
  | 'IMMEDIATE';

export type Expertise = 'INTERPRETATION' | 'LAW' | 'MEDICINE' | 'OTHER' | 'PSYCHOLOGY' | 'SOCIAL_WORK';

/** The file format of an export. */
export type ExportFormat =
  /** Comma-separated values, UTF-8 with a byte-order mark. */
  | 'CSV'
  /** An Excel workbook (Office Open XML). */
  | 'XLSX';

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

export type FindingFilter = {
  classification?: Classification | null | undefined;
  /** Findings concerning this State (ISO code). */
  countryCode?: string | null | undefined;
  goodPractice?: boolean | null | undefined;
  monitoringArea?: MonitoringArea | null | undefined;
  placeId?: string | number | null | undefined;
  /** Findings at a place of this type (the place is matched through the viewer's read scope). */
  placeType?: PlaceType | null | undefined;
  /** Findings naming this risk factor code. */
  riskFactor?: string | null | undefined;
  /** Words of the title, description or risk factors (the last word may be a beginning; case and accents ignored). */
  search?: string | null | undefined;
  severity?: Severity | null | undefined;
  /** Findings of visits that started on or after this date. */
  visitFrom?: string | null | undefined;
  visitId?: string | number | null | undefined;
  /** Findings of visits that started on or before this date. */
  visitTo?: string | null | undefined;
  /** Findings concerning this situation of vulnerability. */
  vulnerability?: Vulnerability | null | undefined;
};

export type FindingSource =
  'AUTHORITIES_AND_STAFF' | 'DIRECT_OBSERVATION' | 'OTHER_SOURCES' | 'PERSONS_DEPRIVED_OF_LIBERTY' | 'REGISTERS';

export type FollowUpKind = 'FOLLOW_UP_VISIT' | 'MEETING' | 'PUBLIC_STATEMENT' | 'REFERRAL' | 'WRITTEN_REQUEST';

export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';

export type ImplementationStatus =
  'IMPLEMENTED' | 'IN_PROGRESS' | 'NOT_IMPLEMENTED' | 'NOT_STARTED' | 'NO_LONGER_APPLICABLE' | 'PARTIALLY_IMPLEMENTED';

/** Which column of the file fills a field. */
export type ImportColumnInput = {
  /** The column header in the file. */
  column: string;
  /** The field (e.g. `reference`, `addressee`); see `ImportPreview.fields`. */
  field: string;
};

/** What a spreadsheet import creates. */
export type ImportKind =
  /** Places of detention. */
  | 'PLACES'
  /** Recommendations, with the State's acceptance and both implementation statuses. */
  | 'RECOMMENDATIONS';

/** A spreadsheet uploaded with POST /api/imports, and how to read it. */
export type ImportSpreadsheetInput = {
  /** What the rows are. */
  kind: ImportKind;
  /** Columns for fields whose header differs from the field's name. */
  mapping?: Array<ImportColumnInput> | null | undefined;
  /** The id POST /api/imports answered. */
  uploadId: string | number;
};

export type IntervieweeInput = {
  /** At risk of reprisals: a welfare check is scheduled (in 14 days unless a date is given). */
  atRisk?: boolean | null | undefined;
  contact?: string | null | undefined;
  identity: string;
  medicalNotes?: string | null | undefined;
  pseudonym: string;
  welfareCheckDueOn?: string | null | undefined;
};

export type InviteToWorkingGroupInput = {
  organisationId: string | number;
  role: WorkingGroupRole;
  workingGroupId: string | number;
};

export type IssueRecommendationInput = {
  addresseeId: string | number;
  classification?: Classification | null | undefined;
  /** Country concerned; defaults to the addressee's country. */
  countryCode?: string | null | undefined;
  findingIds?: Array<string | number> | null | undefined;
  issuedOn: string;
  level: RecommendationLevel;
  ownerOrganisationId?: string | number | null | undefined;
  placeIds?: Array<string | number> | null | undefined;
  priority: Priority;
  reference: string;
  repeatsId?: string | number | null | undefined;
  source: RecommendationSource;
  targetDate?: string | null | undefined;
  text?: string | null | undefined;
  theme?: string | null | undefined;
  title: string;
  workingGroupId?: string | number | null | undefined;
};

export type JoinRequestStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

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

export type MembershipEventKind = 'ADDED' | 'REMOVED' | 'ROLE_CHANGED';

export type MonitoringArea =
  'HEALTH_CARE' | 'MATERIAL_CONDITIONS' | 'PERSONNEL' | 'PROTECTION_MEASURES' | 'REGIME_AND_ACTIVITIES' | 'TREATMENT';

export type MoveVisitInput = {
  id: string | number;
  status: VisitStatus;
};

/** Narrows the practices of the networks the viewer belongs to. */
export type NetworkPracticeFilter = {
  /** Practices from one country (ISO code). */
  countryCode?: string | null | undefined;
  /** One network (a network the viewer is not in answers like one without practices). */
  networkId?: string | number | null | undefined;
  /** One theme. */
  theme?: MonitoringArea | null | undefined;
};

/** One event's channels, as the viewer sets them. */
export type NotificationChannelInput = {
  email: boolean;
  event: NotificationEvent;
  inApp: boolean;
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
  events?: Array<NotificationEvent> | null | undefined;
  /** true: read only; false: unread only; omitted: both. */
  read?: boolean | null | undefined;
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

export type PlaceFilter = {
  countryCode?: string | null | undefined;
  responsibleAuthorityId?: string | number | null | undefined;
  /** Words of the name, region or address (the last word may be a beginning; case and accents ignored). */
  search?: string | null | undefined;
  status?: PlaceStatus | null | undefined;
  types?: Array<PlaceType> | null | undefined;
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
  announced: boolean;
  classification?: Classification | null | undefined;
  endDate?: string | null | undefined;
  objectives?: string | null | undefined;
  ownerOrganisationId?: string | number | null | undefined;
  placeIds: Array<string | number>;
  startDate: string;
  team?: Array<VisitTeamMemberInput> | null | undefined;
  type: VisitType;
  workingGroupId?: string | number | null | undefined;
};

export type Priority = 'HIGH' | 'LOW' | 'MEDIUM' | 'URGENT';

/** Publish a good practice to a regional network: a good-practice finding of the organisation, or a short note. */
export type PublishPracticeToNetworkInput = {
  /** A finding flagged as good practice: its title, description and monitoring area are published (nothing else). */
  findingId?: string | number | null | undefined;
  /** The regional network to publish to. */
  networkId: string | number;
  /** The organisation publishing: the viewer's acting organisation when omitted. */
  organisationId?: string | number | null | undefined;
  /** A practice note's text (required without findingId). */
  summary?: string | null | undefined;
  /** A practice note's theme (required without findingId). */
  theme?: MonitoringArea | null | undefined;
  /** A practice note's title (required without findingId). */
  title?: string | null | undefined;
};

export type ReclassifyRecordInput = {
  classification: Classification;
  recordId: string | number;
  recordType: RecordType;
  /** Required for WORKING_GROUP; must be a group the owner organisation belongs to. */
  workingGroupId?: string | number | null | undefined;
};

export type RecommendationFilter = {
  /** Owned by or addressed to this organisation (an organisation dashboard's scope). */
  aboutOrganisationId?: string | number | null | undefined;
  acceptance?: Array<Acceptance> | null | undefined;
  addresseeId?: string | number | null | undefined;
  /** Concerning this State, by ISO country code (a country dashboard's scope). */
  countryCode?: string | null | undefined;
  findingId?: string | number | null | undefined;
  /** Issued in this calendar year. */
  issuedYear?: number | null | undefined;
  monitorStatus?: Array<ImplementationStatus> | null | undefined;
  /** Only those whose response is overdue. */
  overdue?: boolean | null | undefined;
  placeId?: string | number | null | undefined;
  /** Recommendations linked to a place of one of these types. */
  placeTypes?: Array<PlaceType> | null | undefined;
  priority?: Priority | null | undefined;
  /** Words of the reference, title, text or theme (the last word may be a beginning; case and accents ignored). */
  search?: string | null | undefined;
  source?: RecommendationSource | null | undefined;
  stateStatus?: Array<ImplementationStatus> | null | undefined;
  theme?: string | null | undefined;
  /** Of this working group (a working group dashboard's scope). */
  workingGroupId?: string | number | null | undefined;
};

export type RecommendationLevel = 'INSTITUTIONAL' | 'LEGISLATIVE' | 'PLACE' | 'POLICY';

export type RecommendationSort = 'DUE_ASC' | 'ISSUED_DESC' | 'PRIORITY_DESC' | 'REFERENCE';

export type RecommendationSource = 'NPM_THEMATIC_OR_ANNUAL_REPORT' | 'NPM_VISIT_REPORT' | 'OTHER' | 'SPT_REPORT';

export type RecordAuthorityResponseInput = {
  acceptance: Acceptance;
  proposedTimeline?: string | null | undefined;
  recommendationId: string | number;
  respondedOn: string;
  text: string;
};

export type RecordFindingInput = {
  /** Defaults to ORGANISATION. Widening at creation needs the same role as widening later. */
  classification?: Classification | null | undefined;
  description?: string | null | undefined;
  goodPractice?: boolean | null | undefined;
  interviewees?: Array<IntervieweeInput> | null | undefined;
  monitoringArea: MonitoringArea;
  placeId: string | number;
  riskFactors?: Array<string> | null | undefined;
  severity: Severity;
  sources?: Array<FindingSource> | null | undefined;
  title: string;
  visitId: string | number;
  vulnerabilities?: Array<Vulnerability> | null | undefined;
  workingGroupId?: string | number | null | undefined;
};

export type RecordFollowUpInput = {
  happenedOn: string;
  kind: FollowUpKind;
  outcome?: string | null | undefined;
  recommendationId: string | number;
  /** A follow-up visit record to link (must be readable by the person recording; else NOT_FOUND). */
  visitId?: string | number | null | undefined;
};

export type RecordImplementationStatusInput = {
  effectiveOn: string;
  note?: string | null | undefined;
  /** STATE_REPORTED: the addressee authority; MONITOR_ASSESSED: the owner organisation. */
  perspective: StatusPerspective;
  recommendationId: string | number;
  status: ImplementationStatus;
};

export type RecordPlacePopulationInput = {
  countedOn: string;
  placeId: string | number;
  population: number;
};

/** Kinds of shareable record, for the generic sharing mutations. */
export type RecordType = 'FINDING' | 'PLACE' | 'RECOMMENDATION' | 'VISIT' | 'WORKPLAN';

export type RegenerateRecoveryCodesInput = {
  /** A current code from the authenticator app: a stolen session alone cannot replace the codes. */
  code: string;
};

export type RemoveFromWorkingGroupInput = {
  organisationId: string | number;
  workingGroupId: string | number;
};

export type RemoveMemberInput = {
  membershipId: string | number;
};

export type RemovePasskeyInput = {
  id: string | number;
};

/** The language of a report's headings and labels; records keep the language they were written in. */
export type ReportLanguage = 'EN' | 'ES' | 'FR' | 'PT';

/** Why something the viewer reads was left out of a version. */
export type ReportLeftOutReason =
  /** The version's audience may not read the record. */
  | 'AUDIENCE_CANNOT_READ'
  /** A recommendation addressed to another authority. */
  | 'NOT_ADDRESSED_TO_AUDIENCE'
  /** Interviewees' personal data (identity, contact, medical notes, reprisal risk): pseudonyms only. */
  | 'PERSONAL_DATA';

/** The kind of thing a left-out count is about. */
export type ReportRecordType = 'FINDING' | 'INTERVIEWEE' | 'PLACE' | 'RECOMMENDATION' | 'VISIT';

export type ReportReprisalInput = {
  actionTaken?: string | null | undefined;
  description?: string | null | undefined;
  form: ReprisalForm;
  /** Members of the viewer's organisation who may read it; the reporter is always included. */
  namedUserIds?: Array<string | number> | null | undefined;
  occurredOn: string;
  personPseudonym: string;
  relatedVisitId?: string | number | null | undefined;
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

export type ReprisalStatus = 'CLOSED' | 'REPORTED' | 'RESOLVED' | 'UNDER_FOLLOW_UP';

/** What report to write: the filters, a format and the language of its headings. */
export type RequestAnnualReportInput = {
  filter?: AnnualReportFilter | null | undefined;
  format: AnnualReportFormat;
  language: ReportLanguage;
};

/** What to export: a list, a format and the filters on screen. */
export type RequestExportInput = {
  /** The list's filter, as the list page passes it to its query (plus `sort` where the list has one). */
  filter?: unknown;
  /** The format. */
  format: ExportFormat;
  /** The list. */
  list: ExportList;
};

export type RequestToJoinInput = {
  /** The person who will be the organisation's first administrator, invited by e-mail when approved. */
  contactEmail: string;
  contactName: string;
  /** ISO 3166-1 alpha-2; required except for international bodies (SPT, OHCHR, partners). */
  countryCode?: string | null | undefined;
  kind: OrganisationKind;
  locale?: Locale | null | undefined;
  message?: string | null | undefined;
  name: string;
  /** Required for an NPM. */
  npmModel?: NpmModel | null | undefined;
};

export type ResetMemberTwoFactorInput = {
  /** The membership of the person whose authenticator was lost. */
  membershipId: string | number;
};

export type RespondToWorkingGroupInvitationInput = {
  accept: boolean;
  /** The invitation. */
  id: string | number;
};

export type RestoreNarrativeVersionInput = {
  versionId: string | number;
  workplanId: string | number;
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
  name: string;
  workplanId: string | number;
};

/** The kinds of record the search box finds. */
export type SearchKind = 'FINDING' | 'PLACE' | 'RECOMMENDATION' | 'VISIT' | 'WORKPLAN';

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
  organisationId: string | number;
};

export type SetEvidencePersonalDataInput = {
  /** Whether the file names or shows a person. */
  containsPersonalData: boolean;
  /** The evidence file. */
  evidenceId: string | number;
};

export type SetHostInstitutionInput = {
  /** Its host (an NHRI); null removes the link. */
  hostOrganisationId?: string | number | null | undefined;
  /** The NPM. */
  organisationId: string | number;
};

export type SetPreferredLocaleInput = {
  locale: Locale;
};

export type SetTwoFactorRequiredInput = {
  organisationId: string | number;
  /** On: members reach no data before enrolling an authenticator. */
  required: boolean;
};

export type SetWorkingGroupStandingInput = {
  organisationId: string | number;
  role: WorkingGroupRole;
  workingGroupId: string | number;
};

export type Severity = 'CRITICAL' | 'HIGH' | 'LOW' | 'MEDIUM';

export type ShareRecordInput = {
  /** The complete list of organisations the record is shared with (replaces the previous list). */
  organisationIds: Array<string | number>;
  recordId: string | number;
  recordType: RecordType;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type StatusEntryKind = 'ACCEPTANCE' | 'MONITOR_ASSESSED' | 'STATE_REPORTED';

/** Whose view of implementation: tracked twice, side by side. */
export type StatusPerspective = 'MONITOR_ASSESSED' | 'STATE_REPORTED';

/**
 * Field-level merge: send only the fields you changed, and in `base` the values you saw before
 * changing them. A field someone else changed meanwhile is not overwritten: it comes back in
 * `conflicts` for you to resolve; the other fields are applied.
 */
export type UpdateActionInput = {
  base: ActionChanges;
  changes: ActionChanges;
  id: string | number;
};

export type UpdateFindingInput = {
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  goodPractice?: boolean | null | undefined;
  id: string | number;
  /** Replaces all interviewees (visit team only). */
  interviewees?: Array<IntervieweeInput> | null | undefined;
  monitoringArea?: MonitoringArea | null | undefined;
  riskFactors?: Array<string> | null | undefined;
  severity?: Severity | null | undefined;
  sources?: Array<FindingSource> | null | undefined;
  title?: string | null | undefined;
  vulnerabilities?: Array<Vulnerability> | null | undefined;
};

/** Replaces the channels of the events listed (others keep theirs) and, when given, the digest. */
export type UpdateNotificationPreferencesInput = {
  channels: Array<NotificationChannelInput>;
  emailDigest?: EmailDigest | null | undefined;
  /** An IANA time zone this server knows (else the user error INVALID on timeZone). Omitted: unchanged. */
  timeZone?: string | null | undefined;
};

export type UpdateReprisalInput = {
  actionTaken?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  namedUserIds?: Array<string | number> | null | undefined;
  status?: ReprisalStatus | null | undefined;
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
  responseJson: string;
};

export type VerifySecondFactorInput = {
  /** A six-digit code from the authenticator app, or one of the recovery codes. */
  code: string;
};

export type VisitFilter = {
  /** Visits starting on or after this date. */
  from?: string | null | undefined;
  ownerOrganisationId?: string | number | null | undefined;
  placeId?: string | number | null | undefined;
  status?: VisitStatus | null | undefined;
  /** Visits starting on or before this date. */
  to?: string | null | undefined;
};

/** PLANNED → ON_SITE → REPORTING → REPORT_SENT → FOLLOW_UP → CLOSED; one step at a time. */
export type VisitStatus = 'CLOSED' | 'FOLLOW_UP' | 'ON_SITE' | 'PLANNED' | 'REPORTING' | 'REPORT_SENT';

export type VisitTeamMemberInput = {
  expertise: Expertise;
  gender: Gender;
  leader?: boolean | null | undefined;
  /** A member of the owner organisation. */
  userId: string | number;
};

export type VisitType =
  'AD_HOC' | 'FOLLOW_UP' | 'IN_DEPTH' | 'SPT_FOLLOW_UP' | 'SPT_NPM_ADVISORY' | 'SPT_REGULAR' | 'THEMATIC';

export type Vulnerability =
  'CHILDREN' | 'INDIGENOUS_MINORITIES' | 'LGBTI' | 'MIGRANTS' | 'OLDER_PERSONS' | 'PERSONS_WITH_DISABILITIES' | 'WOMEN';

export type WorkingGroupKind =
  /** National torture-prevention working group (NPM, NHRI, CSOs, State authorities, UN office). */
  | 'NATIONAL_WORKING_GROUP'
  /** Governing body of an NPM, with CSO members and a chair. */
  | 'NPM_TECHNICAL_COMMITTEE'
  /** Network of NPMs across countries. */
  | 'REGIONAL_NETWORK';

export type WorkingGroupRole = 'CHAIR' | 'MEMBER' | 'OBSERVER';

export type WorkplanActionFilter = {
  /** Actions due on or before this date. */
  dueBefore?: string | null | undefined;
  jointCommitment?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  responsibleOrganisationId?: string | number | null | undefined;
  status?: Array<ActionStatus> | null | undefined;
  workplanId?: string | number | null | undefined;
};

export type WorkplanEventKind =
  'ACTION_CHANGED' | 'ACTION_REMOVED' | 'COMMENT_ADDED' | 'PRIORITY_CHANGED' | 'VERSION_SAVED' | 'WORKPLAN_UPDATED';

export type AuthorisePublicationButton_AuthoriseMutationVariables = Exact<{
  input: AuthorisePublicationInput;
}>;

export type AuthorisePublicationButton_AuthoriseMutation = {
  authorisePublication: {
    record:
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

type CommentsPanel_Record_Finding_Fragment = {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

type CommentsPanel_Record_Place_Fragment = {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

type CommentsPanel_Record_Recommendation_Fragment = {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

type CommentsPanel_Record_Visit_Fragment = {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

type CommentsPanel_Record_Workplan_Fragment = {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

export type CommentsPanel_RecordFragment =
  | CommentsPanel_Record_Finding_Fragment
  | CommentsPanel_Record_Place_Fragment
  | CommentsPanel_Record_Recommendation_Fragment
  | CommentsPanel_Record_Visit_Fragment
  | CommentsPanel_Record_Workplan_Fragment;

export type CommentsPanel_AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type CommentsPanel_AddCommentMutation = {
  addComment: {
    comment: {
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string };
      authorOrganisation: { id: string; name: string; kind: OrganisationKind };
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type MentionSelect_MembersQueryVariables = Exact<{ [key: string]: never }>;

export type MentionSelect_MembersQuery = {
  me: {
    user: { id: string };
    actingOrganisation: {
      id: string;
      members: Array<{ id: string; user: { id: string; displayName: string } }>;
    } | null;
  } | null;
};

export type ReclassifyControl_ReclassifyMutationVariables = Exact<{
  input: ReclassifyRecordInput;
}>;

export type ReclassifyControl_ReclassifyMutation = {
  reclassifyRecord: {
    record:
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type ShareControl_ShareMutationVariables = Exact<{
  input: ShareRecordInput;
}>;

export type ShareControl_ShareMutation = {
  shareRecord: {
    record:
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | {
          id: string;
          version: number;
          classification: Classification;
          countryCode: string | null;
          updatedAt: string;
          ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
          workingGroup: { id: string; name: string } | null;
          readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
          viewerCan: {
            read: boolean;
            update: boolean;
            share: boolean;
            reclassify: boolean;
            reclassifyTo: Array<Classification>;
            comment: boolean;
            export: boolean;
            authorisePublication: boolean;
          };
          publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
        }
      | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

type WhoCanSeePanel_Record_Finding_Fragment = {
  version: number;
  id: string;
  classification: Classification;
  countryCode: string | null;
  updatedAt: string;
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    read: boolean;
    update: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
};

type WhoCanSeePanel_Record_Place_Fragment = {
  id: string;
  classification: Classification;
  countryCode: string | null;
  updatedAt: string;
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    read: boolean;
    update: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
};

type WhoCanSeePanel_Record_Recommendation_Fragment = {
  version: number;
  id: string;
  classification: Classification;
  countryCode: string | null;
  updatedAt: string;
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    read: boolean;
    update: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
};

type WhoCanSeePanel_Record_Visit_Fragment = {
  version: number;
  id: string;
  classification: Classification;
  countryCode: string | null;
  updatedAt: string;
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    read: boolean;
    update: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
};

type WhoCanSeePanel_Record_Workplan_Fragment = {
  version: number;
  id: string;
  classification: Classification;
  countryCode: string | null;
  updatedAt: string;
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    read: boolean;
    update: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
};

export type WhoCanSeePanel_RecordFragment =
  | WhoCanSeePanel_Record_Finding_Fragment
  | WhoCanSeePanel_Record_Place_Fragment
  | WhoCanSeePanel_Record_Recommendation_Fragment
  | WhoCanSeePanel_Record_Visit_Fragment
  | WhoCanSeePanel_Record_Workplan_Fragment;

export type KnownOrganisations_WorkingGroupsQueryVariables = Exact<{ [key: string]: never }>;

export type KnownOrganisations_WorkingGroupsQuery = {
  workingGroups: Array<{
    id: string;
    name: string;
    kind: WorkingGroupKind;
    members: Array<{
      id: string;
      organisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    }>;
  }>;
};

export type AnnualReportDownloads_RequestMutationVariables = Exact<{
  input: RequestAnnualReportInput;
}>;

export type AnnualReportDownloads_RequestMutation = {
  requestAnnualReport: {
    downloadUrl: string | null;
    job: {
      id: string;
      status: ExportJobStatus;
      recordsRead: number;
      totalRecords: number | null;
      recordCount: number | null;
      downloadUrl: string | null;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type AnnualReportDownloads_JobQueryVariables = Exact<{
  id: string | number;
}>;

export type AnnualReportDownloads_JobQuery = {
  annualReportJob: {
    id: string;
    status: ExportJobStatus;
    recordsRead: number;
    totalRecords: number | null;
    recordCount: number | null;
    downloadUrl: string | null;
  };
};

export type AnnualReportPage_PreviewQueryVariables = Exact<{
  filter?: AnnualReportFilter | null | undefined;
}>;

export type AnnualReportPage_PreviewQuery = {
  annualReportPreview: {
    total: number;
    overdue: number;
    discrepancies: number;
    dialogueEntries: number;
    runsAsJob: boolean;
    acceptance: Array<{ acceptance: Acceptance; count: number }>;
    implementation: Array<{ status: ImplementationStatus | null; state: number; monitor: number }>;
    byAuthority: Array<{
      authority: string;
      total: number;
      accepted: number;
      stateImplemented: number;
      monitorImplemented: number;
      overdue: number;
    }>;
  };
};

export type AuditChainBanner_StatusQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type AuditChainBanner_StatusQuery = {
  auditChainStatus: { ok: boolean; entries: number; firstBrokenSeq: string | null; reason: string | null };
};

export type AuditLogPage_LogQueryVariables = Exact<{
  organisationId: string | number;
  action?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogPage_LogQuery = {
  auditLog: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      seq: string;
      at: string;
      action: string;
      subjectType: string | null;
      subjectId: string | null;
      details: unknown;
      actor: { id: string; displayName: string } | null;
    }>;
  };
};

export type SignInPage_MeQueryVariables = Exact<{ [key: string]: never }>;

export type SignInPage_MeQuery = {
  me: { user: { id: string } } | null;
  twoFactorStatus: { stage: SessionStage } | null;
};

export type SignInPage_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInPage_SignInMutation = {
  signIn: {
    nextStep: SessionStage | null;
    me: { user: { id: string; displayName: string; preferredLocale: Locale } } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type ActionSection_DashboardFragment = {
  actions: {
    total: number;
    overdue: number;
    byStatus: Array<{ status: ActionStatus; count: number }>;
    jointCommitments: Array<{
      organisationId: string;
      organisationName: string;
      total: number;
      done: number;
      inProgress: number;
      overdue: number;
    }>;
  };
  overdueActions: Array<{
    id: string;
    workplanId: string;
    title: string;
    dueDate: string | null;
    status: ActionStatus;
    responsibleOrganisationName: string;
  }>;
};

export type DashboardPage_ChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardPage_ChoicesQuery = {
  workingGroups: Array<{ id: string; name: string; countryCode: string | null }>;
};

export type DashboardPage_DashboardQueryVariables = Exact<{
  scope: DashboardScopeInput;
}>;

export type DashboardPage_DashboardQuery = {
  dashboard: {
    kind: DashboardScopeKind;
    id: string;
    name: string;
    recommendations: {
      overall: {
        total: number;
        pending: number;
        overdueResponses: number;
        discrepancies: number;
        repeated: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
      byAuthority: Array<{
        key: string;
        label: string;
        counts: {
          total: number;
          pending: number;
          stateReported: number;
          stateImplemented: number;
          monitorAssessed: number;
          monitorImplemented: number;
          discrepancies: number;
          overdueResponses: number;
          acceptanceRate: number | null;
          stateImplementationRate: number | null;
          monitorImplementationRate: number | null;
        };
      }>;
      byTheme: Array<{
        key: string;
        label: string;
        counts: {
          total: number;
          pending: number;
          stateReported: number;
          stateImplemented: number;
          monitorAssessed: number;
          monitorImplemented: number;
          discrepancies: number;
          overdueResponses: number;
          acceptanceRate: number | null;
          stateImplementationRate: number | null;
          monitorImplementationRate: number | null;
        };
      }>;
      byPlaceType: Array<{
        key: string;
        label: string;
        counts: {
          total: number;
          pending: number;
          stateReported: number;
          stateImplemented: number;
          monitorAssessed: number;
          monitorImplemented: number;
          discrepancies: number;
          overdueResponses: number;
          acceptanceRate: number | null;
          stateImplementationRate: number | null;
          monitorImplementationRate: number | null;
        };
      }>;
      byPriority: Array<{
        key: string;
        label: string;
        counts: {
          total: number;
          pending: number;
          stateReported: number;
          stateImplemented: number;
          monitorAssessed: number;
          monitorImplemented: number;
          discrepancies: number;
          overdueResponses: number;
          acceptanceRate: number | null;
          stateImplementationRate: number | null;
          monitorImplementationRate: number | null;
        };
      }>;
      byYear: Array<{
        key: string;
        label: string;
        counts: {
          total: number;
          pending: number;
          stateReported: number;
          stateImplemented: number;
          monitorAssessed: number;
          monitorImplemented: number;
          discrepancies: number;
          overdueResponses: number;
          acceptanceRate: number | null;
          stateImplementationRate: number | null;
          monitorImplementationRate: number | null;
        };
      }>;
    };
    findings: {
      total: number;
      byAreaAndYear: Array<{ row: string; column: string; count: number }>;
      byVulnerabilityAndYear: Array<{ row: string; column: string; count: number }>;
      riskFactorsByPlaceType: Array<{ row: string; column: string; count: number }>;
    };
    actions: {
      total: number;
      overdue: number;
      byStatus: Array<{ status: ActionStatus; count: number }>;
      jointCommitments: Array<{
        organisationId: string;
        organisationName: string;
        total: number;
        done: number;
        inProgress: number;
        overdue: number;
      }>;
    };
    discrepancies: Array<{
      id: string;
      reference: string;
      title: string;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
    }>;
    repeatedRecommendations: Array<{ id: string; reference: string; title: string; issuedOn: string }>;
    overdueActions: Array<{
      id: string;
      workplanId: string;
      title: string;
      dueDate: string | null;
      status: ActionStatus;
      responsibleOrganisationName: string;
    }>;
  };
};

export type FindingSection_DashboardFragment = {
  findings: {
    total: number;
    byAreaAndYear: Array<{ row: string; column: string; count: number }>;
    byVulnerabilityAndYear: Array<{ row: string; column: string; count: number }>;
    riskFactorsByPlaceType: Array<{ row: string; column: string; count: number }>;
  };
};

export type RecommendationSection_CountsFragment = {
  total: number;
  pending: number;
  stateReported: number;
  stateImplemented: number;
  monitorAssessed: number;
  monitorImplemented: number;
  discrepancies: number;
  overdueResponses: number;
  acceptanceRate: number | null;
  stateImplementationRate: number | null;
  monitorImplementationRate: number | null;
};

export type RecommendationSection_DashboardFragment = {
  recommendations: {
    byAuthority: Array<{
      key: string;
      label: string;
      counts: {
        total: number;
        pending: number;
        stateReported: number;
        stateImplemented: number;
        monitorAssessed: number;
        monitorImplemented: number;
        discrepancies: number;
        overdueResponses: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
    }>;
    byTheme: Array<{
      key: string;
      label: string;
      counts: {
        total: number;
        pending: number;
        stateReported: number;
        stateImplemented: number;
        monitorAssessed: number;
        monitorImplemented: number;
        discrepancies: number;
        overdueResponses: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
    }>;
    byPlaceType: Array<{
      key: string;
      label: string;
      counts: {
        total: number;
        pending: number;
        stateReported: number;
        stateImplemented: number;
        monitorAssessed: number;
        monitorImplemented: number;
        discrepancies: number;
        overdueResponses: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
    }>;
    byPriority: Array<{
      key: string;
      label: string;
      counts: {
        total: number;
        pending: number;
        stateReported: number;
        stateImplemented: number;
        monitorAssessed: number;
        monitorImplemented: number;
        discrepancies: number;
        overdueResponses: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
    }>;
    byYear: Array<{
      key: string;
      label: string;
      counts: {
        total: number;
        pending: number;
        stateReported: number;
        stateImplemented: number;
        monitorAssessed: number;
        monitorImplemented: number;
        discrepancies: number;
        overdueResponses: number;
        acceptanceRate: number | null;
        stateImplementationRate: number | null;
        monitorImplementationRate: number | null;
      };
    }>;
  };
  discrepancies: Array<{
    id: string;
    reference: string;
    title: string;
    stateStatus: ImplementationStatus | null;
    monitorStatus: ImplementationStatus | null;
  }>;
  repeatedRecommendations: Array<{ id: string; reference: string; title: string; issuedOn: string }>;
};

export type SummaryStrip_DashboardFragment = {
  recommendations: {
    overall: {
      total: number;
      pending: number;
      overdueResponses: number;
      discrepancies: number;
      repeated: number;
      acceptanceRate: number | null;
      stateImplementationRate: number | null;
      monitorImplementationRate: number | null;
    };
  };
  findings: { total: number };
  actions: { total: number; overdue: number };
};

export type FindingsLibraryPage_FindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type FindingsLibraryPage_FindingsQuery = {
  findings: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      title: string;
      severity: Severity;
      monitoringArea: MonitoringArea;
      goodPractice: boolean;
      classification: Classification;
      place: { id: string; name: string } | null;
    }>;
  };
};

export type FindingsLibraryPage_FacetsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
}>;

export type FindingsLibraryPage_FacetsQuery = {
  findingFacets: {
    total: number;
    sampled: boolean;
    sampleSize: number;
    monitoringArea: Array<{ value: string; count: number }>;
    riskFactor: Array<{ value: string; count: number }>;
    vulnerability: Array<{ value: string; count: number }>;
    placeType: Array<{ value: string; count: number }>;
    country: Array<{ value: string; count: number }>;
    goodPractice: Array<{ value: string; count: number }>;
    classification: Array<{ value: string; count: number }>;
    visitYear: Array<{ value: string; count: number }>;
  };
};

export type FollowUpVisit_VisitsQueryVariables = Exact<{ [key: string]: never }>;

export type FollowUpVisit_VisitsQuery = {
  visits: { nodes: Array<{ id: string; startDate: string; places: Array<{ id: string; name: string }> }> };
};

export type IssueFromFinding_FindingQueryVariables = Exact<{
  id: string | number;
}>;

export type IssueFromFinding_FindingQuery = {
  finding: {
    id: string;
    title: string;
    monitoringArea: MonitoringArea;
    place: { id: string; name: string; region: string | null } | null;
  };
};

export type IssuedRecommendations_VisitFragment = {
  id: string;
  recommendations: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{ id: string; reference: string; title: string; issuedOn: string }>;
  };
};

export type SearchPage_SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchKind> | SearchKind | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchPage_SearchQuery = {
  search: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      kind: SearchKind;
      title: string;
      headline: Array<{ text: string; match: boolean }>;
      record:
        | { __typename: 'Finding'; id: string; riskFactors: Array<string>; vulnerabilities: Array<Vulnerability> }
        | { __typename: 'Place' }
        | { __typename: 'Recommendation' }
        | { __typename: 'Visit' }
        | { __typename: 'Workplan' };
    }>;
  };
};

export type ExportMenu_RequestMutationVariables = Exact<{
  input: RequestExportInput;
}>;

export type ExportMenu_RequestMutation = {
  requestExport: {
    downloadUrl: string | null;
    job: {
      id: string;
      status: ExportJobStatus;
      rowsWritten: number;
      totalRows: number | null;
      rowCount: number | null;
      downloadUrl: string | null;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type ExportMenu_JobQueryVariables = Exact<{
  id: string | number;
}>;

export type ExportMenu_JobQuery = {
  exportJob: {
    id: string;
    status: ExportJobStatus;
    rowsWritten: number;
    totalRows: number | null;
    rowCount: number | null;
    downloadUrl: string | null;
  };
};

export type ImportPage_PreviewMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;

export type ImportPage_PreviewMutation = {
  previewImport: {
    columns: Array<string>;
    fields: Array<string>;
    rowCount: number;
    createdCount: number;
    committed: boolean;
    mapping: Array<{ field: string; column: string | null }>;
    preview: Array<{ row: number; values: Array<string | null> }>;
    rowErrors: Array<{
      row: number;
      field: string | null;
      column: string | null;
      code: UserErrorCode;
      message: string;
    }>;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type ImportPage_CommitMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;

export type ImportPage_CommitMutation = {
  commitImport: {
    columns: Array<string>;
    fields: Array<string>;
    rowCount: number;
    createdCount: number;
    committed: boolean;
    mapping: Array<{ field: string; column: string | null }>;
    preview: Array<{ row: number; values: Array<string | null> }>;
    rowErrors: Array<{
      row: number;
      field: string | null;
      column: string | null;
      code: UserErrorCode;
      message: string;
    }>;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type EvidencePersonalDataToggle_SetMutationVariables = Exact<{
  input: SetEvidencePersonalDataInput;
}>;

export type EvidencePersonalDataToggle_SetMutation = {
  setEvidencePersonalData: {
    evidence: { id: string; containsPersonalData: boolean } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type EvidenceSection_FindingFragment = {
  id: string;
  withheldEvidenceCount: number;
  viewerCan: { update: boolean };
  evidence: Array<{
    id: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: string;
    containsPersonalData: boolean;
    downloadUrl: string;
    viewerCan: { download: boolean; setPersonalData: boolean };
  }>;
};

export type FindingEditor_UpdateMutationVariables = Exact<{
  input: UpdateFindingInput;
}>;

export type FindingEditor_UpdateMutation = {
  updateFinding: {
    finding: {
      id: string;
      title: string;
      monitoringArea: MonitoringArea;
      riskFactors: Array<string>;
      vulnerabilities: Array<Vulnerability>;
      description: string;
      sources: Array<FindingSource>;
      severity: Severity;
      goodPractice: boolean;
      version: number;
      classification: Classification;
      updatedAt: string;
      viewerCanReadPersonalData: boolean;
      place: { id: string; name: string } | null;
      interviewees: Array<{
        id: string;
        pseudonym: string;
        identity: string | null;
        contact: string | null;
        medicalNotes: string | null;
        atRisk: boolean | null;
        welfareCheckDueOn: string | null;
      }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type FindingPage_DetailsFragment = {
  id: string;
  title: string;
  monitoringArea: MonitoringArea;
  riskFactors: Array<string>;
  vulnerabilities: Array<Vulnerability>;
  description: string;
  sources: Array<FindingSource>;
  severity: Severity;
  goodPractice: boolean;
  version: number;
  classification: Classification;
  updatedAt: string;
  viewerCanReadPersonalData: boolean;
  place: { id: string; name: string } | null;
  interviewees: Array<{
    id: string;
    pseudonym: string;
    identity: string | null;
    contact: string | null;
    medicalNotes: string | null;
    atRisk: boolean | null;
    welfareCheckDueOn: string | null;
  }>;
};

export type FindingPage_FindingQueryVariables = Exact<{
  id: string | number;
}>;

export type FindingPage_FindingQuery = {
  finding: {
    id: string;
    title: string;
    monitoringArea: MonitoringArea;
    riskFactors: Array<string>;
    vulnerabilities: Array<Vulnerability>;
    description: string;
    sources: Array<FindingSource>;
    severity: Severity;
    goodPractice: boolean;
    version: number;
    classification: Classification;
    updatedAt: string;
    viewerCanReadPersonalData: boolean;
    withheldEvidenceCount: number;
    countryCode: string | null;
    visit: {
      id: string;
      startDate: string;
      endDate: string | null;
      places: Array<{ id: string; name: string }>;
    } | null;
    narrative: { documentName: string; viewerCanEdit: boolean };
    place: { id: string; name: string } | null;
    interviewees: Array<{
      id: string;
      pseudonym: string;
      identity: string | null;
      contact: string | null;
      medicalNotes: string | null;
      atRisk: boolean | null;
      welfareCheckDueOn: string | null;
    }>;
    viewerCan: {
      update: boolean;
      read: boolean;
      share: boolean;
      reclassify: boolean;
      reclassifyTo: Array<Classification>;
      comment: boolean;
      export: boolean;
      authorisePublication: boolean;
      readComments: boolean;
    };
    evidence: Array<{
      id: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      sha256: string;
      uploadedAt: string;
      containsPersonalData: boolean;
      downloadUrl: string;
      viewerCan: { download: boolean; setPersonalData: boolean };
    }>;
    ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    workingGroup: { id: string; name: string } | null;
    readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string };
      authorOrganisation: { id: string; name: string; kind: OrganisationKind };
    }>;
    practiceNetworks: Array<{ id: string; name: string }>;
  };
};

export type FindingsList_FindingFragment = {
  id: string;
  title: string;
  severity: Severity;
  monitoringArea: MonitoringArea;
  goodPractice: boolean;
  classification: Classification;
  place: { id: string; name: string } | null;
};

export type NewFindingPage_VisitQueryVariables = Exact<{
  id: string | number;
}>;

export type NewFindingPage_VisitQuery = {
  visit: {
    id: string;
    startDate: string;
    workingGroup: { id: string } | null;
    places: Array<{ id: string; name: string }>;
    team: Array<{ id: string; user: { id: string } }>;
  };
};

export type NewFindingPage_RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;

export type NewFindingPage_RecordFindingMutation = {
  recordFinding: {
    finding: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type HomePage_OverviewQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type HomePage_OverviewQuery = {
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    countryCode: string | null;
    npmModel: NpmModel | null;
    viewerCan: { manageMembers: boolean; readMembers: boolean };
    members: Array<{ id: string }>;
  };
  workingGroups: Array<{
    id: string;
    name: string;
    kind: WorkingGroupKind;
    countryCode: string | null;
    region: string | null;
    members: Array<{ id: string; role: WorkingGroupRole; organisation: { id: string } }>;
  }>;
};

export type WhatNeedsMe_QueryQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type WhatNeedsMe_QueryQuery = {
  responsesDue: {
    totalCount: number;
    totalCountCapped: boolean;
    nodes: Array<{ id: string; reference: string; title: string; responseDueOn: string; responseOverdue: boolean }>;
  };
  overdueActions: { nodes: Array<{ id: string; workplanId: string; title: string; dueDate: string | null }> };
  whatNeedsMe: {
    lastVisitAt: string | null;
    awaitingAssessment: Array<{ id: string; reference: string; title: string }>;
    sharedSinceLastVisit: Array<{
      recordType: RecordType;
      id: string;
      title: string;
      ownerOrganisationName: string;
      updatedAt: string;
    }>;
  };
};

export type WhatNeedsMe_MarkVisitedMutationVariables = Exact<{ [key: string]: never }>;

export type WhatNeedsMe_MarkVisitedMutation = { markHomeVisited: string };

export type WorkingGroupCard_WorkingGroupFragment = {
  id: string;
  name: string;
  kind: WorkingGroupKind;
  countryCode: string | null;
  region: string | null;
  members: Array<{ id: string; role: WorkingGroupRole; organisation: { id: string } }>;
};

export type LiveRecords_ChangedSubscriptionVariables = Exact<{
  recordTypes?: Array<RecordType> | RecordType | null | undefined;
}>;

export type LiveRecords_ChangedSubscription = {
  readableRecordsChanged: { recordType: RecordType; recordId: string; readable: boolean };
};

export type InvitationPage_AcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type InvitationPage_AcceptMutation = {
  acceptInvitation: {
    nextStep: SessionStage | null;
    me: { user: { id: string; displayName: string; preferredLocale: Locale } } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type OutboxPage_OutboxQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type OutboxPage_OutboxQuery = {
  organisation: { id: string; name: string };
  outbox: Array<{
    id: string;
    to: string;
    subject: string;
    text: string | null;
    status: MailStatus;
    createdAt: string;
  }>;
};

export type AddMemberForm_AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;

export type AddMemberForm_AddMemberMutation = {
  addMember: {
    invitationSent: boolean;
    membership: {
      id: string;
      role: Role;
      createdAt: string;
      user: { id: string; displayName: string; email: string };
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type MembersPage_OrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type MembersPage_OrganisationQuery = {
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    viewerCanConfigureSso: boolean;
    twoFactorRequired: boolean;
    viewerCanManageTwoFactor: boolean;
    viewerCan: { manageMembers: boolean; readMembers: boolean; readOutbox: boolean };
    members: Array<{
      id: string;
      twoFactorEnabled: boolean | null;
      role: Role;
      createdAt: string;
      user: { id: string; displayName: string; email: string };
    }>;
  };
};

export type MembersTable_MembershipFragment = {
  id: string;
  role: Role;
  createdAt: string;
  user: { id: string; displayName: string; email: string };
};

export type MembersTable_ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type MembersTable_ChangeMemberRoleMutation = {
  changeMemberRole: {
    membership: { id: string; role: Role } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type MembersTable_RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;

export type MembersTable_RemoveMemberMutation = {
  removeMember: {
    removedMembershipId: string | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type NotificationBell_CountQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationBell_CountQuery = { unreadNotificationCount: number };

export type NotificationBell_ReceivedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationBell_ReceivedSubscription = {
  notificationReceived: { notificationId: string; event: NotificationEvent };
};

export type NotificationPreferencesPage_GetQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesPage_GetQuery = {
  notificationPreferences: {
    emailDigest: EmailDigest;
    timeZone: string | null;
    defaultTimeZone: string | null;
    channels: Array<{ event: NotificationEvent; inApp: boolean; email: boolean }>;
  };
};

export type NotificationPreferencesPage_UpdateMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;

export type NotificationPreferencesPage_UpdateMutation = {
  updateNotificationPreferences: {
    preferences: {
      emailDigest: EmailDigest;
      timeZone: string | null;
      defaultTimeZone: string | null;
      channels: Array<{ event: NotificationEvent; inApp: boolean; email: boolean }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type NotificationsPage_ItemFragment = {
  id: string;
  event: NotificationEvent;
  createdAt: string;
  readAt: string | null;
  available: boolean;
  subjectType: NotificationSubjectType | null;
  subjectId: string | null;
  workplanId: string | null;
  subjectTitle: string | null;
  organisationName: string | null;
};

export type NotificationsPage_ListQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type NotificationsPage_ListQuery = {
  unreadNotificationCount: number;
  notifications: {
    nodes: Array<{
      id: string;
      event: NotificationEvent;
      createdAt: string;
      readAt: string | null;
      available: boolean;
      subjectType: NotificationSubjectType | null;
      subjectId: string | null;
      workplanId: string | null;
      subjectTitle: string | null;
      organisationName: string | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type NotificationsPage_MarkReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type NotificationsPage_MarkReadMutation = { markNotificationsRead: { marked: number; unreadCount: number } };

export type NotificationsPage_MarkAllReadMutationVariables = Exact<{ [key: string]: never }>;

export type NotificationsPage_MarkAllReadMutation = {
  markAllNotificationsRead: { marked: number; unreadCount: number };
};

export type DisableTwoFactorCard_DisableMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;

export type DisableTwoFactorCard_DisableMutation = {
  disableTwoFactor: {
    status: { enabled: boolean } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type GroupInvitationsPanel_InvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type GroupInvitationsPanel_InvitationsQuery = {
  me: {
    workingGroupInvitations: Array<{
      id: string;
      workingGroupName: string;
      workingGroupKind: WorkingGroupKind;
      role: WorkingGroupRole;
      organisation: { id: string; name: string };
    }>;
  } | null;
};

export type GroupInvitationsPanel_RespondMutationVariables = Exact<{
  input: RespondToWorkingGroupInvitationInput;
}>;

export type GroupInvitationsPanel_RespondMutation = {
  respondToWorkingGroupInvitation: {
    member: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type JoinRequestPage_RequestMutationVariables = Exact<{
  input: RequestToJoinInput;
}>;

export type JoinRequestPage_RequestMutation = {
  requestToJoin: {
    received: boolean;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type JoinRequestsPage_QueueQueryVariables = Exact<{ [key: string]: never }>;

export type JoinRequestsPage_QueueQuery = {
  joinRequests: Array<{
    id: string;
    name: string;
    kind: OrganisationKind;
    countryCode: string | null;
    npmModel: NpmModel | null;
    contactName: string;
    contactEmail: string;
    message: string | null;
    createdAt: string;
  }>;
};

export type JoinRequestsPage_DecideMutationVariables = Exact<{
  input: DecideJoinRequestInput;
}>;

export type JoinRequestsPage_DecideMutation = {
  decideJoinRequest: {
    joinRequest: { id: string; status: JoinRequestStatus; organisation: { id: string; name: string } | null } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type NewWorkingGroupPage_CreateMutationVariables = Exact<{
  input: CreateWorkingGroupInput;
}>;

export type NewWorkingGroupPage_CreateMutation = {
  createWorkingGroup: {
    workingGroup: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type OrganisationPage_OrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganisationPage_OrganisationQuery = {
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    countryCode: string | null;
    npmModel: NpmModel | null;
    hostInstitution: { id: string; name: string } | null;
  };
};

export type PlatformOutbox_MailQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformOutbox_MailQuery = {
  platformOutbox: Array<{
    id: string;
    to: string;
    subject: string;
    text: string | null;
    status: MailStatus;
    createdAt: string;
  }>;
};

export type PlatformPage_OrganisationsQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformPage_OrganisationsQuery = {
  platformOrganisations: Array<{
    id: string;
    name: string;
    kind: OrganisationKind;
    countryCode: string | null;
    hostInstitution: { id: string; name: string } | null;
  }>;
};

export type PlatformPage_CreateMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;

export type PlatformPage_CreateMutation = {
  createOrganisation: {
    invitationSent: boolean;
    organisation: { id: string; name: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type PlatformPage_SetHostMutationVariables = Exact<{
  input: SetHostInstitutionInput;
}>;

export type PlatformPage_SetHostMutation = {
  setHostInstitution: {
    organisation: { id: string; hostInstitution: { id: string; name: string } | null } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type WorkingGroupMembersPage_GroupQueryVariables = Exact<{
  id: string | number;
}>;

export type WorkingGroupMembersPage_GroupQuery = {
  workingGroup: {
    id: string;
    name: string;
    viewerCan: { manageMembers: boolean };
    members: Array<{
      id: string;
      role: WorkingGroupRole;
      viewerCanRemove: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
    }>;
    invitations: Array<{ id: string; role: WorkingGroupRole; organisation: { id: string; name: string } }>;
  };
};

export type WorkingGroupMembersPage_DirectoryQueryVariables = Exact<{
  search: string;
}>;

export type WorkingGroupMembersPage_DirectoryQuery = {
  organisationDirectory: Array<{ id: string; name: string; kind: OrganisationKind }>;
};

export type WorkingGroupMembersPage_InviteMutationVariables = Exact<{
  input: InviteToWorkingGroupInput;
}>;

export type WorkingGroupMembersPage_InviteMutation = {
  inviteToWorkingGroup: {
    invitation: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type WorkingGroupMembersPage_StandingMutationVariables = Exact<{
  input: SetWorkingGroupStandingInput;
}>;

export type WorkingGroupMembersPage_StandingMutation = {
  setWorkingGroupStanding: {
    member: { id: string; role: WorkingGroupRole } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type WorkingGroupMembersPage_RemoveMutationVariables = Exact<{
  input: RemoveFromWorkingGroupInput;
}>;

export type WorkingGroupMembersPage_RemoveMutation = {
  removeFromWorkingGroup: {
    removedOrganisationId: string | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type PlacePage_PlaceQueryVariables = Exact<{
  id: string | number;
}>;

export type PlacePage_PlaceQuery = {
  place: {
    id: string;
    name: string;
    type: PlaceType;
    status: PlaceStatus;
    countryCode: string | null;
    region: string | null;
    address: string | null;
    capacity: number | null;
    occupancyRate: number | null;
    classification: Classification;
    updatedAt: string;
    responsibleAuthority: { id: string; name: string; kind: OrganisationKind };
    currentPopulation: { id: string; countedOn: string; population: number } | null;
    viewerCan: {
      update: boolean;
      read: boolean;
      share: boolean;
      reclassify: boolean;
      reclassifyTo: Array<Classification>;
      comment: boolean;
      export: boolean;
      authorisePublication: boolean;
      readComments: boolean;
    };
    populationHistory: Array<{ id: string; countedOn: string; population: number }>;
    ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    workingGroup: { id: string; name: string } | null;
    readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string };
      authorOrganisation: { id: string; name: string; kind: OrganisationKind };
    }>;
  };
  visits: {
    totalCount: number;
    nodes: Array<{
      id: string;
      type: VisitType;
      announced: boolean;
      startDate: string;
      endDate: string | null;
      status: VisitStatus;
      classification: Classification;
      ownerOrganisation: { id: string; name: string };
      places: Array<{ id: string; name: string }>;
    }>;
  };
};

export type PlacesPage_PlacesQueryVariables = Exact<{
  filter?: PlaceFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PlacesPage_PlacesQuery = {
  places: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      name: string;
      type: PlaceType;
      status: PlaceStatus;
      region: string | null;
      countryCode: string | null;
      capacity: number | null;
      classification: Classification;
      occupancyRate: number | null;
      responsibleAuthority: { id: string; name: string };
      currentPopulation: { id: string; countedOn: string; population: number } | null;
      lastVisit: { id: string; startDate: string } | null;
    }>;
  };
};

export type PlacesTable_PlaceFragment = {
  id: string;
  name: string;
  type: PlaceType;
  status: PlaceStatus;
  region: string | null;
  countryCode: string | null;
  capacity: number | null;
  classification: Classification;
  occupancyRate: number | null;
  responsibleAuthority: { id: string; name: string };
  currentPopulation: { id: string; countedOn: string; population: number } | null;
  lastVisit: { id: string; startDate: string } | null;
};

export type PopulationSection_PlaceFragment = {
  id: string;
  capacity: number | null;
  occupancyRate: number | null;
  viewerCan: { update: boolean };
  currentPopulation: { id: string; countedOn: string; population: number } | null;
  populationHistory: Array<{ id: string; countedOn: string; population: number }>;
};

export type PopulationSection_RecordMutationVariables = Exact<{
  input: RecordPlacePopulationInput;
}>;

export type PopulationSection_RecordMutation = {
  recordPlacePopulation: {
    place: {
      id: string;
      capacity: number | null;
      occupancyRate: number | null;
      name: string;
      type: PlaceType;
      status: PlaceStatus;
      region: string | null;
      countryCode: string | null;
      classification: Classification;
      viewerCan: { update: boolean };
      currentPopulation: { id: string; countedOn: string; population: number } | null;
      populationHistory: Array<{ id: string; countedOn: string; population: number }>;
      responsibleAuthority: { id: string; name: string };
      lastVisit: { id: string; startDate: string } | null;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type RegisterPlaceModal_CreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
}>;

export type RegisterPlaceModal_CreatePlaceMutation = {
  createPlace: {
    place: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type NetworkPracticesPage_OptionsQueryVariables = Exact<{ [key: string]: never }>;

export type NetworkPracticesPage_OptionsQuery = {
  networkPractices: Array<{ id: string; countryCode: string | null; network: { id: string; name: string } }>;
};

export type NetworkPracticesPage_PracticesQueryVariables = Exact<{
  filter?: NetworkPracticeFilter | null | undefined;
}>;

export type NetworkPracticesPage_PracticesQuery = {
  networkPractices: Array<{
    id: string;
    title: string;
    summary: string;
    theme: MonitoringArea;
    countryCode: string | null;
    publishedAt: string;
    publishedBy: { id: string; name: string };
    network: { id: string; name: string };
  }>;
};

export type PracticeNoteForm_NetworksQueryVariables = Exact<{ [key: string]: never }>;

export type PracticeNoteForm_NetworksQuery = {
  me: { workingGroups: Array<{ id: string; name: string; kind: WorkingGroupKind }> } | null;
};

export type PracticeNoteForm_PublishMutationVariables = Exact<{
  input: PublishPracticeToNetworkInput;
}>;

export type PracticeNoteForm_PublishMutation = {
  publishPracticeToNetwork: {
    practice: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type PublishPracticeButton_FindingFragment = {
  id: string;
  practiceNetworks: Array<{ id: string; name: string }>;
};

export type PublishPracticeButton_PublishMutationVariables = Exact<{
  input: PublishPracticeToNetworkInput;
}>;

export type PublishPracticeButton_PublishMutation = {
  publishPracticeToNetwork: {
    practice: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type AddresseeSelect_PlaceAuthoritiesQueryVariables = Exact<{ [key: string]: never }>;

export type AddresseeSelect_PlaceAuthoritiesQuery = {
  places: {
    nodes: Array<{
      id: string;
      responsibleAuthority: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    }>;
  };
};

export type AdoptDraftButton_AdoptMutationVariables = Exact<{
  input: AdoptRecommendationDraftInput;
}>;

export type AdoptDraftButton_AdoptMutation = {
  adoptRecommendationDraft: {
    recommendation: {
      id: string;
      version: number;
      text: string;
      viewerCanRespond: boolean;
      viewerCanAssess: boolean;
      reference: string;
      title: string;
      theme: string;
      source: RecommendationSource;
      level: RecommendationLevel;
      priority: Priority;
      classification: Classification;
      issuedOn: string;
      targetDate: string | null;
      responseDueOn: string;
      responseOverdue: boolean;
      acceptance: Acceptance;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
      countryCode: string | null;
      updatedAt: string;
      draftText: { documentName: string; viewerCanEdit: boolean } | null;
      addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
      places: Array<{ id: string; name: string; type: PlaceType }>;
      repeats: { id: string; reference: string; title: string } | null;
      history: Array<{
        id: string;
        kind: StatusEntryKind;
        value: string;
        effectiveOn: string;
        note: string;
        recordedAt: string;
        recordedBy: { id: string; displayName: string };
      }>;
      responses: Array<{
        id: string;
        respondedOn: string;
        text: string;
        acceptance: Acceptance;
        proposedTimeline: string;
        authorOrganisation: { id: string; name: string };
        recordedBy: { id: string; displayName: string };
      }>;
      followUps: Array<{
        id: string;
        kind: FollowUpKind;
        happenedOn: string;
        outcome: string;
        visit: { id: string; startDate: string } | null;
        recordedBy: { id: string; displayName: string };
      }>;
      workingGroup: { id: string; name: string } | null;
      readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      viewerCan: {
        update: boolean;
        read: boolean;
        share: boolean;
        reclassify: boolean;
        reclassifyTo: Array<Classification>;
        comment: boolean;
        export: boolean;
        authorisePublication: boolean;
        readComments: boolean;
      };
      publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
      comments: Array<{
        id: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
        authorOrganisation: { id: string; name: string; kind: OrganisationKind };
      }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type IssueRecommendationPage_IssueMutationVariables = Exact<{
  input: IssueRecommendationInput;
}>;

export type IssueRecommendationPage_IssueMutation = {
  issueRecommendation: {
    recommendation: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type LinkPickers_FindingsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type LinkPickers_FindingsQuery = {
  findings: { nodes: Array<{ id: string; title: string; place: { id: string; name: string } | null }> };
};

export type LinkPickers_PlacesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type LinkPickers_PlacesQuery = { places: { nodes: Array<{ id: string; name: string; region: string | null }> } };

export type LinkPickers_RecommendationsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type LinkPickers_RecommendationsQuery = {
  recommendations: { nodes: Array<{ id: string; reference: string; title: string }> };
};

export type LinkedRecords_RecommendationFragment = {
  id: string;
  findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
  places: Array<{ id: string; name: string; type: PlaceType }>;
  repeats: { id: string; reference: string; title: string } | null;
};

export type RecommendationHeader_RecommendationFragment = {
  id: string;
  reference: string;
  title: string;
  theme: string;
  source: RecommendationSource;
  level: RecommendationLevel;
  priority: Priority;
  classification: Classification;
  issuedOn: string;
  targetDate: string | null;
  responseDueOn: string;
  responseOverdue: boolean;
  addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  ownerOrganisation: { id: string; name: string };
};

export type RecommendationPage_DetailFragment = {
  id: string;
  version: number;
  text: string;
  viewerCanRespond: boolean;
  viewerCanAssess: boolean;
  reference: string;
  title: string;
  theme: string;
  source: RecommendationSource;
  level: RecommendationLevel;
  priority: Priority;
  classification: Classification;
  issuedOn: string;
  targetDate: string | null;
  responseDueOn: string;
  responseOverdue: boolean;
  acceptance: Acceptance;
  stateStatus: ImplementationStatus | null;
  monitorStatus: ImplementationStatus | null;
  countryCode: string | null;
  updatedAt: string;
  draftText: { documentName: string; viewerCanEdit: boolean } | null;
  addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
  findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
  places: Array<{ id: string; name: string; type: PlaceType }>;
  repeats: { id: string; reference: string; title: string } | null;
  history: Array<{
    id: string;
    kind: StatusEntryKind;
    value: string;
    effectiveOn: string;
    note: string;
    recordedAt: string;
    recordedBy: { id: string; displayName: string };
  }>;
  responses: Array<{
    id: string;
    respondedOn: string;
    text: string;
    acceptance: Acceptance;
    proposedTimeline: string;
    authorOrganisation: { id: string; name: string };
    recordedBy: { id: string; displayName: string };
  }>;
  followUps: Array<{
    id: string;
    kind: FollowUpKind;
    happenedOn: string;
    outcome: string;
    visit: { id: string; startDate: string } | null;
    recordedBy: { id: string; displayName: string };
  }>;
  workingGroup: { id: string; name: string } | null;
  readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
  viewerCan: {
    update: boolean;
    read: boolean;
    share: boolean;
    reclassify: boolean;
    reclassifyTo: Array<Classification>;
    comment: boolean;
    export: boolean;
    authorisePublication: boolean;
    readComments: boolean;
  };
  publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string };
    authorOrganisation: { id: string; name: string; kind: OrganisationKind };
  }>;
};

export type RecommendationPage_RecommendationQueryVariables = Exact<{
  id: string | number;
}>;

export type RecommendationPage_RecommendationQuery = {
  recommendation: {
    id: string;
    version: number;
    text: string;
    viewerCanRespond: boolean;
    viewerCanAssess: boolean;
    reference: string;
    title: string;
    theme: string;
    source: RecommendationSource;
    level: RecommendationLevel;
    priority: Priority;
    classification: Classification;
    issuedOn: string;
    targetDate: string | null;
    responseDueOn: string;
    responseOverdue: boolean;
    acceptance: Acceptance;
    stateStatus: ImplementationStatus | null;
    monitorStatus: ImplementationStatus | null;
    countryCode: string | null;
    updatedAt: string;
    draftText: { documentName: string; viewerCanEdit: boolean } | null;
    addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
    places: Array<{ id: string; name: string; type: PlaceType }>;
    repeats: { id: string; reference: string; title: string } | null;
    history: Array<{
      id: string;
      kind: StatusEntryKind;
      value: string;
      effectiveOn: string;
      note: string;
      recordedAt: string;
      recordedBy: { id: string; displayName: string };
    }>;
    responses: Array<{
      id: string;
      respondedOn: string;
      text: string;
      acceptance: Acceptance;
      proposedTimeline: string;
      authorOrganisation: { id: string; name: string };
      recordedBy: { id: string; displayName: string };
    }>;
    followUps: Array<{
      id: string;
      kind: FollowUpKind;
      happenedOn: string;
      outcome: string;
      visit: { id: string; startDate: string } | null;
      recordedBy: { id: string; displayName: string };
    }>;
    workingGroup: { id: string; name: string } | null;
    readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    viewerCan: {
      update: boolean;
      read: boolean;
      share: boolean;
      reclassify: boolean;
      reclassifyTo: Array<Classification>;
      comment: boolean;
      export: boolean;
      authorisePublication: boolean;
      readComments: boolean;
    };
    publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string };
      authorOrganisation: { id: string; name: string; kind: OrganisationKind };
    }>;
  };
};

export type RecommendationTimeline_RecommendationFragment = {
  id: string;
  issuedOn: string;
  ownerOrganisation: { id: string; name: string };
  responses: Array<{
    id: string;
    respondedOn: string;
    text: string;
    acceptance: Acceptance;
    proposedTimeline: string;
    authorOrganisation: { id: string; name: string };
    recordedBy: { id: string; displayName: string };
  }>;
  followUps: Array<{
    id: string;
    kind: FollowUpKind;
    happenedOn: string;
    outcome: string;
    visit: { id: string; startDate: string } | null;
    recordedBy: { id: string; displayName: string };
  }>;
  history: Array<{
    id: string;
    kind: StatusEntryKind;
    value: string;
    effectiveOn: string;
    note: string;
    recordedAt: string;
    recordedBy: { id: string; displayName: string };
  }>;
};

export type RecommendationsPage_ListQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  sort?: RecommendationSort | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type RecommendationsPage_ListQuery = {
  recommendations: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      reference: string;
      title: string;
      theme: string;
      priority: Priority;
      acceptance: Acceptance;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
      responseDueOn: string;
      responseOverdue: boolean;
      classification: Classification;
      addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    }>;
  };
};

export type RecommendationsTable_RowFragment = {
  id: string;
  reference: string;
  title: string;
  theme: string;
  priority: Priority;
  acceptance: Acceptance;
  stateStatus: ImplementationStatus | null;
  monitorStatus: ImplementationStatus | null;
  responseDueOn: string;
  responseOverdue: boolean;
  classification: Classification;
  addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
};

export type RecordFollowUpForm_RecordMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;

export type RecordFollowUpForm_RecordMutation = {
  recordFollowUp: {
    recommendation: {
      id: string;
      version: number;
      text: string;
      viewerCanRespond: boolean;
      viewerCanAssess: boolean;
      reference: string;
      title: string;
      theme: string;
      source: RecommendationSource;
      level: RecommendationLevel;
      priority: Priority;
      classification: Classification;
      issuedOn: string;
      targetDate: string | null;
      responseDueOn: string;
      responseOverdue: boolean;
      acceptance: Acceptance;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
      countryCode: string | null;
      updatedAt: string;
      draftText: { documentName: string; viewerCanEdit: boolean } | null;
      addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
      places: Array<{ id: string; name: string; type: PlaceType }>;
      repeats: { id: string; reference: string; title: string } | null;
      history: Array<{
        id: string;
        kind: StatusEntryKind;
        value: string;
        effectiveOn: string;
        note: string;
        recordedAt: string;
        recordedBy: { id: string; displayName: string };
      }>;
      responses: Array<{
        id: string;
        respondedOn: string;
        text: string;
        acceptance: Acceptance;
        proposedTimeline: string;
        authorOrganisation: { id: string; name: string };
        recordedBy: { id: string; displayName: string };
      }>;
      followUps: Array<{
        id: string;
        kind: FollowUpKind;
        happenedOn: string;
        outcome: string;
        visit: { id: string; startDate: string } | null;
        recordedBy: { id: string; displayName: string };
      }>;
      workingGroup: { id: string; name: string } | null;
      readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      viewerCan: {
        update: boolean;
        read: boolean;
        share: boolean;
        reclassify: boolean;
        reclassifyTo: Array<Classification>;
        comment: boolean;
        export: boolean;
        authorisePublication: boolean;
        readComments: boolean;
      };
      publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
      comments: Array<{
        id: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
        authorOrganisation: { id: string; name: string; kind: OrganisationKind };
      }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type RecordResponseForm_RecordMutationVariables = Exact<{
  input: RecordAuthorityResponseInput;
}>;

export type RecordResponseForm_RecordMutation = {
  recordAuthorityResponse: {
    recommendation: {
      id: string;
      version: number;
      text: string;
      viewerCanRespond: boolean;
      viewerCanAssess: boolean;
      reference: string;
      title: string;
      theme: string;
      source: RecommendationSource;
      level: RecommendationLevel;
      priority: Priority;
      classification: Classification;
      issuedOn: string;
      targetDate: string | null;
      responseDueOn: string;
      responseOverdue: boolean;
      acceptance: Acceptance;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
      countryCode: string | null;
      updatedAt: string;
      draftText: { documentName: string; viewerCanEdit: boolean } | null;
      addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
      places: Array<{ id: string; name: string; type: PlaceType }>;
      repeats: { id: string; reference: string; title: string } | null;
      history: Array<{
        id: string;
        kind: StatusEntryKind;
        value: string;
        effectiveOn: string;
        note: string;
        recordedAt: string;
        recordedBy: { id: string; displayName: string };
      }>;
      responses: Array<{
        id: string;
        respondedOn: string;
        text: string;
        acceptance: Acceptance;
        proposedTimeline: string;
        authorOrganisation: { id: string; name: string };
        recordedBy: { id: string; displayName: string };
      }>;
      followUps: Array<{
        id: string;
        kind: FollowUpKind;
        happenedOn: string;
        outcome: string;
        visit: { id: string; startDate: string } | null;
        recordedBy: { id: string; displayName: string };
      }>;
      workingGroup: { id: string; name: string } | null;
      readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      viewerCan: {
        update: boolean;
        read: boolean;
        share: boolean;
        reclassify: boolean;
        reclassifyTo: Array<Classification>;
        comment: boolean;
        export: boolean;
        authorisePublication: boolean;
        readComments: boolean;
      };
      publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
      comments: Array<{
        id: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
        authorOrganisation: { id: string; name: string; kind: OrganisationKind };
      }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type RecordStatusForm_RecordMutationVariables = Exact<{
  input: RecordImplementationStatusInput;
}>;

export type RecordStatusForm_RecordMutation = {
  recordImplementationStatus: {
    recommendation: {
      id: string;
      version: number;
      text: string;
      viewerCanRespond: boolean;
      viewerCanAssess: boolean;
      reference: string;
      title: string;
      theme: string;
      source: RecommendationSource;
      level: RecommendationLevel;
      priority: Priority;
      classification: Classification;
      issuedOn: string;
      targetDate: string | null;
      responseDueOn: string;
      responseOverdue: boolean;
      acceptance: Acceptance;
      stateStatus: ImplementationStatus | null;
      monitorStatus: ImplementationStatus | null;
      countryCode: string | null;
      updatedAt: string;
      draftText: { documentName: string; viewerCanEdit: boolean } | null;
      addressee: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
      findings: Array<{ id: string; title: string; place: { id: string; name: string } | null }>;
      places: Array<{ id: string; name: string; type: PlaceType }>;
      repeats: { id: string; reference: string; title: string } | null;
      history: Array<{
        id: string;
        kind: StatusEntryKind;
        value: string;
        effectiveOn: string;
        note: string;
        recordedAt: string;
        recordedBy: { id: string; displayName: string };
      }>;
      responses: Array<{
        id: string;
        respondedOn: string;
        text: string;
        acceptance: Acceptance;
        proposedTimeline: string;
        authorOrganisation: { id: string; name: string };
        recordedBy: { id: string; displayName: string };
      }>;
      followUps: Array<{
        id: string;
        kind: FollowUpKind;
        happenedOn: string;
        outcome: string;
        visit: { id: string; startDate: string } | null;
        recordedBy: { id: string; displayName: string };
      }>;
      workingGroup: { id: string; name: string } | null;
      readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
      viewerCan: {
        update: boolean;
        read: boolean;
        share: boolean;
        reclassify: boolean;
        reclassifyTo: Array<Classification>;
        comment: boolean;
        export: boolean;
        authorisePublication: boolean;
        readComments: boolean;
      };
      publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
      comments: Array<{
        id: string;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
        authorOrganisation: { id: string; name: string; kind: OrganisationKind };
      }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type StatusPanel_RecommendationFragment = {
  id: string;
  acceptance: Acceptance;
  stateStatus: ImplementationStatus | null;
  monitorStatus: ImplementationStatus | null;
  history: Array<{
    id: string;
    kind: StatusEntryKind;
    value: string;
    effectiveOn: string;
    note: string;
    recordedAt: string;
    recordedBy: { id: string; displayName: string };
  }>;
};

export type TrackerSummary_CountsQueryVariables = Exact<{
  overdue: RecommendationFilter;
  pending: RecommendationFilter;
  implementedState: RecommendationFilter;
  implementedMonitor: RecommendationFilter;
}>;

export type TrackerSummary_CountsQuery = {
  overdue: { totalCount: number; totalCountCapped: boolean };
  pending: { totalCount: number; totalCountCapped: boolean };
  implementedState: { totalCount: number; totalCountCapped: boolean };
  implementedMonitor: { totalCount: number; totalCountCapped: boolean };
};

export type ReportPage_VersionsQueryVariables = Exact<{
  visitId: string | number;
}>;

export type ReportPage_VersionsQuery = {
  visit: { id: string; places: Array<{ id: string; name: string }> };
  availableReportVersions: Array<{
    version: ReportVersion;
    refusedReason: string | null;
    authorities: Array<{ id: string; name: string }>;
  }>;
};

export type ReportPreview_ReportQueryVariables = Exact<{
  visitId: string | number;
  version: ReportVersion;
  authorityId?: string | number | null | undefined;
  language?: ReportLanguage | null | undefined;
}>;

export type ReportPreview_ReportQuery = {
  visitReport: {
    id: string;
    version: ReportVersion;
    includesVisitDetails: boolean;
    sections: Array<string>;
    placeNames: Array<string>;
    downloadableBySignedOut: boolean;
    pdfUrl: string;
    docxUrl: string;
    audience: { id: string; name: string } | null;
    findings: Array<{
      id: string;
      title: string;
      monitoringArea: MonitoringArea;
      intervieweeCount: number;
      includesPersonalData: boolean;
    }>;
    recommendations: Array<{ id: string; reference: string; title: string; addressee: string }>;
    leftOut: Array<{ recordType: ReportRecordType; reason: ReportLeftOutReason; count: number }>;
    downloadableBy: Array<{ id: string; name: string }>;
  };
};

export type ReportTexts_TextsQueryVariables = Exact<{
  visitId: string | number;
}>;

export type ReportTexts_TextsQuery = {
  visitReportTexts: {
    id: string;
    viewerCanEdit: boolean;
    introductionText: { documentName: string; viewerCanEdit: boolean };
    conclusionsText: { documentName: string; viewerCanEdit: boolean };
  };
};

export type ReportReprisalPage_OptionsQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type ReportReprisalPage_OptionsQuery = {
  organisation: { id: string; members: Array<{ id: string; user: { id: string; displayName: string } }> };
  visits: {
    nodes: Array<{ id: string; type: VisitType; startDate: string; places: Array<{ id: string; name: string }> }>;
  };
};

export type ReportReprisalPage_ReportMutationVariables = Exact<{
  input: ReportReprisalInput;
}>;

export type ReportReprisalPage_ReportMutation = {
  reportReprisal: {
    incident: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type ReprisalPage_IncidentFragment = {
  id: string;
  personPseudonym: string;
  occurredOn: string;
  form: ReprisalForm;
  status: ReprisalStatus;
  description: string;
  actionTaken: string;
  createdAt: string;
  updatedAt: string;
  viewerCanUpdate: boolean;
  ownerOrganisation: { id: string; name: string };
  relatedVisit: { id: string; type: VisitType; startDate: string; places: Array<{ id: string; name: string }> } | null;
  namedUsers: Array<{ id: string; displayName: string }>;
};

export type ReprisalPage_IncidentQueryVariables = Exact<{
  id: string | number;
}>;

export type ReprisalPage_IncidentQuery = {
  reprisalIncident: {
    id: string;
    personPseudonym: string;
    occurredOn: string;
    form: ReprisalForm;
    status: ReprisalStatus;
    description: string;
    actionTaken: string;
    createdAt: string;
    updatedAt: string;
    viewerCanUpdate: boolean;
    ownerOrganisation: { id: string; name: string };
    relatedVisit: {
      id: string;
      type: VisitType;
      startDate: string;
      places: Array<{ id: string; name: string }>;
    } | null;
    namedUsers: Array<{ id: string; displayName: string }>;
  };
};

export type ReprisalsPage_IncidentsQueryVariables = Exact<{ [key: string]: never }>;

export type ReprisalsPage_IncidentsQuery = {
  reprisalIncidents: Array<{
    id: string;
    personPseudonym: string;
    occurredOn: string;
    form: ReprisalForm;
    status: ReprisalStatus;
    relatedVisit: {
      id: string;
      type: VisitType;
      startDate: string;
      places: Array<{ id: string; name: string }>;
    } | null;
    namedUsers: Array<{ id: string; displayName: string }>;
  }>;
};

export type UpdateReprisalForm_UpdateMutationVariables = Exact<{
  input: UpdateReprisalInput;
}>;

export type UpdateReprisalForm_UpdateMutation = {
  updateReprisal: {
    incident: {
      id: string;
      personPseudonym: string;
      occurredOn: string;
      form: ReprisalForm;
      status: ReprisalStatus;
      description: string;
      actionTaken: string;
      createdAt: string;
      updatedAt: string;
      viewerCanUpdate: boolean;
      ownerOrganisation: { id: string; name: string };
      relatedVisit: {
        id: string;
        type: VisitType;
        startDate: string;
        places: Array<{ id: string; name: string }>;
      } | null;
      namedUsers: Array<{ id: string; displayName: string }>;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type EnrolPage_StatusQueryVariables = Exact<{ [key: string]: never }>;

export type EnrolPage_StatusQuery = { twoFactorStatus: { stage: SessionStage } | null };

export type EnrolPage_SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type EnrolPage_SignOutMutation = { signOut: boolean };

export type PasskeySecondStep_StartMutationVariables = Exact<{ [key: string]: never }>;

export type PasskeySecondStep_StartMutation = {
  startPasskeySecondFactor: { optionsJson: string | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type PasskeySecondStep_VerifyMutationVariables = Exact<{
  input: VerifyPasskeySecondFactorInput;
}>;

export type PasskeySecondStep_VerifyMutation = {
  verifyPasskeySecondFactor: { me: { user: { id: string } } | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type PasskeysCard_ListQueryVariables = Exact<{ [key: string]: never }>;

export type PasskeysCard_ListQuery = {
  twoFactorStatus: {
    passkeys: Array<{ id: string; name: string; createdAt: string; lastUsedAt: string | null }>;
  } | null;
};

export type PasskeysCard_StartMutationVariables = Exact<{ [key: string]: never }>;

export type PasskeysCard_StartMutation = {
  startPasskeyRegistration: { optionsJson: string | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type PasskeysCard_AddMutationVariables = Exact<{
  input: AddPasskeyInput;
}>;

export type PasskeysCard_AddMutation = {
  addPasskey: { passkey: { id: string } | null; userErrors: Array<{ code: UserErrorCode }> };
};

export type PasskeysCard_RemoveMutationVariables = Exact<{
  input: RemovePasskeyInput;
}>;

export type PasskeysCard_RemoveMutation = { removePasskey: { removedId: string | null } };

export type SecondStepPage_StatusQueryVariables = Exact<{ [key: string]: never }>;

export type SecondStepPage_StatusQuery = { twoFactorStatus: { stage: SessionStage; passkeyAvailable: boolean } | null };

export type SecondStepPage_VerifyMutationVariables = Exact<{
  input: VerifySecondFactorInput;
}>;

export type SecondStepPage_VerifyMutation = {
  verifySecondFactor: {
    recoveryCodesLeft: number | null;
    me: { user: { id: string } } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type SecondStepPage_SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SecondStepPage_SignOutMutation = { signOut: boolean };

export type SecurityPage_StatusQueryVariables = Exact<{ [key: string]: never }>;

export type SecurityPage_StatusQuery = {
  twoFactorStatus: { stage: SessionStage; enabled: boolean; required: boolean; recoveryCodesLeft: number } | null;
};

export type SecurityPage_RegenerateMutationVariables = Exact<{
  input: RegenerateRecoveryCodesInput;
}>;

export type SecurityPage_RegenerateMutation = {
  regenerateRecoveryCodes: {
    recoveryCodes: Array<string> | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type TwoFactorAdminPanel_OrganisationFragment = {
  id: string;
  twoFactorRequired: boolean;
  viewerCanManageTwoFactor: boolean;
  members: Array<{ id: string; twoFactorEnabled: boolean | null; user: { id: string; displayName: string } }>;
};

export type TwoFactorAdminPanel_SetRequiredMutationVariables = Exact<{
  input: SetTwoFactorRequiredInput;
}>;

export type TwoFactorAdminPanel_SetRequiredMutation = {
  setTwoFactorRequired: {
    organisation: { id: string; twoFactorRequired: boolean } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type TwoFactorAdminPanel_ResetMutationVariables = Exact<{
  input: ResetMemberTwoFactorInput;
}>;

export type TwoFactorAdminPanel_ResetMutation = {
  resetMemberTwoFactor: {
    membership: { id: string; twoFactorEnabled: boolean | null } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type TwoFactorEnrolment_StartMutationVariables = Exact<{ [key: string]: never }>;

export type TwoFactorEnrolment_StartMutation = {
  startTwoFactorEnrolment: {
    enrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type TwoFactorEnrolment_ConfirmMutationVariables = Exact<{
  input: ConfirmTwoFactorEnrolmentInput;
}>;

export type TwoFactorEnrolment_ConfirmMutation = {
  confirmTwoFactorEnrolment: {
    recoveryCodes: Array<string> | null;
    me: { user: { id: string } } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type LanguageSwitcher_SetPreferredLocaleMutationVariables = Exact<{
  input: SetPreferredLocaleInput;
}>;

export type LanguageSwitcher_SetPreferredLocaleMutation = {
  setPreferredLocale: {
    user: { id: string; preferredLocale: Locale } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type AppShellLayout_UserFragment = { id: string; displayName: string; email: string; preferredLocale: Locale };

export type AppShellLayout_MembershipFragment = {
  id: string;
  role: Role;
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    countryCode: string | null;
    viewerCan: {
      manageMembers: boolean;
      readMembers: boolean;
      createPlace: boolean;
      planVisit: boolean;
      recordFinding: boolean;
      issueRecommendation: boolean;
      reportReprisal: boolean;
      readAuditLog: boolean;
      readOutbox: boolean;
    };
  };
};

export type AppShellLayout_MeQueryVariables = Exact<{ [key: string]: never }>;

export type AppShellLayout_MeQuery = {
  me: {
    platformAdmin: boolean;
    user: { id: string; displayName: string; email: string; preferredLocale: Locale };
    memberships: Array<{
      id: string;
      role: Role;
      organisation: {
        id: string;
        name: string;
        kind: OrganisationKind;
        countryCode: string | null;
        viewerCan: {
          manageMembers: boolean;
          readMembers: boolean;
          createPlace: boolean;
          planVisit: boolean;
          recordFinding: boolean;
          issueRecommendation: boolean;
          reportReprisal: boolean;
          readAuditLog: boolean;
          readOutbox: boolean;
        };
      };
    }>;
    workingGroups: Array<{ id: string; name: string; kind: WorkingGroupKind }>;
    actingOrganisation: { id: string } | null;
  } | null;
};

export type AppShellLayout_SetActingOrganisationMutationVariables = Exact<{
  input: SetActingOrganisationInput;
}>;

export type AppShellLayout_SetActingOrganisationMutation = {
  setActingOrganisation: {
    me: { actingOrganisation: { id: string } | null } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type MembershipLiveUpdates_MembershipChangedSubscriptionVariables = Exact<{
  organisationId: string | number;
}>;

export type MembershipLiveUpdates_MembershipChangedSubscription = {
  membershipChanged: { kind: MembershipEventKind; membershipId: string; organisationId: string };
};

export type SignOutButton_SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutButton_SignOutMutation = { signOut: boolean };

export type SsoSettingsPage_ConnectionFragment = {
  id: string;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  allowedDomains: Array<string>;
  jitRole: Role;
  enabled: boolean;
  updatedAt: string;
};

export type SsoSettingsPage_OrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type SsoSettingsPage_OrganisationQuery = {
  organisation: {
    id: string;
    name: string;
    viewerCanConfigureSso: boolean;
    ssoConnection: {
      id: string;
      slug: string;
      issuer: string;
      clientId: string;
      clientSecretSet: boolean;
      allowedDomains: Array<string>;
      jitRole: Role;
      enabled: boolean;
      updatedAt: string;
    } | null;
  };
};

export type SsoSettingsPage_ConfigureMutationVariables = Exact<{
  input: ConfigureSsoInput;
}>;

export type SsoSettingsPage_ConfigureMutation = {
  configureSso: {
    ssoConnection: {
      id: string;
      slug: string;
      issuer: string;
      clientId: string;
      clientSecretSet: boolean;
      allowedDomains: Array<string>;
      jitRole: Role;
      enabled: boolean;
      updatedAt: string;
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type SsoSignIn_ProvidersQueryVariables = Exact<{ [key: string]: never }>;

export type SsoSignIn_ProvidersQuery = { ssoProviders: Array<{ name: string; slug: string }> };

export type PlanVisitPage_PlacesQueryVariables = Exact<{ [key: string]: never }>;

export type PlanVisitPage_PlacesQuery = {
  places: { nodes: Array<{ id: string; name: string; region: string | null }> };
};

export type PlanVisitPage_PlanVisitMutationVariables = Exact<{
  input: PlanVisitInput;
}>;

export type PlanVisitPage_PlanVisitMutation = {
  planVisit: {
    visit: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type TeamBuilder_MembersQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type TeamBuilder_MembersQuery = {
  organisation: { id: string; members: Array<{ id: string; user: { id: string; displayName: string } }> };
};

export type VisitLifecycle_VisitFragment = {
  id: string;
  status: VisitStatus;
  version: number;
  viewerCan: { update: boolean };
};

export type VisitLifecycle_MoveMutationVariables = Exact<{
  input: MoveVisitInput;
}>;

export type VisitLifecycle_MoveMutation = {
  moveVisit: {
    visit: { id: string; status: VisitStatus; version: number; updatedAt: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type VisitPage_VisitQueryVariables = Exact<{
  id: string | number;
  findingsAfter?: string | null | undefined;
  recommendationsAfter?: string | null | undefined;
}>;

export type VisitPage_VisitQuery = {
  visit: {
    id: string;
    type: VisitType;
    announced: boolean;
    startDate: string;
    endDate: string | null;
    objectives: string;
    status: VisitStatus;
    classification: Classification;
    version: number;
    countryCode: string | null;
    updatedAt: string;
    ownerOrganisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    places: Array<{ id: string; name: string; type: PlaceType; region: string | null }>;
    team: Array<{
      id: string;
      expertise: Expertise;
      gender: Gender;
      leader: boolean;
      user: { id: string; displayName: string };
    }>;
    findings: {
      totalCount: number;
      totalCountCapped: boolean;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: Array<{
        id: string;
        title: string;
        severity: Severity;
        monitoringArea: MonitoringArea;
        goodPractice: boolean;
        classification: Classification;
        place: { id: string; name: string } | null;
      }>;
    };
    viewerCan: {
      update: boolean;
      read: boolean;
      share: boolean;
      reclassify: boolean;
      reclassifyTo: Array<Classification>;
      comment: boolean;
      export: boolean;
      authorisePublication: boolean;
      readComments: boolean;
    };
    recommendations: {
      totalCount: number;
      totalCountCapped: boolean;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: Array<{ id: string; reference: string; title: string; issuedOn: string }>;
    };
    workingGroup: { id: string; name: string } | null;
    readableBy: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    sharedWith: Array<{ id: string; name: string; kind: OrganisationKind; countryCode: string | null }>;
    publication: { publishedAt: string; publishedBy: { id: string; displayName: string } } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string };
      authorOrganisation: { id: string; name: string; kind: OrganisationKind };
    }>;
  };
};

export type VisitsPage_VisitsQueryVariables = Exact<{
  filter?: VisitFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type VisitsPage_VisitsQuery = {
  visits: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      type: VisitType;
      announced: boolean;
      startDate: string;
      endDate: string | null;
      status: VisitStatus;
      classification: Classification;
      ownerOrganisation: { id: string; name: string };
      places: Array<{ id: string; name: string }>;
    }>;
  };
};

export type VisitsTable_VisitFragment = {
  id: string;
  type: VisitType;
  announced: boolean;
  startDate: string;
  endDate: string | null;
  status: VisitStatus;
  classification: Classification;
  ownerOrganisation: { id: string; name: string };
  places: Array<{ id: string; name: string }>;
};

export type WorkingGroupPage_WorkingGroupQueryVariables = Exact<{
  id: string | number;
}>;

export type WorkingGroupPage_WorkingGroupQuery = {
  workingGroup: {
    id: string;
    name: string;
    kind: WorkingGroupKind;
    countryCode: string | null;
    region: string | null;
    viewerCan: { manageMembers: boolean };
    members: Array<{
      id: string;
      role: WorkingGroupRole;
      organisation: { id: string; name: string; kind: OrganisationKind; countryCode: string | null };
    }>;
  };
};

export type ActionComments_CommentMutationVariables = Exact<{
  input: CommentOnWorkplanInput;
}>;

export type ActionComments_CommentMutation = {
  commentOnWorkplan: {
    comment: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type AddActionForm_AddMutationVariables = Exact<{
  input: AddActionInput;
}>;

export type AddActionForm_AddMutation = {
  addAction: {
    action: {
      id: string;
      workplanId: string;
      priorityId: string;
      title: string;
      startDate: string | null;
      dueDate: string | null;
      status: ActionStatus;
      indicator: string;
      target: string;
      jointCommitment: boolean;
      overdue: boolean;
      position: number;
      version: number;
      viewerCanUpdate: boolean;
      responsibleOrganisation: { id: string; name: string };
    } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type AddPriorityForm_AddMutationVariables = Exact<{
  input: AddPriorityInput;
}>;

export type AddPriorityForm_AddMutation = {
  addPriority: {
    priority: { id: string; title: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type CreateWorkplanForm_CreateMutationVariables = Exact<{
  input: CreateWorkplanInput;
}>;

export type CreateWorkplanForm_CreateMutation = {
  createWorkplan: {
    workplan: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type DiscussionThread_CommentsQueryVariables = Exact<{
  id: string | number;
  actionId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type DiscussionThread_CommentsQuery = {
  workplan: {
    id: string;
    discussion: {
      nodes: Array<{
        id: string;
        actionId: string | null;
        body: string;
        createdAt: string;
        author: { id: string; displayName: string };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type MyActionsPage_ActionsQueryVariables = Exact<{
  filter?: WorkplanActionFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MyActionsPage_ActionsQuery = {
  workplanActions: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      workplanId: string;
      priorityId: string;
      title: string;
      startDate: string | null;
      dueDate: string | null;
      status: ActionStatus;
      indicator: string;
      target: string;
      jointCommitment: boolean;
      overdue: boolean;
      position: number;
      version: number;
      viewerCanUpdate: boolean;
      responsibleOrganisation: { id: string; name: string };
    }>;
  };
};

export type VersionHistory_VersionsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type VersionHistory_VersionsQuery = {
  workplan: {
    id: string;
    versions: {
      nodes: Array<{ id: string; name: string; createdAt: string; createdBy: { id: string; displayName: string } }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type VersionHistory_SaveMutationVariables = Exact<{
  input: SaveNarrativeVersionInput;
}>;

export type VersionHistory_SaveMutation = {
  saveNarrativeVersion: {
    version: { id: string; name: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type VersionViewModal_HtmlQueryVariables = Exact<{
  id: string | number;
  versionId: string | number;
}>;

export type VersionViewModal_HtmlQuery = {
  workplan: { id: string; narrativeVersion: { id: string; html: string } | null };
};

export type RestoreVersionModal_RestoreMutationVariables = Exact<{
  input: RestoreNarrativeVersionInput;
}>;

export type RestoreVersionModal_RestoreMutation = {
  restoreNarrativeVersion: {
    workplan: { id: string } | null;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export type WorkplanLiveUpdates_ChangedSubscriptionVariables = Exact<{
  workplanId: string | number;
}>;

export type WorkplanLiveUpdates_ChangedSubscription = {
  workplanChanged: { workplanId: string; kind: WorkplanEventKind; subjectId: string | null };
};

export type WorkplanPage_ActionFragment = {
  id: string;
  workplanId: string;
  priorityId: string;
  title: string;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  indicator: string;
  target: string;
  jointCommitment: boolean;
  overdue: boolean;
  position: number;
  version: number;
  viewerCanUpdate: boolean;
  responsibleOrganisation: { id: string; name: string };
};

export type WorkplanPage_WorkplanQueryVariables = Exact<{
  id: string | number;
}>;

export type WorkplanPage_WorkplanQuery = {
  workplan: {
    id: string;
    title: string;
    periodStart: string;
    periodEnd: string | null;
    viewerCanEdit: boolean;
    version: number;
    narrative: { documentName: string; viewerCanEdit: boolean };
    viewerCan: { readComments: boolean; comment: boolean };
    workingGroup: {
      id: string;
      name: string;
      members: Array<{ id: string; organisation: { id: string; name: string } }>;
    } | null;
    priorities: {
      nodes: Array<{
        id: string;
        title: string;
        description: string;
        position: number;
        version: number;
        actions: {
          nodes: Array<{
            id: string;
            workplanId: string;
            priorityId: string;
            title: string;
            startDate: string | null;
            dueDate: string | null;
            status: ActionStatus;
            indicator: string;
            target: string;
            jointCommitment: boolean;
            overdue: boolean;
            position: number;
            version: number;
            viewerCanUpdate: boolean;
            responsibleOrganisation: { id: string; name: string };
          }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
};

export type WorkplansPage_WorkplansQueryVariables = Exact<{
  workingGroupId: string | number;
}>;

export type WorkplansPage_WorkplansQuery = {
  workingGroup: { id: string; name: string; viewerCan: { createWorkplan: boolean } };
  workplans: Array<{
    id: string;
    title: string;
    periodStart: string;
    periodEnd: string | null;
    classification: Classification;
    updatedAt: string;
    viewerCanEdit: boolean;
    ownerOrganisation: { id: string; name: string };
  }>;
};

export type UseUpdateAction_UpdateMutationVariables = Exact<{
  input: UpdateActionInput;
}>;

export type UseUpdateAction_UpdateMutation = {
  updateAction: {
    action: {
      id: string;
      workplanId: string;
      priorityId: string;
      title: string;
      startDate: string | null;
      dueDate: string | null;
      status: ActionStatus;
      indicator: string;
      target: string;
      jointCommitment: boolean;
      overdue: boolean;
      position: number;
      version: number;
      viewerCanUpdate: boolean;
      responsibleOrganisation: { id: string; name: string };
    } | null;
    conflicts: Array<{ field: string; base: unknown; yours: unknown; theirs: unknown }>;
    userErrors: Array<{ field: Array<string>; code: UserErrorCode; message: string }>;
  };
};

export const ActionSection_DashboardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jointCommitments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisationName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionSection_DashboardFragment, unknown>;
export const FindingSection_DashboardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAreaAndYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byVulnerabilityAndYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskFactorsByPlaceType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingSection_DashboardFragment, unknown>;
export const RecommendationSection_CountsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationSection_Counts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdueResponses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplementationRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplementationRate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationSection_CountsFragment, unknown>;
export const RecommendationSection_DashboardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAuthority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byTheme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPlaceType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPriority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discrepancies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatedRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationSection_Counts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdueResponses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplementationRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplementationRate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationSection_DashboardFragment, unknown>;
export const SummaryStrip_DashboardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SummaryStrip_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdueResponses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repeated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stateImplementationRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monitorImplementationRate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryStrip_DashboardFragment, unknown>;
export const IssuedRecommendations_VisitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedRecommendations_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recommendationsAfter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssuedRecommendations_VisitFragment, unknown>;
export const EvidenceSection_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSection_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withheldEvidenceCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'containsPersonalData' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'download' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setPersonalData' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceSection_FindingFragment, unknown>;
export const FindingPage_DetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPage_Details' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReadPersonalData' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pseudonym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medicalNotes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'welfareCheckDueOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPage_DetailsFragment, unknown>;
export const FindingsList_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingsList_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingsList_FindingFragment, unknown>;
export const WorkingGroupCard_WorkingGroupFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkingGroupCard_WorkingGroup' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkingGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupCard_WorkingGroupFragment, unknown>;
export const MembersTable_MembershipFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembersTable_Membership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersTable_MembershipFragment, unknown>;
export const NotificationsPage_ItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationsPage_Item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsPage_ItemFragment, unknown>;
export const PlacesTable_PlaceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacesTable_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleAuthority' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacesTable_PlaceFragment, unknown>;
export const PopulationSection_PlaceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PopulationSection_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'populationHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PopulationSection_PlaceFragment, unknown>;
export const PublishPracticeButton_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublishPracticeButton_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practiceNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishPracticeButton_FindingFragment, unknown>;
export const RecommendationHeader_RecommendationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationHeader_RecommendationFragment, unknown>;
export const LinkedRecords_RecommendationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkedRecords_RecommendationFragment, unknown>;
export const StatusPanel_RecommendationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatusPanel_RecommendationFragment, unknown>;
export const RecommendationTimeline_RecommendationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationTimeline_RecommendationFragment, unknown>;
export const WhoCanSeePanel_RecordFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhoCanSeePanel_RecordFragment, unknown>;
export const CommentsPanel_RecordFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentsPanel_RecordFragment, unknown>;
export const RecommendationPage_DetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationPage_DetailFragment, unknown>;
export const RecommendationsTable_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationsTable_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationsTable_RowFragment, unknown>;
export const ReprisalPage_IncidentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReprisalPage_Incident' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReprisalIncident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personPseudonym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relatedVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReprisalPage_IncidentFragment, unknown>;
export const TwoFactorAdminPanel_OrganisationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorAdminPanel_Organisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'twoFactorRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManageTwoFactor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'twoFactorEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorAdminPanel_OrganisationFragment, unknown>;
export const AppShellLayout_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShellLayout_User' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShellLayout_UserFragment, unknown>;
export const AppShellLayout_MembershipFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShellLayout_Membership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createPlace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planVisit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordFinding' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issueRecommendation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reportReprisal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAuditLog' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readOutbox' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShellLayout_MembershipFragment, unknown>;
export const SsoSettingsPage_ConnectionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SsoSettingsPage_Connection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SsoConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientSecretSet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedDomains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jitRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SsoSettingsPage_ConnectionFragment, unknown>;
export const VisitLifecycle_VisitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VisitLifecycle_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisitLifecycle_VisitFragment, unknown>;
export const VisitsTable_VisitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VisitsTable_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'announced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisitsTable_VisitFragment, unknown>;
export const WorkplanPage_ActionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkplanPage_Action' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointCommitment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkplanPage_ActionFragment, unknown>;
export const AuthorisePublicationButton_AuthoriseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuthorisePublicationButton_Authorise' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorisePublicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authorisePublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'record' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AuthorisePublicationButton_AuthoriseMutation,
  AuthorisePublicationButton_AuthoriseMutationVariables
>;
export const CommentsPanel_AddCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentsPanel_AddComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCommentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authorOrganisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentsPanel_AddCommentMutation, CommentsPanel_AddCommentMutationVariables>;
export const MentionSelect_MembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentionSelect_Members' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actingOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'user' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentionSelect_MembersQuery, MentionSelect_MembersQueryVariables>;
export const ReclassifyControl_ReclassifyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReclassifyControl_Reclassify' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReclassifyRecordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reclassifyRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'record' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReclassifyControl_ReclassifyMutation, ReclassifyControl_ReclassifyMutationVariables>;
export const ShareControl_ShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareControl_Share' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareRecordInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'record' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareControl_ShareMutation, ShareControl_ShareMutationVariables>;
export const KnownOrganisations_WorkingGroupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KnownOrganisations_WorkingGroups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KnownOrganisations_WorkingGroupsQuery, KnownOrganisations_WorkingGroupsQueryVariables>;
export const AnnualReportDownloads_RequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnnualReportDownloads_Request' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestAnnualReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestAnnualReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'job' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordsRead' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalRecords' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualReportDownloads_RequestMutation, AnnualReportDownloads_RequestMutationVariables>;
export const AnnualReportDownloads_JobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualReportDownloads_Job' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualReportJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordsRead' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalRecords' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualReportDownloads_JobQuery, AnnualReportDownloads_JobQueryVariables>;
export const AnnualReportPage_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualReportPage_Preview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualReportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualReportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dialogueEntries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runsAsJob' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acceptance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'implementation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monitor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAuthority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'authority' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stateImplemented' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monitorImplemented' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualReportPage_PreviewQuery, AnnualReportPage_PreviewQueryVariables>;
export const AuditChainBanner_StatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditChainBanner_Status' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditChainStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditChainBanner_StatusQuery, AuditChainBanner_StatusQueryVariables>;
export const AuditLogPage_LogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLogPage_Log' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogPage_LogQuery, AuditLogPage_LogQueryVariables>;
export const SignInPage_MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInPage_Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'twoFactorStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'stage' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInPage_MeQuery, SignInPage_MeQueryVariables>;
export const SignInPage_SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignInPage_SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const DashboardPage_ChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardPage_Choices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardPage_ChoicesQuery, DashboardPage_ChoicesQueryVariables>;
export const DashboardPage_DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardPage_Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DashboardScopeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SummaryStrip_Dashboard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Dashboard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingSection_Dashboard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionSection_Dashboard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationSection_Counts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplemented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdueResponses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateImplementationRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorImplementationRate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SummaryStrip_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdueResponses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'discrepancies' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'repeated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stateImplementationRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monitorImplementationRate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'total' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAuthority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byTheme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPlaceType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPriority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationSection_Counts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discrepancies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatedRecommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAreaAndYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byVulnerabilityAndYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskFactorsByPlaceType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionSection_Dashboard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Dashboard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jointCommitments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisationName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardPage_DashboardQuery, DashboardPage_DashboardQueryVariables>;
export const FindingsLibraryPage_FindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingsLibraryPage_Findings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FindingFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingsList_Finding' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingsList_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingsLibraryPage_FindingsQuery, FindingsLibraryPage_FindingsQueryVariables>;
export const FindingsLibraryPage_FacetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingsLibraryPage_Facets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FindingFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findingFacets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sampled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sampleSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monitoringArea' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskFactor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vulnerability' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'placeType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goodPractice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'classification' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visitYear' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingsLibraryPage_FacetsQuery, FindingsLibraryPage_FacetsQueryVariables>;
export const FollowUpVisit_VisitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FollowUpVisit_Visits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visits' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'places' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpVisit_VisitsQuery, FollowUpVisit_VisitsQueryVariables>;
export const IssueFromFinding_FindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IssueFromFinding_Finding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueFromFinding_FindingQuery, IssueFromFinding_FindingQueryVariables>;
export const SearchPage_SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchPage_Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchKind' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'headline' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'record' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'InlineFragment',
                              typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'riskFactors' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchPage_SearchQuery, SearchPage_SearchQueryVariables>;
export const ExportMenu_RequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportMenu_Request' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestExportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'job' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rowsWritten' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportMenu_RequestMutation, ExportMenu_RequestMutationVariables>;
export const ExportMenu_JobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportMenu_Job' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowsWritten' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportMenu_JobQuery, ExportMenu_JobQueryVariables>;
export const ImportPage_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportPage_Preview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportSpreadsheetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mapping' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rowErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportPage_PreviewMutation, ImportPage_PreviewMutationVariables>;
export const ImportPage_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportPage_Commit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportSpreadsheetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mapping' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rowCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rowErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'createdCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'committed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportPage_CommitMutation, ImportPage_CommitMutationVariables>;
export const EvidencePersonalDataToggle_SetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvidencePersonalDataToggle_Set' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetEvidencePersonalDataInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setEvidencePersonalData' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'containsPersonalData' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidencePersonalDataToggle_SetMutation, EvidencePersonalDataToggle_SetMutationVariables>;
export const FindingEditor_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FindingEditor_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingPage_Details' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPage_Details' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReadPersonalData' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pseudonym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medicalNotes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'welfareCheckDueOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingEditor_UpdateMutation, FindingEditor_UpdateMutationVariables>;
export const FindingPage_FindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingPage_Finding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'finding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingPage_Details' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'places' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'narrative' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSection_Finding' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublishPracticeButton_Finding' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPage_Details' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskFactors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReadPersonalData' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pseudonym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medicalNotes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'atRisk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'welfareCheckDueOn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSection_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'withheldEvidenceCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'containsPersonalData' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'download' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setPersonalData' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublishPracticeButton_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practiceNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPage_FindingQuery, FindingPage_FindingQueryVariables>;
export const NewFindingPage_VisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewFindingPage_Visit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroup' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewFindingPage_VisitQuery, NewFindingPage_VisitQueryVariables>;
export const NewFindingPage_RecordFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NewFindingPage_RecordFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewFindingPage_RecordFindingMutation, NewFindingPage_RecordFindingMutationVariables>;
export const HomePage_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomePage_Overview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'npmModel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readMembers' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkingGroupCard_WorkingGroup' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkingGroupCard_WorkingGroup' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkingGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomePage_OverviewQuery, HomePage_OverviewQueryVariables>;
export const WhatNeedsMe_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhatNeedsMe_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'responsesDue' },
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'addresseeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'acceptance' },
                      value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'PENDING' }] },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'DUE_ASC' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdueActions' },
            name: { kind: 'Name', value: 'workplanActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'responsibleOrganisationId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'overdue' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whatNeedsMe' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lastVisitAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'awaitingAssessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sharedSinceLastVisit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'recordType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerOrganisationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhatNeedsMe_QueryQuery, WhatNeedsMe_QueryQueryVariables>;
export const WhatNeedsMe_MarkVisitedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WhatNeedsMe_MarkVisited' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markHomeVisited' } }],
      },
    },
  ],
} as unknown as DocumentNode<WhatNeedsMe_MarkVisitedMutation, WhatNeedsMe_MarkVisitedMutationVariables>;
export const LiveRecords_ChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'LiveRecords_Changed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recordTypes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordType' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableRecordsChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recordTypes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recordTypes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recordType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveRecords_ChangedSubscription, LiveRecords_ChangedSubscriptionVariables>;
export const InvitationPage_AcceptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InvitationPage_Accept' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextStep' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationPage_AcceptMutation, InvitationPage_AcceptMutationVariables>;
export const OutboxPage_OutboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutboxPage_Outbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxPage_OutboxQuery, OutboxPage_OutboxQueryVariables>;
export const AddMemberForm_AddMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMemberForm_AddMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMemberInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'membership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembersTable_Membership' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'invitationSent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembersTable_Membership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMemberForm_AddMemberMutation, AddMemberForm_AddMemberMutationVariables>;
export const MembersPage_OrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersPage_Organisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readOutbox' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanConfigureSso' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembersTable_Membership' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TwoFactorAdminPanel_Organisation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembersTable_Membership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorAdminPanel_Organisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'twoFactorRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManageTwoFactor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'twoFactorEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersPage_OrganisationQuery, MembersPage_OrganisationQueryVariables>;
export const MembersTable_ChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MembersTable_ChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMemberRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMemberRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'membership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersTable_ChangeMemberRoleMutation, MembersTable_ChangeMemberRoleMutationVariables>;
export const MembersTable_RemoveMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MembersTable_RemoveMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'removedMembershipId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersTable_RemoveMemberMutation, MembersTable_RemoveMemberMutationVariables>;
export const NotificationBell_CountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationBell_Count' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<NotificationBell_CountQuery, NotificationBell_CountQueryVariables>;
export const NotificationBell_ReceivedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationBell_Received' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notificationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationBell_ReceivedSubscription, NotificationBell_ReceivedSubscriptionVariables>;
export const NotificationPreferencesPage_GetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationPreferencesPage_Get' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'emailDigest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'defaultTimeZone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inApp' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationPreferencesPage_GetQuery, NotificationPreferencesPage_GetQueryVariables>;
export const NotificationPreferencesPage_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NotificationPreferencesPage_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNotificationPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNotificationPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preferences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'emailDigest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'defaultTimeZone' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'channels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'inApp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NotificationPreferencesPage_UpdateMutation,
  NotificationPreferencesPage_UpdateMutationVariables
>;
export const NotificationsPage_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationsPage_List' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationsPage_Item' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationsPage_Item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'event' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsPage_ListQuery, NotificationsPage_ListQueryVariables>;
export const NotificationsPage_MarkReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NotificationsPage_MarkRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'marked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsPage_MarkReadMutation, NotificationsPage_MarkReadMutationVariables>;
export const NotificationsPage_MarkAllReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NotificationsPage_MarkAllRead' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markAllNotificationsRead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'marked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsPage_MarkAllReadMutation, NotificationsPage_MarkAllReadMutationVariables>;
export const DisableTwoFactorCard_DisableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableTwoFactorCard_Disable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisableTwoFactorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableTwoFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'status' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'enabled' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisableTwoFactorCard_DisableMutation, DisableTwoFactorCard_DisableMutationVariables>;
export const GroupInvitationsPanel_InvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GroupInvitationsPanel_Invitations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroupInvitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingGroupName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingGroupKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GroupInvitationsPanel_InvitationsQuery, GroupInvitationsPanel_InvitationsQueryVariables>;
export const GroupInvitationsPanel_RespondDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GroupInvitationsPanel_Respond' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToWorkingGroupInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToWorkingGroupInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GroupInvitationsPanel_RespondMutation, GroupInvitationsPanel_RespondMutationVariables>;
export const JoinRequestPage_RequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinRequestPage_Request' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestToJoinInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestToJoin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinRequestPage_RequestMutation, JoinRequestPage_RequestMutationVariables>;
export const JoinRequestsPage_QueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JoinRequestsPage_Queue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'PENDING' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'npmModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinRequestsPage_QueueQuery, JoinRequestsPage_QueueQueryVariables>;
export const JoinRequestsPage_DecideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinRequestsPage_Decide' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideJoinRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideJoinRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinRequestsPage_DecideMutation, JoinRequestsPage_DecideMutationVariables>;
export const NewWorkingGroupPage_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NewWorkingGroupPage_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWorkingGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWorkingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroup' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewWorkingGroupPage_CreateMutation, NewWorkingGroupPage_CreateMutationVariables>;
export const OrganisationPage_OrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationPage_Organisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'npmModel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostInstitution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationPage_OrganisationQuery, OrganisationPage_OrganisationQueryVariables>;
export const PlatformOutbox_MailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlatformOutbox_Mail' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformOutbox' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformOutbox_MailQuery, PlatformOutbox_MailQueryVariables>;
export const PlatformPage_OrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlatformPage_Organisations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformOrganisations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hostInstitution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformPage_OrganisationsQuery, PlatformPage_OrganisationsQueryVariables>;
export const PlatformPage_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlatformPage_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'invitationSent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformPage_CreateMutation, PlatformPage_CreateMutationVariables>;
export const PlatformPage_SetHostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlatformPage_SetHost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetHostInstitutionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setHostInstitution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hostInstitution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformPage_SetHostMutation, PlatformPage_SetHostMutationVariables>;
export const WorkingGroupMembersPage_GroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingGroupMembersPage_Group' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRemove' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupMembersPage_GroupQuery, WorkingGroupMembersPage_GroupQueryVariables>;
export const WorkingGroupMembersPage_DirectoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingGroupMembersPage_Directory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisationDirectory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupMembersPage_DirectoryQuery, WorkingGroupMembersPage_DirectoryQueryVariables>;
export const WorkingGroupMembersPage_InviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WorkingGroupMembersPage_Invite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteToWorkingGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToWorkingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupMembersPage_InviteMutation, WorkingGroupMembersPage_InviteMutationVariables>;
export const WorkingGroupMembersPage_StandingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WorkingGroupMembersPage_Standing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetWorkingGroupStandingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setWorkingGroupStanding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'member' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WorkingGroupMembersPage_StandingMutation,
  WorkingGroupMembersPage_StandingMutationVariables
>;
export const WorkingGroupMembersPage_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WorkingGroupMembersPage_Remove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveFromWorkingGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeFromWorkingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'removedOrganisationId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupMembersPage_RemoveMutation, WorkingGroupMembersPage_RemoveMutationVariables>;
export const PlacePage_PlaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlacePage_Place' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responsibleAuthority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentPopulation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PopulationSection_Place' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'placeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VisitsTable_Visit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PopulationSection_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'populationHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VisitsTable_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'announced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacePage_PlaceQuery, PlacePage_PlaceQueryVariables>;
export const PlacesPage_PlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlacesPage_Places' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacesTable_Place' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacesTable_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleAuthority' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlacesPage_PlacesQuery, PlacesPage_PlacesQueryVariables>;
export const PopulationSection_RecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PopulationSection_Record' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordPlacePopulationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPlacePopulation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PopulationSection_Place' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlacesTable_Place' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PopulationSection_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'populationHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlacesTable_Place' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Place' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupancyRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleAuthority' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPopulation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PopulationSection_RecordMutation, PopulationSection_RecordMutationVariables>;
export const RegisterPlaceModal_CreatePlaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterPlaceModal_CreatePlace' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePlaceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPlace' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterPlaceModal_CreatePlaceMutation, RegisterPlaceModal_CreatePlaceMutationVariables>;
export const NetworkPracticesPage_OptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkPracticesPage_Options' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkPractices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkPracticesPage_OptionsQuery, NetworkPracticesPage_OptionsQueryVariables>;
export const NetworkPracticesPage_PracticesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkPracticesPage_Practices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkPracticeFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkPractices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkPracticesPage_PracticesQuery, NetworkPracticesPage_PracticesQueryVariables>;
export const PracticeNoteForm_NetworksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PracticeNoteForm_Networks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeNoteForm_NetworksQuery, PracticeNoteForm_NetworksQueryVariables>;
export const PracticeNoteForm_PublishDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PracticeNoteForm_Publish' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishPracticeToNetworkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPracticeToNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'practice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeNoteForm_PublishMutation, PracticeNoteForm_PublishMutationVariables>;
export const PublishPracticeButton_PublishDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishPracticeButton_Publish' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishPracticeToNetworkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPracticeToNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'practice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishPracticeButton_PublishMutation, PublishPracticeButton_PublishMutationVariables>;
export const AddresseeSelect_PlaceAuthoritiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AddresseeSelect_PlaceAuthorities' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'responsibleAuthority' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddresseeSelect_PlaceAuthoritiesQuery, AddresseeSelect_PlaceAuthoritiesQueryVariables>;
export const AdoptDraftButton_AdoptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdoptDraftButton_Adopt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdoptRecommendationDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adoptRecommendationDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationPage_Detail' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdoptDraftButton_AdoptMutation, AdoptDraftButton_AdoptMutationVariables>;
export const IssueRecommendationPage_IssueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueRecommendationPage_Issue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueRecommendationPage_IssueMutation, IssueRecommendationPage_IssueMutationVariables>;
export const LinkPickers_FindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkPickers_Findings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'place' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkPickers_FindingsQuery, LinkPickers_FindingsQueryVariables>;
export const LinkPickers_PlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkPickers_Places' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkPickers_PlacesQuery, LinkPickers_PlacesQueryVariables>;
export const LinkPickers_RecommendationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LinkPickers_Recommendations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'REFERENCE' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkPickers_RecommendationsQuery, LinkPickers_RecommendationsQueryVariables>;
export const RecommendationPage_RecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendationPage_Recommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationPage_Detail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationPage_RecommendationQuery, RecommendationPage_RecommendationQueryVariables>;
export const RecommendationsPage_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendationsPage_List' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationsTable_Row' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationsTable_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationsPage_ListQuery, RecommendationsPage_ListQueryVariables>;
export const RecordFollowUpForm_RecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordFollowUpForm_Record' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFollowUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationPage_Detail' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordFollowUpForm_RecordMutation, RecordFollowUpForm_RecordMutationVariables>;
export const RecordResponseForm_RecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordResponseForm_Record' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAuthorityResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAuthorityResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationPage_Detail' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordResponseForm_RecordMutation, RecordResponseForm_RecordMutationVariables>;
export const RecordStatusForm_RecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordStatusForm_Record' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordImplementationStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordImplementationStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationPage_Detail' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addressee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LinkedRecords_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'place' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusPanel_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitorStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedTimeline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'happenedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recordedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RecommendationPage_Detail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAssess' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationHeader_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LinkedRecords_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusPanel_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RecommendationTimeline_Recommendation' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordStatusForm_RecordMutation, RecordStatusForm_RecordMutationVariables>;
export const TrackerSummary_CountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrackerSummary_Counts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overdue' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pending' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'implementedState' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'implementedMonitor' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overdue' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'pending' },
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pending' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'implementedState' },
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'implementedState' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'implementedMonitor' },
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'implementedMonitor' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrackerSummary_CountsQuery, TrackerSummary_CountsQueryVariables>;
export const ReportPage_VersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportPage_Versions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availableReportVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'visitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refusedReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportPage_VersionsQuery, ReportPage_VersionsQueryVariables>;
export const ReportPreview_ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportPreview_Report' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportVersion' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'authorityId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportLanguage' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visitReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'visitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'authorityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'authorityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'audience' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'includesVisitDetails' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sections' } },
                { kind: 'Field', name: { kind: 'Name', value: 'placeNames' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'intervieweeCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includesPersonalData' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'addressee' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leftOut' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'recordType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'downloadableBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadableBySignedOut' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'docxUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportPreview_ReportQuery, ReportPreview_ReportQueryVariables>;
export const ReportTexts_TextsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportTexts_Texts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visitReportTexts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'visitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'visitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'introductionText' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conclusionsText' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportTexts_TextsQuery, ReportTexts_TextsQueryVariables>;
export const ReportReprisalPage_OptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportReprisalPage_Options' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visits' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'places' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportReprisalPage_OptionsQuery, ReportReprisalPage_OptionsQueryVariables>;
export const ReportReprisalPage_ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportReprisalPage_Report' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportReprisalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportReprisal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incident' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportReprisalPage_ReportMutation, ReportReprisalPage_ReportMutationVariables>;
export const ReprisalPage_IncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReprisalPage_Incident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reprisalIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReprisalPage_Incident' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReprisalPage_Incident' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReprisalIncident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personPseudonym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relatedVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReprisalPage_IncidentQuery, ReprisalPage_IncidentQueryVariables>;
export const ReprisalsPage_IncidentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReprisalsPage_Incidents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reprisalIncidents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personPseudonym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relatedVisit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'places' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'namedUsers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReprisalsPage_IncidentsQuery, ReprisalsPage_IncidentsQueryVariables>;
export const UpdateReprisalForm_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReprisalForm_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReprisalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReprisal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incident' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReprisalPage_Incident' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReprisalPage_Incident' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReprisalIncident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personPseudonym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relatedVisit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReprisalForm_UpdateMutation, UpdateReprisalForm_UpdateMutationVariables>;
export const EnrolPage_StatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnrolPage_Status' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'twoFactorStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'stage' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrolPage_StatusQuery, EnrolPage_StatusQueryVariables>;
export const EnrolPage_SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnrolPage_SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<EnrolPage_SignOutMutation, EnrolPage_SignOutMutationVariables>;
export const PasskeySecondStep_StartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PasskeySecondStep_Start' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startPasskeySecondFactor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'optionsJson' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeySecondStep_StartMutation, PasskeySecondStep_StartMutationVariables>;
export const PasskeySecondStep_VerifyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PasskeySecondStep_Verify' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyPasskeySecondFactorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyPasskeySecondFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeySecondStep_VerifyMutation, PasskeySecondStep_VerifyMutationVariables>;
export const PasskeysCard_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PasskeysCard_List' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'twoFactorStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'passkeys' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeysCard_ListQuery, PasskeysCard_ListQueryVariables>;
export const PasskeysCard_StartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PasskeysCard_Start' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startPasskeyRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'optionsJson' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeysCard_StartMutation, PasskeysCard_StartMutationVariables>;
export const PasskeysCard_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PasskeysCard_Add' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPasskeyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPasskey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'passkey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeysCard_AddMutation, PasskeysCard_AddMutationVariables>;
export const PasskeysCard_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PasskeysCard_Remove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemovePasskeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePasskey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'removedId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeysCard_RemoveMutation, PasskeysCard_RemoveMutationVariables>;
export const SecondStepPage_StatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SecondStepPage_Status' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'twoFactorStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passkeyAvailable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondStepPage_StatusQuery, SecondStepPage_StatusQueryVariables>;
export const SecondStepPage_VerifyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SecondStepPage_Verify' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifySecondFactorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifySecondFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodesLeft' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondStepPage_VerifyMutation, SecondStepPage_VerifyMutationVariables>;
export const SecondStepPage_SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SecondStepPage_SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SecondStepPage_SignOutMutation, SecondStepPage_SignOutMutationVariables>;
export const SecurityPage_StatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SecurityPage_Status' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'twoFactorStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodesLeft' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecurityPage_StatusQuery, SecurityPage_StatusQueryVariables>;
export const SecurityPage_RegenerateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SecurityPage_Regenerate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegenerateRecoveryCodesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regenerateRecoveryCodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecurityPage_RegenerateMutation, SecurityPage_RegenerateMutationVariables>;
export const TwoFactorAdminPanel_SetRequiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TwoFactorAdminPanel_SetRequired' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTwoFactorRequiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTwoFactorRequired' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'twoFactorRequired' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorAdminPanel_SetRequiredMutation, TwoFactorAdminPanel_SetRequiredMutationVariables>;
export const TwoFactorAdminPanel_ResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TwoFactorAdminPanel_Reset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetMemberTwoFactorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetMemberTwoFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'membership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'twoFactorEnabled' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorAdminPanel_ResetMutation, TwoFactorAdminPanel_ResetMutationVariables>;
export const TwoFactorEnrolment_StartDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TwoFactorEnrolment_Start' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTwoFactorEnrolment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'qrCodeDataUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorEnrolment_StartMutation, TwoFactorEnrolment_StartMutationVariables>;
export const TwoFactorEnrolment_ConfirmDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TwoFactorEnrolment_Confirm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmTwoFactorEnrolmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTwoFactorEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorEnrolment_ConfirmMutation, TwoFactorEnrolment_ConfirmMutationVariables>;
export const LanguageSwitcher_SetPreferredLocaleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LanguageSwitcher_SetPreferredLocale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPreferredLocaleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPreferredLocale' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  LanguageSwitcher_SetPreferredLocaleMutation,
  LanguageSwitcher_SetPreferredLocaleMutationVariables
>;
export const AppShellLayout_MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppShellLayout_Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppShellLayout_User' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppShellLayout_Membership' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actingOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'platformAdmin' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShellLayout_User' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLocale' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppShellLayout_Membership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createPlace' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planVisit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordFinding' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issueRecommendation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reportReprisal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAuditLog' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readOutbox' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShellLayout_MeQuery, AppShellLayout_MeQueryVariables>;
export const AppShellLayout_SetActingOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppShellLayout_SetActingOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetActingOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setActingOrganisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actingOrganisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AppShellLayout_SetActingOrganisationMutation,
  AppShellLayout_SetActingOrganisationMutationVariables
>;
export const MembershipLiveUpdates_MembershipChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MembershipLiveUpdates_MembershipChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'membershipChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'membershipId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MembershipLiveUpdates_MembershipChangedSubscription,
  MembershipLiveUpdates_MembershipChangedSubscriptionVariables
>;
export const SignOutButton_SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOutButton_SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SignOutButton_SignOutMutation, SignOutButton_SignOutMutationVariables>;
export const SsoSettingsPage_OrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SsoSettingsPage_Organisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanConfigureSso' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ssoConnection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SsoSettingsPage_Connection' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SsoSettingsPage_Connection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SsoConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientSecretSet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedDomains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jitRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SsoSettingsPage_OrganisationQuery, SsoSettingsPage_OrganisationQueryVariables>;
export const SsoSettingsPage_ConfigureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SsoSettingsPage_Configure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfigureSsoInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configureSso' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ssoConnection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SsoSettingsPage_Connection' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SsoSettingsPage_Connection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SsoConnection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientSecretSet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedDomains' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jitRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SsoSettingsPage_ConfigureMutation, SsoSettingsPage_ConfigureMutationVariables>;
export const SsoSignIn_ProvidersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SsoSignIn_Providers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ssoProviders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SsoSignIn_ProvidersQuery, SsoSignIn_ProvidersQueryVariables>;
export const PlanVisitPage_PlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanVisitPage_Places' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '200' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanVisitPage_PlacesQuery, PlanVisitPage_PlacesQueryVariables>;
export const PlanVisitPage_PlanVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanVisitPage_PlanVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanVisitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanVisitPage_PlanVisitMutation, PlanVisitPage_PlanVisitMutationVariables>;
export const TeamBuilder_MembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamBuilder_Members' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamBuilder_MembersQuery, TeamBuilder_MembersQueryVariables>;
export const VisitLifecycle_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VisitLifecycle_Move' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveVisitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisitLifecycle_MoveMutation, VisitLifecycle_MoveMutationVariables>;
export const VisitPage_VisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VisitPage_Visit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingsAfter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recommendationsAfter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'announced' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leader' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'findingsAfter' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingsList_Finding' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VisitLifecycle_Visit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IssuedRecommendations_Visit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WhoCanSeePanel_Record' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentsPanel_Record' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingsList_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monitoringArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodPractice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'place' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VisitLifecycle_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'update' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IssuedRecommendations_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recommendationsAfter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WhoCanSeePanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'readableBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedWith' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                { kind: 'Field', name: { kind: 'Name', value: 'update' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassify' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reclassifyTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'export' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorisePublication' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publishedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Recommendation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workplan' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentsPanel_Record' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareableRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisitPage_VisitQuery, VisitPage_VisitQueryVariables>;
export const VisitsPage_VisitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VisitsPage_Visits' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VisitFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'VisitsTable_Visit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VisitsTable_Visit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Visit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'announced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'places' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisitsPage_VisitsQuery, VisitsPage_VisitsQueryVariables>;
export const WorkingGroupPage_WorkingGroupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingGroupPage_WorkingGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'manageMembers' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupPage_WorkingGroupQuery, WorkingGroupPage_WorkingGroupQueryVariables>;
export const ActionComments_CommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ActionComments_Comment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommentOnWorkplanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnWorkplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionComments_CommentMutation, ActionComments_CommentMutationVariables>;
export const AddActionForm_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddActionForm_Add' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddActionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'action' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkplanPage_Action' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkplanPage_Action' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointCommitment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddActionForm_AddMutation, AddActionForm_AddMutationVariables>;
export const AddPriorityForm_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPriorityForm_Add' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPriorityInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPriority' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'priority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPriorityForm_AddMutation, AddPriorityForm_AddMutationVariables>;
export const CreateWorkplanForm_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWorkplanForm_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWorkplanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWorkplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workplan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWorkplanForm_CreateMutation, CreateWorkplanForm_CreateMutationVariables>;
export const DiscussionThread_CommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussionThread_Comments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'discussion' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'actionId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussionThread_CommentsQuery, DiscussionThread_CommentsQueryVariables>;
export const MyActionsPage_ActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyActionsPage_Actions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanActionFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplanActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountCapped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkplanPage_Action' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkplanPage_Action' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointCommitment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionsPage_ActionsQuery, MyActionsPage_ActionsQueryVariables>;
export const VersionHistory_VersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionHistory_Versions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'createdBy' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionHistory_VersionsQuery, VersionHistory_VersionsQueryVariables>;
export const VersionHistory_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VersionHistory_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveNarrativeVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveNarrativeVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionHistory_SaveMutation, VersionHistory_SaveMutationVariables>;
export const VersionViewModal_HtmlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionViewModal_Html' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'narrativeVersion' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'html' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionViewModal_HtmlQuery, VersionViewModal_HtmlQueryVariables>;
export const RestoreVersionModal_RestoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreVersionModal_Restore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestoreNarrativeVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreNarrativeVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workplan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreVersionModal_RestoreMutation, RestoreVersionModal_RestoreMutationVariables>;
export const WorkplanLiveUpdates_ChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WorkplanLiveUpdates_Changed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workplanId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplanChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workplanId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workplanId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkplanLiveUpdates_ChangedSubscription, WorkplanLiveUpdates_ChangedSubscriptionVariables>;
export const WorkplanPage_WorkplanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkplanPage_Workplan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'narrative' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'readComments' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workingGroup' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organisation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'priorities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'WorkplanPage_Action' },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'pageInfo' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkplanPage_Action' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointCommitment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkplanPage_WorkplanQuery, WorkplanPage_WorkplanQueryVariables>;
export const WorkplansPage_WorkplansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkplansPage_Workplans' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workingGroupId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workingGroupId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'createWorkplan' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workplans' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workingGroupId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workingGroupId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerOrganisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkplansPage_WorkplansQuery, WorkplansPage_WorkplansQueryVariables>;
export const UseUpdateAction_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UseUpdateAction_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateActionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'action' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkplanPage_Action' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'yours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'theirs' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkplanPage_Action' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkplanAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workplanId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responsibleOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointCommitment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanUpdate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UseUpdateAction_UpdateMutation, UseUpdateAction_UpdateMutationVariables>;
