import { Migration } from '@mikro-orm/migrations';

export class Migration20261209010000_annual_report_sealed extends Migration {
  override async up(): Promise<void> {
    // A large annual report's file is sealed at rest under a data key, like an export's.
    this.addSql(`alter table "annual_report_job" add column "content_key_id" uuid null;`);
    // Files written before were stored in clear: removed (the purge removes them within a day anyway;
    // their requesters ask again).
    this.addSql(`delete from "annual_report_job" where "content" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "annual_report_job" drop column "content_key_id";`);
  }
}
