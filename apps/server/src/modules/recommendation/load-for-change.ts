import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { findReadable } from '../records/load-readable.ts';

/**
 * A recommendation the actor can read, locked inside the caller's transaction so that two people
 * answering at once append to the history one after the other. Unreadable is NOT_FOUND.
 */
export async function loadRecommendationForChange(
  ctx: OperationContext,
  tx: EntityManager,
  id: string,
): Promise<Recommendation> {
  const record = await findReadable({ ...ctx, em: tx }, Recommendation, id, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (!record) throw notFound();
  await tx.populate(record, ['ownerOrganisation']);
  return record;
}
