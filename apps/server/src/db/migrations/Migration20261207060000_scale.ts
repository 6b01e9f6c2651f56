import { Migration } from '@mikro-orm/migrations';
import {
  CLOCK_ADVANCE,
  SORTED_SET,
  TALLY_FILL,
  definer,
  findingTallyFunctions,
  placeTallyUpdate,
  recommendationRefresh,
  recommendationTrigger,
} from '../tally-sql.ts';

/**
 * Pre-aggregated dashboard counts (decision 0033): finding and recommendation tallies keyed by the
 * facts the read scope looks at, maintained in the same transaction as every write by statement-level
 * triggers (transition tables, so a bulk insert is one aggregate), then filled from the existing rows.
 * The trigger functions run as the schema owner; the application role only reads the tallies.
 */
export class Migration20261207060000_scale extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "finding_tally" ("key" text not null, "figure" text not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "row" text not null, "col" text not null, "place_classification" text null, "place_owner_organisation_id" uuid null, "place_working_group_id" uuid null, "place_country_code" text null, "place_shared_with" text[] null, "n" bigint not null default 0, constraint "finding_tally_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create index "finding_tally_owner_organisation_id_index" on "finding_tally" ("owner_organisation_id");`,
    );
    this.addSql(`create index "finding_tally_country_code_index" on "finding_tally" ("country_code");`);
    this.addSql(`create index "finding_tally_working_group_id_index" on "finding_tally" ("working_group_id");`);
    this.addSql(
      `create table "recommendation_tally" ("key" text not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "addressee_id" uuid not null, "dimension" text not null, "dimension_key" text not null, "place_facts" jsonb null, "total" bigint not null default 0, "pending" bigint not null default 0, "accepted" bigint not null default 0, "partially_accepted" bigint not null default 0, "noted" bigint not null default 0, "rejected" bigint not null default 0, "state_reported" bigint not null default 0, "state_implemented" bigint not null default 0, "state_partially_implemented" bigint not null default 0, "monitor_assessed" bigint not null default 0, "monitor_implemented" bigint not null default 0, "monitor_partially_implemented" bigint not null default 0, "discrepancies" bigint not null default 0, "repeated" bigint not null default 0, "overdue_responses" bigint not null default 0, constraint "recommendation_tally_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create index "recommendation_tally_owner_organisation_id_index" on "recommendation_tally" ("owner_organisation_id");`,
    );
    this.addSql(`create index "recommendation_tally_country_code_index" on "recommendation_tally" ("country_code");`);
    this.addSql(
      `create index "recommendation_tally_working_group_id_index" on "recommendation_tally" ("working_group_id");`,
    );
    this.addSql(`create index "recommendation_tally_addressee_id_index" on "recommendation_tally" ("addressee_id");`);
    this.addSql(
      `create table "recommendation_tally_source" ("recommendation_id" uuid not null, "classification" text not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "country_code" text null, "shared_with" text[] not null, "addressee_id" uuid not null, "theme" text not null, "priority" text not null, "year" text not null, "acceptance" text not null, "state_status" text null, "monitor_status" text null, "repeated" boolean not null, "overdue" boolean not null, "place_types" jsonb not null, constraint "recommendation_tally_source_pkey" primary key ("recommendation_id"));`,
    );

    this.addSql(`create index "recommendation_response_due_on_index" on "recommendation" ("response_due_on");`);

    this.addSql(
      `create table "dashboard_tally_clock" ("id" int not null, "as_of" date not null, constraint "dashboard_tally_clock_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "dashboard_tally_clock" ("id", "as_of") values (1, (now() at time zone 'UTC')::date);`);

    this.addSql(SORTED_SET);

    // Findings: each statement adds its new rows and takes back its old rows.
    for (const sql of findingTallyFunctions('create')) this.addSql(sql);
    this.addSql(`create trigger finding_tally_insert after insert on "finding" referencing new table as new_rows
  for each statement execute function public.finding_tally_insert();`);
    this
      .addSql(`create trigger finding_tally_update after update on "finding" referencing old table as old_rows new table as new_rows
  for each statement execute function public.finding_tally_update();`);
    this.addSql(`create trigger finding_tally_delete after delete on "finding" referencing old table as old_rows
  for each statement execute function public.finding_tally_delete();`);

    // Recommendations: recomputed from the current rows whenever they, their responses or their places change.
    this.addSql(recommendationRefresh('create'));
    this.addSql(CLOCK_ADVANCE);
    for (const event of ['insert', 'update', 'delete'] as const) {
      for (const sql of recommendationTrigger('recommendation', 'id', event)) this.addSql(sql);
      for (const sql of recommendationTrigger('authority_response', 'recommendation_id', event)) this.addSql(sql);
      for (const sql of recommendationTrigger('recommendation_place', 'recommendation_id', event)) this.addSql(sql);
    }

    // A place whose read-scope facts or type change moves its findings' risk counts and refreshes its recommendations.
    this.addSql(placeTallyUpdate('create'));
    this
      .addSql(`create trigger place_tally_update after update on "place" referencing old table as old_rows new table as new_rows
  for each statement execute function public.place_tally_update();`);

    // Truncating the records empties their tallies.
    this.addSql(`create function public.finding_tally_truncate() returns trigger ${definer} as $$
begin truncate finding_tally; return null; end $$;`);
    this.addSql(
      `create trigger finding_tally_truncate after truncate on "finding" for each statement execute function public.finding_tally_truncate();`,
    );
    this.addSql(`create function public.recommendation_tally_truncate() returns trigger ${definer} as $$
begin truncate recommendation_tally, recommendation_tally_source; return null; end $$;`);
    this.addSql(
      `create trigger recommendation_tally_truncate after truncate on "recommendation" for each statement execute function public.recommendation_tally_truncate();`,
    );

    // The rows that exist already.
    for (const sql of TALLY_FILL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists place_tally_update on "place";`);
    this.addSql(`drop function if exists public.place_tally_update();`);
    for (const table of ['recommendation', 'authority_response', 'recommendation_place']) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(`drop trigger if exists ${table}_rec_tally_${event} on "${table}";`);
        this.addSql(`drop function if exists public.${table}_rec_tally_${event}();`);
      }
    }
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists finding_tally_${event} on "finding";`);
      this.addSql(`drop function if exists public.finding_tally_${event}();`);
    }
    this.addSql(`drop trigger if exists recommendation_tally_truncate on "recommendation";`);
    this.addSql(`drop function if exists public.recommendation_tally_truncate();`);
    this.addSql(`drop function if exists public.dashboard_tally_advance(date);`);
    this.addSql(`drop function if exists public.recommendation_tally_refresh(uuid[]);`);
    this.addSql(`drop table if exists "dashboard_tally_clock" cascade;`);
    this.addSql(`drop function if exists public.opcat_sorted_set(text[]);`);
    this.addSql(`drop index if exists "recommendation_response_due_on_index";`);
    this.addSql(`drop table if exists "finding_tally" cascade;`);
    this.addSql(`drop table if exists "recommendation_tally" cascade;`);
    this.addSql(`drop table if exists "recommendation_tally_source" cascade;`);
  }
}
