import type { ApolloCache } from '@apollo/client';

/**
 * After a recommendation is issued or its dialogue changes, cached lists and summary counts may
 * be wrong (new row, other status): drop them so they are asked again when next shown.
 */
export function forgetRecommendationLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendations' });
  cache.gc();
}
