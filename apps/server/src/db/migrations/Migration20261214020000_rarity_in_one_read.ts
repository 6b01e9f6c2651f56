import { Migration } from '@mikro-orm/migrations';
import { WORD_RARITY_FUNCTION } from './Migration20261211010000_word_rarity_function.ts';

/**
 * Which tables a word of a text filter or a search is rare in, for several tables at once: the same rule
 * as `opcat_a_word_is_rare` (decision 0041), which it replaces, with the words' lexemes computed once and
 * the `pg_stats` view read once for all the tables. Search asked the old function once per kind of record:
 * five reads of `pg_stats` at ~0.5 ms each, 2.3–3.3 ms of every search at 1M findings; this takes
 * 0.75 ms for the five. PL/pgSQL, so that its plan is kept for the session (the reason for the old one's
 * form). Returns the names of the tables where some word is rare, sorted.
 */
export class Migration20261214020000_rarity_in_one_read extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function public.opcat_rare_in(tbls text[], words text[], prefix integer, max_rows real)
  returns text[] language plpgsql stable as $$
  begin
    return (
      with stats as materialized (
        select s.tablename::text as tbl, s.most_common_elems::text::text[] as elems, s.most_common_elem_freqs as freqs
          from pg_stats s
         where s.schemaname = current_schema() and s.tablename = any(tbls) and s.attname = 'search_vector'
      ),
      lexemes as materialized (
        select u.n, array(
                 select distinct l
                   from unnest('{public.opcat_es,public.opcat_en,public.opcat_fr,public.opcat_pt}'::regconfig[]) c
                   cross join lateral unnest(tsvector_to_array(to_tsvector(c, u.w))) l
               ) as lexemes
          from unnest(words) with ordinality u(w, n)
      )
      select coalesce(array_agg(t.tbl order by t.tbl), '{}') from unnest(tbls) t(tbl)
       where exists (
         select 1 from lexemes x
          where cardinality(x.lexemes) > 0 and coalesce((
            select sum(f.freq) from stats s
             cross join lateral unnest(s.elems, s.freqs) f(e, freq)
             where s.tbl = t.tbl
               and (f.e = any(x.lexemes) or (x.n = prefix and exists (select 1 from unnest(x.lexemes) p where starts_with(f.e, p))))
          ), 0) * coalesce((select greatest(c.reltuples, 0) from pg_class c where c.oid = to_regclass(quote_ident(t.tbl))), 0) < max_rows
       )
    );
  end
$$;`);
    this.addSql('drop function if exists public.opcat_a_word_is_rare(text, text[], integer, real);');
  }

  override async down(): Promise<void> {
    this.addSql(WORD_RARITY_FUNCTION);
    this.addSql('drop function if exists public.opcat_rare_in(text[], text[], integer, real);');
  }
}
