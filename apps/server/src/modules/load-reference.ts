import { NotFoundError, wrap } from '@mikro-orm/core';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { OperationContext } from '../operation/context.ts';

/**
 * Resolves a relation of a record the caller was already allowed to load (the parent's read
 * check covers it): returns the loaded entity, or loads it through the operation's loaders, so one
 * page's references of a kind (every row's addressee, owner, author…) cost one statement together.
 * Never use it for a shareable record of its own: those go through `readableById`.
 */
export async function loadReference<T extends { id: string }>(
  ctx: OperationContext,
  entity: EntityClass<T>,
  reference: T,
): Promise<T> {
  if (wrap(reference).isInitialized()) return reference;
  return referenceLoader(ctx, entity).load(reference.id);
}

function referenceLoader<T extends { id: string }>(ctx: OperationContext, entity: EntityClass<T>) {
  return ctx.loaders.batch<string, T>(`reference:${entity.name}`, null, async (ids) => {
    const found = (await ctx.em.find(entity, { id: { $in: [...new Set(ids)] } } as unknown as FilterQuery<T>)) as T[];
    const byId = new Map(found.map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? NotFoundError.findOneFailed(entity.name, { id }));
  });
}
