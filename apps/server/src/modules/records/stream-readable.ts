import { raw } from '@mikro-orm/core';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { authorize } from '@opcat/domain';
import type { RecordFacts } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { readAuditCollector } from '../audit/read-audit.ts';
import { readsUnscopedForBenchmark } from './benchmark-unscoped.ts';
import { readableBy } from './read-filter.ts';
import { RECORD_ENTITIES } from './registry.ts';

/**
 * A record as a plain row: its columns under their property names, each to-one relation as the
 * related id, dates and timestamps as PostgreSQL prints them (no entity, no identity map: exports
 * read thousands of rows and only print them).
 */
export type ReadableRow<T> = {
  [K in keyof T]: T[K] extends { id: infer I } | null
    ? I | Extract<T[K], null>
    : T[K] extends { id: infer I } | undefined
      ? I | Extract<T[K], undefined>
      : T[K];
};

type Shareable = ShareableRecord<string>;

/** The columns the policy reads of every shareable record (and a recommendation's addressee). */
const FACT_FIELDS = ['id', 'ownerOrganisation', 'workingGroup', 'classification', 'countryCode', 'sharedWith'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** The policy's view of a plain row (recordFacts for entities). */
export function rowFacts(row: ReadableRow<Pick<Shareable, FactField>> & { addressee?: string | null }): RecordFacts {
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

/** What to select: entity properties (columns under their property names) and raw expressions of alias `r`. */
export interface StreamSelection<T> {
  fields: readonly (keyof T & string)[];
  /** Extra columns computed in SQL, by name (e.g. a timestamp printed as ISO 8601). */
  expressions?: Readonly<Record<string, string>>;
}

/**
 * The rows of `entity` matching `where`, in `orderBy`, as batches of plain rows from ONE
 * server-side cursor (`DECLARE … CURSOR` in a read-only transaction on a connection of its own),
 * sorted once and fetched `batch` rows at a time: the cost is linear in the rows and memory holds one
 * batch. Only the selected columns travel (never a search vector), named as the properties, so rows
 * need no mapping. No policy here: `where` must already hold the read scope, and the caller checks
 * each row (streamReadable does both for shareable records). The caller must finish or `return()`
 * the generator (the transaction ends then).
 */
export async function* streamScopedRows<T extends object, R>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: StreamSelection<T> & { orderBy: QueryOrderMap<T>[]; batch?: number },
): AsyncGenerator<R[]> {
  const em = ctx.em.fork() as SqlEntityManager;
  const meta = em.getMetadata().get(entity.name);
  const columns = options.fields.map((field) => {
    const column = meta.properties[field as keyof typeof meta.properties]?.fieldNames[0];
    if (!column) throw new Error(`${entity.name} has no column ${field}`);
    return raw(`"r"."${column}" as "${field}"`);
  });
  for (const [name, sql] of Object.entries(options.expressions ?? {})) columns.push(raw(`${sql} as "${name}"`));
  const query = em
    .createQueryBuilder(entity, 'r')
    .select(columns as never)
    .where(where as never)
    .orderBy(options.orderBy as never)
    .getKnexQuery()
    .toSQL();
  const cursor = `readable_rows_${++cursors}`;
  const batch = options.batch ?? STREAM_BATCH;
  await em.begin({ readOnly: true });
  try {
    await em.execute(`declare ${cursor} no scroll cursor for ${query.sql}`, [...query.bindings]);
    for (;;) {
      const rows = await em.execute<R[]>(`fetch forward ${batch} from ${cursor}`);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batch) return; // a short batch is the last one
    }
  } finally {
    await em.rollback();
  }
}

/**
 * Every readable record matching `where`, in `orderBy`, as batches of plain rows of the selected
 * fields (and the policy's facts) through one cursor (streamScopedRows): the read scope and `where`
 * in SQL exactly as `pageReadable` builds them. Each row passes the policy's `record:read` check,
 * and SPT-confidential rows are audited per batch, like a list page.
 */
export async function* streamReadable<T extends Shareable, F extends keyof T & string>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy: QueryOrderMap<T>[]; fields: readonly F[]; batch?: number },
): AsyncGenerator<ReadableRow<Pick<T, F | FactField>>[]> {
  type Row = ReadableRow<Pick<T, F | FactField>>;
  const filter = { $and: [where, readableBy<T>(ctx.actor, entity)] } as FilterQuery<T>;
  const hasAddressee = 'addressee' in ctx.em.getMetadata().get(entity.name).properties;
  const fields = [...new Set([...FACT_FIELDS, ...(hasAddressee ? ['addressee'] : []), ...options.fields])];
  const type = Object.entries(RECORD_ENTITIES).find(([, e]) => e === (entity as unknown))?.[0] ?? entity.name;
  const rows = streamScopedRows<T, Row>(ctx, entity, filter, {
    fields: fields as (keyof T & string)[],
    orderBy: options.orderBy,
    batch: options.batch,
  });
  try {
    for await (const batch of rows) {
      if (!readsUnscopedForBenchmark()) {
        for (const row of batch) authorize(ctx.actor, 'record:read', rowFacts(row as never));
        const confidential = batch.filter((r) => r.classification === 'SPT_CONFIDENTIAL');
        await readAuditCollector(ctx).record(
          confidential.map((r) => ({ id: r.id as string, type, ownerOrganisationId: r.ownerOrganisation as string })),
        );
      }
      yield batch;
    }
  } finally {
    await rows.return(undefined);
  }
}
