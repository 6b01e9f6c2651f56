import { Migration } from '@mikro-orm/migrations';

/**
 * Evidence files and finished export files sealed at rest (decision 0030): the data key that sealed
 * each file's bytes. Null marks a file written before sealing existed; the start seals those.
 */
export class Migration20261207030000_vault extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "evidence_attachment" add column "content_key_id" uuid null;`);
    this.addSql(`alter table "export_job" add column "content_key_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence_attachment" drop column "content_key_id";`);
    this.addSql(`alter table "export_job" drop column "content_key_id";`);
  }
}
