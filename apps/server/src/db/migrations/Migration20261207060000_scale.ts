import { Migration } from '@mikro-orm/migrations';

/**
 * Pre-aggregated dashboard counts (decision 0033): finding and recommendation tallies keyed by the
 * facts the read scope looks at, maintained in the same transaction as every write by statement-level
 * triggers (transition tables, so a bulk insert is one aggregate), then filled from the existing rows.
 * The trigger functions run as the schema owner; the application role only reads the tallies.
 */

/** A text array as a set: sorted, without duplicates (so equal share lists key the same row). */
const SORTED_SET = `create function public.opcat_sorted_set(items text[]) returns text[]
  language sql immutable parallel safe as $$
    select case when cardinality(items) <= 1 then items
      else (select coalesce(array_agg(distinct x order by x), '{}'::text[]) from unnest(items) x) end
  $$;`;

const SEP = `chr(31)`;

/** The finding tally's contributions of the findings in `src` (alias f) with sign `sgn`, places from `places`. */
function findingContributions(
  src: string,
  sgn: string,
  places = 'place',
  figures: ('AREA' | 'VULNERABILITY' | 'RISK')[] = ['AREA', 'VULNERABILITY', 'RISK'],
) {
  const partition = `f.classification::text, f.owner_organisation_id, f.working_group_id, f.country_code::text,
      public.opcat_sorted_set(f.shared_with)`;
  const year = `extract(year from f.created_at at time zone 'UTC')::int::text`;
  const noPlace = `null::text, null::uuid, null::uuid, null::text, null::text[]`;
  const parts: string[] = [];
  if (figures.includes('AREA'))
    parts.push(
      `select 'AREA' as figure, ${partition}, f.monitoring_area::text, ${year}, ${noPlace}, ${sgn}::bigint from ${src} f`,
    );
  if (figures.includes('VULNERABILITY'))
    parts.push(`select 'VULNERABILITY', ${partition}, v, ${year}, ${noPlace}, ${sgn}::bigint
      from ${src} f cross join lateral unnest(f.vulnerabilities) v`);
  if (figures.includes('RISK'))
    parts.push(`select 'RISK', ${partition}, rf, pl.type::text, pl.classification::text, pl.owner_organisation_id,
      pl.working_group_id, pl.country_code::text, public.opcat_sorted_set(pl.shared_with), ${sgn}::bigint
      from ${src} f join ${places} pl on pl.id = f.place_id cross join lateral unnest(f.risk_factors) rf`);
  return parts.join('\n    union all\n    ');
}

/** Adds contributions (columns as findingContributions) to the finding tally. */
function applyFindingTally(contributions: string) {
  return `insert into finding_tally as t (key, figure, classification, owner_organisation_id, working_group_id,
      country_code, shared_with, "row", col, place_classification, place_owner_organisation_id, place_working_group_id,
      place_country_code, place_shared_with, n)
    select md5(concat_ws(${SEP}, c.figure, c.cls, c.owner, coalesce(c.wg::text, ''), coalesce(c.country, ''),
        array_to_string(c.shared, ','), c.r, c.k, coalesce(c.pcls, ''), coalesce(c.powner::text, ''),
        coalesce(c.pwg::text, ''), coalesce(c.pcountry, ''), coalesce(array_to_string(c.pshared, ','), ''))),
      c.figure, c.cls, c.owner, c.wg, c.country, c.shared, c.r, c.k, c.pcls, c.powner, c.pwg, c.pcountry, c.pshared, sum(c.n)
    from (
    ${contributions}
    ) c(figure, cls, owner, wg, country, shared, r, k, pcls, powner, pwg, pcountry, pshared, n)
    group by c.figure, c.cls, c.owner, c.wg, c.country, c.shared, c.r, c.k, c.pcls, c.powner, c.pwg, c.pcountry, c.pshared
    having sum(c.n) <> 0
    on conflict (key) do update set n = t.n + excluded.n`;
}

const definer = `language plpgsql security definer set search_path = public`;

/** Locks the places of the findings in the given transition tables, so a concurrent place change waits (and is seen). */
const lockPlaces = (...tables: string[]) =>
  `perform 1 from place where id in (${tables.map((t) => `select place_id from ${t}`).join(' union ')}) order by id for share;`;

const MEASURES = [
  ['total', 'true'],
  ['pending', `x.acceptance = 'PENDING'`],
  ['accepted', `x.acceptance = 'ACCEPTED'`],
  ['partially_accepted', `x.acceptance = 'PARTIALLY_ACCEPTED'`],
  ['noted', `x.acceptance = 'NOTED'`],
  ['rejected', `x.acceptance = 'REJECTED'`],
  ['state_reported', `x.state_status is not null`],
  ['state_implemented', `x.state_status = 'IMPLEMENTED'`],
  ['state_partially_implemented', `x.state_status = 'PARTIALLY_IMPLEMENTED'`],
  ['monitor_assessed', `x.monitor_status is not null`],
  ['monitor_implemented', `x.monitor_status = 'IMPLEMENTED'`],
  ['monitor_partially_implemented', `x.monitor_status = 'PARTIALLY_IMPLEMENTED'`],
  ['discrepancies', `x.state_status <> x.monitor_status`],
  ['repeated', `x.repeated`],
  ['overdue_responses', `x.overdue`],
] as const;

/** Adds the tally rows of the recommendation sources in CTE `src` with sign `sgn`. */
function applyRecommendationTally(sgn: string) {
  const keys = `x.classification, x.owner_organisation_id, x.working_group_id, x.country_code, x.shared_with,
      x.addressee_id, x.dimension, x.dimension_key, x.place_facts`;
  return `insert into recommendation_tally as t (key, classification, owner_organisation_id, working_group_id,
      country_code, shared_with, addressee_id, dimension, dimension_key, place_facts,
      ${MEASURES.map(([m]) => m).join(', ')})
    select md5(concat_ws(${SEP}, x.classification, x.owner_organisation_id, coalesce(x.working_group_id::text, ''),
        coalesce(x.country_code, ''), array_to_string(x.shared_with, ','), x.addressee_id, x.dimension, x.dimension_key,
        coalesce(x.place_facts::text, ''))),
      ${keys},
      ${MEASURES.map(([, when]) => `sum(case when ${when} then ${sgn} else 0 end)`).join(',\n      ')}
    from (
      select s.*, d.dimension, d.dimension_key, d.place_facts
      from src s cross join lateral (
        select 'ALL', '', null::jsonb
        union all select 'AUTHORITY', s.addressee_id::text, null::jsonb
        union all select 'THEME', s.theme, null::jsonb
        union all select 'PRIORITY', s.priority, null::jsonb
        union all select 'YEAR', s.year, null::jsonb
        union all select 'PLACE_TYPE', e.key, e.value from jsonb_each(s.place_types) e
      ) d(dimension, dimension_key, place_facts)
    ) x
    group by ${keys}
    on conflict (key) do update set ${MEASURES.map(([m]) => `${m} = t.${m} + excluded.${m}`).join(', ')}`;
}

const PLACE_FACTS = `jsonb_build_object('classification', pl.classification, 'owner_organisation_id', pl.owner_organisation_id,
  'working_group_id', pl.working_group_id, 'country_code', pl.country_code, 'shared_with', to_jsonb(public.opcat_sorted_set(pl.shared_with)))`;

const RECOMMENDATION_REFRESH = `create function public.recommendation_tally_refresh(ids uuid[]) returns void ${definer} as $$
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  -- One refresh of a recommendation at a time, none while the clock moves; the statements below see
  -- what the locks waited for.
  perform 1 from dashboard_tally_clock for share;
  perform 1 from recommendation where id = any(ids) order by id for update;
  with src as (delete from recommendation_tally_source s where s.recommendation_id = any(ids) returning s.*)
  ${applyRecommendationTally('-1')};
  with src as (
    insert into recommendation_tally_source (recommendation_id, classification, owner_organisation_id, working_group_id,
      country_code, shared_with, addressee_id, theme, priority, year, acceptance, state_status, monitor_status, repeated,
      overdue, place_types)
    select r.id, r.classification::text, r.owner_organisation_id, r.working_group_id, r.country_code::text,
      public.opcat_sorted_set(r.shared_with), r.addressee_id, r.theme, r.priority::text,
      extract(year from r.issued_on)::int::text, r.acceptance::text, r.state_status::text, r.monitor_status::text,
      r.repeats_id is not null,
      r.response_due_on < (select c.as_of from dashboard_tally_clock c)
        and not exists (select 1 from authority_response ar where ar.recommendation_id = r.id),
      coalesce((
        select jsonb_object_agg(t.type, t.facts) from (
          select pl.type::text as type, jsonb_agg(distinct ${PLACE_FACTS} order by ${PLACE_FACTS}) as facts
          from recommendation_place rp join place pl on pl.id = rp.place_id
          where rp.recommendation_id = r.id
          group by pl.type
        ) t), '{}'::jsonb)
    from recommendation r where r.id = any(ids)
    returning *)
  ${applyRecommendationTally('1')};
end $$;`;

/** Moves the clock to \`today\` and refreshes the recommendations whose response fell due in between. */
const CLOCK_ADVANCE = `create function public.dashboard_tally_advance(today date) returns void ${definer} as $$
declare previous date;
begin
  select as_of into previous from dashboard_tally_clock where id = 1 for update;
  if previous >= today then return; end if;
  update dashboard_tally_clock set as_of = today where id = 1;
  perform public.recommendation_tally_refresh(array(
    select id from recommendation where response_due_on >= previous and response_due_on < today));
end $$;`;

/** A statement trigger on \`table\` refreshing the recommendations named by \`column\` of its transition table(s). */
function recommendationTrigger(table: string, column: string, event: 'insert' | 'update' | 'delete') {
  const name = `${table}_rec_tally_${event}`;
  const rows = event === 'insert' ? ['new_rows'] : event === 'delete' ? ['old_rows'] : ['old_rows', 'new_rows'];
  const referencing =
    event === 'insert'
      ? 'new table as new_rows'
      : event === 'delete'
        ? 'old table as old_rows'
        : 'old table as old_rows new table as new_rows';
  return [
    `create function public.${name}() returns trigger ${definer} as $$
begin
  perform public.recommendation_tally_refresh(array(${rows.map((r) => `select ${column} from ${r}`).join(' union ')}));
  return null;
end $$;`,
    `create trigger ${name} after ${event} on "${table}" referencing ${referencing}
  for each statement execute function public.${name}();`,
  ];
}

/**
 * Fills empty tallies from the existing rows. Exported for bench/scale, which generates its data with
 * the tally triggers off and then fills the tallies once with this very SQL.
 */
export const TALLY_FILL: readonly string[] = [
  applyFindingTally(findingContributions('finding', '1')) + ';',
  `select public.recommendation_tally_refresh(array(select id from recommendation));`,
];

export class Migration20261207060000_scale extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finding_tally" ("key" text not null, "figure" text not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "row" text not null, "col" text not null, "place_classification" text null, "place_owner_organisation_id" uuid null, "place_working_group_id" uuid null, "place_country_code" text null, "place_shared_with" text[] null, "n" bigint not null default 0, constraint "finding_tally_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create index "finding_tally_owner_organisation_id_index" on "finding_tally" ("owner_organisation_id");`,
    );
    this.addSql(`create index "finding_tally_country_code_index" on "finding_tally" ("country_code");`);
    this.addSql(`create index "finding_tally_working_group_id_index" on "finding_tally" ("working_group_id");`);
    this.addSql(
      `create table "recommendation_tally" ("key" text not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "addressee_id" uuid not null, "dimension" text not null, "dimension_key" text not null, "place_facts" jsonb null, "total" bigint not null default 0, "pending" bigint not null default 0, "accepted" bigint not null default 0, "partially_accepted" bigint not null default 0, "noted" bigint not null default 0, "rejected" bigint not null default 0, "state_reported" bigint not null default 0, "state_implemented" bigint not null default 0, "state_partially_implemented" bigint not null default 0, "monitor_assessed" bigint not null default 0, "monitor_implemented" bigint not null default 0, "monitor_partially_implemented" bigint not null default 0, "discrepancies" bigint not null default 0, "repeated" bigint not null default 0, "overdue_responses" bigint not null default 0, constraint "recommendation_tally_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create index "recommendation_tally_owner_organisation_id_index" on "recommendation_tally" ("owner_organisation_id");`,
    );
    this.addSql(`create index "recommendation_tally_country_code_index" on "recommendation_tally" ("country_code");`);
    this.addSql(
      `create index "recommendation_tally_working_group_id_index" on "recommendation_tally" ("working_group_id");`,
    );
    this.addSql(`create index "recommendation_tally_addressee_id_index" on "recommendation_tally" ("addressee_id");`);
    this.addSql(
      `create table "recommendation_tally_source" ("recommendation_id" uuid not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "addressee_id" uuid not null, "theme" text not null, "priority" text not null, "year" text not null, "acceptance" text not null, "state_status" text null, "monitor_status" text null, "repeated" boolean not null, "overdue" boolean not null, "place_types" jsonb not null, constraint "recommendation_tally_source_pkey" primary key ("recommendation_id"));`,
    );

    this.addSql(`create index "recommendation_response_due_on_index" on "recommendation" ("response_due_on");`);

    this.addSql(
      `create table "dashboard_tally_clock" ("id" int not null, "as_of" date not null, constraint "dashboard_tally_clock_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "dashboard_tally_clock" ("id", "as_of") values (1, (now() at time zone 'UTC')::date);`);

    this.addSql(SORTED_SET);

    // Findings: each statement adds its new rows and takes back its old rows.
    this.addSql(`create function public.finding_tally_insert() returns trigger ${definer} as $$
begin
  ${lockPlaces('new_rows')}
  ${applyFindingTally(findingContributions('new_rows', '1'))};
  return null;
end $$;`);
    this.addSql(`create function public.finding_tally_update() returns trigger ${definer} as $$
begin
  ${lockPlaces('old_rows', 'new_rows')}
  ${applyFindingTally(`${findingContributions('old_rows', '-1')}\n    union all\n    ${findingContributions('new_rows', '1')}`)};
  return null;
end $$;`);
    this.addSql(`create function public.finding_tally_delete() returns trigger ${definer} as $$
begin
  ${lockPlaces('old_rows')}
  ${applyFindingTally(findingContributions('old_rows', '-1'))};
  return null;
end $$;`);
    this.addSql(`create trigger finding_tally_insert after insert on "finding" referencing new table as new_rows
  for each statement execute function public.finding_tally_insert();`);
    this
      .addSql(`create trigger finding_tally_update after update on "finding" referencing old table as old_rows new table as new_rows
  for each statement execute function public.finding_tally_update();`);
    this.addSql(`create trigger finding_tally_delete after delete on "finding" referencing old table as old_rows
  for each statement execute function public.finding_tally_delete();`);

    // Recommendations: recomputed from the current rows whenever they, their responses or their places change.
    this.addSql(RECOMMENDATION_REFRESH);
    this.addSql(CLOCK_ADVANCE);
    for (const event of ['insert', 'update', 'delete'] as const) {
      for (const sql of recommendationTrigger('recommendation', 'id', event)) this.addSql(sql);
      for (const sql of recommendationTrigger('authority_response', 'recommendation_id', event)) this.addSql(sql);
      for (const sql of recommendationTrigger('recommendation_place', 'recommendation_id', event)) this.addSql(sql);
    }

    // A place whose read-scope facts or type change moves its findings' risk counts and refreshes its recommendations.
    const inChanged = (table: string, column: string) => `(select * from ${table} where ${column} = any(changed))`;
    this.addSql(`create function public.place_tally_update() returns trigger ${definer} as $$
declare changed uuid[];
begin
  changed := array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (o.classification, o.owner_organisation_id, o.working_group_id, o.country_code, public.opcat_sorted_set(o.shared_with), o.type)
      is distinct from (n.classification, n.owner_organisation_id, n.working_group_id, n.country_code, public.opcat_sorted_set(n.shared_with), n.type));
  if cardinality(changed) = 0 then return null; end if;
  ${applyFindingTally(
    `${findingContributions(inChanged('finding', 'place_id'), '-1', inChanged('old_rows', 'id'), ['RISK'])}
    union all
    ${findingContributions(inChanged('finding', 'place_id'), '1', inChanged('new_rows', 'id'), ['RISK'])}`,
  )};
  perform public.recommendation_tally_refresh(array(
    select distinct rp.recommendation_id from recommendation_place rp where rp.place_id = any(changed)));
  return null;
end $$;`);
    this
      .addSql(`create trigger place_tally_update after update on "place" referencing old table as old_rows new table as new_rows
  for each statement execute function public.place_tally_update();`);

    // Truncating the records empties their tallies.
    this.addSql(`create function public.finding_tally_truncate() returns trigger ${definer} as $$
begin truncate finding_tally; return null; end $$;`);
    this.addSql(
      `create trigger finding_tally_truncate after truncate on "finding" for each statement execute function public.finding_tally_truncate();`,
    );
    this.addSql(`create function public.recommendation_tally_truncate() returns trigger ${definer} as $$
begin truncate recommendation_tally, recommendation_tally_source; return null; end $$;`);
    this.addSql(
      `create trigger recommendation_tally_truncate after truncate on "recommendation" for each statement execute function public.recommendation_tally_truncate();`,
    );

    // The rows that exist already.
    for (const sql of TALLY_FILL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists place_tally_update on "place";`);
    this.addSql(`drop function if exists public.place_tally_update();`);
    for (const table of ['recommendation', 'authority_response', 'recommendation_place']) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(`drop trigger if exists ${table}_rec_tally_${event} on "${table}";`);
        this.addSql(`drop function if exists public.${table}_rec_tally_${event}();`);
      }
    }
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists finding_tally_${event} on "finding";`);
      this.addSql(`drop function if exists public.finding_tally_${event}();`);
    }
    this.addSql(`drop trigger if exists recommendation_tally_truncate on "recommendation";`);
    this.addSql(`drop function if exists public.recommendation_tally_truncate();`);
    this.addSql(`drop function if exists public.dashboard_tally_advance(date);`);
    this.addSql(`drop function if exists public.recommendation_tally_refresh(uuid[]);`);
    this.addSql(`drop table if exists "dashboard_tally_clock" cascade;`);
    this.addSql(`drop function if exists public.opcat_sorted_set(text[]);`);
    this.addSql(`drop index if exists "recommendation_response_due_on_index";`);
    this.addSql(`drop table if exists "finding_tally" cascade;`);
    this.addSql(`drop table if exists "recommendation_tally" cascade;`);
    this.addSql(`drop table if exists "recommendation_tally_source" cascade;`);
  }
}
