import type { RecommendationFilter } from '../../__generated__/graphql.ts';
import {
  ACCEPTANCES,
  IMPLEMENTATION_STATUSES,
  isOneOf,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_SORTS,
  RECOMMENDATION_SOURCES,
  type Acceptance,
  type ImplementationStatus,
  type PlaceType,
  type Priority,
  type RecommendationSort,
  type RecommendationSource,
} from '../../lib/enums.ts';

/** What the tracker shows, as kept in the URL so a filtered view can be shared by link. */
export interface TrackerFilters {
  readonly search: string;
  readonly acceptance: readonly Acceptance[];
  readonly stateStatus: readonly ImplementationStatus[];
  readonly monitorStatus: readonly ImplementationStatus[];
  readonly addresseeId: string | null;
  readonly theme: string;
  readonly placeTypes: readonly PlaceType[];
  readonly overdue: boolean;
  readonly priority: Priority | null;
  readonly source: RecommendationSource | null;
  /** The dashboard scopes (an organisation, a working group, a State) and year, so a figure links here. */
  readonly aboutOrganisationId: string | null;
  readonly workingGroupId: string | null;
  readonly countryCode: string | null;
  readonly issuedYear: number | null;
  readonly sort: RecommendationSort;
  /** 1-based. */
  readonly page: number;
}

export const PAGE_SIZE = 25;

export const DEFAULT_FILTERS: TrackerFilters = {
  search: '',
  acceptance: [],
  stateStatus: [],
  monitorStatus: [],
  addresseeId: null,
  theme: '',
  placeTypes: [],
  overdue: false,
  priority: null,
  source: null,
  aboutOrganisationId: null,
  workingGroupId: null,
  countryCode: null,
  issuedYear: null,
  sort: 'ISSUED_DESC',
  page: 1,
};

/** URL parameter names: short, stable, readable in a shared link. */
const PARAM = {
  search: 'q',
  acceptance: 'acceptance',
  stateStatus: 'state',
  monitorStatus: 'monitor',
  addresseeId: 'addressee',
  theme: 'theme',
  placeTypes: 'placeType',
  overdue: 'overdue',
  priority: 'priority',
  source: 'source',
  aboutOrganisationId: 'org',
  workingGroupId: 'wg',
  countryCode: 'country',
  issuedYear: 'year',
  sort: 'sort',
  page: 'page',
} as const;

/** Comma-separated enum values; unknown values (an old link, a typo) are dropped, duplicates too. */
function listParam<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] {
  const raw = params.get(name) ?? '';
  const picked = raw.split(',').filter((value): value is T => isOneOf(values, value));
  return [...new Set(picked)];
}

function oneParam<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T | null {
  const raw = params.get(name);
  return isOneOf(values, raw) ? raw : null;
}

/** Reads the tracker's filters from the URL; anything missing or invalid takes its default. */
export function filtersFromParams(params: URLSearchParams): TrackerFilters {
  const page = Number.parseInt(params.get(PARAM.page) ?? '', 10);
  const year = Number.parseInt(params.get(PARAM.issuedYear) ?? '', 10);
  const country = params.get(PARAM.countryCode)?.trim().toUpperCase() ?? '';
  return {
    search: params.get(PARAM.search)?.trim() ?? '',
    acceptance: listParam(params, PARAM.acceptance, ACCEPTANCES),
    stateStatus: listParam(params, PARAM.stateStatus, IMPLEMENTATION_STATUSES),
    monitorStatus: listParam(params, PARAM.monitorStatus, IMPLEMENTATION_STATUSES),
    addresseeId: params.get(PARAM.addresseeId)?.trim() || null,
    theme: params.get(PARAM.theme)?.trim() ?? '',
    placeTypes: listParam(params, PARAM.placeTypes, PLACE_TYPES),
    overdue: params.get(PARAM.overdue) === '1',
    priority: oneParam(params, PARAM.priority, PRIORITIES),
    source: oneParam(params, PARAM.source, RECOMMENDATION_SOURCES),
    aboutOrganisationId: params.get(PARAM.aboutOrganisationId)?.trim() || null,
    workingGroupId: params.get(PARAM.workingGroupId)?.trim() || null,
    countryCode: /^[A-Z]{2}$/.test(country) ? country : null,
    issuedYear: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : null,
    sort: oneParam(params, PARAM.sort, RECOMMENDATION_SORTS) ?? DEFAULT_FILTERS.sort,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL parameters for a view: only what differs from the defaults, so links stay short. */
export function filtersToParams(filters: TrackerFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value) params.set(name, value);
  };
  set(PARAM.search, filters.search.trim());
  set(PARAM.acceptance, filters.acceptance.join(','));
  set(PARAM.stateStatus, filters.stateStatus.join(','));
  set(PARAM.monitorStatus, filters.monitorStatus.join(','));
  set(PARAM.addresseeId, filters.addresseeId ?? '');
  set(PARAM.theme, filters.theme.trim());
  set(PARAM.placeTypes, filters.placeTypes.join(','));
  set(PARAM.overdue, filters.overdue ? '1' : '');
  set(PARAM.priority, filters.priority ?? '');
  set(PARAM.source, filters.source ?? '');
  set(PARAM.aboutOrganisationId, filters.aboutOrganisationId ?? '');
  set(PARAM.workingGroupId, filters.workingGroupId ?? '');
  set(PARAM.countryCode, filters.countryCode ?? '');
  set(PARAM.issuedYear, filters.issuedYear ? String(filters.issuedYear) : '');
  set(PARAM.sort, filters.sort === DEFAULT_FILTERS.sort ? '' : filters.sort);
  set(PARAM.page, filters.page > 1 ? String(filters.page) : '');
  return params;
}

/** Changes some filters; any change other than the page goes back to the first page. */
export function withFilters(filters: TrackerFilters, patch: Partial<TrackerFilters>): TrackerFilters {
  const next = { ...filters, ...patch };
  return 'page' in patch ? next : { ...next, page: 1 };
}

/** True when the view is narrowed by anything (sort and page do not narrow it). */
export function hasActiveFilters(filters: TrackerFilters): boolean {
  const { sort: _sort, page: _page, ...narrowing } = filters;
  const { sort: _s, page: _p, ...defaults } = DEFAULT_FILTERS;
  return JSON.stringify(narrowing) !== JSON.stringify(defaults);
}

/** The API filter for a view; empty criteria are left out rather than sent as empty lists. */
export function toRecommendationFilter(filters: TrackerFilters): RecommendationFilter {
  const filter: RecommendationFilter = {};
  if (filters.search.trim()) filter.search = filters.search.trim();
  if (filters.acceptance.length) filter.acceptance = [...filters.acceptance];
  if (filters.stateStatus.length) filter.stateStatus = [...filters.stateStatus];
  if (filters.monitorStatus.length) filter.monitorStatus = [...filters.monitorStatus];
  if (filters.addresseeId) filter.addresseeId = filters.addresseeId;
  if (filters.theme.trim()) filter.theme = filters.theme.trim();
  if (filters.placeTypes.length) filter.placeTypes = [...filters.placeTypes];
  if (filters.overdue) filter.overdue = true;
  if (filters.priority) filter.priority = filters.priority;
  if (filters.source) filter.source = filters.source;
  if (filters.aboutOrganisationId) filter.aboutOrganisationId = filters.aboutOrganisationId;
  if (filters.workingGroupId) filter.workingGroupId = filters.workingGroupId;
  if (filters.countryCode) filter.countryCode = filters.countryCode;
  if (filters.issuedYear) filter.issuedYear = filters.issuedYear;
  return filter;
}

/** The current selection narrowed to some values; an empty result means "matches nothing". */
function narrowed<T extends string>(current: readonly T[] | null | undefined, to: readonly T[]): T[] {
  return current?.length ? current.filter((value) => to.includes(value)) : [...to];
}

/**
 * Filters for the summary strip: the view's own filter further narrowed to overdue responses,
 * responses still pending, and implementation as reported by the State and as assessed by the monitor.
 */
export function summaryFilters(filter: RecommendationFilter) {
  return {
    overdue: { ...filter, overdue: true },
    pending: { ...filter, acceptance: narrowed(filter.acceptance, ['PENDING']) },
    implementedState: { ...filter, stateStatus: narrowed(filter.stateStatus, ['IMPLEMENTED']) },
    implementedMonitor: { ...filter, monitorStatus: narrowed(filter.monitorStatus, ['IMPLEMENTED']) },
  } satisfies Record<string, RecommendationFilter>;
}
