import { Migration } from '@mikro-orm/migrations';

/** Passkeys as a second factor (decision 0037): public keys only, and one short-lived challenge per session. */
export class Migration20261207035000_passkeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "passkey_challenge" ("session_id" uuid not null, "purpose" varchar(16) not null, "challenge" varchar(200) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, constraint "passkey_challenge_pkey" primary key ("session_id"));`);

    this.addSql(`create table "passkey" ("id" uuid not null, "user_id" uuid not null, "credential_id" varchar(1400) not null, "public_key" bytea not null, "counter" bigint not null, "transports" jsonb not null, "name" varchar(100) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, constraint "passkey_pkey" primary key ("id"));`);
    this.addSql(`create index "passkey_user_id_index" on "passkey" ("user_id");`);
    this.addSql(`alter table "passkey" add constraint "passkey_credential_id_unique" unique ("credential_id");`);

    this.addSql(`alter table "passkey_challenge" add constraint "passkey_challenge_session_id_foreign" foreign key ("session_id") references "user_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "passkey" add constraint "passkey_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "passkey_challenge" cascade;`);

    this.addSql(`drop table if exists "passkey" cascade;`);
  }

}
