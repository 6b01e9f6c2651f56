import { createWorkplanLoaders } from './workplan-loaders.ts';
import type { WorkplanLoaders } from './workplan-loaders.ts';

/**
 * Per-operation caches and batch loaders, built once per operation by `buildOperationContext`.
 * A loader never hands out more than the policy's read scope would: checks stay inside.
 */
export interface Loaders {
  /** The value of `make` for `key`, computed once in this operation (decisions, renderings, audit writes). */
  once<T>(key: string, make: () => T): T;
  /** The workplan page's collections and relations, batched. */
  workplan: WorkplanLoaders;
}

export function createLoaders(): Loaders {
  const memo = new Map<string, unknown>();
  return {
    once<T>(key: string, make: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const value = make();
      memo.set(key, value);
      return value;
    },
    workplan: createWorkplanLoaders(),
  };
}
