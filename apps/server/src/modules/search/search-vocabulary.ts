import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../logger.ts';
import { labelOf, VOCABULARY_LANGUAGES, vocabularyLabels } from '../vocabulary/labels.ts';
import type { VocabularyLanguage } from '../vocabulary/labels.ts';
import { THESAURUS } from './thesaurus.ts';

/** The vocabularies whose labels a finding is also found by (decision 0049). */
const SEARCHED_VOCABULARIES = ['RiskFactor', 'Vulnerability'] as const;
type SearchedVocabulary = (typeof SEARCHED_VOCABULARIES)[number];

/** The finding column that holds each vocabulary's values. */
const COLUMN: Record<SearchedVocabulary, string> = { RiskFactor: 'risk_factors', Vulnerability: 'vulnerabilities' };

/** Serialises the syncs of instances that start together. */
const SYNC_LOCK = 0x0a0d49;

/** The search configuration of each of the app's languages (decision 0020). */
const CONFIGURATION: Record<VocabularyLanguage, string> = {
  es: 'public.opcat_es',
  en: 'public.opcat_en',
  fr: 'public.opcat_fr',
  pt: 'public.opcat_pt',
};

/**
 * What `search_vocabulary` should hold: each value's label in each of the app's languages. `words` names them
 * (what a change is detected on); the row's vector parses each label in its own language's configuration.
 */
function searchVocabularyRows(): {
  vocabulary: SearchedVocabulary;
  value: string;
  labels: [VocabularyLanguage, string][];
  words: string;
}[] {
  return SEARCHED_VOCABULARIES.flatMap((vocabulary) =>
    Object.keys(vocabularyLabels('es', vocabulary)).map((value) => {
      const labels = VOCABULARY_LANGUAGES.map((language): [VocabularyLanguage, string] => [
        language,
        labelOf(language, vocabulary, value) ?? '',
      ]).filter(([, label]) => label !== '');
      return {
        vocabulary,
        value,
        labels,
        words: labels.map(([language, label]) => `${language}:${label}`).join(' | '),
      };
    }),
  );
}

/** A vector, as SQL, of texts each parsed in its own language's configuration, with one weight. */
function languageVectorSql(texts: readonly [VocabularyLanguage, string][], weight: 'B' | 'D') {
  return {
    sql: `setweight(${texts.map(([language]) => `to_tsvector('${CONFIGURATION[language]}', ?)`).join(' || ') || "''::tsvector"}, '${weight}')`,
    bindings: texts.map(([, text]) => text),
  };
}

/** The tables whose search vectors hold equivalent terms: every kind's (all go through `opcat_search_vector`). */
const SEARCHED_TABLES = ['place', 'visit', 'finding', 'recommendation', 'workplan', 'collab_snapshot'] as const;

/** A group's terms, each with its language, in a fixed order. */
function groupTerms(group: Readonly<Record<VocabularyLanguage, readonly string[]>>): [VocabularyLanguage, string][] {
  return VOCABULARY_LANGUAGES.flatMap((language) =>
    group[language].map((term): [VocabularyLanguage, string] => [language, term]),
  );
}

/** A group's tsquery as SQL: each term a phrase in its own language's configuration, OR'ed. */
function groupQuerySql(terms: readonly [VocabularyLanguage, string][]): { sql: string; bindings: string[] } {
  return {
    sql: terms.map(([language]) => `phraseto_tsquery('${CONFIGURATION[language]}', ?)`).join(' || '),
    bindings: terms.map(([, term]) => term),
  };
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
    const changedGroups = Object.entries(THESAURUS)
      .map(([name, group]) => [name, groupTerms(group)] as const)
      .filter(
        ([name, terms]) =>
          JSON.stringify(storedGroups.get(name)?.terms) !==
          JSON.stringify(terms.map(([language, term]) => `${language}:${term}`)),
      );
    const removedGroups = groups.filter((g) => !(g.name in THESAURUS));
    if (changed.length + removed.length + changedGroups.length + removedGroups.length === 0) return 0;

    for (const row of removed) {
      await run('delete from search_vocabulary where vocabulary = ? and value = ?', [row.vocabulary, row.value]);
    }
    for (const row of changed) {
      const vector = languageVectorSql(row.labels, 'B');
      await run(
        `insert into search_vocabulary (vocabulary, value, words, vector) values (?, ?, ?, ${vector.sql})
         on conflict (vocabulary, value) do update set words = excluded.words, vector = excluded.vector`,
        [row.vocabulary, row.value, row.words, ...vector.bindings],
      );
    }
    for (const group of removedGroups) await run('delete from search_thesaurus where name = ?', [group.name]);
    const newQueries: string[] = [];
    for (const [name, terms] of changedGroups) {
      const query = groupQuerySql(terms);
      const vector = languageVectorSql(terms, 'D');
      const [written] = await run<{ query: string }[]>(
        `insert into search_thesaurus (name, terms, query, vector) values (?, ?::text[], ${query.sql}, ${vector.sql})
         on conflict (name) do update set terms = excluded.terms, query = excluded.query, vector = excluded.vector
         returning query::text as query`,
        [
          name,
          pgTextArray(terms.map(([language, term]) => `${language}:${term}`)),
          ...query.bindings,
          ...vector.bindings,
        ],
      );
      if (written) newQueries.push(written.query);
    }

    // What to re-index: the findings tagged with a value whose labels changed, and the records that a changed
    // group's old or new query matches — one tsquery for all of them, so that each table's GIN index finds them.
    // The trigger recomputes the vector of every updated row.
    const termsQuery = [
      ...changedGroups.map(([name]) => storedGroups.get(name)?.query),
      ...removedGroups.map((g) => g.query),
      ...newQueries,
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
      const [row] = await run<{ n: string }[]>(
        `with updated as (update "${table}" r set search_vector = null where ${conditions.join(' or ')} returning 1)
         select count(*) as n from updated`,
        bindings,
      );
      reindexed += Number(row?.n ?? 0);
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
