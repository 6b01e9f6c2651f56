import { Migration } from '@mikro-orm/migrations';

/**
 * Onboarding without a seed (decision 0029): platform administrators, requests to join, working-group
 * invitations, the host institution of an NPM, and the platform's share of the outbox.
 */
export class Migration20261207020000_onboarding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "join_request" ("id" uuid not null, "name" varchar(300) not null, "kind" text check ("kind" in ('NPM', 'LOCAL_PM', 'NHRI', 'CSO', 'STATE_AUTHORITY', 'SPT', 'OHCHR', 'PARTNER')) not null, "country_code" varchar(2) null, "npm_model" text check ("npm_model" in ('WITHIN_NHRI', 'WITHIN_OMBUDS', 'OMBUDS_PLUS_CSOS', 'SPECIALISED_BODY', 'MULTIPLE_BODIES')) null, "contact_name" varchar(200) not null, "contact_email" varchar(320) not null, "locale" text check ("locale" in ('es', 'en', 'fr', 'pt')) not null, "message" varchar(2000) null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "created_at" timestamptz not null, "decided_at" timestamptz null, "decided_by_id" uuid null, "organisation_id" uuid null, constraint "join_request_pkey" primary key ("id"));`);
    this.addSql(`create index "join_request_status_created_at_index" on "join_request" ("status", "created_at");`);

    this.addSql(`create table "working_group_invitation" ("id" uuid not null, "working_group_id" uuid not null, "organisation_id" uuid not null, "role" text check ("role" in ('CHAIR', 'MEMBER', 'OBSERVER')) not null, "invited_by_id" uuid null, "created_at" timestamptz not null, constraint "working_group_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "working_group_invitation_organisation_id_index" on "working_group_invitation" ("organisation_id");`);
    this.addSql(`alter table "working_group_invitation" add constraint "working_group_invitation_working_group_id_organis_1f5d3_unique" unique ("working_group_id", "organisation_id");`);

    this.addSql(`alter table "join_request" add constraint "join_request_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "join_request" add constraint "join_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "working_group_invitation" add constraint "working_group_invitation_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "working_group_invitation" add constraint "working_group_invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "working_group_invitation" add constraint "working_group_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organisation" add column "host_organisation_id" uuid null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_host_organisation_id_foreign" foreign key ("host_organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_account" add column "platform_admin" boolean not null default false;`);

    this.addSql(`alter table "mail_message" add column "platform" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "join_request" cascade;`);

    this.addSql(`drop table if exists "working_group_invitation" cascade;`);

    this.addSql(`alter table "organisation" drop constraint "organisation_host_organisation_id_foreign";`);

    this.addSql(`alter table "mail_message" drop column "platform";`);

    this.addSql(`alter table "organisation" drop column "host_organisation_id";`);

    this.addSql(`alter table "user_account" drop column "platform_admin";`);
  }

}
