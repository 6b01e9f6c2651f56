import type { EntityClass, FilterQuery, FindOptions } from '@mikro-orm/core';
import { authorize, can } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { readAuditCollector } from '../audit/read-audit.ts';
import { isId } from '../ids.ts';
import { recordFacts } from './facts.ts';
import { readableWhere } from './read-filter.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';
import { recordTypeOf } from './registry.ts';

type Shareable = ShareableRecord<string>;

/**
 * Every read of SPT-confidential material is written to the audit log: collected per operation and
 * appended once (or at once, group-committed), see modules/audit/read-audit.ts.
 */
export async function auditConfidentialReads(ctx: OperationContext, records: readonly Shareable[]): Promise<void> {
  const confidential = records.filter((r) => r.classification === 'SPT_CONFIDENTIAL');
  if (confidential.length === 0 || readsUnscopedForBenchmark()) return;
  await readAuditCollector(ctx).record(
    confidential.map((r) => ({ id: r.id, type: recordTypeOf(r), ownerOrganisationId: r.ownerOrganisation.id })),
  );
}

/**
 * A record by id if the actor may read it. Filtered in SQL and checked again by the policy;
 * unreadable and missing records are the same NOT_FOUND.
 */
export async function loadReadable<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  id: string,
  options: FindOptions<T, never> = {},
): Promise<T> {
  const record = await findReadable(ctx, entity, id, options);
  if (!record) throw notFound();
  return record;
}

/** Like loadReadable, but null instead of NOT_FOUND (for optional relations of another record). */
export async function findReadable<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  id: string,
  options: FindOptions<T, never> = {},
): Promise<T | null> {
  if (!isId(id)) return null;
  const where = { $and: [{ id }, readableWhere<T>(ctx.actor, entity)] } as FilterQuery<T>;
  const record = (await ctx.em.findOne(entity, where, options as never)) as T | null;
  if (!record || !(readsUnscopedForBenchmark() || can(ctx.actor, 'record:read', recordFacts(record)))) return null;
  await auditConfidentialReads(ctx, [record]);
  return record;
}

/** A page of readable records matching `where`, with the count of all readable matches. */
export async function listReadable<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: FindOptions<T, never> & { limit: number; offset: number },
): Promise<{ nodes: T[]; totalCount: number }> {
  const filter = { $and: [where, readableWhere<T>(ctx.actor, entity)] } as FilterQuery<T>;
  const [nodes, totalCount] = (await ctx.em.findAndCount(entity, filter, options as never)) as [T[], number];
  if (!readsUnscopedForBenchmark()) for (const node of nodes) authorize(ctx.actor, 'record:read', recordFacts(node));
  await auditConfidentialReads(ctx, nodes);
  return { nodes, totalCount };
}

/** Readable records among related ids (e.g. a visit's places), silently dropping the others. */
export async function readableAmong<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  ids: readonly string[],
  options: FindOptions<T, never> = {},
): Promise<T[]> {
  if (ids.length === 0) return [];
  const filter = { $and: [{ id: { $in: ids } }, readableWhere<T>(ctx.actor, entity)] } as FilterQuery<T>;
  const records = (await ctx.em.find(entity, filter, options as never)) as T[];
  const visible = records.filter((r) => readsUnscopedForBenchmark() || can(ctx.actor, 'record:read', recordFacts(r)));
  await auditConfidentialReads(ctx, visible);
  return visible;
}

/** Paging bounds shared by every list: at most 200 rows a page. */
export function page(limit: number | null | undefined, offset: number | null | undefined) {
  return {
    limit: Math.min(Math.max(limit ?? 50, 1), 200),
    offset: Math.max(offset ?? 0, 0),
  };
}
