import { Migration } from '@mikro-orm/migrations';

export class Migration20261206100000_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "visit_report_text" ("visit_id" uuid not null, "introduction" text not null default '', "conclusions" text not null default '', "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "visit_report_text_pkey" primary key ("visit_id"));`);
    this.addSql(`alter table "visit_report_text" add constraint "visit_report_text_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_report_text" add constraint "visit_report_text_updated_by_id_foreign" foreign key ("updated_by_id") references "user_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_report_text" cascade;`);
  }

}
