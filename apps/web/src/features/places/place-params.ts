import type { PlaceFilter } from '../../__generated__/graphql.ts';
import { isOneOf, PLACE_STATUSES, PLACE_TYPES, type PlaceStatus, type PlaceType } from '../../lib/enums.ts';

export const PLACES_PAGE_SIZE = 25;

/** The places register's filters and page, as kept in the URL so that a view can be bookmarked and shared. */
export interface PlaceListParams {
  readonly search: string;
  readonly types: readonly PlaceType[];
  readonly status: PlaceStatus | null;
  readonly country: string | null;
  /** 1-based. */
  readonly page: number;
}

export const DEFAULT_PLACE_PARAMS: PlaceListParams = { search: '', types: [], status: null, country: null, page: 1 };

function positiveInt(value: string | null): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : 1;
}

/** Reads the filters from the URL, ignoring values the API would reject. */
export function readPlaceParams(params: URLSearchParams): PlaceListParams {
  const country = params.get('country')?.trim().toUpperCase() ?? '';
  const status = params.get('status');
  return {
    search: params.get('q')?.trim() ?? '',
    types: [...new Set(params.getAll('type').filter((value): value is PlaceType => isOneOf(PLACE_TYPES, value)))],
    status: isOneOf(PLACE_STATUSES, status) ? status : null,
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    page: positiveInt(params.get('page')),
  };
}

/** The URL parameters for the filters; defaults are left out to keep links short. */
export function writePlaceParams(list: PlaceListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (list.search) params.set('q', list.search);
  for (const type of list.types) params.append('type', type);
  if (list.status) params.set('status', list.status);
  if (list.country) params.set('country', list.country);
  if (list.page > 1) params.set('page', String(list.page));
  return params;
}

/** The `places` query's filter for the URL's filters. */
export function placeFilterOf(list: PlaceListParams): PlaceFilter {
  return {
    ...(list.search ? { search: list.search } : {}),
    ...(list.types.length > 0 ? { types: [...list.types] } : {}),
    ...(list.status ? { status: list.status } : {}),
    ...(list.country ? { countryCode: list.country } : {}),
  };
}

/** Number of pages for a total, at least one so that the pager always has a page to show. */
export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}
