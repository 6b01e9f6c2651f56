import { Migration } from '@mikro-orm/migrations';

export class Migration20261207040000_annual_report extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "annual_report_job" ("id" uuid not null, "requested_by" uuid not null, "acting_organisation_id" uuid null, "format" varchar(8) not null, "language" varchar(4) not null, "filter" jsonb not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "records_read" int not null default 0, "total_records" int null, "record_count" int null, "file_name" varchar(120) not null, "content" bytea null, "error" varchar(500) null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "annual_report_job_pkey" primary key ("id"));`);
    this.addSql(`create index "annual_report_job_requested_by_created_at_index" on "annual_report_job" ("requested_by", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "annual_report_job" cascade;`);
  }

}
