import { Migration } from '@mikro-orm/migrations';

/** A text's vector in the four configurations, with weights A (strong) and B (weak): decision 0020's formula. */
const VECTOR = `setweight(
           to_tsvector('public.opcat_es'::regconfig, coalesce(strong, '')) ||
           to_tsvector('public.opcat_en'::regconfig, coalesce(strong, '')) ||
           to_tsvector('public.opcat_fr'::regconfig, coalesce(strong, '')) ||
           to_tsvector('public.opcat_pt'::regconfig, coalesce(strong, '')), 'A') ||
         setweight(
           to_tsvector('public.opcat_es'::regconfig, coalesce(weak, '')) ||
           to_tsvector('public.opcat_en'::regconfig, coalesce(weak, '')) ||
           to_tsvector('public.opcat_fr'::regconfig, coalesce(weak, '')) ||
           to_tsvector('public.opcat_pt'::regconfig, coalesce(weak, '')), 'B')`;

const FINDING_TEXT = `new.title, concat_ws(' ', new.description, array_to_string(new.risk_factors, ' '))`;
const FINDING_LABELS = `public.opcat_vocabulary_vector('RiskFactor', new.risk_factors) || public.opcat_vocabulary_vector('Vulnerability', new.vulnerabilities)`;

/**
 * Equivalent terms (decision 0050): a record whose text holds a term of a group in `search_thesaurus` (written
 * from modules/search/thesaurus.ts by `syncSearchVocabulary` at every start) also holds the group's other terms,
 * with the lowest weight (D), so "hacinamiento" finds a text on "sobrepoblación" and ranks it below a text that
 * says "hacinamiento". Every kind's vector goes through `opcat_search_vector`, which now reads that table: stable,
 * no longer immutable (only triggers call it); a finding's, with its tags' labels (decision 0049), so that a tag
 * brings its group too. The first start after this migration re-indexes the records that hold a term; this
 * migration re-indexes nothing.
 */
export class Migration20261215020000_search_thesaurus extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_thesaurus" ("name" text not null, "terms" text[] not null, "query" tsquery not null, "vector" tsvector not null,
      constraint "search_thesaurus_pkey" primary key ("name"));`);
    // PL/pgSQL, so that its plan is kept for the session (as `opcat_vocabulary_vector`); each group's terms are
    // stored as a vector already (parsing them again at every record's indexing was most of the cost).
    this.addSql(`create function public.opcat_with_equivalents(v tsvector) returns tsvector
      language plpgsql stable parallel safe as $$
      declare
        equivalents tsvector := ''::tsvector;
        group_vector tsvector;
      begin
        for group_vector in select t.vector from public.search_thesaurus t where v @@ t.query loop
          equivalents := equivalents || group_vector;
        end loop;
        return v || equivalents;
      end $$;`);
    this.addSql(`create function public.opcat_text_vector(strong text, weak text) returns tsvector
      language sql immutable parallel safe as $$ select ${VECTOR} $$;`);
    this.addSql(`create or replace function public.opcat_search_vector(strong text, weak text) returns tsvector
      language sql stable parallel safe as $$ select public.opcat_with_equivalents(public.opcat_text_vector(strong, weak)) $$;`);
    this.addSql(`create or replace function public.finding_search_vector() returns trigger language plpgsql as $$
      begin
        new.search_vector := public.opcat_with_equivalents(public.opcat_text_vector(${FINDING_TEXT}) || ${FINDING_LABELS});
        return new;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function public.opcat_search_vector(strong text, weak text) returns tsvector
      language sql immutable parallel safe as $$ select ${VECTOR} $$;`);
    this.addSql(`create or replace function public.finding_search_vector() returns trigger language plpgsql as $$
      begin new.search_vector := public.opcat_search_vector(${FINDING_TEXT}) || ${FINDING_LABELS}; return new; end $$;`);
    for (const table of ['place', 'visit', 'finding', 'recommendation', 'workplan', 'collab_snapshot']) {
      // Recomputed without equivalents (the function above), while the groups still say which rows hold them.
      this.addSql(
        `update "${table}" r set search_vector = null where exists (select 1 from search_thesaurus t where r.search_vector @@ t.query);`,
      );
    }
    this.addSql(`drop function if exists public.opcat_with_equivalents(tsvector);`);
    this.addSql(`drop function if exists public.opcat_text_vector(text, text);`);
    this.addSql(`drop table if exists "search_thesaurus";`);
  }
}
