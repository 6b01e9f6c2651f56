import { EntitySchema } from '@mikro-orm/core';

/**
 * The words a tagged record is also found by: every label of a vocabulary value in the app's four
 * languages (decision 0049). Written only by `syncSearchVocabulary` as the schema owner at start, read
 * only by the finding search vector's trigger; mapped here so that the schema check knows the table.
 */
export class SearchVocabulary {
  vocabulary!: string;
  value!: string;
  /** The labels by language ("es:Hacinamiento | en:Overcrowding…"): what a change is detected on. */
  words!: string;
  /** The labels as the vector a tagged finding gains: each in its own language's configuration, weight B. */
  vector!: string;
}

export const SearchVocabularySchema = new EntitySchema<SearchVocabulary>({
  class: SearchVocabulary,
  tableName: 'search_vocabulary',
  properties: {
    vocabulary: { type: 'text', primary: true },
    value: { type: 'text', primary: true },
    words: { type: 'text' },
    vector: { type: 'string', columnType: 'tsvector' },
  },
});

/**
 * Groups of equivalent terms (modules/search/thesaurus.ts, decision 0050): a record whose search vector
 * matches a group's query also holds the group's other terms. Written only by `syncSearchVocabulary`.
 */
export class SearchThesaurus {
  name!: string;
  terms!: string[];
  /** The group's terms as one tsquery: each term a phrase in its own language's configuration. */
  query!: string;
  /** The group's terms as the vector a matching record gains: each term in its own language's configuration, weight D. */
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
