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

/**
 * Groups of equivalent terms (modules/search/thesaurus.ts, decision 0050): a record whose search vector
 * matches a group's query also holds the group's other terms. Written only by `syncSearchVocabulary`.
 */
export class SearchThesaurus {
  name!: string;
  terms!: string[];
  /** The group's terms as one tsquery: each term a phrase, in the four search configurations. */
  query!: string;
  /** The group's terms as the vector a matching record gains: the four configurations, weight D. */
  vector!: string;
}

export const SearchThesaurusSchema = new EntitySchema<SearchThesaurus>({
  class: SearchThesaurus,
  tableName: 'search_thesaurus',
  properties: {
    name: { type: 'text', primary: true },
    terms: { type: 'text[]' },
    query: { type: 'string', columnType: 'tsquery' },
    vector: { type: 'string', columnType: 'tsvector' },
  },
});
