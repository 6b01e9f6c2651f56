import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';
import { RECORD_ENTITIES } from './registry.ts';
import { findReadable } from './load-readable.ts';

/**
 * Loads a record the actor can read, inside a transaction, locked against concurrent changes.
 * Callers then ask the policy for the specific change.
 */
export async function loadForChange(
  ctx: OperationContext,
  tx: EntityManager,
  recordType: RecordType,
  id: string,
): Promise<ShareableRecord<string>> {
  const entity = RECORD_ENTITIES[recordType];
  const record = await findReadable({ ...ctx, em: tx }, entity, id, {
    populate: ['ownerOrganisation'] as never,
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (!record) throw notFound();
  return record;
}
