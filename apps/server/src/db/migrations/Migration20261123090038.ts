import { Migration } from '@mikro-orm/migrations';

export class Migration20261123090038 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organisation" ("id" uuid not null, "name" varchar(300) not null, "kind" text check ("kind" in ('NPM', 'LOCAL_PM', 'NHRI', 'CSO', 'STATE_AUTHORITY', 'SPT', 'OHCHR', 'PARTNER')) not null, "country_code" varchar(2) null, "npm_model" text check ("npm_model" in ('WITHIN_NHRI', 'WITHIN_OMBUDS', 'OMBUDS_PLUS_CSOS', 'SPECIALISED_BODY', 'MULTIPLE_BODIES')) null, "created_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "user_account" ("id" uuid not null, "email" varchar(320) not null, "display_name" varchar(200) not null, "preferred_locale" text check ("preferred_locale" in ('es', 'en', 'fr', 'pt')) not null default 'es', "password_hash" varchar(200) not null, "created_at" timestamptz not null, constraint "user_account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(
      `create table "user_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(500) null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "role" text check ("role" in ('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER')) not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_organisation_id_unique" unique ("user_id", "organisation_id");`,
    );

    this.addSql(
      `create table "working_group" ("id" uuid not null, "name" varchar(300) not null, "kind" text check ("kind" in ('NATIONAL_WORKING_GROUP', 'NPM_TECHNICAL_COMMITTEE', 'REGIONAL_NETWORK')) not null, "country_code" varchar(2) null, "region" varchar(200) null, "created_at" timestamptz not null, constraint "working_group_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "working_group_member" ("id" uuid not null, "working_group_id" uuid not null, "organisation_id" uuid not null, "role" text check ("role" in ('CHAIR', 'MEMBER', 'OBSERVER')) not null, constraint "working_group_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_working_group_id_organisation_id_unique" unique ("working_group_id", "organisation_id");`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "working_group_member" add constraint "working_group_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
  }
}
