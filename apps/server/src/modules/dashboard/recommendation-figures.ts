import type { OperationContext } from '../../operation/context.ts';
import { todayUtc } from '../recommendation/dates.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { readableSql } from './read-scope-sql.ts';
import { int, runSql } from './run.ts';
import type { Sql } from './sql.ts';
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

export type RecommendationFigureRow = Row;
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
 * The recommendation figures counted directly: one scan of the readable recommendations in scope,
 * grouped by GROUPING SETS for the per-column dimensions, plus the place-type breakdown through the
 * link table (only places the viewer may read). Served only for the responses that fell overdue this
 * month (`narrow`); otherwise the reference the tally is proved equal to (dashboard-tally.test.ts).
 */
export function recommendationFiguresDirectSql(ctx: OperationContext, dashboard: Dashboard, narrow?: Sql) {
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
  where ${readable} and ${dashboard.about('r', { hasAddressee: true })}${narrow ? sql` and ${narrow}` : raw('')}
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
  from r cross join lateral (
    select distinct pl.type::text as type
    from recommendation_place rp join place pl on pl.id = rp.place_id
    where rp.recommendation_id = r.id and ${placeReadable}
  ) t
  group by t.type
)
select g.*, o.name as label
from grouped g left join organisation o on g.dimension = 'AUTHORITY' and o.id::text = g.key
order by g.dimension, g.total desc, g.key`;
}

const TALLY_MEASURES = [
  'total',
  'pending',
  'accepted',
  'partially_accepted',
  'noted',
  'rejected',
  'state_reported',
  'state_implemented',
  'state_partially_implemented',
  'monitor_assessed',
  'monitor_implemented',
  'monitor_partially_implemented',
  'discrepancies',
  'repeated',
  'overdue_responses',
];

/**
 * The statement behind every recommendation figure: sums of the recommendation tally (decision 0033)
 * over the rows whose read-scope facts the viewer's scope admits (the same clause as on the
 * recommendations), a place-type row only when one of its places' facts is admitted too. Overdue
 * responses are counted as of the tally clock's date, returned with every row (`as_of`).
 * Exported for bench/scale's EXPLAIN.
 */
export function recommendationFiguresSql(ctx: OperationContext, dashboard: Dashboard) {
  const readable = readableSql(ctx.actor, 't', { hasAddressee: true });
  const placeReadable = readableSql(ctx.actor, 'pl', { hasAddressee: false });
  return sql`
with g as (
  select t.dimension, t.dimension_key as key,
    ${raw(TALLY_MEASURES.map((m) => `sum(t.${m}) as ${m}`).join(', '))}
  from recommendation_tally t
  where ${readable} and ${dashboard.about('t', { hasAddressee: true })}
    and (t.place_facts is null or exists (
      select 1 from jsonb_to_recordset(t.place_facts)
        as pl(classification text, owner_organisation_id uuid, working_group_id uuid, country_code text, shared_with text[])
      where ${placeReadable}))
  group by t.dimension, t.dimension_key
  having sum(t.total) > 0
)
select g.*, o.name as label,
  (select to_char(c.as_of, 'YYYY-MM-DD') from dashboard_tally_clock c where c.id = 1) as as_of
from g left join organisation o on g.dimension = 'AUTHORITY' and o.id::text = g.key
order by g.dimension, g.total desc, g.key`;
}

/** The unanswered responses due in [from, today), by dimension, counted directly (index on the due date). */
export function recommendationOverdueSinceSql(ctx: OperationContext, dashboard: Dashboard, from: string) {
  return recommendationFiguresDirectSql(
    ctx,
    dashboard,
    sql`r.response_due_on >= ${p(from)}::date and r.response_due_on < ${p(todayUtc())}::date`,
  );
}

/** Turns statement rows into the figures. */
export function recommendationFiguresOf(rows: Row[]): RecommendationFigures {
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

/**
 * Every recommendation figure of a dashboard from the tally. The first read of a day moves the tally
 * clock to today (refreshing the recommendations whose response fell due since); should the clock
 * still be behind (a concurrent move), the responses due in between are counted directly.
 */
export async function recommendationFigures(
  ctx: OperationContext,
  dashboard: Dashboard,
): Promise<RecommendationFigures> {
  const today = todayUtc();
  const [clock] = await runSql<{ as_of: string }>(
    ctx,
    sql`select to_char(as_of, 'YYYY-MM-DD') as as_of from dashboard_tally_clock where id = 1`,
  );
  if (!clock || clock.as_of < today) {
    await runSql(ctx, sql`select public.dashboard_tally_advance(${p(today)}::date)`);
  }
  const rows = await runSql<Row>(ctx, recommendationFiguresSql(ctx, dashboard));
  const asOf = typeof rows[0]?.as_of === 'string' ? rows[0].as_of : today;
  if (asOf < today) {
    for (const extra of await runSql<Row>(ctx, recommendationOverdueSinceSql(ctx, dashboard, asOf))) {
      const overdue = int(extra.overdue_responses);
      const row = rows.find((r) => r.dimension === extra.dimension && (r.key ?? '') === (extra.key ?? ''));
      if (row && overdue) row.overdue_responses = int(row.overdue_responses) + overdue;
    }
  }
  return recommendationFiguresOf(rows);
}
