import { Migration } from '@mikro-orm/migrations';
import { MIN_PREFIX_QUERY_FUNCTION } from './Migration20261209020000_search_min_prefix.ts';

/**
 * The lists' text filter also accepts a word with a digit as written. PostgreSQL's parser reads a
 * word alone differently from the same word after a hyphen: "1e4d77" alone is the number `1e4`
 * followed by `d77`, but in "LIST-recent-1e4d77" it is the hyphenated word's part `1e4d77`, which is
 * what the record's vector holds — a recommendation was not found by its own reference's last part
 * (480 of 20,000 random 6-hex suffixes). Each word with a digit (other than a plain number, handled
 * already) now matches, in every configuration, either as that configuration parses it or as the
 * lowercased word itself (`'1e4d77'`, a prefix when last), which is how the parser's `simple` mapping
 * stores words with digits. Same query otherwise: every word in the same configuration, stop words
 * dropped, the last word a prefix from 3 characters or when it is a number after a hyphen.
 * PL/pgSQL, so that the per-word composition is written as a loop (tsquery has no AND aggregate).
 */
export class Migration20261216010000_filter_words_as_written extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function public.opcat_prefix_query(words text) returns tsquery
  language plpgsql immutable parallel safe as $$
  declare
    a text[] := regexp_split_to_array(btrim(words), '\\s+');
    config regconfig;
    w text;
    n integer;
    suffix text;
    part tsquery;
    q tsquery;
    result tsquery;
  begin
    foreach config in array '{public.opcat_es,public.opcat_en,public.opcat_fr,public.opcat_pt}'::regconfig[] loop
      q := null;
      for n in 1 .. coalesce(cardinality(a), 0) loop
        w := a[n];
        continue when w = '';
        suffix := case when n = cardinality(a) and (w ~ '^-[0-9]' or length(w) >= 3) then ':*' else '' end;
        if w ~ '^-?[0-9]+$' then
          part := to_tsquery(config, '(''' || ltrim(w, '-') || '''' || suffix || ' | ''-' || ltrim(w, '-') || '''' || suffix || ')');
        else
          part := to_tsquery(config, '''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''' || suffix);
          if w ~ '[0-9]' then
            part := part || ('''' || replace(replace(lower(w), '\\', '\\\\'), '''', '''''') || '''' || suffix)::tsquery;
          end if;
        end if;
        q := case when q is null then part else q && part end;
      end loop;
      result := case when result is null then q else result || q end;
    end loop;
    return result;
  end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists public.opcat_prefix_query(text);');
    this.addSql(MIN_PREFIX_QUERY_FUNCTION);
  }
}
