import type { OrganisationKind } from '../../__generated__/graphql.ts';
import { EMPTY_LIBRARY_PARAMS, writeLibraryParams, type LibraryParams } from '../discovery/library-params.ts';
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

/**
 * Organisations whose own dashboard is empty by design: they neither own monitoring records nor
 * receive recommendations (a civil society member of the NPM's technical committee opened on a page
 * of zeros). Their members open on their country's dashboard (everything there they may read), or,
 * for an organisation without a country, on their first working group's.
 */
const OWN_DASHBOARD_EMPTY: readonly OrganisationKind[] = ['CSO', 'PARTNER', 'OHCHR'];

/**
 * The dashboard a person opens on without a scope in the URL. `groups` null: not loaded yet; null is
 * then returned where they decide, rather than a dashboard of zeros first.
 */
export function defaultScope(
  organisation: { id: string; kind: OrganisationKind; countryCode?: string | null } | undefined,
  groups: readonly { id: string }[] | null,
): DashboardScope | null {
  if (!organisation) return null;
  const own: DashboardScope = { kind: 'ORGANISATION', id: organisation.id };
  if (!OWN_DASHBOARD_EMPTY.includes(organisation.kind)) return own;
  if (organisation.countryCode) return { kind: 'COUNTRY', id: organisation.countryCode };
  if (!groups) return null;
  const first = groups[0];
  return first ? { kind: 'WORKING_GROUP', id: first.id } : own;
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
/**
 * The findings library (features/discovery) narrowed to a figure: its own URL parameters. The library has
 * a country filter but none by organisation or working group, so from those dashboards it lists every
 * readable finding of the figure's area, vulnerability or risk factor; a year becomes a visit-date range.
 */
export function findingsLink(
  scope: DashboardScope,
  narrowing: { area?: string; vulnerability?: string; riskFactor?: string; placeType?: string; year?: string },
): string {
  const { area, vulnerability, riskFactor, placeType, year } = narrowing;
  const params = writeLibraryParams({
    ...EMPTY_LIBRARY_PARAMS,
    monitoringArea: (area as LibraryParams['monitoringArea']) ?? null,
    vulnerability: (vulnerability as LibraryParams['vulnerability']) ?? null,
    riskFactor: riskFactor ?? null,
    placeType: (placeType as LibraryParams['placeType']) ?? null,
    country: scope.kind === 'COUNTRY' ? scope.id : null,
    visitFrom: year ? `${year}-01-01` : null,
    visitTo: year ? `${year}-12-31` : null,
  });
  return `/findings?${params.toString()}`;
}

/** Link to a workplan (overdue actions and joint commitments are listed there). */
export const workplanLink = (workplanId: string) => `/workplans/${workplanId}`;
