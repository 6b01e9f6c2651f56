import { Migration } from '@mikro-orm/migrations';

/**
 * Decision 0044. The lists' main filters lead an index that then serves the list's sort: the visits
 * page by status, the tracker by the State's and the monitor's status, the places page by type. A
 * filtered page, and its capped count, walks only the rows of that filter value in the page's order,
 * instead of the whole sort index keeping one row in six.
 */
export class Migration20261212010000_filter_sort_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "visit_status_start_date_id_index" on "visit" ("status", "start_date" desc, "id");`);
    this.addSql(
      `create index "recommendation_state_status_issued_on_index" on "recommendation" ("state_status", "issued_on" desc, "reference", "id");`,
    );
    this.addSql(
      `create index "recommendation_monitor_status_issued_on_index" on "recommendation" ("monitor_status", "issued_on" desc, "reference", "id");`,
    );
    this.addSql(`create index "place_type_name_id_index" on "place" ("type", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "visit_status_start_date_id_index";`);
    this.addSql(`drop index "recommendation_state_status_issued_on_index";`);
    this.addSql(`drop index "recommendation_monitor_status_issued_on_index";`);
    this.addSql(`drop index "place_type_name_id_index";`);
  }
}
