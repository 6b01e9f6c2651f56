import { Migration } from '@mikro-orm/migrations';

export class Migration20261205212401_audit_subject_organisation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "subject_organisation_id" uuid null;`);
    this.addSql(`create index "audit_event_actor_organisation_id_index" on "audit_event" ("actor_organisation_id");`);
    this.addSql(
      `create index "audit_event_subject_organisation_id_index" on "audit_event" ("subject_organisation_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_event_actor_organisation_id_index";`);
    this.addSql(`drop index "audit_event_subject_organisation_id_index";`);
    this.addSql(`alter table "audit_event" drop column "subject_organisation_id";`);
  }
}
