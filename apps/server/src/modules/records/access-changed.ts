import type { OperationContext } from '../../operation/context.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { RecordFacts } from '@opcat/domain';
import { collabDocumentsOf, recordTypeOf } from './registry.ts';
import { recordFacts } from './facts.ts';

/** The readers of a record before the change in progress, remembered by the command that changes them. */
const readersBefore = new WeakMap<object, RecordFacts>();

/** Call before changing a record's classification or share list (its readers), inside the command. */
export function rememberReaders(record: ShareableRecord<string>): void {
  readersBefore.set(record, recordFacts(record));
}

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
    // Open lists and pages follow (modules/records/readable-records-changed.ts): ids and facts only.
    await ctx.services.bus.publish('recordReaders', {
      recordType: recordTypeOf(result.record),
      recordId: result.record.id,
      before: readersBefore.get(result.record) ?? null,
      after: recordFacts(result.record),
    });
  }
  return result;
}
