import type { OperationContext } from '../../operation/context.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { readableSql } from './read-scope-sql.ts';
import { int, runSql } from './run.ts';
import { p, sql } from './sql.ts';
import { NO_PLACE_KEY } from '../../db/tally-sql.ts';

export interface FindingCell {
  row: string;
  column: string;
  count: number;
}

export interface FindingFigures {
  total: number;
  byAreaAndYear: FindingCell[];
  byVulnerabilityAndYear: FindingCell[];
  riskFactorsByPlaceType: FindingCell[];
}

export type FindingFigureRow = Row;
type Row = { figure: 'TOTAL' | 'AREA' | 'VULNERABILITY' | 'RISK'; row: string; col: string; n: string };

/**
 * The finding figures counted directly: one scan of the readable findings in scope, counted by
 * area × year, by situation of vulnerability × year and by risk factor × type of the place (only
 * places the viewer may read). No longer served (the tally is); kept as the reference the tally is
 * proved equal to (dashboard-tally.test.ts) and bench/scale's comparison.
 */
export function findingFiguresDirectSql(ctx: OperationContext, dashboard: Dashboard) {
  const readable = readableSql(ctx.actor, 'f', { hasAddressee: false });
  const placeReadable = readableSql(ctx.actor, 'pl', { hasAddressee: false });
  return sql`
with f as materialized (
  select f.monitoring_area::text as area, f.risk_factors, f.vulnerabilities, f.place_id,
    extract(year from f.created_at at time zone 'UTC')::int::text as year
  from finding f
  where ${readable} and ${dashboard.about('f')}
)
select 'TOTAL' as figure, '' as row, '' as col, count(*) as n from f
union all
select 'AREA', area, year, count(*) from f group by area, year
union all
select 'VULNERABILITY', v, year, count(*) from f cross join lateral unnest(f.vulnerabilities) v group by v, year
union all
select 'RISK', rf, pl.type::text, count(*)
from f join place pl on pl.id = f.place_id cross join lateral unnest(f.risk_factors) rf
where ${placeReadable}
group by rf, pl.type`;
}

/**
 * The statement behind every finding figure: sums of the finding tally (decision 0033) over the rows
 * whose read-scope facts the viewer's scope admits — the same clause as on the findings themselves,
 * so the sum equals the count of the readable findings — and, for the risk figure, whose place facts
 * it admits too. The clause is tested once per combination of facts (`tally_fact`, decision 0045),
 * and each admitted pair of combinations (the finding's, its place's) is one row of
 * `finding_tally_pair` whose cells are unnested and summed. Exported for bench/scale's EXPLAIN.
 */
export function findingFiguresSql(ctx: OperationContext, dashboard: Dashboard) {
  const readable = readableSql(ctx.actor, 's', { hasAddressee: false });
  return sql`
with admitted as materialized (select s.* from tally_fact s where ${readable}),
cell as (
  select c.cell, sum(c.n) as n
  from finding_tally_pair t cross join lateral unnest(t.cells, t.counts) as c(cell, n)
  where t.fact_key in (select s.key from admitted s where ${dashboard.about('s')})
    and (t.place_fact_key = ${p(NO_PLACE_KEY)}::uuid or t.place_fact_key in (select s.key from admitted s))
  group by c.cell
  having sum(c.n) > 0
)
select split_part(tc.cell, chr(31), 1) as figure, split_part(tc.cell, chr(31), 2) as row,
  split_part(tc.cell, chr(31), 3) as col, cell.n
from cell join tally_cell tc on tc.id = cell.cell`;
}

/** Turns the rows of either statement into the figures. */
export function findingFiguresOf(rows: Row[]): FindingFigures {
  const cells = (figure: Row['figure']) =>
    rows
      .filter((r) => r.figure === figure)
      .map((r) => ({ row: r.row, column: r.col, count: int(r.n) }))
      .sort((a, b) => a.row.localeCompare(b.row) || a.column.localeCompare(b.column));
  const total = rows.some((r) => r.figure === 'TOTAL')
    ? int(rows.find((r) => r.figure === 'TOTAL')?.n)
    : rows.filter((r) => r.figure === 'AREA').reduce((sum, r) => sum + int(r.n), 0);
  return {
    total,
    byAreaAndYear: cells('AREA'),
    byVulnerabilityAndYear: cells('VULNERABILITY'),
    riskFactorsByPlaceType: cells('RISK'),
  };
}

/** Every finding figure of a dashboard, in one statement over the tally. */
export async function findingFigures(ctx: OperationContext, dashboard: Dashboard): Promise<FindingFigures> {
  return findingFiguresOf(await runSql<Row>(ctx, findingFiguresSql(ctx, dashboard)));
}
