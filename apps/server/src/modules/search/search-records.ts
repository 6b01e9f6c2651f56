import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { KIND_SPECS, SEARCH_KINDS } from './kinds.ts';
import type { SearchKind } from './kinds.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput } from '../../errors.ts';
import { isId } from '../ids.ts';
import { readableBy } from '../records/read-filter.ts';
import { readableById } from '../records/readable-loaders.ts';
import { COUNT_CAP, pageLimit } from '../records/keyset-page.ts';
import { headlineParts, headlinesOf } from './headline.ts';
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
  /** How many readable records match, counted only when asked: exact up to COUNT_CAP, else capped. */
  count: () => Promise<{ totalCount: number; totalCountCapped: boolean }>;
}

const NO_COUNT = async () => ({ totalCount: 0, totalCountCapped: false });

interface Row {
  kind: SearchKind;
  id: string;
  rank: string;
  title: string;
}

/**
 * One kind's readable matches as SQL: the read scope (the policy's filter, through MikroORM) and the
 * match in one WHERE, with the rank and title of each matched row.
 */
function kindQuery(ctx: OperationContext, kind: SearchKind, query: string): Knex.QueryBuilder {
  const spec = KIND_SPECS[kind];
  const em = ctx.em as EntityManager;
  const q = 'public.opcat_search_query(?)';
  // The matching ids first (each from its GIN index), then the read scope on those rows: an OR of the
  // record's vector and its snapshot's in one WHERE would turn the index scans into a sequential scan.
  const table = tableOf(em, spec.entity);
  const matches = spec.collab
    ? `r.id in (select t.id from "${table}" t where t.search_vector @@ ${q}
         union select substr(s.document_name, ${spec.collab.length + 2})::uuid
         from collab_snapshot s where s.document_name like '${spec.collab}:%' and s.search_vector @@ ${q})`
    : `r.search_vector @@ ${q}`;
  const scoped = em
    .createQueryBuilder(spec.entity, 'r')
    .select('r.id')
    .where(readableBy(ctx.actor, spec.entity) as never)
    .andWhere(matches, spec.collab ? [query, query] : [query])
    .getKnexQuery();
  const snapshot = spec.collab
    ? `(select s.search_vector from collab_snapshot s where s.document_name = '${spec.collab}:' || r.id)`
    : null;
  const rank = snapshot
    ? `round((ts_rank(r.search_vector, ${q}) + coalesce(ts_rank(${snapshot}, ${q}), 0))::numeric, 6)`
    : `round(ts_rank(r.search_vector, ${q})::numeric, 6)`;
  const knex = em.getKnex();
  return scoped.select(
    knex.raw(`'${kind}'::text as kind`),
    knex.raw(`${rank} as rank`, snapshot ? [query, query] : [query]),
    knex.raw(`${spec.title} as title`),
  );
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
 * are filtered in SQL by the viewer's read scope before ranking and paging (keyset on rank, kind,
 * id), so a page, its order and `hasNextPage` never depend on an unreadable record.
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
  const parts = kinds.map((kind) => kindQuery(ctx, kind, text));
  const em = ctx.em as EntityManager;
  const sql = em.getKnex().raw(
    `select kind, id, rank::text as rank, title from (${parts.map(() => '?').join(' union all ')}) h
      ${cursor ? 'where (-h.rank, h.kind, h.id) > (-(?::numeric), ?::text, ?::uuid)' : ''}
      order by h.rank desc, h.kind asc, h.id asc limit ?`,
    [...parts, ...(cursor ?? []), size + 1],
  );
  const rows = await em.getConnection().execute<Row[]>(sql, [], 'all', em.getTransactionContext());
  const page = rows.slice(0, size);
  // Each row again through the loaders: the policy per row and the confidential-read audit.
  const records = await Promise.all(page.map((row) => readableById(ctx, KIND_SPECS[row.kind].entity).load(row.id)));
  const visible = page.filter((_, i) => records[i] != null);
  const headlines = await headlinesOf(ctx, visible, text);
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
  let counted: Promise<{ totalCount: number; totalCountCapped: boolean }> | undefined;
  const count = () =>
    (counted ??= (async () => {
      // The same scoped matches, reading at most COUNT_CAP + 1 of them (like the lists' counts).
      const kindsSql = kinds.map((kind) => kindQuery(ctx, kind, text));
      const [row] = await em
        .getConnection()
        .execute<{ n: number }[]>(
          em
            .getKnex()
            .raw(
              `select count(*)::int as n from (select 1 from (${kindsSql.map(() => '?').join(' union all ')}) h limit ?) c`,
              [...kindsSql, COUNT_CAP + 1],
            ),
          [],
          'all',
          em.getTransactionContext(),
        );
      const n = row?.n ?? 0;
      return n > COUNT_CAP
        ? { totalCount: COUNT_CAP, totalCountCapped: true }
        : { totalCount: n, totalCountCapped: false };
    })());
  return {
    count,
    nodes,
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null },
  };
}
