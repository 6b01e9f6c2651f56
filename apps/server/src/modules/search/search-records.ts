import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { KIND_SPECS, SEARCH_KINDS, snapshotReadableSql } from './kinds.ts';
import type { SearchKind } from './kinds.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput } from '../../errors.ts';
import { isId } from '../ids.ts';
import { readableWhere } from '../records/read-filter.ts';
import { readableById } from '../records/readable-loaders.ts';
import { pageLimit } from '../records/keyset-page.ts';
import { headlineParts, headlinesOf } from './headline.ts';
import { filterWords, tablesWhereAWordIsRare } from '../search.ts';
import type { HeadlinePart } from './headline.ts';

/** A search query's longest accepted length (longer is BAD_USER_INPUT). */
const MAX_QUERY = 200;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  rank: number;
  headline: HeadlinePart[];
  record: ShareableRecord<string>;
}

export interface SearchPage {
  nodes: SearchHit[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  /** How many readable records match: exact up to SEARCH_CANDIDATES, else capped. */
  count: () => Promise<{ totalCount: number; totalCountCapped: boolean }>;
}

const NO_COUNT = async () => ({ totalCount: 0, totalCountCapped: false });

/**
 * Search ranks the newest this-many readable matches (all kinds together, by creation time) and
 * pages through them best first; when more records match, totalCountCapped says so (decision 0041).
 * This bounds a search's cost whatever the data: a common word never ranks a million rows.
 */
export const SEARCH_CANDIDATES = 200;

interface Row {
  kind: SearchKind | null;
  id: string | null;
  rank: string | null;
  title: string | null;
  matched: number;
}

/**
 * One kind's newest readable matches as SQL (at most SEARCH_CANDIDATES + 1 each): the read scope
 * (the policy's filter, through MikroORM) and the match in one WHERE, newest first. A co-edited
 * kind has a second branch for the records whose snapshot matches: an OR of the record's vector
 * and its snapshot's in one WHERE would keep the planner from either index.
 */
function candidateBranches(
  ctx: OperationContext,
  kind: SearchKind,
  query: string,
  common: ReadonlyMap<SearchKind, string[]>,
): Knex.QueryBuilder[] {
  const spec = KIND_SPECS[kind];
  const em = ctx.em as EntityManager;
  const knex = em.getKnex();
  const q = 'public.opcat_search_query(?)';
  // A common query: the newest matches the probe's walk found (see `commonKinds`), read by id —
  // the recency index is not walked a second time.
  const found = common.get(kind);
  const matches: [string, string[]][] = [
    found ? [`r.id = any(?::uuid[])`, [`{${found.join(',')}}`]] : [`r.search_vector @@ ${q}`, [query]],
  ];
  if (spec.collab) {
    // From the snapshots' own GIN index (at most one snapshot per record), never by walking the
    // records and probing each one's snapshot: with few or no matching snapshots that walk reads
    // every readable record.
    matches.push([
      `r.id in (select substr(s.document_name, ${spec.collab.length + 2})::uuid from collab_snapshot s
      where s.document_name like '${spec.collab}:%' and s.search_vector @@ ${q})
      and ${snapshotReadableSql(ctx.actor, spec.collab, 'r')}`,
      [query],
    ]);
  }
  return matches.map(([match, bindings]) =>
    em
      .createQueryBuilder(spec.entity, 'r')
      .select('r.id')
      .where(readableWhere(ctx.actor, spec.entity) as never)
      .andWhere(match, bindings)
      .getKnexQuery()
      .select(knex.raw(`'${kind}'::text as kind`), 'r.created_at')
      .orderBy([
        { column: 'r.created_at', order: 'desc' },
        { column: 'r.id', order: 'asc' },
      ])
      .limit(SEARCH_CANDIDATES + 1),
  );
}

/**
 * How many of a kind's newest readable records the probe looks through for SEARCH_CANDIDATES + 1
 * matches (decision 0041): the most the recency walk of a common query can read.
 */
export const RECENT_WINDOW = 5000;

/**
 * The kinds whose newest SEARCH_CANDIDATES + 1 readable matches of this query lie among their
 * RECENT_WINDOW newest readable records, with those matches' ids, in one statement. For them, the
 * candidates are those ids: the walk of the recency index, which stops after SEARCH_CANDIDATES + 1
 * readable matches, all within the window, is done once, here. For the others, all their matches are
 * read from the full-text index and sorted. Left to itself the planner chose by its estimate of the
 * words' matches, which is far too low for correlated words ("hacinamiento celdas": 26k estimated,
 * 83k at 1M findings), and then read and sorted every match.
 *
 * What the probe costs does not grow with the data: for a kind where a word of the query is rare by
 * the statistics (`tablesWhereAWordIsRare`: a name, a reference, a rare word), nothing, and the full-text index
 * reads that word's few matches; otherwise a walk of at most RECENT_WINDOW readable records. It used to
 * count up to 1,000 readable matches from the full-text index, whose bitmap holds every match of the
 * words (122 ms of the CSO's 154 ms for "hacinamiento celdas" at 1M findings).
 */
async function commonKinds(
  ctx: OperationContext,
  kinds: readonly SearchKind[],
  query: string,
): Promise<Map<SearchKind, string[]>> {
  const em = ctx.em as EntityManager;
  const knex = em.getKnex();
  const words = filterWords(query);
  const tables = kinds.map((kind) => tableOf(em, KIND_SPECS[kind].entity));
  // The statistics are read once for every kind: which tables a word of the query is rare in.
  const rare = tablesWhereAWordIsRare(tables, words);
  const probes = kinds.map((kind, i) => {
    const spec = KIND_SPECS[kind];
    const recent = em
      .createQueryBuilder(spec.entity, 'r')
      .select(['r.id', 'r.created_at', 'r.search_vector'])
      .where(readableWhere(ctx.actor, spec.entity) as never)
      .getKnexQuery()
      .orderBy([
        { column: 'r.created_at', order: 'desc' },
        { column: 'r.id', order: 'asc' },
      ])
      .limit(RECENT_WINDOW);
    // CASE evaluates the walk (an initplan) only when no word is rare.
    return knex.raw(
      `select '${kind}'::text as kind, case when (select '${tables[i]}' = any(tables) from rare) then null else (select array_agg(m.id)::text[] from (
         select w.id from (?) w where w.search_vector @@ public.opcat_search_query(?)
         order by w.created_at desc, w.id asc limit ${SEARCH_CANDIDATES + 1}
       ) m) end as ids`,
      [recent, query],
    );
  });
  const sql = knex.raw(
    `with rare as materialized (select ${rare.sql} as tables) ${probes.map(() => '?').join(' union all ')}`,
    [...rare.bindings, ...probes],
  );
  const rows = await em
    .getConnection()
    .execute<{ kind: SearchKind; ids: string[] | null }[]>(sql, [], 'all', em.getTransactionContext());
  return new Map(
    rows.filter((row) => (row.ids?.length ?? 0) > SEARCH_CANDIDATES).map((row) => [row.kind, row.ids ?? []]),
  );
}

/** The rank and title of the candidates of one kind (CTE `cr`), own vector plus its snapshot's (if readable). */
function rankedKind(ctx: OperationContext, kind: SearchKind): string {
  const em = ctx.em as EntityManager;
  const spec = KIND_SPECS[kind];
  const q = 'public.opcat_search_query(?)';
  const snapshot = spec.collab
    ? `(select s.search_vector from collab_snapshot s where s.document_name = '${spec.collab}:' || r.id
        and ${snapshotReadableSql(ctx.actor, spec.collab, 'r')})`
    : null;
  const rank = snapshot
    ? `round((ts_rank(r.search_vector, ${q}) + coalesce(ts_rank(${snapshot}, ${q}), 0))::numeric, 6)`
    : `round(ts_rank(r.search_vector, ${q})::numeric, 6)`;
  return `select '${kind}'::text as kind, r.id, ${rank} as rank, ${spec.title} as title
    from "${tableOf(em, spec.entity)}" r where r.id in (select cr.id from cr where cr.kind = '${kind}')`;
}

function tableOf(em: EntityManager, entity: EntityClass<unknown>): string {
  return em.getMetadata().get(entity.name).tableName;
}

function encodeCursor(row: Row): string {
  return Buffer.from(JSON.stringify([row.rank, row.kind, row.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, SearchKind, string] {
  const invalid = () => badUserInput('Invalid cursor: pass the endCursor of a page of this search.');
  let parsed: unknown;
  try {
    if (cursor.length > 400 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalid();
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !/^\d{1,6}(\.\d{1,6})?$/.test(parsed[0]) ||
    !SEARCH_KINDS.includes(parsed[1]) ||
    !isId(parsed[2])
  ) {
    throw invalid();
  }
  return parsed as [string, SearchKind, string];
}

/**
 * Full-text search across the records the viewer may read, best match first. Each kind's matches
 * are filtered in SQL by the viewer's read scope; the newest SEARCH_CANDIDATES of them (all kinds
 * together) are ranked and paged (keyset on rank, kind, id), so a page, its order, `hasNextPage` and
 * the count never depend on an unreadable record, and the cost is bounded: two statements (which
 * index to read, then the page) whose work does not grow with the number of matches (decision 0041).
 */
export async function searchRecords(
  ctx: OperationContext,
  query: string,
  types: readonly SearchKind[] | null | undefined,
  limit?: number | null,
  after?: string | null,
): Promise<SearchPage> {
  const size = pageLimit(limit, 20);
  const text = query.trim();
  if (text.length > MAX_QUERY) throw badUserInput(`query must be at most ${MAX_QUERY} characters.`);
  const kinds = types?.length ? [...new Set(types)] : [...SEARCH_KINDS];
  const cursor = after ? decodeCursor(after) : null;
  if (!text) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, count: NO_COUNT };
  const em = ctx.em as EntityManager;
  const common = await commonKinds(ctx, kinds, text);
  const branches = kinds.flatMap((kind) => candidateBranches(ctx, kind, text, common));
  const ranked = kinds.map((kind) => rankedKind(ctx, kind));
  const rankBindings = kinds.flatMap((kind) => (KIND_SPECS[kind].collab ? [text, text] : [text]));
  const sql = em.getKnex().raw(
    `with c as materialized (
       select kind, id, created_at from (${branches.map(() => '?').join(' union ')}) b
       order by created_at desc, kind, id limit ${SEARCH_CANDIDATES + 1}
     ),
     cr as materialized (select * from c order by created_at desc, kind, id limit ${SEARCH_CANDIDATES}),
     h as (${ranked.join(' union all ')})
     select p.kind, p.id, p.rank::text as rank, p.title, (select count(*)::int from c) as matched
       from (select 1) one
       left join lateral (
         select h.* from h
         ${cursor ? 'where (-h.rank, h.kind, h.id) > (-(?::numeric), ?::text, ?::uuid)' : ''}
         order by h.rank desc, h.kind asc, h.id asc limit ?
       ) p on true`,
    [...branches, ...rankBindings, ...(cursor ?? []), size + 1],
  );
  const rows = await em.getConnection().execute<Row[]>(sql, [], 'all', em.getTransactionContext());
  const matched = rows[0]?.matched ?? 0;
  const found = rows.filter((row): row is Row & { kind: SearchKind; id: string; rank: string } => row.id != null);
  const page = found.slice(0, size);
  // Each row again through the loaders: the policy per row and the confidential-read audit. The
  // headlines are computed meanwhile for the rows the read scope returned, and kept only for the rows
  // the loaders hand out.
  const [records, headlines] = await Promise.all([
    Promise.all(page.map((row) => readableById(ctx, KIND_SPECS[row.kind].entity).load(row.id))),
    headlinesOf(ctx, page, text),
  ]);
  const nodes: SearchHit[] = [];
  page.forEach((row, i) => {
    const record = records[i];
    if (!record) return;
    nodes.push({
      kind: row.kind,
      id: row.id,
      title: row.title ?? '',
      rank: Number(row.rank),
      headline: headlineParts(headlines.get(`${row.kind}:${row.id}`) ?? ''),
      record,
    });
  });
  const last = page[page.length - 1];
  // Exact up to SEARCH_CANDIDATES readable matches; above, capped (like the lists' counts).
  const counted =
    matched > SEARCH_CANDIDATES
      ? { totalCount: SEARCH_CANDIDATES, totalCountCapped: true }
      : { totalCount: matched, totalCountCapped: false };
  return {
    count: async () => counted,
    nodes,
    pageInfo: { hasNextPage: found.length > size, endCursor: last ? encodeCursor(last) : null },
  };
}
