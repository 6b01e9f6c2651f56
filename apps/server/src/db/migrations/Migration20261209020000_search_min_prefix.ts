import { Migration } from '@mikro-orm/migrations';

/**
 * The lists' text filter takes its last word as a prefix only from 3 letters or digits on (decision
 * 0041): a shorter one ("12", "ab") is matched as a whole word. "12":* expanded to every number
 * starting with 12 (~11k lexemes at 1M findings), and the capped count's GIN scan grew with them.
 */
export class Migration20261209020000_search_min_prefix extends Migration {
  override async up(): Promise<void> {
    this.addSql(queryFunction(3));
  }

  override async down(): Promise<void> {
    this.addSql(queryFunction(1));
  }
}

/** `opcat_prefix_query` as in Migration20261208040000_search_fts, the last word a prefix from `minPrefix` characters. */
function queryFunction(minPrefix: number): string {
  return `create or replace function public.opcat_prefix_query(words text) returns tsquery
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
          cross join lateral (
            select case when n = cardinality(s.a) and length(ltrim(w, '-')) >= ${minPrefix} then ':*' else '' end as suffix
          ) x
          cross join lateral (
            select '''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''' || x.suffix as lexeme, x.suffix
          ) l
          where w <> ''
        ) q
      $$;`;
}
