import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../logger.ts';
import { labelOf, VOCABULARY_LANGUAGES, vocabularyLabels } from '../vocabulary/labels.ts';

/** The vocabularies whose labels a finding is also found by (decision 0049). */
export const SEARCHED_VOCABULARIES = ['RiskFactor', 'Vulnerability'] as const;
type SearchedVocabulary = (typeof SEARCHED_VOCABULARIES)[number];

/** The finding column that holds each vocabulary's values. */
const COLUMN: Record<SearchedVocabulary, string> = { RiskFactor: 'risk_factors', Vulnerability: 'vulnerabilities' };

/** Serialises the syncs of instances that start together. */
const SYNC_LOCK = 0x0a0d49;

/** Every label of each value in the app's languages, once each: what `search_vocabulary` should hold. */
export function searchVocabularyRows(): { vocabulary: SearchedVocabulary; value: string; words: string }[] {
  return SEARCHED_VOCABULARIES.flatMap((vocabulary) =>
    Object.keys(vocabularyLabels('es', vocabulary)).map((value) => ({
      vocabulary,
      value,
      words: [...new Set(VOCABULARY_LANGUAGES.map((language) => labelOf(language, vocabulary, value) ?? ''))]
        .filter((label) => label !== '')
        .join(' '),
    })),
  );
}

/**
 * Brings `search_vocabulary` to the catalogues' labels and re-indexes the findings tagged with a value
 * whose labels changed (their search vector's trigger reads the labels), in one transaction. Runs as
 * the schema owner after the migrations, at every start: a release that changes a label re-indexes what
 * it must, and a start with nothing changed costs one read of the table. Returns the findings re-indexed.
 */
export async function syncSearchVocabulary(orm: MikroORM): Promise<number> {
  const wanted = searchVocabularyRows();
  return (orm.em.fork() as EntityManager).transactional(async (tx) => {
    const connection = tx.getConnection();
    const run = <T extends object[]>(sql: string, params: unknown[] = []) =>
      connection.execute<T>(sql, params, 'all', tx.getTransactionContext());
    await run(`select pg_advisory_xact_lock(${SYNC_LOCK})`);
    const stored = await run<{ vocabulary: string; value: string; words: string }[]>(
      'select vocabulary, value, words from search_vocabulary',
    );
    const key = (row: { vocabulary: string; value: string }) => `${row.vocabulary}\u0000${row.value}`;
    const before = new Map(stored.map((row) => [key(row), row.words]));
    const after = new Set(wanted.map(key));
    const changed = wanted.filter((row) => before.get(key(row)) !== row.words);
    const removed = stored.filter((row) => !after.has(key(row)));
    if (changed.length === 0 && removed.length === 0) return 0;
    for (const row of removed) {
      await run('delete from search_vocabulary where vocabulary = ? and value = ?', [row.vocabulary, row.value]);
    }
    for (const row of changed) {
      await run(
        `insert into search_vocabulary (vocabulary, value, words) values (?, ?, ?)
         on conflict (vocabulary, value) do update set words = excluded.words`,
        [row.vocabulary, row.value, row.words],
      );
    }
    const values = (vocabulary: SearchedVocabulary) =>
      [...changed, ...removed].filter((row) => row.vocabulary === vocabulary).map((row) => row.value);
    // The trigger recomputes the vector of every updated row.
    const reindexed = await run<{ id: string }[]>(
      `update finding set search_vector = null where ${SEARCHED_VOCABULARIES.map((v) => `${COLUMN[v]} && ?::text[]`).join(' or ')} returning id`,
      SEARCHED_VOCABULARIES.map(
        (v) =>
          `{${values(v)
            .map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`)
            .join(',')}}`,
      ),
    );
    logger.info(
      { changed: changed.length, removed: removed.length, reindexed: reindexed.length },
      'search vocabulary updated; findings re-indexed',
    );
    return reindexed.length;
  });
}
