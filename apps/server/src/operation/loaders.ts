import DataLoader from 'dataloader';
import type { Actor } from '@opcat/domain';
import { createWorkplanLoaders } from './workplan-loaders.ts';
import type { WorkplanLoaders } from './workplan-loaders.ts';

/** What a batch function answers for each key, in the keys' order: a value, or an Error for that key alone. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/**
 * Per-operation caches and batch loaders, built once per operation by `buildOperationContext`.
 * A loader never hands out more than the policy's read scope would: checks stay inside the batch
 * function (see `modules/records/readable-loaders.ts`), and every loader is tied to the actor it was
 * made for, so a change of actor within an operation (sign-in, sign-out, acting organisation) never
 * serves what the previous actor was allowed to read.
 */
export interface Loaders {
  /** The value of `make` for `key`, computed once in this operation (decisions, renderings, audit writes). */
  once<T>(key: string, make: () => T): T;
  /**
   * The operation's DataLoader named `name` for `actor`: calls made in the same tick (e.g. one field of
   * every row of a page) are answered by one call of `batch`, and each key is loaded once per operation.
   */
  batch<K, V>(name: string, actor: Actor | null, batch: BatchLoad<K, V>): DataLoader<K, V>;
  /** The workplan page's collections and relations, batched. */
  workplan: WorkplanLoaders;
}

const ANONYMOUS = {};

export function createLoaders(): Loaders {
  const memo = new Map<string, unknown>();
  const byActor = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();
  return {
    once<T>(key: string, make: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const value = make();
      memo.set(key, value);
      return value;
    },
    batch<K, V>(name: string, actor: Actor | null, batch: BatchLoad<K, V>): DataLoader<K, V> {
      const owner = actor ?? ANONYMOUS;
      let loaders = byActor.get(owner);
      if (!loaders) {
        loaders = new Map();
        byActor.set(owner, loaders);
      }
      let loader = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!loader) {
        // The page size caps a batch already (≤ 200 rows); maxBatchSize keeps `= any(?)` arrays bounded anyway.
        loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
    workplan: createWorkplanLoaders(),
  };
}
