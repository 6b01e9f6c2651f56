import { DEFAULT_FILTERS, filtersToParams, type TrackerFilters } from '../recommendations/tracker-filters.ts';

export type DashboardScopeKind = 'ORGANISATION' | 'WORKING_GROUP' | 'COUNTRY';

export interface DashboardScope {
  kind: DashboardScopeKind;
  id: string;
}

const KIND_PARAM: Record<DashboardScopeKind, string> = { ORGANISATION: 'org', WORKING_GROUP: 'wg', COUNTRY: 'country' };

/** The dashboard's scope from its URL (`/dashboard?org=<id>`, `?wg=<id>`, `?country=XV`). */
export function scopeFromParams(params: URLSearchParams): DashboardScope | null {
  for (const kind of Object.keys(KIND_PARAM) as DashboardScopeKind[]) {
    const id = params.get(KIND_PARAM[kind])?.trim();
    if (id) return { kind, id: kind === 'COUNTRY' ? id.toUpperCase() : id };
  }
  return null;
}

export function scopeToParams(scope: DashboardScope): URLSearchParams {
  return new URLSearchParams({ [KIND_PARAM[scope.kind]]: scope.id });
}

/** The recommendation tracker's filters that select exactly the recommendations a dashboard is about. */
function scopeFilters(scope: DashboardScope): Partial<TrackerFilters> {
  switch (scope.kind) {
    case 'ORGANISATION':
      return { aboutOrganisationId: scope.id };
    case 'WORKING_GROUP':
      return { workingGroupId: scope.id };
    case 'COUNTRY':
      return { countryCode: scope.id };
  }
}

/** Link to the recommendation tracker filtered to the recommendations behind a figure. */
export function recommendationsLink(scope: DashboardScope, narrowing: Partial<TrackerFilters> = {}): string {
  const params = filtersToParams({ ...DEFAULT_FILTERS, ...scopeFilters(scope), ...narrowing });
  return `/recommendations?${params.toString()}`;
}

/**
 * HOOK for the findings library (issue #15, built separately): the list of findings behind a finding
 * figure. Until that library exists this names its expected URL filters; align them when it lands.
 */
export function findingsLink(
  scope: DashboardScope,
  narrowing: { area?: string; vulnerability?: string; riskFactor?: string; placeType?: string; year?: string },
): string {
  const params = new URLSearchParams(scopeToParams(scope));
  for (const [name, value] of Object.entries(narrowing)) if (value) params.set(name, value);
  return `/findings?${params.toString()}`;
}

/** Link to a workplan (overdue actions and joint commitments are listed there). */
export const workplanLink = (workplanId: string) => `/workplans/${workplanId}`;
