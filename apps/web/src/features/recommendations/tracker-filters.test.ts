import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  summaryFilters,
  toRecommendationFilter,
  withFilters,
  type TrackerFilters,
} from './tracker-filters.ts';

const everything: TrackerFilters = {
  search: 'celdas',
  acceptance: ['ACCEPTED', 'PARTIALLY_ACCEPTED'],
  stateStatus: ['IN_PROGRESS'],
  monitorStatus: ['NOT_STARTED', 'NOT_IMPLEMENTED'],
  addresseeId: 'org-7',
  theme: 'Salud',
  placeTypes: ['PRISON', 'POLICE_CUSTODY'],
  overdue: true,
  priority: 'URGENT',
  source: 'SPT_REPORT',
  aboutOrganisationId: 'org-3',
  workingGroupId: 'wg-1',
  countryCode: 'XV',
  issuedYear: 2025,
  sort: 'DUE_ASC',
  page: 3,
};

describe('tracker filters in the URL', () => {
  it('an unfiltered view has no parameters at all', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersFromParams(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
  });

  it('a shared link opens exactly the view it was copied from', () => {
    const link = filtersToParams(everything).toString();
    expect(filtersFromParams(new URLSearchParams(link))).toEqual(everything);
  });

  it('writes readable parameters', () => {
    const params = filtersToParams(everything);
    expect(params.get('acceptance')).toBe('ACCEPTED,PARTIALLY_ACCEPTED');
    expect(params.get('overdue')).toBe('1');
    expect(params.get('addressee')).toBe('org-7');
    expect(params.get('page')).toBe('3');
  });

  it('drops unknown or repeated values from an old or edited link', () => {
    const filters = filtersFromParams(
      new URLSearchParams('acceptance=ACCEPTED,MAYBE,ACCEPTED&priority=SOON&sort=RANDOM&page=-2&overdue=yes'),
    );
    expect(filters.acceptance).toEqual(['ACCEPTED']);
    expect(filters.priority).toBeNull();
    expect(filters.sort).toBe('ISSUED_DESC');
    expect(filters.page).toBe(1);
    expect(filters.overdue).toBe(false);
  });

  it('keeps other parameters it does not own out of the filters', () => {
    expect(filtersFromParams(new URLSearchParams('utm=x'))).toEqual(DEFAULT_FILTERS);
  });
});

describe('changing filters', () => {
  it('goes back to the first page when the view is narrowed', () => {
    expect(withFilters({ ...DEFAULT_FILTERS, page: 4 }, { priority: 'HIGH' }).page).toBe(1);
  });

  it('keeps the filters when only the page changes', () => {
    expect(withFilters(everything, { page: 5 })).toEqual({ ...everything, page: 5 });
  });

  it('tells a narrowed view from one that is only sorted or paged', () => {
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, sort: 'REFERENCE', page: 2 })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, overdue: true })).toBe(true);
  });
});

describe('the API filter', () => {
  it('sends nothing for an unfiltered view', () => {
    expect(toRecommendationFilter(DEFAULT_FILTERS)).toEqual({});
  });

  it('sends every criterion of a narrowed view', () => {
    expect(toRecommendationFilter(everything)).toEqual({
      search: 'celdas',
      acceptance: ['ACCEPTED', 'PARTIALLY_ACCEPTED'],
      stateStatus: ['IN_PROGRESS'],
      monitorStatus: ['NOT_STARTED', 'NOT_IMPLEMENTED'],
      addresseeId: 'org-7',
      theme: 'Salud',
      placeTypes: ['PRISON', 'POLICE_CUSTODY'],
      overdue: true,
      priority: 'URGENT',
      source: 'SPT_REPORT',
      aboutOrganisationId: 'org-3',
      workingGroupId: 'wg-1',
      countryCode: 'XV',
      issuedYear: 2025,
    });
  });
});

describe('summary strip filters', () => {
  it('counts within the current view', () => {
    const summary = summaryFilters({ addresseeId: 'org-7' });
    expect(summary.overdue).toEqual({ addresseeId: 'org-7', overdue: true });
    expect(summary.pending).toEqual({ addresseeId: 'org-7', acceptance: ['PENDING'] });
    expect(summary.implementedMonitor).toEqual({ addresseeId: 'org-7', monitorStatus: ['IMPLEMENTED'] });
  });

  it('counts nothing when the view already excludes the value', () => {
    expect(summaryFilters({ acceptance: ['REJECTED'] }).pending.acceptance).toEqual([]);
    expect(summaryFilters({ stateStatus: ['IMPLEMENTED', 'IN_PROGRESS'] }).implementedState.stateStatus).toEqual([
      'IMPLEMENTED',
    ]);
  });
});
