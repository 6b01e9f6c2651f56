import type { OperationContext } from '../../operation/context.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { readableSql } from './read-scope-sql.ts';
import { int, runSql } from './run.ts';
import { sql } from './sql.ts';

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

type Row = { figure: 'TOTAL' | 'AREA' | 'VULNERABILITY' | 'RISK'; row: string; col: string; n: string };

/**
 * The statement behind every finding figure: one scan of the readable findings in scope, counted by
 * area × year, by situation of vulnerability × year and by risk factor × type of the place (only
 * places the viewer may read). Exported for bench/scale's EXPLAIN.
 */
export function findingFiguresSql(ctx: OperationContext, dashboard: Dashboard) {
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

/** Every finding figure of a dashboard, in one statement. */
export async function findingFigures(ctx: OperationContext, dashboard: Dashboard): Promise<FindingFigures> {
  const rows = await runSql<Row>(ctx, findingFiguresSql(ctx, dashboard));
  const cells = (figure: Row['figure']) =>
    rows
      .filter((r) => r.figure === figure)
      .map((r) => ({ row: r.row, column: r.col, count: int(r.n) }))
      .sort((a, b) => a.row.localeCompare(b.row) || a.column.localeCompare(b.column));
  return {
    total: int(rows.find((r) => r.figure === 'TOTAL')?.n),
    byAreaAndYear: cells('AREA'),
    byVulnerabilityAndYear: cells('VULNERABILITY'),
    riskFactorsByPlaceType: cells('RISK'),
  };
}
