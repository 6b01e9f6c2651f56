import { raw } from '@mikro-orm/core';
import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { authorize } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput } from '../../errors.ts';
import { isId } from '../ids.ts';
import { recordFacts } from './facts.ts';
import { readableWhere } from './read-filter.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';
import { auditConfidentialReads } from './load-readable.ts';
import { hydrate, loadedFields } from './hydrate.ts';

/** Largest page a list serves; a larger `limit` is refused, never silently cut. */
export const MAX_PAGE = 200;
/** Counts stop here: above it a list answers `totalCount = COUNT_CAP` and `totalCountCapped = true`. */
export const COUNT_CAP = 1000;

/** How a sort key's value is written in a cursor and checked when it comes back. */
type KeyKind = 'timestamp' | 'date' | 'uuid' | 'text' | 'bigint' | { rank: readonly string[] };

/**
 * One sort key of a keyset page: the entity property, its direction and how to read its value from
 * a row. A `rank` key orders an enum column by meaning (CRITICAL first) and compares as a set of values.
 * The last key of every sort must be unique (the id), so pages never overlap or skip.
 */
export interface SortKey<T> {
  property: string;
  direction: 'asc' | 'desc';
  kind: KeyKind;
  value: (row: T) => unknown;
  /** The column may be null: nulls sort after every value (either direction) and a cursor may hold null. */
  nullable?: boolean;
}

/**
 * What a list reads, apart from paging: its filter (a function: raw fragments are single-use) and
 * its sort. The list pages it (`pageReadable`); an export streams the same query (`streamReadable`).
 */
export interface ListQuery<T> {
  where: () => FilterQuery<T>;
  sort: string;
  keys: readonly SortKey<T>[];
  orderBy: QueryOrderMap<T>[];
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface KeysetPage<T> {
  nodes: T[];
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: PageInfo;
}

/** An empty page (an argument that names nothing readable): the same shape as any other answer. */
export function emptyPage<T>(): KeysetPage<T> {
  return { nodes: [], totalCount: 0, totalCountCapped: false, pageInfo: { endCursor: null, hasNextPage: false } };
}

/** The page size: 1..MAX_PAGE, default 50; anything else is BAD_USER_INPUT. */
export function pageLimit(limit: number | null | undefined, fallback = 50): number {
  if (limit == null) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw badUserInput(`limit must be between 1 and ${MAX_PAGE}.`);
  }
  return limit;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BIGINT = /^\d{1,19}$/;

function encodeValue(kind: KeyKind, value: unknown): unknown {
  if (value == null) return null;
  if (kind === 'timestamp') return (value as Date).toISOString();
  if (kind === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'bigint' ? value.toString() : value;
}

/** A cursor value back to what the column compares with, or undefined when it cannot be one. */
function decodeValue(kind: KeyKind, value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  if (kind === 'timestamp') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) || date.toISOString() !== value ? undefined : date;
  }
  if (kind === 'date') return DATE.test(value) ? value : undefined;
  if (kind === 'uuid') return isId(value) ? value : undefined;
  if (kind === 'bigint') return BIGINT.test(value) ? value : undefined;
  if (kind === 'text') return value.length <= 1000 ? value : undefined;
  return kind.rank.includes(value) ? value : undefined;
}

/**
 * The cursor of a row: the sort's name and the row's sort values, base64url JSON. It carries only
 * values of a row the viewer was already given; it names no record and grants nothing.
 */
export function encodeCursor<T>(sort: string, keys: readonly SortKey<T>[], row: T): string {
  const values = keys.map((k) => encodeValue(k.kind, k.value(row)));
  if (values.some((v, i) => v === null && !keys[i]?.nullable)) throw new Error(`a ${sort} key is null`);
  return Buffer.from(JSON.stringify([sort, ...values]), 'utf8').toString('base64url');
}

/** The sort values in a cursor, checked against the sort; anything else is one clear BAD_USER_INPUT. */
export function decodeCursor<T>(sort: string, keys: readonly SortKey<T>[], cursor: string): unknown[] {
  const invalid = () => badUserInput('Invalid cursor: pass the endCursor of a page of this list with the same sort.');
  let parsed: unknown;
  try {
    if (cursor.length > 4000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalid();
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== sort) throw invalid();
  const values = keys.map((k, i) => (k.nullable && parsed[i + 1] === null ? null : decodeValue(k.kind, parsed[i + 1])));
  if (values.some((v) => v === undefined)) throw invalid();
  return values;
}

/** Rows strictly after the cursor's values in the sort's order, as a plain filter (no raw SQL). */
export function afterFilter<T>(keys: readonly SortKey<T>[], values: readonly unknown[]): FilterQuery<T> {
  const strictly = (key: SortKey<T>, value: unknown): Record<string, unknown> => {
    // Nulls come last: nothing is after a null but the next key; every null is after a value.
    if (key.nullable && value === null) return { [key.property]: { $in: [] } };
    if (key.nullable) return { $or: [strictly({ ...key, nullable: false }, value), { [key.property]: null }] };
    if (typeof key.kind === 'object') {
      const rank = key.kind.rank;
      const at = rank.indexOf(value as string);
      const later = key.direction === 'asc' ? rank.slice(at + 1) : rank.slice(0, at);
      return { [key.property]: { $in: later.length ? later : ['\u0000'] } };
    }
    return { [key.property]: { [key.direction === 'asc' ? '$gt' : '$lt']: value } };
  };
  const from = (i: number): Record<string, unknown> => {
    const key = keys[i] as SortKey<T>;
    if (i === keys.length - 1) return strictly(key, values[i]);
    return { $or: [strictly(key, values[i]), { $and: [{ [key.property]: values[i] }, from(i + 1)] }] };
  };
  // The OR above cannot bound an index scan; the first key's inclusive bound can (the same rows):
  // a later page starts where the cursor is instead of filtering every row before it.
  const first = keys[0] as SortKey<T>;
  if (typeof first.kind === 'object' || first.nullable) return from(0) as FilterQuery<T>;
  const bound = { [first.property]: { [first.direction === 'asc' ? '$gte' : '$lte']: values[0] } };
  return { $and: [bound, from(0)] } as FilterQuery<T>;
}

/** The ORDER BY of a keyset sort (a rank key orders by its CASE expression through `orderBy`). */
export function orderOfKeys<T>(keys: readonly SortKey<T>[]): QueryOrderMap<T>[] {
  return keys.map(
    (k) => ({ [k.property]: k.nullable ? `${k.direction} nulls last` : k.direction }) as QueryOrderMap<T>,
  );
}

/**
 * `select count(distinct pk) from (select pk … limit cap+1)`: how many rows match, reading at most
 * COUNT_CAP + 1 of them (distinct: a filter through a to-many relation joins, so a row may repeat).
 * With `orderBy` (a page's sort keys) it reads the first of them in that order, so the planner walks
 * the index the page walks and stops there instead of building a bitmap of every match (decision
 * 0041: the CSO's faceted findings page at 1M rows). Plain properties only: raw fragments are single-use.
 */
function cappedCountQuery<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>[],
) {
  const sql = em as unknown as SqlEntityManager;
  const meta = em.getMetadata().get(entity.name);
  const pk = meta.primaryKeys[0] as string;
  const column = meta.properties[pk as keyof typeof meta.properties]?.fieldNames[0] ?? pk;
  const inner = sql
    .createQueryBuilder(entity, 'c')
    .select(`c.${pk}` as never)
    .where(where as never);
  if (orderBy) inner.orderBy(orderBy as never);
  const query = inner.limit(COUNT_CAP + 1).getKnexQuery();
  return sql.getKnex().countDistinct({ n: column }).from(query.as('capped'));
}

function capped(n: number): { totalCount: number; totalCountCapped: boolean } {
  return n > COUNT_CAP ? { totalCount: COUNT_CAP, totalCountCapped: true } : { totalCount: n, totalCountCapped: false };
}

/** How many rows match, exact below COUNT_CAP; at the cap, `capped` says it is a lower bound. */
export async function cappedCount<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
): Promise<{ totalCount: number; totalCountCapped: boolean }> {
  // Through the entity manager, so it runs in the operation's transaction when there is one.
  const rows = (await (em as unknown as SqlEntityManager).execute(cappedCountQuery(em, entity, where))) as {
    n: string | number;
  }[];
  return capped(Number(rows[0]?.n ?? 0));
}

/** The capped count of the readable records matching `where` (the read scope in SQL, as pages count). */
export function countReadable<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
): Promise<{ totalCount: number; totalCountCapped: boolean }> {
  return cappedCount(ctx.em, entity, { $and: [where, readableWhere<T>(ctx.actor, entity)] } as FilterQuery<T>);
}

/** The column of the page statement that carries the capped count (the same value on every row). */
const COUNT_COLUMN = '__capped_count';

/** How a keyset page is asked for: its sort, the cursor, its size, the relations it shows. */
export interface KeysetOptions<T> {
  sort: string;
  keys: readonly SortKey<T>[];
  orderBy?: QueryOrderMap<T>[];
  after?: string | null;
  limit: number;
  /**
   * To-one relations loaded with the page, by LEFT JOIN: `'ownerOrganisation'`, or a path through an
   * earlier entry (`'priority'`, then `'priority.workplan'`).
   */
  join?: readonly string[];
  /**
   * `false`: no count statement; `totalCount` is then the page's own length. For callers that
   * read the count once and page on (exports), never for a list a person sees.
   */
  count?: boolean;
}

/**
 * A keyset page of the rows matching `where` (which the caller made complete: read scope included):
 * rows after the cursor in the sort's order, one extra row to answer `hasNextPage`, and a capped count
 * of every match. The count and the page use the same filter.
 *
 * One statement: the count is an uncorrelated scalar subquery of the page's select list (PostgreSQL
 * runs it once, as an InitPlan), and the to-one relations in `join` come in by LEFT JOIN. Only a page
 * after a cursor that comes back empty (past the last row) has no row to carry the count; it is
 * counted on its own then.
 */
export async function keysetPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  /** A function: raw fragments and subqueries are single-use, and the count needs its own filter. */
  where: () => FilterQuery<T>,
  options: KeysetOptions<T>,
): Promise<KeysetPage<T>> {
  const sql = em as unknown as SqlEntityManager;
  const matching = where();
  const filter = options.after
    ? ({
        $and: [matching, afterFilter(options.keys, decodeCursor(options.sort, options.keys, options.after))],
      } as FilterQuery<T>)
    : matching;
  const counted = options.count !== false;
  const qb = sql.createQueryBuilder(entity, 'e').select(loadedFields(sql, entity) as never);
  const aliases = new Map<string, string>();
  for (const [i, path] of (options.join ?? []).entries()) {
    const dot = path.lastIndexOf('.');
    const parent = dot < 0 ? 'e' : aliases.get(path.slice(0, dot));
    if (!parent) throw new Error(`join ${path}: join its parent first`);
    aliases.set(path, `j${i}`);
    qb.leftJoinAndSelect(`${parent}.${path.slice(dot + 1)}` as never, `j${i}`);
  }
  qb.where(filter as never)
    .orderBy((options.orderBy ?? orderOfKeys(options.keys)) as never)
    .limit(options.limit + 1);
  if (counted) {
    const count = cappedCountQuery(em, entity, where(), orderOfKeys(options.keys)).toSQL();
    qb.addSelect(raw(`(${count.sql}) as ${COUNT_COLUMN}`, count.bindings as unknown[]) as never);
  }
  // As `em.find` does (and the query builder's own `getResultList`): pending changes of this entity first.
  await sql.tryFlush(entity, {});
  const results = (await qb.execute('all', true)) as Record<string, unknown>[];
  const rows = results.map((result) => {
    const { [COUNT_COLUMN]: _count, ...data } = result;
    return hydrate(sql, entity, data as never);
  });
  const nodes = rows.slice(0, options.limit);
  let count = { totalCount: nodes.length, totalCountCapped: false };
  if (counted && results.length > 0) count = capped(Number(results[0]?.[COUNT_COLUMN] ?? 0));
  // No row carries the count: with no cursor the page and the count have the same filter, so it is 0.
  else if (counted && options.after) count = await cappedCount(em, entity, where());
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    ...count,
    pageInfo: {
      hasNextPage: rows.length > options.limit,
      endCursor: last ? encodeCursor(options.sort, options.keys, last) : null,
    },
  };
}

/**
 * A keyset page of readable records (`keysetPage` with the read scope and `where` in SQL): a count
 * never includes an unreadable row; each row is checked again with the policy and SPT-confidential
 * rows are audited.
 */
export async function pageReadable<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  /** The list's filter; a function when it holds raw fragments (single-use: the count needs its own). */
  where: FilterQuery<T> | (() => FilterQuery<T>),
  options: KeysetOptions<T>,
): Promise<KeysetPage<T>> {
  // A fresh filter per statement: raw fragments (the read scope's among them) are single-use.
  const readableMatches = () =>
    ({ $and: [typeof where === 'function' ? where() : where, readableWhere<T>(ctx.actor, entity)] }) as FilterQuery<T>;
  const page = await keysetPage(ctx.em, entity, readableMatches, options);
  if (!readsUnscopedForBenchmark())
    for (const node of page.nodes) authorize(ctx.actor, 'record:read', recordFacts(node));
  await auditConfidentialReads(ctx, page.nodes);
  return page;
}
