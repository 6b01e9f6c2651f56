import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091626_collab_workplans extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collab_snapshot" ("document_name" varchar(100) not null, "state" bytea not null, "last_update_id" bigint not null, "updated_at" timestamptz not null, constraint "collab_snapshot_pkey" primary key ("document_name"));`,
    );

    this.addSql(
      `create table "collab_update" ("id" bigserial primary key, "document_name" varchar(100) not null, "update" bytea not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "collab_update_document_name_id_index" on "collab_update" ("document_name", "id");`);

    this.addSql(
      `create table "collab_version" ("id" bigserial primary key, "document_name" varchar(100) not null, "name" varchar(200) not null, "state" bytea not null, "created_by_id" uuid not null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "collab_version_document_name_created_at_index" on "collab_version" ("document_name", "created_at");`,
    );

    this.addSql(
      `create table "workplan" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "period_start" date not null, "period_end" date null, constraint "workplan_pkey" primary key ("id"), constraint workplan_period_check check (period_end is null or period_end >= period_start));`,
    );
    this.addSql(`create index "workplan_owner_organisation_id_index" on "workplan" ("owner_organisation_id");`);
    this.addSql(`create index "workplan_working_group_id_index" on "workplan" ("working_group_id");`);
    this.addSql(`create index "workplan_classification_index" on "workplan" ("classification");`);

    this.addSql(
      `create table "workplan_priority" ("id" uuid not null, "workplan_id" uuid not null, "title" varchar(300) not null, "description" text not null default '', "position" int not null default 0, "version" int not null default 1, constraint "workplan_priority_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "workplan_priority_workplan_id_index" on "workplan_priority" ("workplan_id");`);

    this.addSql(
      `create table "workplan_action" ("id" uuid not null, "priority_id" uuid not null, "title" varchar(300) not null, "responsible_organisation_id" uuid not null, "contributing_organisation_ids" text[] not null default '{}', "start_date" date null, "due_date" date null, "status" text check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')) not null default 'NOT_STARTED', "indicator" text not null default '', "target" text not null default '', "joint_commitment" boolean not null default false, "position" int not null default 0, "version" int not null default 1, "updated_at" timestamptz not null, constraint "workplan_action_pkey" primary key ("id"), constraint workplan_action_dates_check check (due_date is null or start_date is null or due_date >= start_date));`,
    );
    this.addSql(`create index "workplan_action_priority_id_index" on "workplan_action" ("priority_id");`);
    this.addSql(
      `create index "workplan_action_responsible_organisation_id_index" on "workplan_action" ("responsible_organisation_id");`,
    );

    this.addSql(
      `create table "workplan_action_recommendation" ("workplan_action_id" uuid not null, "recommendation_id" uuid not null, constraint "workplan_action_recommendation_pkey" primary key ("workplan_action_id", "recommendation_id"));`,
    );

    this.addSql(
      `create table "discussion_comment" ("id" uuid not null, "workplan_id" uuid not null, "action_id" uuid null, "document_name" varchar(100) null, "anchor" jsonb null, "quote" text null, "body" text not null, "mentioned_user_ids" text[] not null default '{}', "author_id" uuid not null, "resolved_at" timestamptz null, "created_at" timestamptz not null, constraint "discussion_comment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "discussion_comment_workplan_id_index" on "discussion_comment" ("workplan_id");`);
    this.addSql(`create index "discussion_comment_action_id_index" on "discussion_comment" ("action_id");`);

    this.addSql(
      `alter table "workplan" add constraint "workplan_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "workplan" add constraint "workplan_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workplan" add constraint "workplan_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workplan" add constraint "workplan_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "workplan_priority" add constraint "workplan_priority_workplan_id_foreign" foreign key ("workplan_id") references "workplan" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "workplan_action" add constraint "workplan_action_priority_id_foreign" foreign key ("priority_id") references "workplan_priority" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workplan_action" add constraint "workplan_action_responsible_organisation_id_foreign" foreign key ("responsible_organisation_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "workplan_action_recommendation" add constraint "workplan_action_recommendation_workplan_action_id_foreign" foreign key ("workplan_action_id") references "workplan_action" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workplan_action_recommendation" add constraint "workplan_action_recommendation_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "discussion_comment" add constraint "discussion_comment_workplan_id_foreign" foreign key ("workplan_id") references "workplan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "discussion_comment" add constraint "discussion_comment_action_id_foreign" foreign key ("action_id") references "workplan_action" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "discussion_comment" add constraint "discussion_comment_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "workplan_priority" drop constraint "workplan_priority_workplan_id_foreign";`);

    this.addSql(`alter table "discussion_comment" drop constraint "discussion_comment_workplan_id_foreign";`);

    this.addSql(`alter table "workplan_action" drop constraint "workplan_action_priority_id_foreign";`);

    this.addSql(
      `alter table "workplan_action_recommendation" drop constraint "workplan_action_recommendation_workplan_action_id_foreign";`,
    );

    this.addSql(`alter table "discussion_comment" drop constraint "discussion_comment_action_id_foreign";`);

    this.addSql(`drop table if exists "collab_snapshot" cascade;`);

    this.addSql(`drop table if exists "collab_update" cascade;`);

    this.addSql(`drop table if exists "collab_version" cascade;`);

    this.addSql(`drop table if exists "workplan" cascade;`);

    this.addSql(`drop table if exists "workplan_priority" cascade;`);

    this.addSql(`drop table if exists "workplan_action" cascade;`);

    this.addSql(`drop table if exists "workplan_action_recommendation" cascade;`);

    this.addSql(`drop table if exists "discussion_comment" cascade;`);
  }
}
