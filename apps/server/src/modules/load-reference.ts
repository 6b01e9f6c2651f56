import { wrap } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/core';
import type { OperationContext } from '../operation/context.ts';

/**
 * Resolves a relation of a record the caller was already allowed to load (the parent's read
 * check covers it): returns the loaded entity, fetching it through the identity map if needed.
 */
export async function loadReference<T extends { id: string }>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  reference: T,
): Promise<T> {
  if (wrap(reference).isInitialized()) return reference;
  return ctx.em.findOneOrFail(entity, reference.id as never);
}
