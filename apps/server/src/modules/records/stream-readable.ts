import type { EntityClass, EntityData, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { authorize } from '@opcat/domain';
import type { RecordFacts } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { readAuditCollector } from '../audit/read-audit.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';
import { readableBy } from './read-filter.ts';
import { RECORD_ENTITIES } from './registry.ts';

/**
 * A readable record as a plain row: its columns under their property names, each to-one relation
 * as the related id (no entity, no identity map: exports read thousands of rows and only print them).
 */
export type ReadableRow<T> = {
  [K in keyof T]: T[K] extends { id: infer I } | null
    ? I | Extract<T[K], null>
    : T[K] extends { id: infer I } | undefined
      ? I | Extract<T[K], undefined>
      : T[K];
};

type Shareable = ShareableRecord<string>;

/** The policy's view of a plain row (recordFacts for entities). */
export function rowFacts(row: ReadableRow<Shareable> & { addressee?: string | null }): RecordFacts {
  return {
    ownerOrganisationId: row.ownerOrganisation,
    countryCode: row.countryCode,
    workingGroupId: row.workingGroup ?? null,
    classification: row.classification,
    sharedWithOrganisationIds: row.sharedWith,
    addresseeOrganisationId: row.addressee ?? null,
  };
}

/** Rows fetched per round trip from the cursor. */
export const STREAM_BATCH = 1000;

let cursors = 0;

/**
 * Every readable record matching `where`, in `orderBy`, as batches of plain rows from ONE
 * server-side cursor (`DECLARE … CURSOR` in a read-only transaction on a connection of its own):
 * the read scope and `where` in SQL exactly as `pageReadable` builds them, sorted once, fetched
 * STREAM_BATCH rows at a time, so the cost is linear in the rows and memory holds one batch. Each
 * row passes the policy's `record:read` check, and SPT-confidential rows are audited per batch,
 * like a list page. The caller must finish or `return()` the generator (the transaction ends then).
 */
export async function* streamReadable<T extends Shareable>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy: QueryOrderMap<T>[]; batch?: number },
): AsyncGenerator<ReadableRow<T>[]> {
  const em = ctx.em.fork() as SqlEntityManager;
  const meta = em.getMetadata().get(entity.name);
  const driver = em.getDriver() as AbstractSqlDriver;
  const filter = { $and: [where, readableBy<T>(ctx.actor, entity)] } as FilterQuery<T>;
  const query = em
    .createQueryBuilder(entity, 'r')
    .select('*')
    .where(filter as never)
    .orderBy(options.orderBy as never)
    .getKnexQuery()
    .toSQL();
  const cursor = `readable_rows_${++cursors}`;
  const batch = options.batch ?? STREAM_BATCH;
  const type = Object.entries(RECORD_ENTITIES).find(([, e]) => e === (entity as unknown))?.[0] ?? entity.name;
  await em.begin({ readOnly: true });
  try {
    await em.execute(`declare ${cursor} no scroll cursor for ${query.sql}`, [...query.bindings]);
    for (;;) {
      const raw = await em.execute<EntityData<T>[]>(`fetch forward ${batch} from ${cursor}`);
      if (raw.length === 0) return;
      const rows = raw.map((r) => driver.mapResult(r, meta) as unknown as ReadableRow<T>);
      if (!readsUnscopedForBenchmark()) {
        for (const row of rows) authorize(ctx.actor, 'record:read', rowFacts(row as never));
        const confidential = rows.filter((r) => r.classification === 'SPT_CONFIDENTIAL');
        await readAuditCollector(ctx).record(
          confidential.map((r) => ({ id: r.id as string, type, ownerOrganisationId: r.ownerOrganisation as string })),
        );
      }
      yield rows;
      if (raw.length < batch) return; // a short batch is the last one
    }
  } finally {
    await em.rollback();
  }
}
