import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FindingFacets, FindingFilter } from '../../__generated__/resolvers-types.ts';
import { readableBy } from '../records/read-filter.ts';
import { findingConditions } from './list-findings.ts';
import type { FindingFacetKey } from './list-findings.ts';

/** At most this many values per facet (the most frequent); risk factors are an open vocabulary. */
const MAX_VALUES = 50;

type Facet = Exclude<keyof FindingFacets, 'total' | '__typename'>;

/**
 * How each facet groups the readable findings (alias f): the value expression and any join. Place
 * type and visit year are read from the place and visit only where the viewer may read them.
 */
const FACETS: Record<Facet, { omit: FindingFacetKey; value: string; from?: 'place' | 'visit' | 'risk' | 'vuln' }> = {
  monitoringArea: { omit: 'monitoringArea', value: 'f.monitoring_area' },
  riskFactor: { omit: 'riskFactor', value: 'v.value', from: 'risk' },
  vulnerability: { omit: 'vulnerability', value: 'v.value', from: 'vuln' },
  placeType: { omit: 'placeType', value: 'p.type', from: 'place' },
  country: { omit: 'countryCode', value: 'f.country_code' },
  goodPractice: { omit: 'goodPractice', value: 'f.good_practice::text' },
  classification: { omit: 'classification', value: 'f.classification' },
  visitYear: { omit: 'visitDate', value: `extract(year from x.start_date)::int::text`, from: 'visit' },
};

const EMPTY: FindingFacets = {
  total: 0,
  monitoringArea: [],
  riskFactor: [],
  vulnerability: [],
  placeType: [],
  country: [],
  goodPractice: [],
  classification: [],
  visitYear: [],
};

/** The ids of readable findings matching `where`: the read scope in SQL, as a subquery. */
function readableIds(ctx: OperationContext, where: FilterQuery<Finding>[]) {
  const em = ctx.em as EntityManager;
  return em
    .createQueryBuilder(Finding, 'r')
    .select('r.id')
    .where({ $and: [...where, readableBy(ctx.actor, Finding)] } as never)
    .getKnexQuery();
}

/**
 * Counts per facet value over the findings the viewer may read, each facet under every filter but
 * its own. All in SQL: no row the viewer may not read is ever counted (the read scope is in each
 * statement), and an unreadable place or visit named in the filter answers like a random id.
 */
export async function findingFacets(
  ctx: OperationContext,
  filter: FindingFilter | null | undefined,
): Promise<FindingFacets> {
  const em = ctx.em as EntityManager;
  const knex = em.getKnex();
  const all = await findingConditions(ctx, filter);
  if (!all) return EMPTY;
  const run = <R extends object[]>(query: Knex.Raw) =>
    em.getConnection().execute<R>(query, [], 'all', em.getTransactionContext());
  const [total] = await run<{ n: number }[]>(
    knex.raw('select count(*)::int as n from (?) ids', [readableIds(ctx, all)]),
  );
  const result: FindingFacets = { ...EMPTY, total: total?.n ?? 0 };
  for (const [facet, spec] of Object.entries(FACETS) as [Facet, (typeof FACETS)[Facet]][]) {
    const where = await findingConditions(ctx, filter, spec.omit);
    if (!where) return EMPTY;
    const joins: string[] = [];
    const bindings: Knex.QueryBuilder[] = [];
    if (spec.from === 'risk') joins.push('cross join unnest(f.risk_factors) v(value)');
    if (spec.from === 'vuln') joins.push('cross join unnest(f.vulnerabilities) v(value)');
    if (spec.from === 'place') {
      joins.push('join place p on p.id = f.place_id and p.id in (?)');
      bindings.push(
        em
          .createQueryBuilder(Place, 'rp')
          .select('rp.id')
          .where(readableBy(ctx.actor, Place) as never)
          .getKnexQuery(),
      );
    }
    if (spec.from === 'visit') {
      joins.push('join visit x on x.id = f.visit_id and x.id in (?)');
      bindings.push(
        em
          .createQueryBuilder(Visit, 'rv')
          .select('rv.id')
          .where(readableBy(ctx.actor, Visit) as never)
          .getKnexQuery(),
      );
    }
    const rows = await run<{ value: string | null; count: number }[]>(
      knex.raw(
        `select ${spec.value} as value, count(*)::int as count from finding f ${joins.join(' ')}
          where f.id in (?) and ${spec.value} is not null
          group by 1 order by 2 desc, 1 asc limit ${MAX_VALUES}`,
        [...bindings, readableIds(ctx, where)],
      ),
    );
    result[facet] = rows.map((r) => ({ value: String(r.value), count: r.count }));
  }
  return result;
}
