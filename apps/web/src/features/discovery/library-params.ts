import type { FindingFilter } from '../../__generated__/graphql.ts';
import {
  CLASSIFICATIONS,
  isOneOf,
  MONITORING_AREAS,
  PLACE_TYPES,
  VULNERABILITIES,
  type Classification,
  type MonitoringArea,
  type PlaceType,
  type Vulnerability,
} from '../../lib/enums.ts';

export const LIBRARY_PAGE_SIZE = 25;

/** The findings library's filters, as kept in the URL so that a view can be bookmarked and shared. */
export interface LibraryParams {
  readonly search: string;
  readonly monitoringArea: MonitoringArea | null;
  readonly riskFactor: string | null;
  readonly vulnerability: Vulnerability | null;
  readonly placeType: PlaceType | null;
  readonly country: string | null;
  readonly goodPractice: boolean | null;
  readonly classification: Classification | null;
  readonly visitFrom: string | null;
  readonly visitTo: string | null;
}

export const EMPTY_LIBRARY_PARAMS: LibraryParams = {
  search: '',
  monitoringArea: null,
  riskFactor: null,
  vulnerability: null,
  placeType: null,
  country: null,
  goodPractice: null,
  classification: null,
  visitFrom: null,
  visitTo: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the URL, ignoring values the API would reject. */
export function readLibraryParams(params: URLSearchParams): LibraryParams {
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const country = get('country').toUpperCase();
  const risk = get('risk');
  const gp = get('gp');
  return {
    search: get('q'),
    monitoringArea: isOneOf(MONITORING_AREAS, get('area')) ? (get('area') as MonitoringArea) : null,
    riskFactor: risk && risk.length <= 100 ? risk : null,
    vulnerability: isOneOf(VULNERABILITIES, get('vuln')) ? (get('vuln') as Vulnerability) : null,
    placeType: isOneOf(PLACE_TYPES, get('placeType')) ? (get('placeType') as PlaceType) : null,
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    goodPractice: gp === 'true' ? true : gp === 'false' ? false : null,
    classification: isOneOf(CLASSIFICATIONS, get('class')) ? (get('class') as Classification) : null,
    visitFrom: DATE.test(get('from')) ? get('from') : null,
    visitTo: DATE.test(get('to')) ? get('to') : null,
  };
}

/** The URL parameters for the filters; empty filters are left out to keep links short. */
export function writeLibraryParams(list: LibraryParams): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null) => value && params.set(name, value);
  set('q', list.search);
  set('area', list.monitoringArea);
  set('risk', list.riskFactor);
  set('vuln', list.vulnerability);
  set('placeType', list.placeType);
  set('country', list.country);
  set('gp', list.goodPractice == null ? null : String(list.goodPractice));
  set('class', list.classification);
  set('from', list.visitFrom);
  set('to', list.visitTo);
  return params;
}

/** The `findings` and `findingFacets` filter for the URL's filters. */
export function libraryFilterOf(list: LibraryParams): FindingFilter {
  return {
    ...(list.search ? { search: list.search } : {}),
    ...(list.monitoringArea ? { monitoringArea: list.monitoringArea } : {}),
    ...(list.riskFactor ? { riskFactor: list.riskFactor } : {}),
    ...(list.vulnerability ? { vulnerability: list.vulnerability } : {}),
    ...(list.placeType ? { placeType: list.placeType } : {}),
    ...(list.country ? { countryCode: list.country } : {}),
    ...(list.goodPractice != null ? { goodPractice: list.goodPractice } : {}),
    ...(list.classification ? { classification: list.classification } : {}),
    ...(list.visitFrom ? { visitFrom: list.visitFrom } : {}),
    ...(list.visitTo ? { visitTo: list.visitTo } : {}),
  };
}
