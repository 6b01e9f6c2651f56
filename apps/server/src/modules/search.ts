import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';

/** At most this many words of a list's text filter are matched (a filter is a few words, not a text). */
const MAX_WORDS = 16;

/**
 * The words of a list's text filter: runs of letters and digits (anything else separates words and
 * is never passed to the query parser), at most MAX_WORDS. A hyphen before a run of digits stays with
 * it ("EXP-00" is `exp` and `-00`): such a number is part of a reference, a prefix even when short.
 * A number matches with or without the hyphen before it, as PostgreSQL's parser indexes either
 * (`opcat_prefix_query`).
 */
export function filterWords(text: string): string[] {
  return (text.normalize('NFC').match(/-\d+(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/**
 * A list's text filter on the record's full-text search vector (decision 0041): every word, the
 * last one as a prefix when it has 3 characters or more or is a number after a hyphen
 * (`public.opcat_prefix_query`), stemmed and accent-insensitive in the four
 * languages, backed by the record's GIN index. Text without a letter or digit matches nothing.
 * Built per query (raw fragments are single-use).
 */
export function textMatches<T>(text: string): FilterQuery<T> {
  const match = raw((alias) => `${alias}.search_vector @@ public.opcat_prefix_query(?)`, [filterWords(text).join(' ')]);
  return { [match]: true } as FilterQuery<T>;
}
