import { Migration } from '@mikro-orm/migrations';

export class Migration20261206105000_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_preference" ("user_id" uuid not null, "muted_in_app" jsonb not null, "email_events" jsonb not null, "email_digest" text check ("email_digest" in ('IMMEDIATE', 'DAILY')) not null default 'IMMEDIATE', "updated_at" timestamptz not null, constraint "notification_preference_pkey" primary key ("user_id"));`);

    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "event" text check ("event" in ('RECOMMENDATION_ISSUED', 'RESPONSE_DUE_14', 'RESPONSE_DUE_7', 'RESPONSE_DUE_1', 'RESPONSE_OVERDUE', 'STATE_STATUS_REPORTED', 'MONITOR_STATUS_ASSESSED', 'ACTION_ASSIGNED', 'ACTION_DUE_SOON', 'ACTION_OVERDUE', 'RECORD_SHARED', 'RECORD_SHARE_WITHDRAWN', 'VISIT_TEAM_ADDED', 'REPRISAL_NAMED', 'ROLE_CHANGED', 'WELFARE_CHECK_DUE')) not null, "event_key" varchar(300) not null, "subject_type" text check ("subject_type" in ('RECOMMENDATION', 'WORKPLAN_ACTION', 'PLACE', 'VISIT', 'FINDING', 'WORKPLAN', 'REPRISAL', 'MEMBERSHIP')) not null, "subject_id" uuid null, "created_at" timestamptz not null, "read_at" timestamptz null, "in_app" boolean not null default true, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_created_idx" on "notification" ("user_id", "created_at", "id");`);
    this.addSql(`alter table "notification" add constraint "notification_event_key_user_unique" unique ("event_key", "user_id");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
