import { EntitySchema } from '@mikro-orm/core';
import { Finding, Place, Recommendation, Visit } from './monitoring.ts';

/*
 * The m:n link tables as entities of their own, only so that their reverse indexes (from the linked
 * record back to its owners: a place's visits and recommendations, a finding's recommendations) are
 * part of the metadata. MikroORM's schema diff drops any index of an implicit pivot table it does
 * not know. Tables, columns, keys and cascades are those of the implicit pivots they replace.
 */

export class VisitPlace {
  visit!: Visit;
  place!: Place;
  /**
   * The visit's start date, kept by triggers (visit_place_start_date_*: set on insert, followed when the
   * visit's start date changes), so that a place's latest visits are an index walk (decision 0040).
   */
  visitStartDate?: string | null;
}

export class RecommendationPlace {
  recommendation!: Recommendation;
  place!: Place;
}

export class RecommendationFinding {
  recommendation!: Recommendation;
  finding!: Finding;
}

const link = <T>(entity: () => T) =>
  ({ kind: 'm:1', entity, primary: true, deleteRule: 'cascade', updateRule: 'cascade' }) as const;

export const VisitPlaceSchema = new EntitySchema<VisitPlace>({
  class: VisitPlace,
  tableName: 'visit_place',
  indexes: [
    {
      name: 'visit_place_latest_index',
      expression:
        'create index "visit_place_latest_index" on "visit_place" ("place_id", "visit_start_date" desc, "visit_id")',
    },
  ],
  properties: {
    visit: link(() => Visit),
    place: link(() => Place),
    visitStartDate: { type: 'date', nullable: true, fieldName: 'visit_start_date' },
  },
});

export const RecommendationPlaceSchema = new EntitySchema<RecommendationPlace>({
  class: RecommendationPlace,
  tableName: 'recommendation_place',
  indexes: [{ name: 'recommendation_place_place_id_index', properties: ['place'] }],
  properties: { recommendation: link(() => Recommendation), place: link(() => Place) },
});

export const RecommendationFindingSchema = new EntitySchema<RecommendationFinding>({
  class: RecommendationFinding,
  tableName: 'recommendation_finding',
  indexes: [{ name: 'recommendation_finding_finding_id_index', properties: ['finding'] }],
  properties: { recommendation: link(() => Recommendation), finding: link(() => Finding) },
});

export const pivotSchemas = [VisitPlaceSchema, RecommendationPlaceSchema, RecommendationFindingSchema];
