import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../logger.ts';
import { labelOf, VOCABULARY_LANGUAGES, vocabularyLabels } from '../vocabulary/labels.ts';
import { THESAURUS } from './thesaurus.ts';

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

/** The tables whose search vectors hold equivalent terms: every kind's (all go through `opcat_search_vector`). */
const SEARCHED_TABLES = ['place', 'visit', 'finding', 'recommendation', 'workplan', 'collab_snapshot'] as const;

const CONFIGURATIONS = ['opcat_es', 'opcat_en', 'opcat_fr', 'opcat_pt'] as const;

/** A group's tsquery as SQL: each term a phrase in each configuration, OR'ed. */
function groupQuerySql(terms: readonly string[]): { sql: string; bindings: string[] } {
  const parts = terms.flatMap((term) =>
    CONFIGURATIONS.map((c) => ({ sql: `phraseto_tsquery('public.${c}', ?)`, term })),
  );
  return { sql: parts.map((p) => p.sql).join(' || '), bindings: parts.map((p) => p.term) };
}

const pgTextArray = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * Brings `search_vocabulary` to the catalogues' labels (decision 0049) and `search_thesaurus` to THESAURUS
 * (decision 0050), then re-indexes the records whose vectors change: the findings tagged with a value whose
 * labels changed, and the records of every kind whose text holds a term of a changed group (found by the
 * group's old and new queries). The triggers recompute a vector from the tables. One transaction, as the schema
 * owner, after the migrations, at every start: a release that changes a label or a group re-indexes what it
 * must; a start with nothing changed reads the two tables and writes nothing. Returns the records re-indexed.
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

    const groups = await run<{ name: string; terms: string[]; query: string }[]>(
      'select name, terms, query::text as query from search_thesaurus',
    );
    const storedGroups = new Map(groups.map((g) => [g.name, g]));
    const changedGroups = Object.entries(THESAURUS).filter(
      ([name, terms]) => JSON.stringify(storedGroups.get(name)?.terms) !== JSON.stringify(terms),
    );
    const removedGroups = groups.filter((g) => !(g.name in THESAURUS));
    if (changed.length + removed.length + changedGroups.length + removedGroups.length === 0) return 0;

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
    for (const group of removedGroups) await run('delete from search_thesaurus where name = ?', [group.name]);
    for (const [name, terms] of changedGroups) {
      const query = groupQuerySql(terms);
      const words = terms.join(' ');
      await run(
        `insert into search_thesaurus (name, terms, query, vector) values (?, ?::text[], ${query.sql},
           setweight(${CONFIGURATIONS.map((c) => `to_tsvector('public.${c}', ?)`).join(' || ')}, 'D'))
         on conflict (name) do update set terms = excluded.terms, query = excluded.query, vector = excluded.vector`,
        [name, pgTextArray(terms), ...query.bindings, ...CONFIGURATIONS.map(() => words)],
      );
    }

    // What to re-index: the findings tagged with a value whose labels changed, and the records that a changed
    // group's old or new query matches — one tsquery for all of them, so that each table's GIN index finds them.
    // The trigger recomputes the vector of every updated row.
    const names = changedGroups.map(([name]) => name);
    const newQueries = await run<{ query: string }[]>(
      'select query::text as query from search_thesaurus where name = any(?::text[])',
      [pgTextArray(names)],
    );
    const termsQuery = [
      ...changedGroups.map(([name]) => storedGroups.get(name)?.query),
      ...removedGroups.map((g) => g.query),
      ...newQueries.map((row) => row.query),
    ]
      .filter((query): query is string => query !== undefined && query !== '')
      .map((query) => `(${query})`)
      .join(' | ');
    const values = (vocabulary: SearchedVocabulary) =>
      [...changed, ...removed].filter((row) => row.vocabulary === vocabulary).map((row) => row.value);
    let reindexed = 0;
    for (const table of SEARCHED_TABLES) {
      const conditions: string[] = [];
      const bindings: unknown[] = [];
      if (table === 'finding' && changed.length + removed.length > 0) {
        for (const vocabulary of SEARCHED_VOCABULARIES) {
          conditions.push(`r.${COLUMN[vocabulary]} && ?::text[]`);
          bindings.push(pgTextArray(values(vocabulary)));
        }
      }
      if (termsQuery) {
        conditions.push('r.search_vector @@ ?::tsquery');
        bindings.push(termsQuery);
      }
      if (conditions.length === 0) continue;
      const rows = await run<{ id: unknown }[]>(
        `update "${table}" r set search_vector = null where ${conditions.join(' or ')} returning 1 as id`,
        bindings,
      );
      reindexed += rows.length;
    }
    logger.info(
      {
        labels: changed.length + removed.length,
        thesaurusGroups: changedGroups.length + removedGroups.length,
        reindexed,
      },
      'search vocabulary brought to the catalogues and the thesaurus; records re-indexed',
    );
    return reindexed;
  });
}
