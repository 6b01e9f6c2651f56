import type { OperationContext } from '../../operation/context.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { collabDocumentsOf } from './registry.ts';

/**
 * After a record's readers changed (narrowed, share withdrawn, published), every instance
 * re-authorizes the open co-editing connections of its documents at once.
 */
export async function announceAccessChange<T extends { record: ShareableRecord<string> | null }>(
  ctx: OperationContext,
  result: T,
): Promise<T> {
  if (result.record) {
    const documentNames = collabDocumentsOf(result.record);
    if (documentNames.length) await ctx.services.bus.publish('recordAccessChanged', { documentNames });
    // Open lists and pages follow through the commit watcher (live-changes.ts), which announces the
    // record's facts before and after the change once committed: ids and facts only.
  }
  return result;
}
