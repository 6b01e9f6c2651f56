import type { EntityClass } from '@mikro-orm/core';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable } from './load-readable.ts';

/**
 * Whether a filter argument that names another record names one the viewer may read. A filter on
 * an unreadable record must answer exactly like a filter on an id that does not exist: otherwise
 * the count of readable rows linked to it ("1 recommendation for that finding") tells that it exists.
 */
export async function namesReadable<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  id: string | null | undefined,
): Promise<boolean> {
  if (id == null) return true;
  return (await findReadable(ctx, entity, id)) !== null;
}
