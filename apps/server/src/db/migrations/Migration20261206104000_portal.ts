import { Migration } from '@mikro-orm/migrations';

export class Migration20261206104000_portal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "network_practice" ("id" uuid not null, "owner_organisation_id" uuid not null, "working_group_id" uuid null, "classification" text check ("classification" in ('PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL')) not null, "country_code" varchar(2) null, "shared_with" text[] not null default '{}', "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "summary" text not null, "theme" text check ("theme" in ('TREATMENT', 'PROTECTION_MEASURES', 'MATERIAL_CONDITIONS', 'REGIME_AND_ACTIVITIES', 'HEALTH_CARE', 'PERSONNEL')) not null, "source_finding_id" uuid null, constraint "network_practice_pkey" primary key ("id"));`);
    this.addSql(`create index "network_practice_owner_organisation_id_index" on "network_practice" ("owner_organisation_id");`);
    this.addSql(`create index "network_practice_working_group_id_index" on "network_practice" ("working_group_id");`);
    this.addSql(`create index "network_practice_classification_index" on "network_practice" ("classification");`);
    this.addSql(`create index "network_practice_source_finding_id_index" on "network_practice" ("source_finding_id");`);
    this.addSql(`create index "network_practice_created_at_id_index" on "network_practice" ("created_at" desc, "id");`);

    this.addSql(`alter table "network_practice" add constraint "network_practice_owner_organisation_id_foreign" foreign key ("owner_organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "network_practice" add constraint "network_practice_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "network_practice" add constraint "network_practice_published_by_id_foreign" foreign key ("published_by_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "network_practice" add constraint "network_practice_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade;`);
    this.addSql(`alter table "network_practice" add constraint "network_practice_source_finding_id_foreign" foreign key ("source_finding_id") references "finding" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "network_practice" cascade;`);
  }

}
