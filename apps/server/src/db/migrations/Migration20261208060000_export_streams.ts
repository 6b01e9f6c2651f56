import { Migration } from '@mikro-orm/migrations';

export class Migration20261208060000_export_streams extends Migration {
  override async up(): Promise<void> {
    // A finished export's file as a sealed stream in pieces, written as the job goes (decision 0043);
    // deleted with its job (the purge of generated files).
    this.addSql(
      `create table "export_file_chunk" ("export_job_id" uuid not null, "seq" int not null, "content" bytea not null, constraint "export_file_chunk_pkey" primary key ("export_job_id", "seq"));`,
    );
    this.addSql(
      `alter table "export_file_chunk" add constraint "export_file_chunk_export_job_id_foreign" foreign key ("export_job_id") references "export_job" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_file_chunk" cascade;`);
  }
}
