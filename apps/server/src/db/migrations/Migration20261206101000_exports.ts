import { Migration } from '@mikro-orm/migrations';

export class Migration20261206101000_exports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "export_job" ("id" uuid not null, "requested_by" uuid not null, "acting_organisation_id" uuid null, "list" varchar(40) not null, "format" varchar(8) not null, "filter" jsonb not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "rows_written" int not null default 0, "total_rows" int null, "row_count" int null, "file_name" varchar(120) not null, "content" bytea null, "error" varchar(500) null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "export_job_pkey" primary key ("id"));`);
    this.addSql(`create index "export_job_requested_by_created_at_index" on "export_job" ("requested_by", "created_at");`);

    this.addSql(`create table "import_upload" ("id" uuid not null, "uploaded_by" uuid not null, "file_name" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "created_at" timestamptz not null, constraint "import_upload_pkey" primary key ("id"));`);
    this.addSql(`create index "import_upload_uploaded_by_index" on "import_upload" ("uploaded_by");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_job" cascade;`);

    this.addSql(`drop table if exists "import_upload" cascade;`);
  }

}
