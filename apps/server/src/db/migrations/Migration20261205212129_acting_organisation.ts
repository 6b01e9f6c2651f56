import { Migration } from '@mikro-orm/migrations';

export class Migration20261205212129_acting_organisation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_session" add column "acting_organisation_id" uuid null;`);
    this.addSql(
      `alter table "user_session" add constraint "user_session_acting_organisation_id_foreign" foreign key ("acting_organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_acting_organisation_id_foreign";`);

    this.addSql(`alter table "user_session" drop column "acting_organisation_id";`);
  }
}
