import { Migration } from '@mikro-orm/migrations';

/** Indexes for the lists' read-scope branches, and sort keys (decision 0012). */
export class Migration20261206014500_list_indexes extends Migration {

  override async up(): Promise<void> {
    for (const table of ['place', 'visit', 'finding', 'recommendation']) {
      this.addSql(`create index "${table}_shared_with_gin" on "${table}" using gin ("shared_with");`);
    }
    this.addSql(`create index "place_name_id_index" on "place" ("name", "id");`);
    this.addSql(`create index "visit_start_date_id_index" on "visit" ("start_date" desc, "id");`);
    this.addSql(`create index "finding_created_at_id_index" on "finding" ("created_at" desc, "id");`);
    this.addSql(`create index "finding_owner_created_at_index" on "finding" ("owner_organisation_id", "created_at" desc, "id");`);
    this.addSql(`create index "recommendation_issued_on_index" on "recommendation" ("issued_on" desc, "reference", "id");`);
    this.addSql(`create index "recommendation_owner_issued_on_index" on "recommendation" ("owner_organisation_id", "issued_on" desc);`);
  }

  override async down(): Promise<void> {
    for (const name of [
      'place_shared_with_gin', 'visit_shared_with_gin', 'finding_shared_with_gin', 'recommendation_shared_with_gin',
      'place_name_id_index', 'visit_start_date_id_index', 'finding_created_at_id_index', 'finding_owner_created_at_index',
      'recommendation_issued_on_index', 'recommendation_owner_issued_on_index',
    ]) {
      this.addSql(`drop index if exists "${name}";`);
    }
  }

}
