import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, OptionalProps } from '@mikro-orm/core';
import type {
  Acceptance,
  Expertise,
  FindingSource,
  FollowUpKind,
  Gender,
  ImplementationStatus,
  MonitoringArea,
  PlaceStatus,
  PlaceType,
  Priority,
  RecommendationLevel,
  RecommendationSource,
  Severity,
  VisitStatus,
  VisitType,
} from '@opcat/domain';
import {
  ACCEPTANCES,
  EXPERTISES,
  FOLLOW_UP_KINDS,
  GENDERS,
  IMPLEMENTATION_STATUSES,
  MONITORING_AREAS,
  PLACE_STATUSES,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_LEVELS,
  RECOMMENDATION_SOURCES,
  SEVERITIES,
  VISIT_STATUSES,
  VISIT_TYPES,
} from '@opcat/domain';
import { Organisation, User } from './identity.ts';
import { ShareableRecord, ShareableRecordSchema, searchIndex } from './shareable.ts';

export class Place extends ShareableRecord<'region' | 'address' | 'capacity' | 'status'> {
  name!: string;
  type!: PlaceType;
  responsibleAuthority!: Organisation;
  region: string | null = null;
  address: string | null = null;
  /** Official capacity (places); null when unknown. */
  capacity: number | null = null;
  status: PlaceStatus = 'OPERATING';
  populations = new Collection<PlacePopulation>(this);
}

/** Population counted on a date; the history is kept, the latest gives the occupancy rate. */
export class PlacePopulation {
  [OptionalProps]?: 'id' | 'recordedAt';
  id: string = randomUUID();
  place!: Place;
  countedOn!: string; // YYYY-MM-DD
  population!: number;
  recordedBy!: User;
  recordedAt: Date = new Date();
}

export class Visit extends ShareableRecord<'announced' | 'objectives' | 'status' | 'endDate'> {
  places = new Collection<Place>(this);
  type!: VisitType;
  announced: boolean = false;
  startDate!: string;
  endDate: string | null = null;
  objectives: string = '';
  status: VisitStatus = 'PLANNED';
  team = new Collection<VisitTeamMember>(this);
}

export class VisitTeamMember {
  [OptionalProps]?: 'id' | 'leader';
  id: string = randomUUID();
  visit!: Visit;
  user!: User;
  expertise!: Expertise;
  gender!: Gender;
  leader: boolean = false;
}

export class Finding extends ShareableRecord<
  'riskFactors' | 'vulnerabilities' | 'sources' | 'goodPractice' | 'description'
> {
  visit!: Visit;
  place!: Place;
  title!: string;
  monitoringArea!: MonitoringArea;
  riskFactors: string[] = [];
  vulnerabilities: string[] = [];
  description: string = '';
  sources: FindingSource[] = [];
  severity!: Severity;
  goodPractice: boolean = false;
  interviewees = new Collection<Interviewee>(this);
  evidence = new Collection<EvidenceAttachment>(this);
}

/** Personal data (art. 21(2) OPCAT): only the owner organisation's visit team reads more than the pseudonym. */
export class Interviewee {
  [OptionalProps]?: 'id' | 'contact' | 'medicalNotes' | 'atRisk' | 'welfareCheckDueOn';
  id: string = randomUUID();
  finding!: Finding;
  pseudonym!: string;
  identity!: string;
  contact: string | null = null;
  medicalNotes: string | null = null;
  /** At risk of reprisals for talking to the monitors; links the person to the reprisal register. */
  atRisk: boolean = false;
  /** The next welfare check (YYYY-MM-DD), scheduled when the person is flagged at risk. */
  welfareCheckDueOn: string | null = null;
}

export class EvidenceAttachment {
  [OptionalProps]?: 'id' | 'uploadedAt' | 'containsPersonalData' | 'contentKeyId';
  id: string = randomUUID();
  finding!: Finding;
  fileName!: string;
  mimeType!: string;
  sizeBytes!: number;
  /** Of the plain bytes, so a download can be checked against what was uploaded. */
  sha256!: string;
  /** Sealed at rest (decision 0030): iv | tag | ciphertext under the data key `contentKeyId`. */
  content!: Buffer;
  /** The owner organisation's data key that sealed `content`; null only for a file not yet sealed. */
  contentKeyId: string | null = null;
  uploadedBy!: User;
  uploadedAt: Date = new Date();
  /** On unless the uploader says otherwise: a file is treated as naming people until someone who sees it decides. */
  containsPersonalData: boolean = true;
}

export class Recommendation extends ShareableRecord<
  'acceptance' | 'stateStatus' | 'monitorStatus' | 'repeats' | 'targetDate' | 'text' | 'theme'
> {
  reference!: string;
  title!: string;
  text: string = '';
  source!: RecommendationSource;
  addressee!: Organisation;
  theme: string = '';
  level!: RecommendationLevel;
  priority!: Priority;
  issuedOn!: string;
  targetDate: string | null = null;
  responseDueOn!: string;
  findings = new Collection<Finding>(this);
  places = new Collection<Place>(this);
  repeats: Recommendation | null = null;
  acceptance: Acceptance = 'PENDING';
  stateStatus: ImplementationStatus | null = null;
  monitorStatus: ImplementationStatus | null = null;
  history = new Collection<RecommendationStatusEntry>(this);
  responses = new Collection<AuthorityResponse>(this);
  followUps = new Collection<FollowUpActivity>(this);
}

export const STATUS_ENTRY_KINDS = ['ACCEPTANCE', 'STATE_REPORTED', 'MONITOR_ASSESSED'] as const;
export type StatusEntryKind = (typeof STATUS_ENTRY_KINDS)[number];

/** Dated history of the State's acceptance and of both implementation statuses. */
export class RecommendationStatusEntry {
  [OptionalProps]?: 'id' | 'note' | 'recordedAt';
  id: string = randomUUID();
  recommendation!: Recommendation;
  kind!: StatusEntryKind;
  value!: string;
  effectiveOn!: string;
  note: string = '';
  recordedBy!: User;
  recordedAt: Date = new Date();
}

/** The authority's answer in the art. 22 dialogue. */
export class AuthorityResponse {
  [OptionalProps]?: 'id' | 'proposedTimeline' | 'recordedAt';
  id: string = randomUUID();
  recommendation!: Recommendation;
  authorOrganisation!: Organisation;
  respondedOn!: string;
  text!: string;
  acceptance!: Acceptance;
  proposedTimeline: string = '';
  recordedBy!: User;
  recordedAt: Date = new Date();
}

export class FollowUpActivity {
  [OptionalProps]?: 'id' | 'outcome' | 'recordedAt' | 'visit';
  id: string = randomUUID();
  recommendation!: Recommendation;
  kind!: FollowUpKind;
  happenedOn!: string;
  outcome: string = '';
  /** The follow-up visit record, when the activity was a visit that is recorded (read through the scope). */
  visit: Visit | null = null;
  recordedBy!: User;
  recordedAt: Date = new Date();
}

const date = { type: 'date' } as const;
const enumOf = (items: readonly string[]) => ({ enum: true, items: () => [...items] }) as const;

export const PlaceSchema = new EntitySchema<Place, ShareableRecord>({
  class: Place,
  extends: ShareableRecordSchema,
  // Read-scope branches and sort keys: see docs/decisions/0012-keyset-pages-and-capped-counts.md.
  indexes: [
    {
      ...searchIndex('place'),
    },
    {
      name: 'place_shared_with_gin',
      expression: 'create index "place_shared_with_gin" on "place" using gin ("shared_with")',
    },
    { name: 'place_name_id_index', expression: 'create index "place_name_id_index" on "place" ("name", "id")' },
    {
      // The places page filtered by type, in its order (decision 0044).
      name: 'place_type_name_id_index',
      expression: 'create index "place_type_name_id_index" on "place" ("type", "name", "id")',
    },
    {
      // The search box's newest matches (decision 0041).
      name: 'place_created_at_id_index',
      expression: 'create index "place_created_at_id_index" on "place" ("created_at" desc, "id")',
    },
  ],
  checks: [{ name: 'place_capacity_check', expression: 'capacity is null or capacity >= 0' }],
  properties: {
    name: { type: 'string', length: 300 },
    type: enumOf(PLACE_TYPES),
    responsibleAuthority: { kind: 'm:1', entity: () => Organisation },
    region: { type: 'string', length: 200, nullable: true },
    address: { type: 'string', length: 500, nullable: true },
    capacity: { type: 'integer', nullable: true },
    status: enumOf(PLACE_STATUSES),
    populations: { kind: '1:m', entity: () => PlacePopulation, mappedBy: 'place' },
  },
});

export const PlacePopulationSchema = new EntitySchema<PlacePopulation>({
  class: PlacePopulation,
  checks: [{ name: 'place_population_population_check', expression: 'population >= 0' }],
  indexes: [
    {
      // A place's latest count in one index probe, however long its history (place-fields.ts).
      name: 'place_population_latest_index',
      expression:
        'create index "place_population_latest_index" on "place_population" ("place_id", "counted_on" desc, "recorded_at" desc, "id")',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    place: { kind: 'm:1', entity: () => Place, deleteRule: 'cascade' },
    countedOn: date,
    population: { type: 'integer' },
    recordedBy: { kind: 'm:1', entity: () => User },
    recordedAt: { type: 'datetime' },
  },
});

export const VisitSchema = new EntitySchema<Visit, ShareableRecord>({
  class: Visit,
  extends: ShareableRecordSchema,
  // Read-scope branches and sort keys: see docs/decisions/0012-keyset-pages-and-capped-counts.md.
  indexes: [
    {
      ...searchIndex('visit'),
    },
    {
      name: 'visit_shared_with_gin',
      expression: 'create index "visit_shared_with_gin" on "visit" using gin ("shared_with")',
    },
    {
      name: 'visit_start_date_id_index',
      expression: 'create index "visit_start_date_id_index" on "visit" ("start_date" desc, "id")',
    },
    {
      // The visits page filtered by status, in its order (decision 0044).
      name: 'visit_status_start_date_id_index',
      expression: 'create index "visit_status_start_date_id_index" on "visit" ("status", "start_date" desc, "id")',
    },
    {
      // The search box's newest matches (decision 0041).
      name: 'visit_created_at_id_index',
      expression: 'create index "visit_created_at_id_index" on "visit" ("created_at" desc, "id")',
    },
  ],
  checks: [{ name: 'visit_dates_check', expression: 'end_date is null or end_date >= start_date' }],
  properties: {
    // The link tables are entities of their own (pivots.ts), named here to keep imports one-way.
    places: { kind: 'm:n', entity: () => Place, owner: true, pivotEntity: 'VisitPlace' },
    type: enumOf(VISIT_TYPES),
    announced: { type: 'boolean' },
    startDate: date,
    endDate: { ...date, nullable: true },
    objectives: { type: 'text' },
    status: enumOf(VISIT_STATUSES),
    team: { kind: '1:m', entity: () => VisitTeamMember, mappedBy: 'visit', orphanRemoval: true },
  },
});

export const VisitTeamMemberSchema = new EntitySchema<VisitTeamMember>({
  class: VisitTeamMember,
  uniques: [{ properties: ['visit', 'user'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    visit: { kind: 'm:1', entity: () => Visit, deleteRule: 'cascade' },
    user: { kind: 'm:1', entity: () => User },
    expertise: enumOf(EXPERTISES),
    gender: enumOf(GENDERS),
    leader: { type: 'boolean' },
  },
});

export const FindingSchema = new EntitySchema<Finding, ShareableRecord>({
  class: Finding,
  extends: ShareableRecordSchema,
  // Read-scope branches and sort keys: see docs/decisions/0012-keyset-pages-and-capped-counts.md.
  indexes: [
    {
      ...searchIndex('finding'),
    },
    {
      name: 'finding_shared_with_gin',
      expression: 'create index "finding_shared_with_gin" on "finding" using gin ("shared_with")',
    },
    {
      name: 'finding_created_at_id_index',
      expression: 'create index "finding_created_at_id_index" on "finding" ("created_at" desc, "id")',
    },
    {
      name: 'finding_visit_created_index',
      expression: 'create index "finding_visit_created_index" on "finding" ("visit_id", "created_at", "id")',
    },
    {
      name: 'finding_owner_created_at_index',
      expression:
        'create index "finding_owner_created_at_index" on "finding" ("owner_organisation_id", "created_at" desc, "id")',
    },
    {
      // The library's faceted page (area, severity) newest first (decision 0041); the read scope's columns
      // ride along so that its capped count is an index-only scan (decision 0047).
      name: 'finding_area_severity_created_at_index',
      expression:
        'create index "finding_area_severity_created_at_index" on "finding" ("monitoring_area", "severity", "created_at" desc, "id") include ("classification", "owner_organisation_id", "working_group_id", "shared_with", "country_code")',
    },
  ],
  properties: {
    // Indexed by finding_visit_created_index (visit_id first): a visit's findings page in order.
    visit: { kind: 'm:1', entity: () => Visit },
    place: { kind: 'm:1', entity: () => Place, index: true },
    title: { type: 'string', length: 300 },
    monitoringArea: enumOf(MONITORING_AREAS),
    riskFactors: { type: 'text[]', default: '{}' },
    vulnerabilities: { type: 'text[]', default: '{}' },
    description: { type: 'text' },
    sources: { type: 'text[]', default: '{}' },
    severity: enumOf(SEVERITIES),
    goodPractice: { type: 'boolean' },
    interviewees: { kind: '1:m', entity: () => Interviewee, mappedBy: 'finding', orphanRemoval: true },
    evidence: { kind: '1:m', entity: () => EvidenceAttachment, mappedBy: 'finding' },
  },
});

export const IntervieweeSchema = new EntitySchema<Interviewee>({
  class: Interviewee,
  properties: {
    id: { type: 'uuid', primary: true },
    finding: { kind: 'm:1', entity: () => Finding, deleteRule: 'cascade', index: true },
    pseudonym: { type: 'string', length: 100 },
    identity: { type: 'text' },
    contact: { type: 'text', nullable: true },
    medicalNotes: { type: 'text', nullable: true },
    atRisk: { type: 'boolean', default: false },
    welfareCheckDueOn: { type: 'date', nullable: true },
  },
});

export const EvidenceAttachmentSchema = new EntitySchema<EvidenceAttachment>({
  class: EvidenceAttachment,
  properties: {
    id: { type: 'uuid', primary: true },
    finding: { kind: 'm:1', entity: () => Finding, deleteRule: 'cascade', index: true },
    fileName: { type: 'string', length: 255 },
    mimeType: { type: 'string', length: 100 },
    sizeBytes: { type: 'integer' },
    sha256: { type: 'string', length: 64 },
    content: { type: 'blob', lazy: true },
    contentKeyId: { type: 'uuid', nullable: true },
    uploadedBy: { kind: 'm:1', entity: () => User },
    uploadedAt: { type: 'datetime' },
    containsPersonalData: { type: 'boolean', default: true },
  },
});

export const RecommendationSchema = new EntitySchema<Recommendation, ShareableRecord>({
  class: Recommendation,
  extends: ShareableRecordSchema,
  // Read-scope branches and sort keys: see docs/decisions/0012-keyset-pages-and-capped-counts.md.
  indexes: [
    {
      ...searchIndex('recommendation'),
    },
    {
      name: 'recommendation_shared_with_gin',
      expression: 'create index "recommendation_shared_with_gin" on "recommendation" using gin ("shared_with")',
    },
    {
      name: 'recommendation_issued_on_index',
      expression:
        'create index "recommendation_issued_on_index" on "recommendation" ("issued_on" desc, "reference", "id")',
    },
    {
      // The tracker filtered by the State's or the monitor's status, in its order (decision 0044).
      name: 'recommendation_state_status_issued_on_index',
      expression:
        'create index "recommendation_state_status_issued_on_index" on "recommendation" ("state_status", "issued_on" desc, "reference", "id")',
    },
    {
      name: 'recommendation_monitor_status_issued_on_index',
      expression:
        'create index "recommendation_monitor_status_issued_on_index" on "recommendation" ("monitor_status", "issued_on" desc, "reference", "id")',
    },
    {
      // The search box's newest matches (decision 0041).
      name: 'recommendation_created_at_id_index',
      expression: 'create index "recommendation_created_at_id_index" on "recommendation" ("created_at" desc, "id")',
    },
    {
      name: 'recommendation_owner_issued_on_index',
      expression:
        'create index "recommendation_owner_issued_on_index" on "recommendation" ("owner_organisation_id", "issued_on" desc)',
    },
    {
      // The dashboards' responses falling overdue this month (decision 0033).
      name: 'recommendation_response_due_on_index',
      expression: 'create index "recommendation_response_due_on_index" on "recommendation" ("response_due_on")',
    },
  ],
  uniques: [{ properties: ['ownerOrganisation', 'reference'] }],
  properties: {
    reference: { type: 'string', length: 60 },
    title: { type: 'string', length: 300 },
    text: { type: 'text' },
    source: enumOf(RECOMMENDATION_SOURCES),
    addressee: { kind: 'm:1', entity: () => Organisation, index: true },
    theme: { type: 'string', length: 200 },
    level: enumOf(RECOMMENDATION_LEVELS),
    priority: enumOf(PRIORITIES),
    issuedOn: date,
    targetDate: { ...date, nullable: true },
    responseDueOn: date,
    findings: { kind: 'm:n', entity: () => Finding, owner: true, pivotEntity: 'RecommendationFinding' },
    places: { kind: 'm:n', entity: () => Place, owner: true, pivotEntity: 'RecommendationPlace' },
    repeats: { kind: 'm:1', entity: () => Recommendation, nullable: true },
    acceptance: enumOf(ACCEPTANCES),
    stateStatus: { ...enumOf(IMPLEMENTATION_STATUSES), nullable: true },
    monitorStatus: { ...enumOf(IMPLEMENTATION_STATUSES), nullable: true },
    history: { kind: '1:m', entity: () => RecommendationStatusEntry, mappedBy: 'recommendation' },
    responses: { kind: '1:m', entity: () => AuthorityResponse, mappedBy: 'recommendation' },
    followUps: { kind: '1:m', entity: () => FollowUpActivity, mappedBy: 'recommendation' },
  },
});

export const RecommendationStatusEntrySchema = new EntitySchema<RecommendationStatusEntry>({
  class: RecommendationStatusEntry,
  properties: {
    id: { type: 'uuid', primary: true },
    recommendation: { kind: 'm:1', entity: () => Recommendation, deleteRule: 'cascade', index: true },
    kind: enumOf(['ACCEPTANCE', 'STATE_REPORTED', 'MONITOR_ASSESSED']),
    value: { type: 'string', length: 40 },
    effectiveOn: date,
    note: { type: 'text' },
    recordedBy: { kind: 'm:1', entity: () => User },
    recordedAt: { type: 'datetime' },
  },
});

export const AuthorityResponseSchema = new EntitySchema<AuthorityResponse>({
  class: AuthorityResponse,
  properties: {
    id: { type: 'uuid', primary: true },
    recommendation: { kind: 'm:1', entity: () => Recommendation, deleteRule: 'cascade', index: true },
    authorOrganisation: { kind: 'm:1', entity: () => Organisation },
    respondedOn: date,
    text: { type: 'text' },
    acceptance: enumOf(ACCEPTANCES),
    proposedTimeline: { type: 'text' },
    recordedBy: { kind: 'm:1', entity: () => User },
    recordedAt: { type: 'datetime' },
  },
});

export const FollowUpActivitySchema = new EntitySchema<FollowUpActivity>({
  class: FollowUpActivity,
  properties: {
    id: { type: 'uuid', primary: true },
    recommendation: { kind: 'm:1', entity: () => Recommendation, deleteRule: 'cascade', index: true },
    kind: enumOf(FOLLOW_UP_KINDS),
    happenedOn: date,
    outcome: { type: 'text' },
    visit: { kind: 'm:1', entity: () => Visit, nullable: true, deleteRule: 'set null', index: true },
    recordedBy: { kind: 'm:1', entity: () => User },
    recordedAt: { type: 'datetime' },
  },
});
