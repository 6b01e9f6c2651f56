import type { OperationContext } from '../../operation/context.ts';
import { todayUtc } from '../recommendation/dates.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { readableSql } from './read-scope-sql.ts';
import { int, runSql } from './run.ts';
import { p, raw, sql } from './sql.ts';

export interface RecommendationCounts {
  total: number;
  pending: number;
  accepted: number;
  partiallyAccepted: number;
  noted: number;
  rejected: number;
  stateReported: number;
  stateImplemented: number;
  statePartiallyImplemented: number;
  monitorAssessed: number;
  monitorImplemented: number;
  monitorPartiallyImplemented: number;
  discrepancies: number;
  overdueResponses: number;
  repeated: number;
  acceptanceRate: number | null;
  stateImplementationRate: number | null;
  monitorImplementationRate: number | null;
}

export interface RecommendationBreakdown {
  key: string;
  label: string;
  counts: RecommendationCounts;
}

export interface RecommendationFigures {
  overall: RecommendationCounts;
  byAuthority: RecommendationBreakdown[];
  byTheme: RecommendationBreakdown[];
  byPlaceType: RecommendationBreakdown[];
  byPriority: RecommendationBreakdown[];
  byYear: RecommendationBreakdown[];
}

type Dimension = 'ALL' | 'AUTHORITY' | 'THEME' | 'PLACE_TYPE' | 'PRIORITY' | 'YEAR';

const COUNTS = `
  count(*) as total,
  count(*) filter (where acceptance = 'PENDING') as pending,
  count(*) filter (where acceptance = 'ACCEPTED') as accepted,
  count(*) filter (where acceptance = 'PARTIALLY_ACCEPTED') as partially_accepted,
  count(*) filter (where acceptance = 'NOTED') as noted,
  count(*) filter (where acceptance = 'REJECTED') as rejected,
  count(state_status) as state_reported,
  count(*) filter (where state_status = 'IMPLEMENTED') as state_implemented,
  count(*) filter (where state_status = 'PARTIALLY_IMPLEMENTED') as state_partially_implemented,
  count(monitor_status) as monitor_assessed,
  count(*) filter (where monitor_status = 'IMPLEMENTED') as monitor_implemented,
  count(*) filter (where monitor_status = 'PARTIALLY_IMPLEMENTED') as monitor_partially_implemented,
  count(*) filter (where state_status <> monitor_status) as discrepancies,
  count(*) filter (where overdue) as overdue_responses,
  count(repeats_id) as repeated`;

type Row = Record<string, unknown> & { dimension: Dimension; key: string | null; label: string | null };

/** Rate with a null for an empty denominator. */
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function countsOf(row: Record<string, unknown>): RecommendationCounts {
  const c = {
    total: int(row.total),
    pending: int(row.pending),
    accepted: int(row.accepted),
    partiallyAccepted: int(row.partially_accepted),
    noted: int(row.noted),
    rejected: int(row.rejected),
    stateReported: int(row.state_reported),
    stateImplemented: int(row.state_implemented),
    statePartiallyImplemented: int(row.state_partially_implemented),
    monitorAssessed: int(row.monitor_assessed),
    monitorImplemented: int(row.monitor_implemented),
    monitorPartiallyImplemented: int(row.monitor_partially_implemented),
    discrepancies: int(row.discrepancies),
    overdueResponses: int(row.overdue_responses),
    repeated: int(row.repeated),
  };
  return {
    ...c,
    acceptanceRate: rate(c.accepted + c.partiallyAccepted, c.total - c.pending),
    stateImplementationRate: rate(c.stateImplemented, c.stateReported),
    monitorImplementationRate: rate(c.monitorImplemented, c.monitorAssessed),
  };
}

/**
 * The statement behind every recommendation figure: one scan of the readable recommendations in
 * scope, grouped by GROUPING SETS for the per-column dimensions, plus the place-type breakdown
 * through the link table (only places the viewer may read). Exported for bench/scale's EXPLAIN.
 */
export function recommendationFiguresSql(ctx: OperationContext, dashboard: Dashboard) {
  const readable = readableSql(ctx.actor, 'r', { hasAddressee: true });
  const placeReadable = readableSql(ctx.actor, 'pl', { hasAddressee: false });
  return sql`
with r as (
  select r.id, r.addressee_id, r.theme, r.priority::text as priority,
    extract(year from r.issued_on)::int as year, r.acceptance::text as acceptance,
    r.state_status::text as state_status, r.monitor_status::text as monitor_status, r.repeats_id,
    (r.response_due_on < ${p(todayUtc())}::date
      and not exists (select 1 from authority_response ar where ar.recommendation_id = r.id)) as overdue
  from recommendation r
  where ${readable} and ${dashboard.about('r', { hasAddressee: true })}
), grouped as (
  select
    case when grouping(addressee_id) = 0 then 'AUTHORITY' when grouping(theme) = 0 then 'THEME'
      when grouping(priority) = 0 then 'PRIORITY' when grouping(year) = 0 then 'YEAR' else 'ALL' end as dimension,
    case when grouping(addressee_id) = 0 then addressee_id::text when grouping(theme) = 0 then theme
      when grouping(priority) = 0 then priority when grouping(year) = 0 then year::text end as key,
    ${raw(COUNTS)}
  from r
  group by grouping sets ((), (addressee_id), (theme), (priority), (year))
  union all
  select 'PLACE_TYPE', t.type, ${raw(COUNTS)}
  from r join (
    select distinct rp.recommendation_id, pl.type::text as type
    from recommendation_place rp join place pl on pl.id = rp.place_id
    where ${placeReadable}
  ) t on t.recommendation_id = r.id
  group by t.type
)
select g.*, o.name as label
from grouped g left join organisation o on g.dimension = 'AUTHORITY' and o.id::text = g.key
order by g.dimension, g.total desc, g.key`;
}

/** Every recommendation figure of a dashboard, in one statement. */
export async function recommendationFigures(
  ctx: OperationContext,
  dashboard: Dashboard,
): Promise<RecommendationFigures> {
  const rows = await runSql<Row>(ctx, recommendationFiguresSql(ctx, dashboard));
  const of = (dimension: Dimension) =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => ({ key: row.key ?? '', label: row.label ?? row.key ?? '', counts: countsOf(row) }));
  const overall = rows.find((row) => row.dimension === 'ALL');
  return {
    overall: countsOf(overall ?? {}),
    byAuthority: of('AUTHORITY'),
    byTheme: of('THEME'),
    byPlaceType: of('PLACE_TYPE'),
    byPriority: of('PRIORITY'),
    byYear: of('YEAR').sort((a, b) => a.key.localeCompare(b.key)),
  };
}
