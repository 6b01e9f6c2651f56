import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type DataLoader from 'dataloader';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { isId } from '../ids.ts';
import { recordFacts } from './facts.ts';
import { auditConfidentialReads } from './load-readable.ts';
import { readableWhere } from './read-filter.ts';
import { hydrate, loadedFields } from './hydrate.ts';

/*
 * The read scope inside the operation's DataLoaders. Each batch is ONE statement filtered in SQL by
 * the policy's read scope (`readableWhere`, the filter findReadable uses), every row is checked again
 * with `can(actor, 'record:read')`, and the batch's SPT-confidential rows are audited once: a loader
 * answers exactly what findReadable would, only for many keys at once. An unreadable id answers like
 * a missing one (null, or left out of a list).
 */

type Shareable = ShareableRecord<string>;

/** The record with this id if the actor may read it, else null: findReadable, batched per operation. */
export function readableById<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
): DataLoader<string, T | null> {
  const actor = ctx.actor;
  return ctx.loaders.batch<string, T | null>(`readable:${entity.name}`, actor, async (ids) => {
    const wanted = [...new Set(ids.filter(isId))];
    const where = { $and: [{ id: { $in: wanted } }, readableWhere<T>(actor, entity)] } as FilterQuery<T>;
    const records = wanted.length ? ((await ctx.em.find(entity, where)) as T[]) : [];
    const visible = records.filter((r) => can(actor, 'record:read', recordFacts(r)));
    await auditConfidentialReads(ctx, visible);
    const byId = new Map(visible.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A link table from owners (e.g. visits) to records (e.g. places). Names are SQL identifiers. */
export interface Link {
  table: string;
  /** The column naming the owner (the loader's key). */
  from: string;
  /** The column naming the record handed out. */
  to: string;
}

/**
 * For each owner id, the readable records linked to it through `link`, ordered by `orderBy`
 * (SQL columns of the record, alias `e`); with `first`, only the first such record. One statement
 * for all owners of a page.
 */
export function readableLinked<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  link: Link,
  orderBy: readonly [column: string, direction: 'asc' | 'desc'][],
  options: { first?: boolean } = {},
): DataLoader<string, T[]> {
  const actor = ctx.actor;
  const name = `linked:${entity.name}:${link.table}:${link.from}:${orderBy.flat().join(',')}:${options.first === true}`;
  return ctx.loaders.batch<string, T[]>(name, actor, async (ownerIds) => {
    const wanted = [...new Set(ownerIds.filter(isId))];
    const grouped = new Map<string, T[]>();
    if (wanted.length) {
      const em = ctx.em as EntityManager;
      const query = em
        .createQueryBuilder(entity, 'e')
        .select(loadedFields(em, entity) as never)
        .where(readableWhere<T>(actor, entity) as never)
        .getKnexQuery();
      query
        .join(`${link.table} as link`, `link.${link.to}`, 'e.id')
        .whereIn(`link.${link.from}`, wanted)
        .select(`link.${link.from} as link_owner_id`);
      if (options.first) query.distinctOn(`link.${link.from}`).orderBy(`link.${link.from}`);
      for (const [column, direction] of orderBy) query.orderBy(`e.${column}`, direction);
      query.orderBy('e.id', 'asc');
      const rows = await em
        .getConnection()
        .execute<Record<string, unknown>[]>(query, [], 'all', em.getTransactionContext());
      const records: T[] = [];
      const meta = em.getMetadata().get(entity.name);
      const driver = em.getDriver();
      for (const { link_owner_id: owner, ...data } of rows) {
        const record = hydrate(em, entity, driver.mapResult(data as never, meta) as never);
        if (!can(actor, 'record:read', recordFacts(record))) continue;
        records.push(record);
        const list = grouped.get(owner as string) ?? [];
        list.push(record);
        grouped.set(owner as string, list);
      }
      await auditConfidentialReads(ctx, [...new Map(records.map((r) => [r.id, r])).values()]);
    }
    return ownerIds.map((id) => grouped.get(id) ?? []);
  });
}

/** A link table whose rows carry their record's sort key, indexed `(from, …order)`. */
export interface OrderedLink extends Link {
  /** Columns of the link table, in order (the last one unique per owner, e.g. the record's id). */
  order: readonly [column: string, direction: 'asc' | 'desc'][];
}

/**
 * For each owner id, its first readable record in the link's own order: per owner, a LATERAL walk
 * of the link's index that stops at the first record passing the read scope. It reads that owner's
 * links only up to its first readable record, whatever the size of the tables. One statement.
 */
export function readableLinkedFirst<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  link: OrderedLink,
): DataLoader<string, T | null> {
  const actor = ctx.actor;
  const name = `linkedFirst:${entity.name}:${link.table}:${link.from}:${link.order.flat().join(',')}`;
  return ctx.loaders.batch<string, T | null>(name, actor, async (ownerIds) => {
    const wanted = [...new Set(ownerIds.filter(isId))];
    const byOwner = new Map<string, T>();
    if (wanted.length) {
      const em = ctx.em as EntityManager;
      const inner = em
        .createQueryBuilder(entity, 'e')
        .select('e.*')
        .where(readableWhere<T>(actor, entity) as never)
        .getKnexQuery();
      inner.join(`${link.table} as link`, `link.${link.to}`, 'e.id').whereRaw(`link.${link.from} = wanted.owner_id`);
      for (const [column, direction] of link.order) inner.orderBy(`link.${column}`, direction);
      inner.limit(1);
      const { sql, bindings } = inner.toSQL();
      const knex = em.getKnex();
      const query = knex
        .select('first.*', 'wanted.owner_id as link_owner_id')
        .from(knex.raw('unnest(array[?]::uuid[]) as wanted(owner_id)', [wanted]))
        .joinRaw(`cross join lateral (${sql}) as first`, bindings as never);
      const rows = await em
        .getConnection()
        .execute<Record<string, unknown>[]>(query, [], 'all', em.getTransactionContext());
      for (const { link_owner_id: owner, ...data } of rows) {
        const record = em.map(entity, data as never);
        if (can(actor, 'record:read', recordFacts(record))) byOwner.set(owner as string, record);
      }
      await auditConfidentialReads(ctx, [...new Map([...byOwner.values()].map((r) => [r.id, r])).values()]);
    }
    return ownerIds.map((id) => byOwner.get(id) ?? null);
  });
}
