import { Migration } from '@mikro-orm/migrations';
import { plainTextSnapshot } from '../co-edited-snapshot.ts';

export class Migration20261207040000_annual_report extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "annual_report_job" ("id" uuid not null, "requested_by" uuid not null, "acting_organisation_id" uuid null, "format" varchar(8) not null, "language" varchar(4) not null, "filter" jsonb not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "records_read" int not null default 0, "total_records" int null, "record_count" int null, "file_name" varchar(120) not null, "content" bytea null, "error" varchar(500) null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "annual_report_job_pkey" primary key ("id"));`);
    this.addSql(`create index "annual_report_job_requested_by_created_at_index" on "annual_report_job" ("requested_by", "created_at");`);

    // A visit report's introduction and conclusions become co-edited texts of the visit: each
    // non-empty value is the first snapshot of its Yjs document (a document already started wins).
    const rows = await this.execute(`select visit_id, introduction, conclusions from visit_report_text`);
    for (const row of rows as { visit_id: string; introduction: string; conclusions: string }[]) {
      for (const [kind, value] of [['visitIntroduction', row.introduction], ['visitConclusions', row.conclusions]] as const) {
        if (!value.trim()) continue;
        const snapshot = plainTextSnapshot(value);
        await this.execute(
          `insert into "collab_snapshot" ("document_name", "state", "last_update_id", "updated_at", "text")
             values (?, ?, 0, now(), ?) on conflict ("document_name") do nothing`,
          [`${kind}:${row.visit_id}`, snapshot.state, snapshot.text],
        );
      }
    }
    this.addSql(`drop table if exists "visit_report_text" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "annual_report_job" cascade;`);

    // The table comes back empty: the texts stay in their co-edited documents.
    this.addSql(`create table "visit_report_text" ("visit_id" uuid not null, "introduction" text not null default '', "conclusions" text not null default '', "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "visit_report_text_pkey" primary key ("visit_id"));`);
    this.addSql(`alter table "visit_report_text" add constraint "visit_report_text_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_report_text" add constraint "visit_report_text_updated_by_id_foreign" foreign key ("updated_by_id") references "user_account" ("id") on update cascade;`);
  }

}
