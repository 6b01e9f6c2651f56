import { Migration } from '@mikro-orm/migrations';

/** Home page visits ("shared with me since my last visit"), issue #15. */
export class Migration20261206103000_dashboards extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "home_visit" ("user_id" uuid not null, "visited_at" timestamptz not null, constraint "home_visit_pkey" primary key ("user_id"));`);

    this.addSql(`alter table "home_visit" add constraint "home_visit_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "home_visit" cascade;`);
  }

}
