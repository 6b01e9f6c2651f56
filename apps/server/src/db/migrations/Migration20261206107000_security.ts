import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor authentication (decision 0025) and the data keys of field-level encryption (0026).
 * Existing organisations keep two-factor optional (default false); new NPM and SPT organisations
 * get it required by the entity's create hook.
 */
export class Migration20261206107000_security extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" add column "require_two_factor" boolean not null default false;`);
    this.addSql(`alter table "user_session" add column "second_factor_pending" boolean not null default false;`);
    this.addSql(
      `create table "user_two_factor" ("user_id" uuid not null, "secret_sealed" text not null, "enabled_at" timestamptz null, "last_used_step" int null, "created_at" timestamptz not null, constraint "user_two_factor_pkey" primary key ("user_id"));`,
    );
    this.addSql(
      `alter table "user_two_factor" add constraint "user_two_factor_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "recovery_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "recovery_code_user_id_index" on "recovery_code" ("user_id");`);
    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "data_key" ("id" uuid not null, "organisation_id" uuid null, "master_key_id" varchar(32) not null, "wrapped_key" bytea not null, "created_at" timestamptz not null, "retired_at" timestamptz null, constraint "data_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "data_key_organisation_id_index" on "data_key" ("organisation_id");`);
    this.addSql(
      `alter table "data_key" add constraint "data_key_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    // One current key per organisation, and one platform key (organisation null).
    this.addSql(
      `create unique index "data_key_current_unique" on "data_key" ((coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid))) where "retired_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_key" cascade;`);
    this.addSql(`drop table if exists "recovery_code" cascade;`);
    this.addSql(`drop table if exists "user_two_factor" cascade;`);
    this.addSql(`alter table "user_session" drop column "second_factor_pending";`);
    this.addSql(`alter table "organisation" drop column "require_two_factor";`);
  }
}
