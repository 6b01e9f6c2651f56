import { Migration } from '@mikro-orm/migrations';

export class Migration20261209010000_annual_report_sealed extends Migration {
  override async up(): Promise<void> {
    // A large annual report's file is sealed at rest under a data key, like an export's. Files written
    // before were stored in clear: removed (the purge removes them within a day anyway; their requesters
    // ask again). Guarded: report-texts.test.ts runs the migration creating the table after this one.
    this.addSql(`alter table if exists "annual_report_job" add column "content_key_id" uuid null;`);
    this.addSql(`do $$ begin
      if to_regclass('annual_report_job') is not null then
        delete from "annual_report_job" where "content" is not null and "content_key_id" is null;
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "annual_report_job" drop column "content_key_id";`);
  }
}
