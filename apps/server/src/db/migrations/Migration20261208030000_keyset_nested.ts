import { Migration } from '@mikro-orm/migrations';

/*
 * Decision 0040. A place's latest visits as an index walk: visit_place carries its visit's start
 * date (kept by triggers, whoever writes the link or the visit), indexed per place newest first; it
 * replaces visit_place(place_id), its prefix. A visit's findings page on (visit_id, created_at, id). The workplan actions list pages by keyset on
 * (due_date nulls last, id).
 */
export class Migration20261208030000_keyset_nested extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "visit_place" add column "visit_start_date" date null;`);
    this.addSql(
      `update "visit_place" l set "visit_start_date" = v."start_date" from "visit" v where v."id" = l."visit_id";`,
    );
    this.addSql(`create or replace function opcat_visit_place_start_date() returns trigger language plpgsql as $$
begin
  select v.start_date into new.visit_start_date from visit v where v.id = new.visit_id;
  return new;
end $$;`);
    this.addSql(`create trigger visit_place_start_date_set before insert or update of visit_id on "visit_place"
  for each row execute function opcat_visit_place_start_date();`);
    this.addSql(`create or replace function opcat_visit_start_date_follow() returns trigger language plpgsql as $$
begin
  update visit_place set visit_start_date = new.start_date where visit_id = new.id;
  return null;
end $$;`);
    this.addSql(`create trigger visit_place_start_date_follow after update of start_date on "visit"
  for each row when (old.start_date is distinct from new.start_date) execute function opcat_visit_start_date_follow();`);
    this.addSql(`drop index "visit_place_place_id_index";`);
    this.addSql(
      `create index "visit_place_latest_index" on "visit_place" ("place_id", "visit_start_date" desc, "visit_id");`,
    );
    // A visit's findings page (visit_id, created_at, id); it replaces finding(visit_id), its prefix.
    this.addSql(`drop index "finding_visit_id_index";`);
    this.addSql(`create index "finding_visit_created_index" on "finding" ("visit_id", "created_at", "id");`);
    this.addSql(
      `create index "workplan_action_due_index" on "workplan_action" ("due_date" asc nulls last, "id");`,
    );
    this.addSql(
      `create index "workplan_action_responsible_due_index" on "workplan_action" ("responsible_organisation_id", "due_date" asc nulls last, "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "finding_visit_created_index";`);
    this.addSql(`create index "finding_visit_id_index" on "finding" ("visit_id");`);
    this.addSql(`drop index "workplan_action_responsible_due_index";`);
    this.addSql(`drop index "workplan_action_due_index";`);
    this.addSql(`drop index "visit_place_latest_index";`);
    this.addSql(`create index "visit_place_place_id_index" on "visit_place" ("place_id");`);
    this.addSql(`drop trigger visit_place_start_date_follow on "visit";`);
    this.addSql(`drop function opcat_visit_start_date_follow();`);
    this.addSql(`drop trigger visit_place_start_date_set on "visit_place";`);
    this.addSql(`drop function opcat_visit_place_start_date();`);
    this.addSql(`alter table "visit_place" drop column "visit_start_date";`);
  }
}
