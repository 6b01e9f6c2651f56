import { Migration } from '@mikro-orm/migrations';

/**
 * Whether a word of a text filter or a search is rare in a table, by PostgreSQL's statistics (decision
 * 0041), as a PL/pgSQL function: its query over the `pg_stats` view took 4–11 ms to plan each time it
 * was written into a statement (40–58 ms for search's five kinds), more than it takes to run; a
 * PL/pgSQL function keeps its plan for the session. Same rule as before: a word is rare when it has a
 * lexeme in some configuration and its lexemes (for the word at position `prefix`, 1-based: the lexemes
 * starting with them) occur in fewer than `max_rows` rows by `most_common_elems` and their frequencies
 * (a lexeme not among them is rarer than all of them); without statistics every word is rare.
 * Migration20261214020000_rarity_in_one_read replaced it, and restores it when rolled back.
 */
export const WORD_RARITY_FUNCTION = `create or replace function public.opcat_a_word_is_rare(tbl text, words text[], prefix integer, max_rows real)
      returns boolean language plpgsql stable as $$
      begin
        return exists (
          select 1 from unnest(words) with ordinality u(w, n)
          cross join lateral (
            select array(
              select distinct l
              from unnest('{public.opcat_es,public.opcat_en,public.opcat_fr,public.opcat_pt}'::regconfig[]) c
              cross join lateral unnest(tsvector_to_array(to_tsvector(c, u.w))) l
            ) as lexemes
          ) x
          where cardinality(x.lexemes) > 0 and coalesce((
            select sum(f.freq) from pg_stats s
            cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) f(e, freq)
            where s.schemaname = current_schema() and s.tablename = tbl and s.attname = 'search_vector'
              and (f.e = any(x.lexemes) or (u.n = prefix and exists (select 1 from unnest(x.lexemes) p where starts_with(f.e, p))))
          ), 0) * coalesce((select greatest(c.reltuples, 0) from pg_class c where c.oid = to_regclass(quote_ident(tbl))), 0) < max_rows
        );
      end
    $$;`;

export class Migration20261211010000_word_rarity_function extends Migration {
  override async up(): Promise<void> {
    this.addSql(WORD_RARITY_FUNCTION);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists public.opcat_a_word_is_rare(text, text[], integer, real);');
  }
}
