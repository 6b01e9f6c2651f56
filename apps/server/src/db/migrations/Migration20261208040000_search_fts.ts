import { Migration } from '@mikro-orm/migrations';

/**
 * Search with a bounded cost and the lists' text filters on the full-text index (decision 0041):
 * `opcat_prefix_query` (every word, the last as a prefix, in the four accent-insensitive
 * configurations) for the lists' `search` filters, a recency index on every kind the search box
 * ranks within its newest matches (findings have one already), and the findings library's faceted
 * page index.
 */
export class Migration20261208040000_search_fts extends Migration {
  override async up(): Promise<void> {
    // `words`: the user's words separated by spaces (the server keeps only letters and digits, and a
    // hyphen before digits); each becomes a quoted lexeme (quotes and backslashes escaped all the
    // same), the last one `:*`. A number also matches its hyphenated form: the parser indexes
    // "CARGA-12" as `carga` and `-12`, so "carga 12" finds it.
    this.addSql(`create function public.opcat_prefix_query(words text) returns tsquery
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
    for (const table of ['place', 'visit', 'recommendation']) {
      this.addSql(`create index "${table}_created_at_id_index" on "${table}" ("created_at" desc, "id");`);
    }
    // The library's faceted page (area, severity) newest first and its capped count, which reads the
    // page's order (records/keyset-page.ts): at 1M findings the CSO's count otherwise scanned ~36k rows.
    this.addSql(
      `create index "finding_area_severity_created_at_index" on "finding" ("monitoring_area", "severity", "created_at" desc, "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "finding_area_severity_created_at_index";`);
    for (const table of ['place', 'visit', 'recommendation']) {
      this.addSql(`drop index if exists "${table}_created_at_id_index";`);
    }
    this.addSql(`drop function if exists public.opcat_prefix_query(text);`);
  }
}
