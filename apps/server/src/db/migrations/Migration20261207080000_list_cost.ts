import { Migration } from '@mikro-orm/migrations';

export class Migration20261207080000_list_cost extends Migration {
  override async up(): Promise<void> {
    // Reverse indexes of the m:n link tables (their primary keys start with the owner): a place's
    // visits and recommendations, a finding's recommendations. Declared on the pivot entities.
    this.addSql(`create index "visit_place_place_id_index" on "visit_place" ("place_id");`);
    this.addSql(`create index "recommendation_place_place_id_index" on "recommendation_place" ("place_id");`);
    this.addSql(`create index "recommendation_finding_finding_id_index" on "recommendation_finding" ("finding_id");`);
    // A place's latest population in one probe (the place_id index it replaces is its prefix).
    this.addSql(`drop index "place_population_place_id_index";`);
    this.addSql(
      `create index "place_population_latest_index" on "place_population" ("place_id", "counted_on" desc, "recorded_at" desc, "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "place_population_latest_index";`);
    this.addSql(`create index "place_population_place_id_index" on "place_population" ("place_id");`);
    this.addSql(`drop index "recommendation_finding_finding_id_index";`);
    this.addSql(`drop index "recommendation_place_place_id_index";`);
    this.addSql(`drop index "visit_place_place_id_index";`);
  }
}
