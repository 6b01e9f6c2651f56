import type { VisitFilter } from '../../__generated__/graphql.ts';
import { isOneOf, VISIT_STATUSES, type VisitStatus } from '../../lib/enums.ts';

export const VISITS_PAGE_SIZE = 25;

/** The visits list's filters and page, as kept in the URL. */
export interface VisitListParams {
  readonly status: VisitStatus | null;
  /** Visits starting on or after this date (YYYY-MM-DD). */
  readonly from: string | null;
  /** Visits starting on or before this date. */
  readonly to: string | null;
  readonly page: number;
}

export const DEFAULT_VISIT_PARAMS: VisitListParams = { status: null, from: null, to: null, page: 1 };

function localDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

export function readVisitParams(params: URLSearchParams): VisitListParams {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    status: isOneOf(VISIT_STATUSES, status) ? status : null,
    from: localDate(params.get('from')),
    to: localDate(params.get('to')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function writeVisitParams(list: VisitListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (list.status) params.set('status', list.status);
  if (list.from) params.set('from', list.from);
  if (list.to) params.set('to', list.to);
  if (list.page > 1) params.set('page', String(list.page));
  return params;
}

export function visitFilterOf(list: VisitListParams): VisitFilter {
  return {
    ...(list.status ? { status: list.status } : {}),
    ...(list.from ? { from: list.from } : {}),
    ...(list.to ? { to: list.to } : {}),
  };
}
