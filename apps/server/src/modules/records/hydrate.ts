import type { EntityClass, EntityData, EntityManager } from '@mikro-orm/core';

/*
 * Hydration for the hand-built statements of list pages and readable loaders, the way `em.find`
 * does it: managed entities in the operation's identity map, joined relations included, lazy
 * columns neither read nor hydrated.
 */

/**
 * The properties a query loads, as `em.find` would: every column but lazy ones (a search vector,
 * file contents), so a page neither reads nor hydrates what no list shows.
 */
export function loadedFields<T extends object>(em: EntityManager, entity: EntityClass<T>): string[] {
  const meta = em.getMetadata().get(entity.name);
  return meta.props
    .filter((p) => !p.lazy && p.persist !== false && !p.formula && (p.fieldNames?.length ?? 0) > 0)
    .filter((p) => p.kind === 'scalar' || ((p.kind === 'm:1' || p.kind === '1:1') && p.owner !== false))
    .map((p) => p.name);
}

/**
 * A row already mapped to property names (a query builder's `execute('all', true)`, or
 * `driver.mapResult`) as a managed entity, as `em.find` makes it. `em.map` would map the row again,
 * validate every scalar and cascade a merge through the relations: several times the cost.
 */
export function hydrate<T extends object>(em: EntityManager, entity: EntityClass<T>, data: EntityData<T>): T {
  return em.getEntityFactory().create(entity, data, { merge: true, refresh: true, convertCustomTypes: true });
}
