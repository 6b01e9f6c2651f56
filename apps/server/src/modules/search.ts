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
 * A word matching fewer rows than this, by the statistics, is rare: reading its matches from the
 * full-text index costs little more than the page.
 */
export const RARE_WORD_ROWS = 10 * COMMON_TEXT_MATCHES;

/**
 * SQL for the tables (of `tables`) in which a word is rare, as a text array: a word that has a lexeme in
 * some configuration and whose lexemes (for the prefix word, at 1-based position `prefix`: the lexemes
 * starting with them) match fewer than RARE_WORD_ROWS rows by PostgreSQL's statistics
 * (`pg_stats.most_common_elems` and their frequencies; a lexeme not among them is rarer than all of
 * them). Without statistics every word is rare. A PL/pgSQL function that reads the statistics once for
 * all the tables and keeps its plan for the session (Migration20261214020000_rarity_in_one_read).
 * Returns the SQL and its bindings, in order.
 */
export function tablesWhereAWordIsRare(
  tables: readonly string[],
  words: string[],
  prefix = 0,
): { sql: string; bindings: (string | number)[] } {
  return {
    sql: 'public.opcat_rare_in(?::text[], ?::text[], ?, ?)',
    // Array literals: table names are identifiers, the words letters, digits and a leading hyphen
    // (filterWords), quoted so none is NULL.
    bindings: [`{${tables.join(',')}}`, `{${words.map((w) => `"${w}"`).join(',')}}`, prefix, RARE_WORD_ROWS],
  };
}

/** The 1-based position of the word `opcat_prefix_query` matches as a prefix, or 0 (same rule). */
function prefixPosition(words: string[]): number {
  const last = words.at(-1);
  return last !== undefined && (/^-\d/.test(last) || last.length >= 3) ? words.length : 0;
}

/**
 * A list's text filter, decided by how many readable records match (decision 0041). One statement
 * reads the ids of at most COMMON_TEXT_MATCHES readable matches from the full-text index. Fewer: the
 * filter is those ids, so the page and its count read a few rows by primary key whatever the sort.
 * As many: the filter is the match itself, and the page walks its sort's index, which stops early
 * since matches are common. Left to itself the planner chose by its estimate of the words' matches,
 * which can be far off either way: for "carga 12" at 1M findings it expected 6,000 and walked the
 * whole recency index for none (1.2 s). Returns a builder (raw fragments are single-use).
 *
 * The statement reads its matches in one of two ways, chosen as it runs. When a word is rare (see
 * `tablesWhereAWordIsRare`), from the full-text index's bitmap: PostgreSQL intersects the words' entries from the
 * rarest one's, so this costs what the rare word matches; the CTE is planned for all its rows, so the
 * LIMIT cannot talk the planner into reading the table instead (it did, for the NPM's "carga 12" at
 * 1M findings: 1M rows read for 1 match, 490 ms). When every word is common, the planner's choice,
 * which reads the table until it has enough readable matches rather than build a bitmap of all of
 * them (250 ms for a word in every row).
 */
export async function textFilter<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  text: string,
): Promise<() => FilterQuery<T>> {
  const em = ctx.em as EntityManager;
  const table = em.getMetadata().get(entity.name).tableName;
  const words = filterWords(text);
  const query = words.join(' ');
  const readable = readableSql(ctx.actor, entity, 'm');
  const rare = tablesWhereAWordIsRare([table], words, prefixPosition(words));
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with rare as (select cardinality(${rare.sql}) > 0 as yes),
      by_index as materialized (select * from "${table}" where search_vector @@ public.opcat_prefix_query(?))
    select m.id from by_index m where (select yes from rare) and ${readable}
    union all
    select m.id from (select * from "${table}" where search_vector @@ public.opcat_prefix_query(?) offset 0) m
      where not (select yes from rare) and ${readable}
    limit ${COMMON_TEXT_MATCHES}`,
    [...rare.bindings, query, query],
    'all',
    em.getTransactionContext(),
  );
  if (rows.length >= COMMON_TEXT_MATCHES) return () => textMatches<T>(text);
  const ids = rows.map((row) => row.id);
  return () => ({ id: { $in: ids } }) as unknown as FilterQuery<T>;
}
