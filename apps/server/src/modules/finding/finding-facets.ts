import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FindingFacets, FindingFilter } from '../../__generated__/resolvers-types.ts';
import { readableSql, readableWhere } from '../records/read-filter.ts';
import { findingConditions } from './list-findings.ts';
import type { FindingFacetKey } from './list-findings.ts';

/** At most this many values per facet (the most frequent); risk factors are an open vocabulary. */
const MAX_VALUES = 50;

/**
 * The facets count at most this many matching findings, the newest (decision 0046): exact for a
 * library of up to 2,000 matches, a sample of the newest beyond, which the page says.
 */
export const FACET_SAMPLE = 2000;

type Facet = Exclude<keyof FindingFacets, 'total' | 'sampled' | 'sampleSize' | '__typename'>;

/** Every facet's key in the filter (all left out of the shared scan, then applied per facet as flags). */
const FACET_KEYS: FindingFacetKey[] = [
  'monitoringArea',
  'riskFactor',
  'vulnerability',
  'placeType',
  'countryCode',
  'goodPractice',
  'classification',
  'visitDate',
];

/** How each facet reads its value from the scanned row (alias m) and which filter it leaves out. */
const FACETS: Record<Facet, { omit: FindingFacetKey; value: string; unnest?: string }> = {
  monitoringArea: { omit: 'monitoringArea', value: 'm.area' },
  riskFactor: { omit: 'riskFactor', value: 'v.value', unnest: 'm.risk_factors' },
  vulnerability: { omit: 'vulnerability', value: 'v.value', unnest: 'm.vulnerabilities' },
  placeType: { omit: 'placeType', value: 'm.place_type' },
  country: { omit: 'countryCode', value: 'm.country' },
  goodPractice: { omit: 'goodPractice', value: 'm.good_practice' },
  classification: { omit: 'classification', value: 'm.classification' },
  visitYear: { omit: 'visitDate', value: 'm.visit_year' },
};

const EMPTY: FindingFacets = {
  total: 0,
  sampled: false,
  sampleSize: FACET_SAMPLE,
  monitoringArea: [],
  riskFactor: [],
  vulnerability: [],
  placeType: [],
  country: [],
  goodPractice: [],
  classification: [],
  visitYear: [],
};

/** The columns the facets read of a finding (and its place's and visit's ids). */
const SCANNED = [
  'id',
  'created_at',
  'monitoring_area',
  'risk_factors',
  'vulnerabilities',
  'country_code',
  'good_practice',
  'classification',
  'place_id',
  'visit_id',
];

/**
 * The newest `limit` readable findings matching `where`, with what the facets read of them, in the
 * lists' order and through their index: the read scope in SQL, as a subquery.
 */
function newestReadable(ctx: OperationContext, where: FilterQuery<Finding>[], limit: number) {
  const em = ctx.em as EntityManager;
  return em
    .createQueryBuilder(Finding, 'r')
    .select(SCANNED.map((column) => `r.${column}`))
    .where({ $and: [...where, readableWhere(ctx.actor, Finding)] } as never)
    .orderBy({ createdAt: 'desc', id: 'asc' })
    .limit(limit)
    .getKnexQuery();
}

/** Each facet filter as a condition on the scanned row (true when the filter does not name the facet). */
function facetFlags(
  filter: FindingFilter | null | undefined,
): { key: FindingFacetKey; sql: string; bindings: (string | boolean)[] }[] {
  const flags: { key: FindingFacetKey; sql: string; bindings: (string | boolean)[] }[] = [];
  const add = (key: FindingFacetKey, sql: string, ...bindings: (string | boolean)[]) =>
    flags.push({ key, sql, bindings });
  if (filter?.monitoringArea) add('monitoringArea', 'f.monitoring_area = ?', filter.monitoringArea);
  if (filter?.riskFactor) add('riskFactor', 'f.risk_factors @> array[?]::text[]', filter.riskFactor);
  if (filter?.vulnerability) add('vulnerability', 'f.vulnerabilities @> array[?]::text[]', filter.vulnerability);
  if (filter?.placeType) add('placeType', 'p.type is not distinct from ?', filter.placeType);
  if (filter?.countryCode) add('countryCode', 'f.country_code is not distinct from ?', filter.countryCode);
  if (filter?.goodPractice != null) add('goodPractice', 'f.good_practice = ?', filter.goodPractice);
  if (filter?.classification) add('classification', 'f.classification = ?', filter.classification);
  if (filter?.visitFrom || filter?.visitTo) {
    const parts: string[] = [];
    const bindings: string[] = [];
    if (filter.visitFrom) {
      parts.push('x.start_date >= ?::date');
      bindings.push(filter.visitFrom);
    }
    if (filter.visitTo) {
      parts.push('x.start_date <= ?::date');
      bindings.push(filter.visitTo);
    }
    add('visitDate', `coalesce(${parts.join(' and ')}, false)`, ...bindings);
  }
  return flags;
}

/**
 * Counts per facet value over the findings the viewer may read, each facet under every filter but
 * its own. One scan (decision 0033): the readable findings matching every non-facet filter, each
 * row carrying one flag per chosen facet value; every facet then counts the rows whose other flags
 * hold. All in SQL: no row the viewer may not read is ever counted (the read scope is in the
 * scan), place type and visit year come only from readable places and visits, and an unreadable
 * place or visit named in the filter answers like a random id.
 *
 * The scan takes the newest FACET_SAMPLE of those findings (decision 0046), and says whether there
 * were more: its cost no longer grows with every readable finding.
 */
export async function findingFacets(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
): Promise<FindingFacets> {
  const em = ctx.em as EntityManager;
  const knex = em.getKnex();
  // Validates the whole filter (dates, ids naming nothing readable) before anything is counted.
  if (!(await findingConditions(ctx, filter))) return EMPTY;
  const base = await findingConditions(ctx, filter, FACET_KEYS);
  if (!base) return EMPTY;
  const flags = facetFlags(filter);
  const others = (omit: FindingFacetKey | null) => {
    const kept = flags.map((flag, i) => ({ flag, i })).filter(({ flag }) => flag.key !== omit);
    return kept.length ? kept.map(({ i }) => `m.flag${i}`).join(' and ') : 'true';
  };
  const facetQueries = (Object.entries(FACETS) as [Facet, (typeof FACETS)[Facet]][]).map(
    ([facet, spec]) => `(select '${facet}' as facet, ${spec.value} as value, count(*)::int as count
       from m${spec.unnest ? ` cross join unnest(${spec.unnest}) v(value)` : ''}
       where ${others(spec.omit)} and ${spec.value} is not null
       group by 2 order by 3 desc, 2 asc limit ${MAX_VALUES})`,
  );
  // A place's type and a visit's year are read only for the sampled findings some count can include.
  // Every count holds all the flags but at most one (its facet's own), so a finding failing two of the
  // flags on its own columns is never counted; one failing one is counted only by that flag's facet,
  // which reads the place (the visit) only through the place type's (visit date's) flag. So: at most
  // one failing flag when the filter names a place type (visit dates), none otherwise.
  const own = flags.filter((flag) => flag.key !== 'placeType' && flag.key !== 'visitDate');
  const needed = (column: 'place_id' | 'visit_id', key: FindingFacetKey) => {
    const failing = own.map((flag) => `(case when ${flag.sql} then 0 else 1 end)`).join(' + ');
    const sql = `select distinct ${column} from f where ${column} is not null${
      own.length ? ` and ${failing} <= ${flags.some((flag) => flag.key === key) ? 1 : 0}` : ''
    }`;
    return { sql, bindings: own.flatMap((flag) => flag.bindings) };
  };
  const places = needed('place_id', 'placeType');
  const visits = needed('visit_id', 'visitDate');
  // The rows of the walk itself (no second read of each finding), and the readable places and visits
  // among the few the sample names (findings of one visit lie together), each read once, by primary
  // key: as an array, the ids are looked up in the key's index whatever their number (as `in (select
  // …)`, the planner guessed 200 and, at 1M findings, read every place: 1.1 ms of 12 at the sample's
  // 508 places).
  const query = knex.raw(
    `with newest as materialized (?),
     f as materialized (select * from newest n order by n.created_at desc, n.id asc limit ${FACET_SAMPLE}),
     p as (select p.id, p.type from place p where p.id = any(array(${places.sql})) and ${readableSql(ctx.actor, Place, 'p')}),
     x as (select x.id, x.start_date from visit x where x.id = any(array(${visits.sql})) and ${readableSql(ctx.actor, Visit, 'x')}),
     m as materialized (
       select f.monitoring_area::text as area, f.risk_factors, f.vulnerabilities, f.country_code::text as country,
         f.good_practice::text as good_practice, f.classification::text as classification, p.type::text as place_type,
         extract(year from x.start_date)::int::text as visit_year
         ${flags.map((flag, i) => `, ${flag.sql} as flag${i}`).join('')}
       from f
       left join p on p.id = f.place_id
       left join x on x.id = f.visit_id
     )
     select 'sampled' as facet, null as value, count(*)::int as count from newest
     union all
     select 'total', null, count(*)::int from m where ${others(null)}
     union all
     ${facetQueries.join('\n     union all\n     ')}`,
    [
      newestReadable(ctx, base(), FACET_SAMPLE + 1),
      ...places.bindings,
      ...visits.bindings,
      ...flags.flatMap((flag) => flag.bindings),
    ],
  );
  const rows = await em
    .getConnection()
    .execute<{ facet: Facet | 'total' | 'sampled'; value: string | null; count: number }[]>(
      query,
      [],
      'all',
      em.getTransactionContext(),
    );
  const result: FindingFacets = { ...EMPTY };
  for (const facet of Object.keys(FACETS) as Facet[]) result[facet] = [];
  for (const row of rows) {
    if (row.facet === 'sampled') result.sampled = row.count > FACET_SAMPLE;
    else if (row.facet === 'total') result.total = row.count;
    else result[row.facet] = [...result[row.facet], { value: String(row.value), count: row.count }];
  }
  return result;
}
