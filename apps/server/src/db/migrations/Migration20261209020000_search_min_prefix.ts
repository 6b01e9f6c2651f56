import { Migration } from '@mikro-orm/migrations';

/** The function this migration makes (a later migration's `down` restores it). */
export const MIN_PREFIX_QUERY_FUNCTION = `create or replace function public.opcat_prefix_query(words text) returns tsquery
      language sql immutable parallel safe as $$
        select to_tsquery('public.opcat_es'::regconfig, t) ||
               to_tsquery('public.opcat_en'::regconfig, t) ||
               to_tsquery('public.opcat_fr'::regconfig, t) ||
               to_tsquery('public.opcat_pt'::regconfig, t)
        from (select regexp_split_to_array(btrim(words), '\\s+') as a) s
        cross join lateral (
          select string_agg(case when w ~ '^-?[0-9]+$'
                                 then '(''' || ltrim(w, '-') || '''' || x.suffix || ' | ''-' || ltrim(w, '-') || '''' || x.suffix || ')'
                                 else '''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''' || x.suffix end,
                            ' & ' order by n) as t
          from unnest(s.a) with ordinality u(w, n)
          cross join lateral (
            select case when n = cardinality(s.a) and (w ~ '^-[0-9]' or length(w) >= 3) then ':*' else '' end as suffix
          ) x
          where w <> ''
        ) q
      $$;`;

/**
 * The lists' text filter (decision 0041): the last word is a prefix from 3 characters on, or when it is
 * a number typed after a hyphen (part of a reference: "EXP-00"); a shorter one is matched as a whole
 * word. "12":* expanded to every number starting with 12 (~11k lexemes at 1M findings), and the capped
 * count's GIN scan grew with them. A number matches with or without the hyphen before it, as the parser
 * indexes either ("CARGA-12": `-12`; "SPT-XV-2026-02": `2026` and `-02`).
 */
export class Migration20261209020000_search_min_prefix extends Migration {
  override async up(): Promise<void> {
    this.addSql(MIN_PREFIX_QUERY_FUNCTION);
  }

  override async down(): Promise<void> {
    // The function as Migration20261208040000_search_fts made it.
    this.addSql(`create or replace function public.opcat_prefix_query(words text) returns tsquery
      language sql immutable parallel safe as $$
        select to_tsquery('public.opcat_es'::regconfig, t) ||
               to_tsquery('public.opcat_en'::regconfig, t) ||
               to_tsquery('public.opcat_fr'::regconfig, t) ||
               to_tsquery('public.opcat_pt'::regconfig, t)
        from (select regexp_split_to_array(btrim(words), '\\s+') as a) s
        cross join lateral (
          select string_agg(case when w ~ '^[0-9]+$'
                                 then '(' || l.lexeme || ' | ''-' || w || '''' || l.suffix || ')'
                                 else l.lexeme end, ' & ' order by n) as t
          from unnest(s.a) with ordinality u(w, n)
          cross join lateral (select case when n = cardinality(s.a) then ':*' else '' end as suffix) x
          cross join lateral (
            select '''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''' || x.suffix as lexeme, x.suffix
          ) l
          where w <> ''
        ) q
      $$;`);
  }
}
