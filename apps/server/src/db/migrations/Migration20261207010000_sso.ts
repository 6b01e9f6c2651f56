import { Migration } from '@mikro-orm/migrations';

/**
 * Single sign-on with OpenID Connect (decision 0028): one connection per organisation (its client
 * secret sealed with the organisation's data key) and the short-lived, single-use sign-in attempts.
 */
export class Migration20261207010000_sso extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "sso_connection" ("id" uuid not null, "organisation_id" uuid not null, "slug" varchar(63) not null, "issuer" varchar(500) not null, "client_id" varchar(300) not null, "client_secret_sealed" text not null, "allowed_domains" text[] not null, "jit_role" text check ("jit_role" in ('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER')) not null default 'VIEWER', "enabled" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "sso_connection_pkey" primary key ("id"));`);
    this.addSql(`alter table "sso_connection" add constraint "sso_connection_organisation_id_unique" unique ("organisation_id");`);
    this.addSql(`alter table "sso_connection" add constraint "sso_connection_slug_unique" unique ("slug");`);

    this.addSql(`create table "sso_login_attempt" ("id" uuid not null, "state_hash" varchar(64) not null, "browser_hash" varchar(64) not null, "connection_id" uuid not null, "nonce" varchar(100) not null, "code_verifier" varchar(200) not null, "redirect_uri" varchar(600) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "sso_login_attempt_pkey" primary key ("id"));`);
    this.addSql(`alter table "sso_login_attempt" add constraint "sso_login_attempt_state_hash_unique" unique ("state_hash");`);
    this.addSql(`create index "sso_login_attempt_connection_id_index" on "sso_login_attempt" ("connection_id");`);
    this.addSql(`create index "sso_login_attempt_expires_at_index" on "sso_login_attempt" ("expires_at");`);

    this.addSql(`alter table "sso_connection" add constraint "sso_connection_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sso_login_attempt" add constraint "sso_login_attempt_connection_id_foreign" foreign key ("connection_id") references "sso_connection" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sso_login_attempt" drop constraint "sso_login_attempt_connection_id_foreign";`);

    this.addSql(`drop table if exists "sso_connection" cascade;`);

    this.addSql(`drop table if exists "sso_login_attempt" cascade;`);
  }

}
