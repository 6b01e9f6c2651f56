import { Migration } from '@mikro-orm/migrations';

export class Migration20261123090857_monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "country_setting" ("country_code" varchar(2) not null, "response_due_days" int not null default 60, constraint "country_setting_pkey" primary key ("country_code"));`,
    );

    this.addSql(
      `create table "record_comment" ("id" uuid not null, "record_type" varchar(40) not null, "record_id" uuid not null, "author_id" uuid not null, "author_organisation_id" uuid not null, "body" text not null, "created_at" timestamptz not null, constraint "record_comment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "record_comment_record_type_record_id_index" on "record_comment" ("record_type", "record_id");`,
    );

    this.addSql(
      `create table "visit" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "type" text check ("type" in ('IN_DEPTH', 'THEMATIC', 'AD_HOC', 'FOLLOW_UP', 'SPT_REGULAR', 'SPT_FOLLOW_UP', 'SPT_NPM_ADVISORY')) not null, "announced" boolean not null default false, "start_date" date not null, "end_date" date null, "objectives" text not null default '', "status" text check ("status" in ('PLANNED', 'ON_SITE', 'REPORTING', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED')) not null default 'PLANNED', constraint "visit_pkey" primary key ("id"), constraint visit_dates_check check (end_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "visit_owner_organisation_id_index" on "visit" ("owner_organisation_id");`);
    this.addSql(`create index "visit_working_group_id_index" on "visit" ("working_group_id");`);
    this.addSql(`create index "visit_classification_index" on "visit" ("classification");`);

    this.addSql(
      `create table "visit_team_member" ("id" uuid not null, "visit_id" uuid not null, "user_id" uuid not null, "expertise" text check ("expertise" in ('LAW', 'MEDICINE', 'PSYCHOLOGY', 'SOCIAL_WORK', 'INTERPRETATION', 'OTHER')) not null, "gender" text check ("gender" in ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')) not null, "leader" boolean not null default false, constraint "visit_team_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "visit_team_member" add constraint "visit_team_member_visit_id_user_id_unique" unique ("visit_id", "user_id");`,
    );

    this.addSql(
      `create table "reprisal_incident" ("id" uuid not null, "owner_organisation_id" uuid not null, "person_pseudonym" varchar(100) not null, "related_visit_id" uuid null, "occurred_on" date not null, "form" text check ("form" in ('THREATS', 'INTIMIDATION', 'PHYSICAL_VIOLENCE', 'DISCIPLINARY_SANCTION', 'TRANSFER', 'DENIAL_OF_RIGHTS_OR_BENEFITS', 'SOLITARY_CONFINEMENT', 'OTHER')) not null, "description" text not null default '', "action_taken" text not null default '', "status" text check ("status" in ('REPORTED', 'UNDER_FOLLOW_UP', 'RESOLVED', 'CLOSED')) not null default 'REPORTED', "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "reprisal_incident_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "reprisal_incident_named_user" ("reprisal_incident_id" uuid not null, "user_id" uuid not null, constraint "reprisal_incident_named_user_pkey" primary key ("reprisal_incident_id", "user_id"));`,
    );

    this.addSql(
      `create table "recommendation" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "reference" varchar(60) not null, "title" varchar(300) not null, "text" text not null default '', "source" text check ("source" in ('NPM_VISIT_REPORT', 'NPM_THEMATIC_OR_ANNUAL_REPORT', 'SPT_REPORT', 'OTHER')) not null, "addressee_id" uuid not null, "theme" varchar(200) not null default '', "level" text check ("level" in ('PLACE', 'POLICY', 'LEGISLATIVE', 'INSTITUTIONAL')) not null, "priority" text check ("priority" in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')) not null, "issued_on" date not null, "target_date" date null, "response_due_on" date not null, "repeats_id" uuid null, "acceptance" text check ("acceptance" in ('PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED')) not null default 'PENDING', "state_status" text check ("state_status" in ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'NO_LONGER_APPLICABLE')) null, "monitor_status" text check ("monitor_status" in ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'NO_LONGER_APPLICABLE')) null, constraint "recommendation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recommendation_owner_organisation_id_index" on "recommendation" ("owner_organisation_id");`,
    );
    this.addSql(`create index "recommendation_working_group_id_index" on "recommendation" ("working_group_id");`);
    this.addSql(`create index "recommendation_classification_index" on "recommendation" ("classification");`);
    this.addSql(`create index "recommendation_addressee_id_index" on "recommendation" ("addressee_id");`);
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_owner_organisation_id_reference_unique" unique ("owner_organisation_id", "reference");`,
    );

    this.addSql(
      `create table "recommendation_status_entry" ("id" uuid not null, "recommendation_id" uuid not null, "kind" text check ("kind" in ('ACCEPTANCE', 'STATE_REPORTED', 'MONITOR_ASSESSED')) not null, "value" varchar(40) not null, "effective_on" date not null, "note" text not null default '', "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "recommendation_status_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recommendation_status_entry_recommendation_id_index" on "recommendation_status_entry" ("recommendation_id");`,
    );

    this.addSql(
      `create table "follow_up_activity" ("id" uuid not null, "recommendation_id" uuid not null, "kind" text check ("kind" in ('FOLLOW_UP_VISIT', 'WRITTEN_REQUEST', 'MEETING', 'PUBLIC_STATEMENT', 'REFERRAL')) not null, "happened_on" date not null, "outcome" text not null default '', "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "follow_up_activity_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "follow_up_activity_recommendation_id_index" on "follow_up_activity" ("recommendation_id");`,
    );

    this.addSql(
      `create table "authority_response" ("id" uuid not null, "recommendation_id" uuid not null, "author_organisation_id" uuid not null, "responded_on" date not null, "text" text not null, "acceptance" text check ("acceptance" in ('PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED')) not null, "proposed_timeline" text not null default '', "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "authority_response_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "authority_response_recommendation_id_index" on "authority_response" ("recommendation_id");`,
    );

    this.addSql(
      `create table "place" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(300) not null, "type" text check ("type" in ('POLICE_CUSTODY', 'COURT_CELLS', 'PRETRIAL_DETENTION', 'PRISON', 'JUVENILE_DETENTION', 'IMMIGRATION_DETENTION', 'TRANSIT_ZONE', 'PSYCHIATRIC_INSTITUTION', 'SOCIAL_CARE_HOME', 'ELDERLY_CARE_HOME', 'CHILDRENS_HOME', 'MILITARY_DETENTION', 'OTHER')) not null, "responsible_authority_id" uuid not null, "region" varchar(200) null, "address" varchar(500) null, "capacity" int null, "status" text check ("status" in ('OPERATING', 'TEMPORARILY_CLOSED', 'CLOSED')) not null default 'OPERATING', constraint "place_pkey" primary key ("id"), constraint place_capacity_check check (capacity is null or capacity >= 0));`,
    );
    this.addSql(`create index "place_owner_organisation_id_index" on "place" ("owner_organisation_id");`);
    this.addSql(`create index "place_working_group_id_index" on "place" ("working_group_id");`);
    this.addSql(`create index "place_classification_index" on "place" ("classification");`);

    this.addSql(
      `create table "visit_place" ("visit_id" uuid not null, "place_id" uuid not null, constraint "visit_place_pkey" primary key ("visit_id", "place_id"));`,
    );

    this.addSql(
      `create table "recommendation_place" ("recommendation_id" uuid not null, "place_id" uuid not null, constraint "recommendation_place_pkey" primary key ("recommendation_id", "place_id"));`,
    );

    this.addSql(
      `create table "place_population" ("id" uuid not null, "place_id" uuid not null, "counted_on" date not null, "population" int not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "place_population_pkey" primary key ("id"), constraint place_population_population_check check (population >= 0));`,
    );
    this.addSql(`create index "place_population_place_id_index" on "place_population" ("place_id");`);

    this.addSql(
      `create table "finding" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "visit_id" uuid not null, "place_id" uuid not null, "title" varchar(300) not null, "monitoring_area" text check ("monitoring_area" in ('TREATMENT', 'PROTECTION_MEASURES', 'MATERIAL_CONDITIONS', 'REGIME_AND_ACTIVITIES', 'HEALTH_CARE', 'PERSONNEL')) not null, "risk_factors" text[] not null default '{}', "vulnerabilities" text[] not null default '{}', "description" text not null default '', "sources" text[] not null default '{}', "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "good_practice" boolean not null default false, constraint "finding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "finding_owner_organisation_id_index" on "finding" ("owner_organisation_id");`);
    this.addSql(`create index "finding_working_group_id_index" on "finding" ("working_group_id");`);
    this.addSql(`create index "finding_classification_index" on "finding" ("classification");`);
    this.addSql(`create index "finding_visit_id_index" on "finding" ("visit_id");`);
    this.addSql(`create index "finding_place_id_index" on "finding" ("place_id");`);

    this.addSql(
      `create table "recommendation_finding" ("recommendation_id" uuid not null, "finding_id" uuid not null, constraint "recommendation_finding_pkey" primary key ("recommendation_id", "finding_id"));`,
    );

    this.addSql(
      `create table "interviewee" ("id" uuid not null, "finding_id" uuid not null, "pseudonym" varchar(100) not null, "identity" text not null, "contact" text null, "medical_notes" text null, constraint "interviewee_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "interviewee_finding_id_index" on "interviewee" ("finding_id");`);

    this.addSql(
      `create table "evidence_attachment" ("id" uuid not null, "finding_id" uuid not null, "file_name" varchar(255) not null, "mime_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, constraint "evidence_attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evidence_attachment_finding_id_index" on "evidence_attachment" ("finding_id");`);

    this.addSql(
      `alter table "record_comment" add constraint "record_comment_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_comment" add constraint "record_comment_author_organisation_id_foreign" foreign key ("author_organisation_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit_team_member" add constraint "visit_team_member_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "visit_team_member" add constraint "visit_team_member_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "reprisal_incident" add constraint "reprisal_incident_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "reprisal_incident" add constraint "reprisal_incident_related_visit_id_foreign" foreign key ("related_visit_id") references "visit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reprisal_incident" add constraint "reprisal_incident_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "reprisal_incident_named_user" add constraint "reprisal_incident_named_user_reprisal_incident_id_foreign" foreign key ("reprisal_incident_id") references "reprisal_incident" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reprisal_incident_named_user" add constraint "reprisal_incident_named_user_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recommendation" add constraint "recommendation_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_addressee_id_foreign" foreign key ("addressee_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recommendation" add constraint "recommendation_repeats_id_foreign" foreign key ("repeats_id") references "recommendation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "recommendation_status_entry" add constraint "recommendation_status_entry_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recommendation_status_entry" add constraint "recommendation_status_entry_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "follow_up_activity" add constraint "follow_up_activity_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "follow_up_activity" add constraint "follow_up_activity_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "authority_response" add constraint "authority_response_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "authority_response" add constraint "authority_response_author_organisation_id_foreign" foreign key ("author_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "authority_response" add constraint "authority_response_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "place" add constraint "place_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "place" add constraint "place_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "place" add constraint "place_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "place" add constraint "place_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "place" add constraint "place_responsible_authority_id_foreign" foreign key ("responsible_authority_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit_place" add constraint "visit_place_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "visit_place" add constraint "visit_place_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recommendation_place" add constraint "recommendation_place_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recommendation_place" add constraint "recommendation_place_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "place_population" add constraint "place_population_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "place_population" add constraint "place_population_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "finding" add constraint "finding_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "recommendation_finding" add constraint "recommendation_finding_recommendation_id_foreign" foreign key ("recommendation_id") references "recommendation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recommendation_finding" add constraint "recommendation_finding_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "interviewee" add constraint "interviewee_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evidence_attachment" add constraint "evidence_attachment_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence_attachment" add constraint "evidence_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "user_account" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "visit_team_member" drop constraint "visit_team_member_visit_id_foreign";`);

    this.addSql(`alter table "reprisal_incident" drop constraint "reprisal_incident_related_visit_id_foreign";`);

    this.addSql(`alter table "visit_place" drop constraint "visit_place_visit_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_visit_id_foreign";`);

    this.addSql(
      `alter table "reprisal_incident_named_user" drop constraint "reprisal_incident_named_user_reprisal_incident_id_foreign";`,
    );

    this.addSql(`alter table "recommendation" drop constraint "recommendation_repeats_id_foreign";`);

    this.addSql(
      `alter table "recommendation_status_entry" drop constraint "recommendation_status_entry_recommendation_id_foreign";`,
    );

    this.addSql(`alter table "follow_up_activity" drop constraint "follow_up_activity_recommendation_id_foreign";`);

    this.addSql(`alter table "authority_response" drop constraint "authority_response_recommendation_id_foreign";`);

    this.addSql(`alter table "recommendation_place" drop constraint "recommendation_place_recommendation_id_foreign";`);

    this.addSql(
      `alter table "recommendation_finding" drop constraint "recommendation_finding_recommendation_id_foreign";`,
    );

    this.addSql(`alter table "visit_place" drop constraint "visit_place_place_id_foreign";`);

    this.addSql(`alter table "recommendation_place" drop constraint "recommendation_place_place_id_foreign";`);

    this.addSql(`alter table "place_population" drop constraint "place_population_place_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_place_id_foreign";`);

    this.addSql(`alter table "recommendation_finding" drop constraint "recommendation_finding_finding_id_foreign";`);

    this.addSql(`alter table "interviewee" drop constraint "interviewee_finding_id_foreign";`);

    this.addSql(`alter table "evidence_attachment" drop constraint "evidence_attachment_finding_id_foreign";`);

    this.addSql(`drop table if exists "country_setting" cascade;`);

    this.addSql(`drop table if exists "record_comment" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop table if exists "visit_team_member" cascade;`);

    this.addSql(`drop table if exists "reprisal_incident" cascade;`);

    this.addSql(`drop table if exists "reprisal_incident_named_user" cascade;`);

    this.addSql(`drop table if exists "recommendation" cascade;`);

    this.addSql(`drop table if exists "recommendation_status_entry" cascade;`);

    this.addSql(`drop table if exists "follow_up_activity" cascade;`);

    this.addSql(`drop table if exists "authority_response" cascade;`);

    this.addSql(`drop table if exists "place" cascade;`);

    this.addSql(`drop table if exists "visit_place" cascade;`);

    this.addSql(`drop table if exists "recommendation_place" cascade;`);

    this.addSql(`drop table if exists "place_population" cascade;`);

    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop table if exists "recommendation_finding" cascade;`);

    this.addSql(`drop table if exists "interviewee" cascade;`);

    this.addSql(`drop table if exists "evidence_attachment" cascade;`);
  }
}
