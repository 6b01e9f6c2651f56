import { EntitySchema } from '@mikro-orm/core';

/**
 * The words a tagged record is also found by: every label of a vocabulary value in the app's four
 * languages (decision 0049). Written only by `syncSearchVocabulary` as the schema owner at start, read
 * only by the finding search vector's trigger; mapped here so that the schema check knows the table.
 */
export class SearchVocabulary {
  vocabulary!: string;
  value!: string;
  words!: string;
}

export const SearchVocabularySchema = new EntitySchema<SearchVocabulary>({
  class: SearchVocabulary,
  tableName: 'search_vocabulary',
  properties: {
    vocabulary: { type: 'text', primary: true },
    value: { type: 'text', primary: true },
    words: { type: 'text' },
  },
});
