import { raw } from '@mikro-orm/core';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ShareableRecord } from '../db/entities/shareable.ts';
import type { OperationContext } from '../operation/context.ts';
import { readableSql } from './records/read-filter.ts';

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

/** At this many readable matches a list's text filter is common (see `textFilter`). */
export const COMMON_TEXT_MATCHES = 1000;

/**
 * A list's text filter, decided by how many readable records match (decision 0041). One statement
 * reads the ids of at most COMMON_TEXT_MATCHES readable matches from the full-text index. Fewer: the
 * filter is those ids, so the page and its count read a few rows by primary key whatever the sort.
 * As many: the filter is the match itself, and the page walks its sort's index, which stops early
 * since matches are common. Left to itself the planner chose by its estimate of the words' matches,
 * which can be far off either way: for "carga 12" at 1M findings it expected 6,000 and walked the
 * whole recency index for none (1.2 s). Returns a builder (raw fragments are single-use).
 */
export async function textFilter<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  text: string,
): Promise<() => FilterQuery<T>> {
  const em = ctx.em as EntityManager;
  const table = em.getMetadata().get(entity.name).tableName;
  // The matches come from the full-text index (the subquery's OFFSET 0 keeps the planner from
  // walking the table for them because of the LIMIT), the read scope is checked on each.
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select m.id from (select * from "${table}" where search_vector @@ public.opcat_prefix_query(?) offset 0) m
      where ${readableSql(ctx.actor, entity, 'm')} limit ${COMMON_TEXT_MATCHES}`,
    [filterWords(text).join(' ')],
    'all',
    em.getTransactionContext(),
  );
  if (rows.length >= COMMON_TEXT_MATCHES) return () => textMatches<T>(text);
  const ids = rows.map((row) => row.id);
  return () => ({ id: { $in: ids } }) as unknown as FilterQuery<T>;
}
