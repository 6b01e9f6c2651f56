import { Migration } from '@mikro-orm/migrations';

const CONFIGURATIONS = ['public.opcat_es', 'public.opcat_en', 'public.opcat_fr', 'public.opcat_pt'];

/** The search page's query until this migration: websearch syntax, in each of the four configurations. */
const WEBSEARCH_QUERY_FUNCTION = `create or replace function public.opcat_search_query(q text) returns tsquery
  language sql immutable parallel safe as $$
    select ${CONFIGURATIONS.map((c) => `websearch_to_tsquery('${c}'::regconfig, q)`).join(' ||\n           ')}
  $$;`;

/**
 * The search page finds a record by any part of its reference, and a word with a digit as written.
 * PostgreSQL's parser reads a number after a hyphen as signed, but only in some contexts: the
 * recommendation "MNP-XV-2026-004" is indexed as `mnp-xv`, `mnp`, `xv`, `2026` and `-004`, while the
 * query "XV-2026-004" parses as `xv <-> -2026 <-> -004` and "004" alone as `004` — neither found it.
 * And "1e4d77" alone parses as the number `1e4` then `d77`, while a record's "LIST-recent-1e4d77"
 * holds `1e4d77` whole (the lists' filter was mended for the same quirk, Migration20261216010000).
 *
 * A query with a digit is now read so that (1) each number matches with or without its sign (`004`
 * or `-004`), and (2) when the query uses no websearch operator (quotes, "or", a leading minus), each
 * of its words with a digit also matches as the lowercased word itself. A query without a digit is
 * read exactly as before (same tsquery), so ranking and plans of word searches do not change.
 */
export class Migration20261217010000_search_references extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function public.opcat_search_query(q text) returns tsquery
  language plpgsql immutable strict parallel safe as $$
  declare
    configurations constant regconfig[] := '{${CONFIGURATIONS.join(',')}}';
    operators boolean := q ~ '"' or q ~* '(^|\\s)or(\\s|$)' or q ~ '(^|\\s)-';
    words text[] := regexp_split_to_array(btrim(q), '\\s+');
    config regconfig;
    w text;
    bare text;
    part tsquery;
    one tsquery;
    result tsquery;
  begin
    if q !~ '[0-9]' then
      return ${CONFIGURATIONS.map((c) => `websearch_to_tsquery('${c}'::regconfig, q)`).join(' || ')};
    end if;
    foreach config in array configurations loop
      if operators then
        one := websearch_to_tsquery(config, q);
      else
        one := null;
        foreach w in array words loop
          continue when w = '';
          part := websearch_to_tsquery(config, w);
          bare := btrim(lower(w), '.,;:()[]{}"''¿?¡!');
          if bare ~ '[0-9]' and bare !~ '^[0-9]+$' then
            part := part || ('''' || replace(replace(bare, '\\', '\\\\'), '''', '''''') || '''')::tsquery;
          end if;
          one := case when one is null then part else one && part end;
        end loop;
      end if;
      result := case when result is null then one else result || one end;
    end loop;
    -- Each number, signed or not: ( '004' | '-004' ), keeping a prefix mark or weights.
    return regexp_replace(coalesce(result::text, ''),
      '(^|[\\s(!])''-?([0-9]+)''(:[*A-D]+)?', '\\1( ''\\2''\\3 | ''-\\2''\\3 )', 'g')::tsquery;
  end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists public.opcat_search_query(text);');
    this.addSql(WEBSEARCH_QUERY_FUNCTION);
  }
}
