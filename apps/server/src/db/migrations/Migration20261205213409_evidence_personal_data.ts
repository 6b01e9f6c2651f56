import { Migration } from '@mikro-orm/migrations';

export class Migration20261205213409_evidence_personal_data extends Migration {
  override async up(): Promise<void> {
    // Files uploaded before the flag existed may be interview notes: they start withheld, like new uploads.
    this.addSql(`alter table "evidence_attachment" add column "contains_personal_data" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence_attachment" drop column "contains_personal_data";`);
  }
}
