/**
 * Synthetic monitoring records on top of the demo world, generated inside PostgreSQL with
 * `INSERT … SELECT … FROM generate_series` (nothing streams through Node: 1M findings is one
 * statement). Ids are `md5(kind || n)::uuid`, so rows find each other by number without lookups.
 *
 * Shape per `findings` = N: N/10 visits (10 findings each, 1–2 places), N/10 recommendations
 * (100k at 1M; each linked to a finding and a place), max(50, N/200) places with two population
 * counts each. Owners follow the demo world: the Costa Verde NPM owns most, then the NHRI, the two
 * CSOs and the Sierra Alta NPM; every 20th visit and recommendation is the SPT's
 * (SPT_CONFIDENTIAL, ~5 %, half of them shared with the country's NPM). Classifications of the
 * rest: ~3–5 % PUBLIC, ~12–15 % SHARED (with one or two organisations), ~25 % WORKING_GROUP (the
 * owner's working group), the rest ORGANISATION. Numbers are pseudo-random but deterministic.
 */
import {
  ACCEPTANCES,
  IMPLEMENTATION_STATUSES,
  MONITORING_AREAS,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_LEVELS,
  SEVERITIES,
  VISIT_STATUSES,
} from '@opcat/domain';
import type { MikroORM } from '../../apps/server/src/db/orm.ts';
import { demoOrganisations, demoWorkingGroups } from '../../apps/server/src/db/demo-world.ts';

export interface Shape {
  findings: number;
  visits: number;
  recommendations: number;
  places: number;
}

export function shapeFor(findings: number): Shape {
  return {
    findings,
    visits: Math.max(1, Math.round(findings / 10)),
    recommendations: Math.max(1, Math.round(findings / 10)),
    places: Math.max(50, Math.round(findings / 200)),
  };
}

/** `'A','B'` as a SQL text array literal. */
const arr = (items: readonly string[]) => `array[${items.map((i) => `'${i}'`).join(',')}]::text[]`;
/** The `k`-th item (any integer expression) of a literal list. */
const pick = (items: readonly string[], k: string) => `(${arr(items)})[1 + ((${k}) % ${items.length})]`;
/** A deterministic pseudo-random number in [0, 1000) from a bigint expression and a salt. */
const h = (g: string, salt: number) => `(((${g})::bigint * 2654435761 + ${salt * 97}) % 1000)`;

export async function generate(owner: MikroORM, shape: Shape, log: (line: string) => void): Promise<void> {
  const conn = owner.em.getConnection();
  const q = async (label: string, sql: string) => {
    const t = performance.now();
    await conn.execute(sql);
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const orgs = await conn.execute<{ id: string; name: string }[]>('select id, name from organisation');
  const org = (key: string): string => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    const id = orgs.find((o) => o.name === name)?.id;
    if (!id) throw new Error(`bench: demo organisation ${key} not found`);
    return `'${id}'::uuid`;
  };
  const groups = await conn.execute<{ id: string; name: string }[]>('select id, name from working_group');
  const group = (kind: string): string => {
    const name = demoWorkingGroups.find((g) => g.kind === kind)?.name;
    const id = groups.find((g) => g.name === name)?.id;
    if (!id) throw new Error(`bench: demo working group ${kind} not found`);
    return `'${id}'::uuid`;
  };
  const members = await conn.execute<{ organisation_id: string; user_id: string }[]>(
    'select distinct on (organisation_id) organisation_id, user_id from membership order by organisation_id, user_id',
  );
  const fallbackUser = members[0]?.user_id;
  if (!fallbackUser) throw new Error('bench: the demo world has no members');
  /** A member of the owner organisation (`ownerExpr`) as the record's author. */
  const authorOf = (ownerExpr: string) =>
    `coalesce((case ${ownerExpr} ${members.map((m) => `when '${m.organisation_id}'::uuid then '${m.user_id}'::uuid`).join(' ')} end), '${fallbackUser}'::uuid)`;
  /** Whom a SHARED record is shared with: one or two organisations. */
  const shared = (k: string) =>
    `(case (${k}) % 4 when 0 then array[${org('nhri')}::text, ${org('cso1')}::text] when 1 then array[${org('ministry')}::text]
       when 2 then array[${org('cso1')}::text] else array[${org('npm')}::text, ${org('ohchr')}::text] end)`;
  const { findings: N, visits: V, recommendations: R, places: P } = shape;
  const xvOwner = (k: string) =>
    `case when ${k} < 600 then ${org('npm')} when ${k} < 700 then ${org('nhri')} when ${k} < 800 then ${org('cso1')} when ${k} < 850 then ${org('cso2')} else ${org('npm2')} end`;

  await conn.execute('set synchronous_commit = off');
  // Places: mostly public or within the working group (the register of places is widely shared).
  await q(
    `${P} places`,
    `insert into place (id, owner_organisation_id, working_group_id, classification, country_code, shared_with,
       created_by_id, created_at, updated_at, version, name, type, responsible_authority_id, region, address, capacity, status)
     select md5('place' || g)::uuid, o.owner,
       case when o.owner = ${org('npm2')} then ${group('REGIONAL_NETWORK')} else ${group('NATIONAL_WORKING_GROUP')} end,
       c.cls, o.country,
       case when c.cls = 'SHARED' then ${shared('g')} else '{}'::text[] end,
       ${authorOf('o.owner')}, now() - g * interval '1 hour', now() - g * interval '1 hour', 1,
       'Lugar de carga ' || g, ${pick(PLACE_TYPES, 'g')},
       case when o.owner = ${org('npm2')} then ${org('ministry_xs')} when g % 3 = 0 then ${org('police')} else ${org('ministry')} end,
       'Región ' || (g % 12), 'Calle ' || g, 50 + (g * 37) % 950,
       case when g % 25 = 0 then 'CLOSED' when g % 40 = 0 then 'TEMPORARILY_CLOSED' else 'OPERATING' end
     from generate_series(1, ${P}) g
     cross join lateral (select case when ${h('g', 1)} < 700 then ${org('npm')} when ${h('g', 1)} < 850 then ${org('nhri')}
                                      when ${h('g', 1)} < 900 then ${org('cso1')} else ${org('npm2')} end as owner) o0
     cross join lateral (select o0.owner, case when o0.owner = ${org('npm2')} then 'XS' else 'XV' end as country) o
     cross join lateral (select case when ${h('g', 2)} < 400 then 'PUBLIC' when ${h('g', 2)} < 700 then 'WORKING_GROUP'
                                      when ${h('g', 2)} < 950 then 'ORGANISATION' else 'SHARED' end as cls) c`,
  );
  await q(
    `${2 * P} population counts`,
    `insert into place_population (id, place_id, counted_on, population, recorded_by_id, recorded_at)
     select md5('population' || g || '-' || k)::uuid, md5('place' || g)::uuid, date '2026-01-01' + (k * 90),
            20 + (g * 53 + k * 11) % 1200, ${authorOf(org('npm'))}, now()
     from generate_series(1, ${P}) g, generate_series(0, 1) k`,
  );
  // Visits: every 20th is the SPT's (SPT_CONFIDENTIAL; every 40th shared with the NPM of its country).
  await q(
    `${V} visits`,
    `insert into visit (id, owner_organisation_id, working_group_id, classification, country_code, shared_with,
       created_by_id, created_at, updated_at, version, type, announced, start_date, end_date, objectives, status)
     select md5('visit' || g)::uuid, o.owner,
       case when o.owner = ${org('spt')} then null when o.owner = ${org('npm2')} then ${group('REGIONAL_NETWORK')} else ${group('NATIONAL_WORKING_GROUP')} end,
       c.cls, o.country,
       case when c.cls = 'SHARED' then ${shared('g')}
            when c.cls = 'SPT_CONFIDENTIAL' and g % 40 = 0 then array[(case when o.country = 'XS' then ${org('npm2')} else ${org('npm')} end)::text]
            else '{}'::text[] end,
       ${authorOf('o.owner')}, d.at, d.at, 1,
       case when o.owner = ${org('spt')} then 'SPT_REGULAR' else ${pick(['IN_DEPTH', 'THEMATIC', 'AD_HOC', 'FOLLOW_UP'], 'g')} end,
       g % 3 = 0, d.at::date, d.at::date + 2, '', ${pick(VISIT_STATUSES, 'g')}
     from generate_series(1, ${V}) g
     cross join lateral (select timestamptz '2026-12-01' - g * (interval '1826 days' / ${V}) as at) d
     cross join lateral (select case when g % 20 = 0 then ${org('spt')} else ${xvOwner(h('g', 3))} end as owner) o0
     cross join lateral (select o0.owner, case when o0.owner = ${org('npm2')} or (o0.owner = ${org('spt')} and g % 60 = 0) then 'XS' else 'XV' end as country) o
     cross join lateral (select case when o0.owner = ${org('spt')} then 'SPT_CONFIDENTIAL' when ${h('g', 4)} < 50 then 'PUBLIC'
                                      when ${h('g', 4)} < 200 then 'SHARED' when ${h('g', 4)} < 450 then 'WORKING_GROUP' else 'ORGANISATION' end as cls) c`,
  );
  const primaryPlace = (v: string) => `md5('place' || (((${v})::bigint * 7) % ${P} + 1))::uuid`;
  await q(
    'visit places',
    `insert into visit_place (visit_id, place_id)
     select md5('visit' || g)::uuid, ${primaryPlace('g')} from generate_series(1, ${V}) g
     union all
     select md5('visit' || g)::uuid, md5('place' || (((g::bigint * 7 + 1) % ${P}) + 1))::uuid
     from generate_series(3, ${V}, 3) g`,
  );
  // Findings: ten per visit, owned like their visit; SPT visits' findings are SPT_CONFIDENTIAL like them.
  await q(
    `${N} findings`,
    `insert into finding (id, owner_organisation_id, working_group_id, classification, country_code, shared_with,
       created_by_id, created_at, updated_at, version, visit_id, place_id, title, monitoring_area, risk_factors,
       vulnerabilities, description, sources, severity, good_practice)
     select md5('finding' || g)::uuid, v.owner_organisation_id,
       case when c.cls = 'WORKING_GROUP' then v.working_group_id end,
       c.cls, v.country_code,
       case when c.cls = 'SHARED' then ${shared('g')} when c.cls = 'SPT_CONFIDENTIAL' then v.shared_with else '{}'::text[] end,
       v.created_by_id, v.created_at + (g % 10) * interval '1 minute', v.created_at + (g % 10) * interval '1 minute', 1,
       v.id, ${primaryPlace('vn')}, 'Hallazgo de carga ' || g, ${pick(MONITORING_AREAS, 'g')},
       '{}'::text[], '{}'::text[], '', '{}'::text[], ${pick(SEVERITIES, 'g * 7')}, g % 17 = 0
     from generate_series(1, ${N}) g
     cross join lateral (select (g - 1) / 10 + 1 as vn) n
     join visit v on v.id = md5('visit' || n.vn)::uuid
     cross join lateral (select case when v.classification = 'SPT_CONFIDENTIAL' then 'SPT_CONFIDENTIAL' when ${h('g', 5)} < 30 then 'PUBLIC'
                                      when ${h('g', 5)} < 150 then 'SHARED' when ${h('g', 5)} < 400 then 'WORKING_GROUP' else 'ORGANISATION' end as cls) c`,
  );
  await q(
    `${R} recommendations`,
    `insert into recommendation (id, owner_organisation_id, working_group_id, classification, country_code, shared_with,
       created_by_id, created_at, updated_at, version, reference, title, text, source, addressee_id, theme, level, priority,
       issued_on, target_date, response_due_on, acceptance, state_status, monitor_status)
     select md5('recommendation' || g)::uuid, o.owner,
       case when c.cls = 'WORKING_GROUP' then (case when o.owner = ${org('npm2')} then ${group('REGIONAL_NETWORK')} else ${group('NATIONAL_WORKING_GROUP')} end) end,
       c.cls, o.country,
       case when c.cls = 'SHARED' then ${shared('g')}
            when c.cls = 'SPT_CONFIDENTIAL' and g % 40 = 0 then array[(case when o.country = 'XS' then ${org('npm2')} else ${org('npm')} end)::text]
            else '{}'::text[] end,
       ${authorOf('o.owner')}, d.at, d.at, 1,
       'CARGA-' || g, 'Recomendación de carga ' || g, '',
       case when o.owner = ${org('spt')} then 'SPT_REPORT' else ${pick(['NPM_VISIT_REPORT', 'NPM_THEMATIC_OR_ANNUAL_REPORT', 'OTHER'], 'g')} end,
       case when o.country = 'XS' then ${org('ministry_xs')} when g % 3 = 0 then ${org('police')} else ${org('ministry')} end,
       'Tema ' || (g % 15), ${pick(RECOMMENDATION_LEVELS, 'g')}, ${pick(PRIORITIES, 'g * 3')},
       d.at::date, case when g % 2 = 0 then d.at::date + 365 end, d.at::date + 180,
       ${pick(ACCEPTANCES, 'g * 5')},
       case when g % 4 = 0 then null else ${pick(IMPLEMENTATION_STATUSES, 'g * 11')} end,
       case when g % 3 = 0 then null else ${pick(IMPLEMENTATION_STATUSES, 'g * 13')} end
     from generate_series(1, ${R}) g
     cross join lateral (select timestamptz '2026-12-01' - g * (interval '1826 days' / ${R}) as at) d
     cross join lateral (select case when g % 20 = 0 then ${org('spt')} else ${xvOwner(h('g', 6))} end as owner) o0
     cross join lateral (select o0.owner, case when o0.owner = ${org('npm2')} or (o0.owner = ${org('spt')} and g % 60 = 0) then 'XS' else 'XV' end as country) o
     cross join lateral (select case when o0.owner = ${org('spt')} then 'SPT_CONFIDENTIAL' when ${h('g', 7)} < 50 then 'PUBLIC'
                                      when ${h('g', 7)} < 170 then 'SHARED' when ${h('g', 7)} < 420 then 'WORKING_GROUP' else 'ORGANISATION' end as cls) c`,
  );
  await q(
    'recommendation findings',
    `insert into recommendation_finding (recommendation_id, finding_id)
     select md5('recommendation' || g)::uuid, md5('finding' || (((g::bigint * 10) % ${N}) + 1))::uuid from generate_series(1, ${R}) g`,
  );
  await q(
    'recommendation places',
    `insert into recommendation_place (recommendation_id, place_id)
     select md5('recommendation' || g)::uuid, ${primaryPlace('g')} from generate_series(1, ${R}) g`,
  );
  await q('vacuum analyze', 'vacuum analyze');
}
