import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { recordTypeOf } from '../../modules/records/registry.ts';
import { searchRecords } from '../../modules/search/search-records.ts';

const TYPENAMES = {
  PLACE: 'Place',
  VISIT: 'Visit',
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  WORKPLAN: 'Workplan',
} as const;

export const searchResolvers: Resolvers = {
  Query: {
    search: guarded((_, { query, types, limit, after }, ctx) => searchRecords(ctx, query, types, limit, after)),
  },
  SearchConnection: {
    totalCount: async (page) => (await page.count()).totalCount,
    totalCountCapped: async (page) => (await page.count()).totalCountCapped,
  },
  SearchRecord: {
    __resolveType: (record) => TYPENAMES[recordTypeOf(record)],
  },
};
