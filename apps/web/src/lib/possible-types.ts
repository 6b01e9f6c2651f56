/** Interface → implementing types, for the Apollo cache's fragment matching. possible-types.test.ts keeps it in step. */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  ShareableRecord: ['Finding', 'Place', 'Recommendation', 'Visit', 'Workplan'],
};
