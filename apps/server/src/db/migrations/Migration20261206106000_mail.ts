import { Migration } from '@mikro-orm/migrations';

export class Migration20261206106000_mail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mail_message" ("id" uuid not null, "organisation_id" uuid not null, "recipient_id" uuid null, "to_address" varchar(320) not null, "locale" text check ("locale" in ('es', 'en', 'fr', 'pt')) not null, "template" varchar(60) not null, "subject" varchar(300) not null, "text_body" text null, "html_body" text null, "status" text check ("status" in ('PENDING', 'SENT', 'OUTBOX', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" varchar(500) null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "mail_message_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_message_organisation_id_created_at_index" on "mail_message" ("organisation_id", "created_at");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "organisation_id" uuid not null, "invited_by_id" uuid null, "role" text check ("role" in ('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER')) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);

    this.addSql(`alter table "mail_message" add constraint "mail_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_message" add constraint "mail_message_recipient_id_foreign" foreign key ("recipient_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invitation" add constraint "invitation_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_account" alter column "password_hash" type varchar(200) using ("password_hash"::varchar(200));`);
    this.addSql(`alter table "user_account" alter column "password_hash" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_message" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`alter table "user_account" alter column "password_hash" type varchar(200) using ("password_hash"::varchar(200));`);
    this.addSql(`alter table "user_account" alter column "password_hash" set not null;`);
  }

}
