/**
 * The SQL of the dashboard tallies (decision 0033): the trigger functions that keep them in the same
 * transaction as every write, and the statements that fill them. Migration20261207060000_scale created
 * them; later migrations replace them through the same builders with other options. (In a migration
 * file itself, an exported function would be taken for the migration class by MikroORM.)
 */
/** A text array as a set: sorted, without duplicates (so equal share lists key the same row). */
export const SORTED_SET = `create function public.opcat_sorted_set(items text[]) returns text[]
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

export const definer = `language plpgsql security definer set search_path = public`;

/** Locks the places of the findings in the given transition tables, so a concurrent place change waits (and is seen). */
const lockPlaces = (...tables: string[]) =>
  `perform 1 from place where id in (${tables.map((t) => `select place_id from ${t}`).join(' union ')}) order by id for share;`;

/**
 * Statement that orders a tally write with the concurrent ones, given SQL for an array of the owner
 * organisations it touches (Migration20261210010000_tally_lock_order); none at first.
 */
type LockOwners = (owners: string) => string;
const noLock: LockOwners = () => '';

/** The finding tally's trigger functions: each statement adds its new rows and takes back its old rows. */
export function findingTallyFunctions(create: 'create' | 'create or replace', lockOwners = noLock): string[] {
  const owners = (...tables: string[]) =>
    `array(${tables.map((t) => `select owner_organisation_id from ${t}`).join(' union ')})`;
  return [
    `${create} function public.finding_tally_insert() returns trigger ${definer} as $$
begin
  ${lockPlaces('new_rows')}
  ${lockOwners(owners('new_rows'))}
  ${applyFindingTally(findingContributions('new_rows', '1'))};
  return null;
end $$;`,
    `${create} function public.finding_tally_update() returns trigger ${definer} as $$
begin
  ${lockPlaces('old_rows', 'new_rows')}
  ${lockOwners(owners('old_rows', 'new_rows'))}
  ${applyFindingTally(`${findingContributions('old_rows', '-1')}\n    union all\n    ${findingContributions('new_rows', '1')}`)};
  return null;
end $$;`,
    `${create} function public.finding_tally_delete() returns trigger ${definer} as $$
begin
  ${lockPlaces('old_rows')}
  ${lockOwners(owners('old_rows'))}
  ${applyFindingTally(findingContributions('old_rows', '-1'))};
  return null;
end $$;`,
  ];
}

/** A place whose read-scope facts or type change moves its findings' risk counts and refreshes its recommendations. */
export function placeTallyUpdate(create: 'create' | 'create or replace', lockOwners = noLock): string {
  const inChanged = (table: string, column: string) => `(select * from ${table} where ${column} = any(changed))`;
  return `${create} function public.place_tally_update() returns trigger ${definer} as $$
declare changed uuid[];
begin
  changed := array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (o.classification, o.owner_organisation_id, o.working_group_id, o.country_code, public.opcat_sorted_set(o.shared_with), o.type)
      is distinct from (n.classification, n.owner_organisation_id, n.working_group_id, n.country_code, public.opcat_sorted_set(n.shared_with), n.type));
  if cardinality(changed) = 0 then return null; end if;
  ${lockOwners(`array(select f.owner_organisation_id from finding f where f.place_id = any(changed)
    union select r.owner_organisation_id from recommendation_place rp join recommendation r on r.id = rp.recommendation_id
    where rp.place_id = any(changed))`)}
  ${applyFindingTally(
    `${findingContributions(inChanged('finding', 'place_id'), '-1', inChanged('old_rows', 'id'), ['RISK'])}
    union all
    ${findingContributions(inChanged('finding', 'place_id'), '1', inChanged('new_rows', 'id'), ['RISK'])}`,
  )};
  perform public.recommendation_tally_refresh(array(
    select distinct rp.recommendation_id from recommendation_place rp where rp.place_id = any(changed)));
  return null;
end $$;`;
}

/**
 * Orders a tally write with the concurrent ones (Migration20261210010000_tally_lock_order): the clock's
 * share lock, then one transaction-scoped advisory lock per owner organisation, in the order of the keys.
 */
export const TALLY_LOCK = `create or replace function public.opcat_tally_lock(owners uuid[]) returns void ${definer} as $$
declare k int;
begin
  perform 1 from dashboard_tally_clock for share;
  for k in select distinct hashtext(o::text) from unnest(owners) o where o is not null order by 1 loop
    perform pg_advisory_xact_lock(20261207, k);
  end loop;
end $$;`;

/** The statement taking TALLY_LOCK's locks for the owners in SQL array `owners`. */
export const lockTallyOwners: LockOwners = (owners) => `perform public.opcat_tally_lock(${owners});`;

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

/**
 * The function refreshing the recommendations \`ids\`. \`lockTallies\` is the statement that orders it
 * with concurrent tally writers (Migration20261210010000_tally_lock_order); it was the clock's share lock alone.
 */
export const recommendationRefresh = (
  create: 'create' | 'create or replace',
  lockTallies = 'perform 1 from dashboard_tally_clock for share;',
) => `${create} function public.recommendation_tally_refresh(ids uuid[]) returns void ${definer} as $$
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  -- One refresh of a recommendation at a time, none while the clock moves; the statements below see
  -- what the locks waited for.
  ${lockTallies}
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
export const CLOCK_ADVANCE = `create function public.dashboard_tally_advance(today date) returns void ${definer} as $$
declare previous date;
begin
  select as_of into previous from dashboard_tally_clock where id = 1 for update;
  if previous >= today then return; end if;
  update dashboard_tally_clock set as_of = today where id = 1;
  perform public.recommendation_tally_refresh(array(
    select id from recommendation where response_due_on >= previous and response_due_on < today));
end $$;`;

/** A statement trigger on \`table\` refreshing the recommendations named by \`column\` of its transition table(s). */
export function recommendationTrigger(table: string, column: string, event: 'insert' | 'update' | 'delete') {
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

/**
 * The finding tally's read-scope facts named by a key (decision 0045): `opcat_fact_key` of a row's
 * facts, the dictionary `tally_fact` of every combination a tally row carries (the finding's own and,
 * for RISK rows, the place's), a row trigger that keys each new tally row, and a statement trigger
 * that enters the new rows' combinations in the dictionary in the same transaction. A dashboard then
 * tests its viewer's read scope once per combination instead of once per tally row.
 */
export const FACT_KEY = `create function public.opcat_fact_key(classification text, owner_organisation_id uuid,
  working_group_id uuid, country_code text, shared_with text[]) returns uuid
  language sql immutable parallel safe as $$
    select md5(concat_ws(chr(31), classification, owner_organisation_id::text, coalesce(working_group_id::text, ''),
      coalesce(country_code, ''), array_to_string(shared_with, ',')))::uuid
  $$;`;

const ownFacts = (t: string) =>
  `${t}.classification, ${t}.owner_organisation_id, ${t}.working_group_id, ${t}.country_code, ${t}.shared_with`;
const placeFacts = (t: string) =>
  `${t}.place_classification, ${t}.place_owner_organisation_id, ${t}.place_working_group_id, ${t}.place_country_code, ${t}.place_shared_with`;

/** Enters the fact combinations of the tally rows in `rows` (alias r) in the dictionary. */
const enterFacts = (
  rows: string,
) => `insert into tally_fact (key, classification, owner_organisation_id, working_group_id,
    country_code, shared_with)
  select distinct f.* from (
    select public.opcat_fact_key(${ownFacts('r')}), ${ownFacts('r')} from ${rows} r
    union all
    select public.opcat_fact_key(${placeFacts('r')}), ${placeFacts('r')} from ${rows} r where r.place_classification is not null
  ) f
  on conflict (key) do nothing`;

/**
 * The first version of decision 0045 read an admitted combination's tally rows from this covering
 * index; `finding_tally_pair` replaced it (Migration20261213020000_tally_pairs), which drops it.
 */
export const FACT_KEY_INDEX = `create index "finding_tally_fact_key_index" on "finding_tally" ("fact_key")
  include ("place_fact_key", "figure", "row", "col", "n")`;

export const TALLY_FACT_KEYS: readonly string[] = [
  FACT_KEY,
  `create table "tally_fact" ("key" uuid not null, "classification" text not null, "owner_organisation_id" uuid not null,
    "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null,
    constraint "tally_fact_pkey" primary key ("key"));`,
  `alter table "finding_tally" add column "fact_key" uuid null, add column "place_fact_key" uuid null;`,
  `update finding_tally t set fact_key = public.opcat_fact_key(${ownFacts('t')}),
    place_fact_key = case when t.place_classification is not null then public.opcat_fact_key(${placeFacts('t')}) end;`,
  `alter table "finding_tally" alter column "fact_key" set not null;`,
  FACT_KEY_INDEX + ';',
  // The covering index is read without the heap only where the visibility map says so, and every
  // write updates tally rows: vacuum this small table after about 1 % of its rows changed.
  `alter table "finding_tally" set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);`,
  `create function public.finding_tally_key_facts() returns trigger ${definer} as $$
begin
  new.fact_key := public.opcat_fact_key(${ownFacts('new')});
  new.place_fact_key := case when new.place_classification is not null then public.opcat_fact_key(${placeFacts('new')}) end;
  return new;
end $$;`,
  `create trigger finding_tally_key_facts before insert on "finding_tally"
  for each row execute function public.finding_tally_key_facts();`,
  `create function public.finding_tally_enter_facts() returns trigger ${definer} as $$
begin
  ${enterFacts('new_rows')};
  return null;
end $$;`,
  `create trigger finding_tally_enter_facts after insert on "finding_tally" referencing new table as new_rows
  for each statement execute function public.finding_tally_enter_facts();`,
  `${enterFacts('finding_tally')};`,
  `analyze finding_tally, tally_fact;`,
];

export const TALLY_FACT_KEYS_DOWN: readonly string[] = [
  `drop trigger finding_tally_enter_facts on "finding_tally";`,
  `drop function public.finding_tally_enter_facts();`,
  `drop trigger finding_tally_key_facts on "finding_tally";`,
  `drop function public.finding_tally_key_facts();`,
  `alter table "finding_tally" reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
  `alter table "finding_tally" drop column "fact_key", drop column "place_fact_key";`,
  `drop table "tally_fact";`,
  `drop function public.opcat_fact_key(text, uuid, uuid, text, text[]);`,
];

/** The place key of a tally row without a place (the AREA and VULNERABILITY figures) in `finding_tally_pair`. */
export const NO_PLACE_KEY = '00000000-0000-0000-0000-000000000000';

/**
 * `finding_tally_pair` (decision 0045): per pair of fact combinations (the finding's, its place's or
 * NO_PLACE_KEY), the pair's cells (ids of `tally_cell`, "figure␟row␟col") and counts as two arrays,
 * kept from `finding_tally` by statement triggers in the writing transaction. A dashboard unnests
 * the admitted pairs' arrays (small enough to stay in the row) instead of reading one tally row per cell.
 */
export const TALLY_PAIRS: readonly string[] = [
  `create table "tally_cell" ("id" serial not null, "cell" text not null,
    constraint "tally_cell_pkey" primary key ("id"), constraint "tally_cell_cell_unique" unique ("cell"));`,
  `create table "finding_tally_pair" ("fact_key" uuid not null, "place_fact_key" uuid not null,
    "cells" int[] not null, "counts" bigint[] not null,
    constraint "finding_tally_pair_pkey" primary key ("fact_key", "place_fact_key"));`,
  `create function public.opcat_refresh_tally_pairs(facts uuid[], places uuid[]) returns void ${definer} as $$
begin
  delete from finding_tally_pair p using unnest(facts, places) as x(f, pl)
    where p.fact_key = x.f and p.place_fact_key = x.pl;
  -- New cells first, in a statement of their own: the next one's snapshot sees them, also those a
  -- concurrent writer entered (this insert waited for it).
  insert into tally_cell (cell)
  select distinct concat_ws(chr(31), t.figure, t."row", t.col) from finding_tally t
  join (select distinct x.f, x.pl from unnest(facts, places) as x(f, pl)) x
    on t.fact_key = x.f and coalesce(t.place_fact_key, '${NO_PLACE_KEY}') = x.pl
  order by 1
  on conflict (cell) do nothing;
  insert into finding_tally_pair (fact_key, place_fact_key, cells, counts)
  select t.fact_key, coalesce(t.place_fact_key, '${NO_PLACE_KEY}'), array_agg(c.id order by c.id), array_agg(t.n order by c.id)
  from finding_tally t
  join (select distinct x.f, x.pl from unnest(facts, places) as x(f, pl)) x
    on t.fact_key = x.f and coalesce(t.place_fact_key, '${NO_PLACE_KEY}') = x.pl
  join tally_cell c on c.cell = concat_ws(chr(31), t.figure, t."row", t.col)
  where t.n <> 0
  group by 1, 2;
end $$;`,
  ...(['insert', 'update', 'delete'] as const).flatMap((event) => {
    const rows = event === 'delete' ? 'old_rows' : 'new_rows';
    return [
      `create function public.finding_tally_pairs_${event}() returns trigger ${definer} as $$
begin
  perform public.opcat_refresh_tally_pairs(array_agg(r.fact_key), array_agg(coalesce(r.place_fact_key, '${NO_PLACE_KEY}')))
    from ${rows} r;
  return null;
end $$;`,
      `create trigger finding_tally_pairs_${event} after ${event} on "finding_tally"
  referencing ${event === 'delete' ? 'old' : 'new'} table as ${rows} for each statement
  execute function public.finding_tally_pairs_${event}();`,
    ];
  }),
  `create function public.finding_tally_pairs_truncate() returns trigger ${definer} as $$
begin
  truncate finding_tally_pair;
  return null;
end $$;`,
  `create trigger finding_tally_pairs_truncate after truncate on "finding_tally"
  for each statement execute function public.finding_tally_pairs_truncate();`,
  `select public.opcat_refresh_tally_pairs(array_agg(x.f), array_agg(x.pl))
    from (select distinct fact_key as f, coalesce(place_fact_key, '${NO_PLACE_KEY}') as pl from finding_tally) x;`,
  // The covering index is no longer read: the plain index serves the refreshes, and tally updates
  // can be HOT again (n is in no index).
  `drop index "finding_tally_fact_key_index";`,
  `create index "finding_tally_fact_key_index" on "finding_tally" ("fact_key");`,
  `alter table "finding_tally" reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);`,
  `analyze finding_tally_pair, tally_cell;`,
];

export const TALLY_PAIRS_DOWN: readonly string[] = [
  ...(['insert', 'update', 'delete', 'truncate'] as const).flatMap((event) => [
    `drop trigger finding_tally_pairs_${event} on "finding_tally";`,
    `drop function public.finding_tally_pairs_${event}();`,
  ]),
  `drop function public.opcat_refresh_tally_pairs(uuid[], uuid[]);`,
  `drop table "finding_tally_pair";`,
  `drop table "tally_cell";`,
  `drop index "finding_tally_fact_key_index";`,
  FACT_KEY_INDEX + ';',
  `alter table "finding_tally" set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);`,
];
