import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';

/** At most this many words of a list's text filter are matched (a filter is a few words, not a text). */
const MAX_WORDS = 16;

/**
 * The words of a list's text filter: runs of letters and digits (anything else separates words and
 * is never passed to the query parser), at most MAX_WORDS. A number matches it as PostgreSQL's parser
 * indexed it, with or without a hyphen before it (`opcat_prefix_query`): "EXP-00001" is indexed as `exp`
 * and `-00001`, "SPT-XV-2026-02" as `spt-xv`, `spt`, `xv`, `2026` and `-02`.
 */
export function filterWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/**
 * A list's text filter on the record's full-text search vector (decision 0041): every word, the
 * last one as a prefix when it has 3 characters or more (`public.opcat_prefix_query`), stemmed and accent-insensitive in the four
 * languages, backed by the record's GIN index. Text without a letter or digit matches nothing.
 * Built per query (raw fragments are single-use).
 */
export function textMatches<T>(text: string): FilterQuery<T> {
  const match = raw((alias) => `${alias}.search_vector @@ public.opcat_prefix_query(?)`, [filterWords(text).join(' ')]);
  return { [match]: true } as FilterQuery<T>;
}
