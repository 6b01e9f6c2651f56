import { EntitySchema } from '@mikro-orm/core';

/** The read-scope facts every tally row (and every combination of them) is keyed by. */
abstract class ScopeFactColumns {
  classification!: string;
  ownerOrganisationId!: string;
  workingGroupId: string | null = null;
  countryCode: string | null = null;
  sharedWith: string[] = [];
}

const SCOPE_FACTS = {
  classification: { type: 'text' },
  ownerOrganisationId: { type: 'uuid' },
  workingGroupId: { type: 'uuid', nullable: true },
  countryCode: { type: 'text', nullable: true },
  sharedWith: { type: 'text[]' },
} as const;

/**
 * Pre-aggregated dashboard counts (decision 0033). Written only by the database's triggers
 * (Migration20261207060000_scale), read only by modules/dashboard; mapped here so that the schema
 * check knows them, never loaded or written through the ORM.
 *
 * Every row is keyed by the facts the read scope looks at (classification, owner, working group,
 * State, share list and, for recommendations, addressee), so the policy's SQL scope applied to a
 * tally row admits it exactly when it admits every record counted in it.
 */
export class FindingTally extends ScopeFactColumns {
  /** md5 of every key column. */
  key!: string;
  /** AREA (row area, column year), VULNERABILITY (row situation, column year), RISK (row factor, column place type). */
  figure!: string;
  row!: string;
  col!: string;
  /** RISK only: the read-scope facts of the finding's place. */
  placeClassification: string | null = null;
  placeOwnerOrganisationId: string | null = null;
  placeWorkingGroupId: string | null = null;
  placeCountryCode: string | null = null;
  placeSharedWith: string[] | null = null;
  n = 0;
  /** `opcat_fact_key` of the read-scope facts above, set by the database (decision 0045). */
  factKey!: string;
  /** RISK only: `opcat_fact_key` of the place's read-scope facts. */
  placeFactKey: string | null = null;
}

export const FindingTallySchema = new EntitySchema<FindingTally>({
  class: FindingTally,
  properties: {
    key: { type: 'text', primary: true },
    figure: { type: 'text' },
    ...SCOPE_FACTS,
    row: { type: 'text' },
    col: { type: 'text' },
    placeClassification: { type: 'text', nullable: true },
    placeOwnerOrganisationId: { type: 'uuid', nullable: true },
    placeWorkingGroupId: { type: 'uuid', nullable: true },
    placeCountryCode: { type: 'text', nullable: true },
    placeSharedWith: { type: 'text[]', nullable: true },
    n: { type: 'bigint' },
    factKey: { type: 'uuid' },
    placeFactKey: { type: 'uuid', nullable: true },
  },
  indexes: [
    { properties: ['ownerOrganisationId'] },
    { properties: ['countryCode'] },
    { properties: ['workingGroupId'] },
    { properties: ['factKey'] },
  ],
});

/**
 * Every combination of read-scope facts a finding tally row carries, its own or its place's, named
 * by `opcat_fact_key` (decision 0045): the dashboard tests the viewer's scope on these few rows.
 */
export class TallyFact extends ScopeFactColumns {
  key!: string;
}

export const TallyFactSchema = new EntitySchema<TallyFact>({
  class: TallyFact,
  properties: {
    key: { type: 'uuid', primary: true },
    ...SCOPE_FACTS,
  },
});

/**
 * The finding tally's cells of one pair of fact combinations — the finding's and its place's, or
 * NO_PLACE_KEY for the figures without a place — as two arrays, kept from `finding_tally` by the
 * database (decision 0045): what a dashboard reads.
 */
export class FindingTallyPair {
  factKey!: string;
  placeFactKey!: string;
  /** Ids of `tally_cell`. */
  cells: number[] = [];
  counts: string[] = [];
}

export const FindingTallyPairSchema = new EntitySchema<FindingTallyPair>({
  class: FindingTallyPair,
  properties: {
    factKey: { type: 'uuid', primary: true },
    placeFactKey: { type: 'uuid', primary: true },
    cells: { type: 'int[]', columnType: 'int[]' },
    counts: { type: 'bigint[]', columnType: 'bigint[]' },
  },
});

/** The cells of the finding figures ("figure␟row␟col"), numbered for `finding_tally_pair` (decision 0045). */
export class TallyCell {
  id!: number;
  cell!: string;
}

export const TallyCellSchema = new EntitySchema<TallyCell>({
  class: TallyCell,
  properties: {
    id: { type: 'integer', primary: true },
    cell: { type: 'text', unique: true },
  },
});

/** What one recommendation contributes to the tally, kept so a change can take it back exactly. */
export class RecommendationTallySource extends ScopeFactColumns {
  recommendationId!: string;
  addresseeId!: string;
  theme!: string;
  priority!: string;
  year!: string;
  acceptance!: string;
  stateStatus: string | null = null;
  monitorStatus: string | null = null;
  repeated!: boolean;
  /** No response recorded and the response was due before the tally clock's date. */
  overdue!: boolean;
  /** Place type → sorted read-scope facts of the linked places of that type. */
  placeTypes!: Record<string, unknown>;
}

export const RecommendationTallySourceSchema = new EntitySchema<RecommendationTallySource>({
  class: RecommendationTallySource,
  properties: {
    recommendationId: { type: 'uuid', primary: true },
    ...SCOPE_FACTS,
    addresseeId: { type: 'uuid' },
    theme: { type: 'text' },
    priority: { type: 'text' },
    year: { type: 'text' },
    acceptance: { type: 'text' },
    stateStatus: { type: 'text', nullable: true },
    monitorStatus: { type: 'text', nullable: true },
    repeated: { type: 'boolean' },
    overdue: { type: 'boolean' },
    placeTypes: { type: 'json' },
  },
});

/** Recommendation counts per read-scope partition, dimension (ALL, AUTHORITY, THEME, PRIORITY, YEAR, PLACE_TYPE) and key. */
export class RecommendationTally extends ScopeFactColumns {
  key!: string;
  addresseeId!: string;
  dimension!: string;
  dimensionKey!: string;
  /** PLACE_TYPE only: the read-scope facts of the linked places of that type (counted when any is readable). */
  placeFacts: unknown[] | null = null;
  total = 0;
  pending = 0;
  accepted = 0;
  partiallyAccepted = 0;
  noted = 0;
  rejected = 0;
  stateReported = 0;
  stateImplemented = 0;
  statePartiallyImplemented = 0;
  monitorAssessed = 0;
  monitorImplemented = 0;
  monitorPartiallyImplemented = 0;
  discrepancies = 0;
  repeated = 0;
  /** Responses overdue as of the tally clock's date. */
  overdueResponses = 0;
}

const count = { type: 'bigint' } as const;

export const RecommendationTallySchema = new EntitySchema<RecommendationTally>({
  class: RecommendationTally,
  properties: {
    key: { type: 'text', primary: true },
    ...SCOPE_FACTS,
    addresseeId: { type: 'uuid' },
    dimension: { type: 'text' },
    dimensionKey: { type: 'text' },
    placeFacts: { type: 'json', nullable: true },
    total: count,
    pending: count,
    accepted: count,
    partiallyAccepted: count,
    noted: count,
    rejected: count,
    stateReported: count,
    stateImplemented: count,
    statePartiallyImplemented: count,
    monitorAssessed: count,
    monitorImplemented: count,
    monitorPartiallyImplemented: count,
    discrepancies: count,
    repeated: count,
    overdueResponses: count,
  },
  indexes: [
    { properties: ['ownerOrganisationId'] },
    { properties: ['countryCode'] },
    { properties: ['workingGroupId'] },
    { properties: ['addresseeId'] },
  ],
});

/**
 * The date "overdue" is counted as of in the recommendation tally (one row). The first dashboard read
 * of a day moves it to today and refreshes the recommendations whose response fell due in between.
 */
export class DashboardTallyClock {
  id!: number;
  asOf!: string;
}

export const DashboardTallyClockSchema = new EntitySchema<DashboardTallyClock>({
  class: DashboardTallyClock,
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    asOf: { type: 'date' },
  },
});

export const dashboardTallySchemas = [
  FindingTallySchema,
  TallyFactSchema,
  FindingTallyPairSchema,
  TallyCellSchema,
  RecommendationTallySourceSchema,
  RecommendationTallySchema,
  DashboardTallyClockSchema,
];
